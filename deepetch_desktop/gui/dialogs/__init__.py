"""Dialogs: they ask, validate in place and return values; they never touch the database."""
