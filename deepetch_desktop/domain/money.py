"""Money as integer cents; Decimal only at the edges, rounded half up to the cent.

Rounding rule (documented in the README): VAT is computed per rate on the sum of the net line
amounts of that rate (EN 16931 BT-117), rounded half up to the cent.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import BadInput

CENT = Decimal("0.01")
MAX_CENTS = 10**13  # 100 billion euros: anything above is a typing mistake


def require_int(value: object, field: str) -> int:
    """Credits and cents are whole numbers: a float (or bool) reaching an amount is an error."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be an int, not {type(value).__name__}")
    return value


def whole_number(value: object, field: str, *, maximum: int | None = None,
                 positive: bool = True) -> int:
    """A whole number typed by someone ('12', 12): BadInput naming `field` otherwise."""
    if isinstance(value, bool) or isinstance(value, float):
        raise BadInput(field, "not_a_whole_number", value)
    raw = str(value).strip()
    if not raw.lstrip("-").isdigit() or len(raw) > 30:
        raise BadInput(field, "not_a_whole_number" if len(raw) <= 30 else "too_large", value)
    number = int(raw)
    if positive and number <= 0:
        raise BadInput(field, "must_be_positive", value)
    if maximum is not None and number > maximum:
        raise BadInput(field, "too_large", value)
    return number


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
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise BadInput(field, "not_a_number", text) from None
    if not value.is_finite():
        raise BadInput(field, "not_a_number", text)
    if value < 0:
        raise BadInput(field, "negative", text)
    if value * 100 > MAX_CENTS:
        raise BadInput(field, "too_large", text)
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise BadInput(field, "too_many_decimals", text)
    return decimal_to_cents(value)


def percent_of(cents: int, rate_bp: int) -> int:
    """`rate_bp` in basis points (2000 = 20 %), rounded half up to the cent."""
    require_int(cents, "cents")
    require_int(rate_bp, "rate_bp")
    q, r = divmod(cents * rate_bp, 10_000)
    return q + (1 if r * 2 >= 10_000 else 0)
