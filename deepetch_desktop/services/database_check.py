"""A read-only look at a database, for `--self-test --db URL`: no migration, no write."""

from __future__ import annotations

from ..store.probe import Probe as DatabaseCheck
from ..store.probe import probe_database

__all__ = ["DatabaseCheck", "check_database"]


def check_database(url: str) -> DatabaseCheck:
    """Open `url` read-only and report its schema state and company; raises DatabaseRefused
    (not a database, unreachable, newer schema). Unlike `bootstrap.open_database`, it never
    creates, migrates or writes anything."""
    return probe_database(url)
