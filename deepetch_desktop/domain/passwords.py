"""The password rule (issue 11): at least 10 characters, not one of the common passwords that
attackers try first, and no composition rule (no « one digit, one capital »: length is what
makes a password hard to guess, and a passphrase of ordinary words is welcome).

Pure: the list of common passwords is given by the caller (services/people.py reads the one
shipped in resources/). A refusal is a BadInput on the field "password" that never carries
the password itself (an error's details are printed with --json)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from .errors import BadInput

MIN_LENGTH = 10
MAX_LENGTH = 1024  # what Argon2 is asked to hash, bounded
# Control characters cannot be typed back at a prompt or in a dialog the same way.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def normalised(password: str) -> str:
    """The password as hashed and compared: Unicode NFC, so that « é » typed as one character
    or as « e » + accent is the same password on every keyboard."""
    return unicodedata.normalize("NFC", password)


def password_problem(password: str, common: Collection[str]) -> str | None:
    """Why `password` is refused ("too_short", "common_password", ...), or None."""
    text = normalised(password)
    if not text.strip():
        return "required"
    if _CONTROL.search(text):
        return "control_characters"
    if len(text) < MIN_LENGTH:
        return "too_short_password"
    if len(text) > MAX_LENGTH:
        return "too_long"
    if text.strip().lower() in common:
        return "common_password"
    return None


def check_password(password: str, common: Collection[str], field: str = "password") -> str:
    """The password, normalised, or BadInput(field, problem) without the password in it."""
    problem = password_problem(password, common)
    if problem is not None:
        raise BadInput(field, problem)
    return normalised(password)
