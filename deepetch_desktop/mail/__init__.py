"""Delivering e-mail over SMTP; the outbox that feeds it lives in the database."""
