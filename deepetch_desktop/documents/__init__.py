"""Rendering: invoice PDFs with Factur-X, reports. Given data and labels; no database."""
