"""Money as integer cents; Decimal only at the edges, rounded half up to the cent.

Rounding rule (documented in the README): VAT is computed per rate on the sum of the net line
amounts of that rate (EN 16931 BT-117), rounded half up to the cent.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .errors import BadInput

CENT = Decimal("0.01")
MAX_CENTS = 10**13  # 100 billion euros: anything above is a typing mistake
EUROS = re.compile(r"[+-]?[0-9]{1,20}(?:\.[0-9]{1,20})?", re.ASCII)


def require_int(value: object, field: str) -> int:
    """Credits and cents are whole numbers: a float (or bool) reaching an amount is an error."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be an int, not {type(value).__name__}")
    return value


def cents_to_decimal(cents: int) -> Decimal:
    return (Decimal(require_int(cents, "cents")) / 100).quantize(CENT)


def decimal_to_cents(amount: Decimal) -> int:
    if isinstance(amount, float):
        raise TypeError("amounts are never floats")
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_euros(text: str, field: str = "amount") -> int:
    """'1 234,56', '1234.56', '1234' -> cents. Refuses negatives, more than 2 decimals, junk."""
    cleaned = (
        str(text).strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        .replace("€", "").replace(",", ".")
    )
    if not EUROS.fullmatch(cleaned):  # ASCII digits only: no '²', '1e9', 'NaN' or '0x10'
        raise BadInput(field, "not_a_number", text)
    if cleaned.startswith("-"):
        raise BadInput(field, "negative", text)
    value = Decimal(cleaned)
    if value * 100 > MAX_CENTS:
        raise BadInput(field, "too_large", text)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: EUROS lets no 'NaN' or 'Infinity' through
    if exponent < -2:
        raise BadInput(field, "too_many_decimals", text)
    return decimal_to_cents(value)


def percent_of(cents: int, rate_bp: int) -> int:
    """`rate_bp` in basis points (2000 = 20 %), rounded half up to the cent."""
    require_int(cents, "cents")
    require_int(rate_bp, "rate_bp")
    q, r = divmod(cents * rate_bp, 10_000)
    return q + (1 if r * 2 >= 10_000 else 0)
