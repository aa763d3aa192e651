"""Invoice arithmetic, numbering and statuses (French B2B rules, EN 16931 totals)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import BadInput
from .expiry import parse_days
from .money import percent_of, require_int
from .vocabulary import InvoiceKind as InvoiceKind  # re-exported: the services import it here
from .vocabulary import InvoiceStatus

PAYMENT_DAYS = 30
DEFAULT_VAT_BP = 2000  # 20 %
INVOICE_SERIES = "F"
CREDIT_NOTE_SERIES = "AV"
NUMBER_PATTERN = re.compile(r"^[A-Za-z0-9+\-_/]{1,35}$")
# Payment reminders, in days from the due date: a courteous one before it, then three after.
DEFAULT_REMINDER_STAGES = (-5, 1, 15, 30)


def invoice_number(series: str, year: int, seq: int) -> str:
    number = f"{series}{year:04d}-{seq:06d}"
    assert NUMBER_PATTERN.match(number), number
    return number


def due_date(issue: date) -> date:
    return issue + timedelta(days=PAYMENT_DAYS)


def parse_stages(text: str) -> tuple[int, ...]:
    """'-5, 1, 15, 30' -> (-5, 1, 15, 30): payment reminder days from the due date, within a
    year either side."""
    stages = tuple(sorted(set(parse_days(text))))
    if not stages or any(abs(s) > 365 for s in stages):
        raise BadInput("reminder_days", "days_out_of_range", text)
    return stages


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price_cents: int
    vat_bp: int = DEFAULT_VAT_BP

    @property
    def net_cents(self) -> int:
        return require_int(self.quantity, "quantity") * require_int(
            self.unit_price_cents, "unit_price_cents"
        )


@dataclass(frozen=True)
class Totals:
    net_cents: int
    vat_by_rate: tuple[tuple[int, int, int], ...]  # (rate_bp, base_cents, vat_cents)
    vat_cents: int
    gross_cents: int


def totals(lines: list[Line] | tuple[Line, ...]) -> Totals:
    bases: dict[int, int] = {}
    for line in lines:
        bases[line.vat_bp] = bases.get(line.vat_bp, 0) + line.net_cents
    by_rate = tuple((rate, base, percent_of(base, rate)) for rate, base in sorted(bases.items()))
    net = sum(b for _, b, _ in by_rate)
    vat = sum(v for _, _, v in by_rate)
    return Totals(net, by_rate, vat, net + vat)


def invoice_status(
    *,
    gross_cents: int,
    paid_cents: int,
    credited_cents: int,
    sent: bool,
    due: date,
    today: date,
) -> InvoiceStatus:
    """Derived, never stored: overdue = past the due date with something left to pay."""
    if credited_cents >= gross_cents:
        return InvoiceStatus.CANCELLED
    left = gross_cents - credited_cents - paid_cents
    if left <= 0:
        return InvoiceStatus.PAID
    if today > due:
        return InvoiceStatus.OVERDUE
    if paid_cents > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.SENT if sent else InvoiceStatus.ISSUED
