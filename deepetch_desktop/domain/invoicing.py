"""Invoice arithmetic, numbering and statuses (French B2B rules, EN 16931 totals)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import BadInput, UnreachableAmount
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


def is_credit_note_number(number: str) -> bool:
    """Whether `number` is one of the credit notes' series (« AV2026-000001 »)."""
    return number.strip().upper().startswith(CREDIT_NOTE_SERIES)


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


def gross_of(net_cents: int, vat_bp: int) -> int:
    """The gross amount of a net one at one rate: VAT rounded half up to the cent (BT-117)."""
    return net_cents + percent_of(net_cents, vat_bp)


def net_for_gross(gross_cents: int, vat_bp: int) -> int:
    """The net amount whose gross is exactly `gross_cents` at `vat_bp`.

    With VAT rounded to the cent, some gross amounts come from no net amount at all (at 20 %,
    83,37 € gives 100,04 € and 83,38 € gives 100,06 €: nothing gives 100,05 €). Such an amount
    is refused naming the nearest reachable ones below and above, never silently changed: a
    credit note for another amount than the one asked would be a different document."""
    net = gross_cents * 10_000 // (10_000 + vat_bp)
    while net > 0 and gross_of(net, vat_bp) > gross_cents:
        net -= 1
    while gross_of(net + 1, vat_bp) <= gross_cents:
        net += 1
    if gross_of(net, vat_bp) == gross_cents:
        return net
    raise UnreachableAmount(gross_cents, gross_of(net, vat_bp), gross_of(net + 1, vat_bp),
                            vat_bp)


def credits_cancelled(invoice_credits: int, invoice_gross_cents: int,
                      credit_gross_cents: int) -> int:
    """The credits a credit note cancels: the invoice's credits in proportion of the gross
    amount it cancels (all of them for the whole invoice), rounded down."""
    if invoice_gross_cents <= 0:
        return 0
    return invoice_credits * credit_gross_cents // invoice_gross_cents


def refund_owed(*, gross_cents: int, paid_cents: int, credited_cents: int,
                refunded_cents: int) -> int:
    """What the seller owes back once credit notes cover money already received: the payments
    and credit notes beyond the invoice's amount, less what was already refunded."""
    return max(0, paid_cents + credited_cents - gross_cents - refunded_cents)


def credits_text(credits: int) -> str:
    """« 1 000 crédits », « 1 crédit »: grouped with a narrow no-break space, the
    word kept with its number, French plural (0 and 1 singular)."""
    word = "crédit" if credits < 2 else "crédits"
    return f"{credits:,}".replace(",", "\u202f") + f"\u00a0{word}"


def partial_credit_line(invoice_number: str, credits: int, description: str) -> str:
    """The line of a credit note cancelling part of an invoice: what it cancels, in credits."""
    cancelled = "annulé" if credits < 2 else "annulés"
    return (f"Annulation partielle de la facture {invoice_number}\u00a0: "
            f"{credits_text(credits)} {cancelled} sur «\u00a0{description}\u00a0»")
