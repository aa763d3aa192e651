"""Texts outside Qt, shared by both front ends: the product's words in French and English."""

from __future__ import annotations

from .table import Labels, Lang
from .words import TABLES, cli_word, label, label_of, language

__all__ = ["TABLES", "Labels", "Lang", "cli_word", "label", "label_of", "language"]
