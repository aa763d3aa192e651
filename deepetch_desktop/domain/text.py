"""What someone types: one table of lengths per field, clean text, and strict whole numbers.

The lengths are chosen so that an issued invoice always lays out (a name on two lines of the
party box, an address of six lines, a reason in the credit note's band) and every value fits its
database column, on SQLite and PostgreSQL alike. Both front ends get them through the services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import BadInput

MAX_INT = 2**63 - 1  # a BIGINT: any larger number is a typing mistake, not an overflow later


@dataclass(frozen=True)
class TextLimit:
    """At most `length` characters; a multi-line field also has at most `lines` lines of
    `line_length` characters each (the address block of an invoice)."""

    length: int
    lines: int = 1
    line_length: int = 0

    @property
    def multiline(self) -> bool:
        return self.lines > 1


LIMITS: dict[str, TextLimit] = {
    # printed on invoices: the buyer (the company) and the seller
    "company": TextLimit(120),
    "legal_form": TextLimit(60),
    "address": TextLimit(6 * 70 + 5, lines=6, line_length=70),
    "email": TextLimit(254),
    "siret": TextLimit(14),
    "rcs": TextLimit(60),
    "iban": TextLimit(34),
    "bic": TextLimit(11),
    "logo": TextLimit(4096),
    "reference": TextLimit(140),  # a SEPA transfer's remittance information
    "reason": TextLimit(500),  # credit notes and basket corrections
    "timezone": TextLimit(64),
    "country": TextLimit(2),
    "einvoicing_address": TextLimit(120),  # BT-34/BT-49
    "purchase_order": TextLimit(50),  # BT-13, the buyer's order number
    # sub-accounts, tasks and the catalogues
    "name": TextLimit(100),
    "department": TextLimit(100),
    "phone": TextLimit(40),
    "role": TextLimit(100),
    "title": TextLimit(200),
    "code": TextLimit(32),
    "unit": TextLimit(30),
    "key": TextLimit(128),  # idempotency keys
    # e-mail settings
    "host": TextLimit(253),
    "sender": TextLimit(254),
    "user": TextLimit(254),
    "password": TextLimit(1024),
    "cafile": TextLimit(4096),
    "output": TextLimit(4096),  # a file the command line writes
    "outgoing": TextLimit(4096),  # the approved platform's exchange folders
    "incoming": TextLimit(4096),
    "backup": TextLimit(4096),  # a backup to restore
    # what names a record: looked up, never stored
    "sub_account": TextLimit(254),
    "number": TextLimit(35),
    "search": TextLimit(200),
}

# C0 and C1 control characters (a newline only where lines are allowed), DEL, the bidi
# embeddings, overrides and isolates, line and paragraph separators, lone surrogates.
_BAD = "\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
FORBIDDEN_MULTILINE = re.compile(f"[{_BAD}]")
FORBIDDEN = re.compile(f"[{_BAD}\n]")
INTEGER = re.compile(r"[+-]?[0-9]+", re.ASCII)


def limit_of(field: str) -> TextLimit:
    return LIMITS[field]


def max_length(field: str) -> int:
    """The longest value a field accepts (for an input widget's maximum length)."""
    return LIMITS[field].length


def clean_text(value: object, field: str, *, required: bool = False) -> str:
    """`value` with spaces tidied (runs of spaces made one, lines trimmed, empty lines dropped),
    or BadInput naming `field`: forbidden characters, too long, too many or too long lines."""
    limit = LIMITS[field]
    raw = "" if value is None else str(value)
    if len(raw) > 4 * limit.length + 64:  # refused before anything scans ten megabytes
        raise BadInput(field, "too_long", raw)
    if limit.multiline:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if (FORBIDDEN_MULTILINE if limit.multiline else FORBIDDEN).search(raw):
        raise BadInput(field, "control_characters", raw)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    text = "\n".join(line for line in lines if line)
    if required and not text:
        raise BadInput(field, "required", raw)
    if limit.multiline:
        kept = text.split("\n")
        if len(kept) > limit.lines:
            raise BadInput(field, "too_many_lines", raw)
        if any(len(line) > limit.line_length for line in kept):
            raise BadInput(field, "line_too_long", raw)
    if len(text) > limit.length:
        raise BadInput(field, "too_long", raw)
    return text


def clean_optional(value: object, field: str) -> str | None:
    """Like clean_text, but None (or nothing left) gives None."""
    text = clean_text(value, field)
    return text or None


def parse_int(value: object, field: str, *, minimum: int | None = None,
              maximum: int = MAX_INT) -> int:
    """A whole number typed by someone: ASCII digits with an optional sign, nothing else
    ('²', '٣', '1e9', '0x10', '1.0', '1_000' are refused), within [minimum, maximum]."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadInput(field, "not_a_whole_number", value)
    if isinstance(value, int):
        number = value
    else:
        raw = value.strip()
        if not INTEGER.fullmatch(raw):
            raise BadInput(field, "not_a_whole_number", value)
        if len(raw.lstrip("+-")) > 19:
            raise BadInput(field, "too_large", value)
        number = int(raw)
    if minimum is not None and number < minimum:
        raise BadInput(field, "must_be_positive" if minimum == 1 else "out_of_range", value)
    if number > min(maximum, MAX_INT) or number < -MAX_INT:
        raise BadInput(field, "too_large", value)
    return number


def parse_id(value: object, field: str) -> int:
    """A record's number (a task, a sub-account): 1 to 2**63 - 1."""
    return parse_int(value, field, minimum=1)


def shown(value: object, length: int = 80) -> object:
    """A value as it may be echoed in a message: cut short, forbidden characters replaced."""
    if not isinstance(value, str):
        return value
    text = FORBIDDEN.sub("\ufffd", value[: length + 1])
    return text if len(text) <= length else text[: length - 1] + "…"
