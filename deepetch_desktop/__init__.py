"""Deepetch Desktop: administration of a Deepetch business account."""

__version__ = "0.1.0"
