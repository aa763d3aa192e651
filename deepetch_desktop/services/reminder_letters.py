"""The payment reminders' letters, in French (the buyer's language on every document), each
tone firmer than the one before (domain/dunning.py): what is left to pay, the payments and
credit notes that explain it, and from D+15 the total due with penalties and the indemnity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.dunning import (
    RECOVERY_INDEMNITY_CENTS,
    ReminderTone,
    Settlement,
    late_penalties,
    reminder_tone,
)
from .results import InvoiceView

SIGNATURE = "\nCordialement,\nDeepetch\n"


@dataclass(frozen=True)
class CreditNoteLine:
    number: str
    issue_date: date
    gross_cents: int


@dataclass(frozen=True)
class ReminderFacts:
    """What one reminder states: the invoice with its payments, its credit notes, its rate."""

    invoice: InvoiceView
    credit_notes: tuple[CreditNoteLine, ...]
    rate_bp: int
    today: date
    stage: int

    @property
    def settlements(self) -> tuple[Settlement, ...]:
        return (*(Settlement(p.paid_on, p.amount_cents) for p in self.invoice.payments),
                *(Settlement(c.issue_date, c.gross_cents) for c in self.credit_notes))

    @property
    def penalties_cents(self) -> int:
        inv = self.invoice
        return late_penalties(inv.gross_cents, self.settlements, self.rate_bp, inv.due_date,
                              self.today)

    @property
    def total_cents(self) -> int:
        """Left to pay, penalties accrued and the fixed indemnity (owed once)."""
        return self.invoice.left_cents + self.penalties_cents + RECOVERY_INDEMNITY_CENTS


def euros(cents: int) -> str:
    """« 1 234,56 € » as French writes it: narrow no-break space grouping, no-break space."""
    whole, frac = divmod(cents, 100)
    return f"{whole:,}".replace(",", "\u202f") + f",{frac:02d}\u00a0€"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _rate(rate_bp: int) -> str:
    return f"{rate_bp // 100},{rate_bp % 100:02d}\u00a0%"


def _days(count: int) -> str:
    return f"{count}\u00a0{'jour' if count < 2 else 'jours'}"


def history(facts: ReminderFacts) -> str:
    """The payments and credit notes already taken into account, oldest first."""
    dated: list[tuple[date, str]] = []
    for p in facts.invoice.payments:
        reference = f" (référence {p.reference})" if p.reference else ""
        dated.append((p.paid_on, f"- {_day(p.paid_on)}\u00a0: paiement reçu de "
                                 f"{euros(p.amount_cents)}{reference}"))
    for c in facts.credit_notes:
        dated.append((c.issue_date, f"- {_day(c.issue_date)}\u00a0: avoir {c.number} de "
                                    f"{euros(c.gross_cents)}"))
    if not dated:
        return "Nous n'avons reçu aucun règlement ni émis aucun avoir sur cette facture.\n"
    lines = "\n".join(text for _, text in sorted(dated, key=lambda item: item[0]))
    return f"Déjà pris en compte sur cette facture\u00a0:\n{lines}\n"


def _statement(facts: ReminderFacts) -> str:
    """The total due, line by line."""
    inv, start = facts.invoice, facts.invoice.due_date + timedelta(days=1)
    return (
        "Montant total dû à ce jour\u00a0:\n"
        f"- reste à payer sur la facture\u00a0: {euros(inv.left_cents)}\n"
        f"- pénalités de retard au taux annuel de {_rate(facts.rate_bp)}, calculées jour par "
        f"jour sur les sommes restant dues du {_day(start)} au {_day(facts.today)}\u00a0: "
        f"{euros(facts.penalties_cents)}\n"
        "- indemnité forfaitaire pour frais de recouvrement, due une seule fois\u00a0: "
        f"{euros(RECOVERY_INDEMNITY_CENTS)} (quarante euros)\n"
        f"Total\u00a0: {euros(facts.total_cents)}\n"
    )


def _opening(inv: InvoiceView) -> str:
    return (f"Bonjour,\n\nLa facture {inv.number} du {_day(inv.issue_date)}, d'un montant de "
            f"{euros(inv.gross_cents)} TTC, ")


def letter(facts: ReminderFacts) -> tuple[str, str]:
    """(subject, body) of the reminder of `facts.stage`."""
    inv, tone = facts.invoice, reminder_tone(facts.stage)
    due, number = _day(inv.due_date), inv.number
    late = _days((facts.today - inv.due_date).days)
    pay = (f"par virement en indiquant la référence {number}")
    if tone is ReminderTone.COURTESY:
        subject = f"Deepetch\u00a0: rappel, facture {number} à échéance le {due}"
        body = (f"{_opening(inv)}arrive à échéance le {due}. Il reste {euros(inv.left_cents)} "
                f"à régler, {pay}.\n\n{history(facts)}\nSi le règlement est déjà parti, merci "
                f"de ne pas tenir compte de ce message.\n{SIGNATURE}")
        return subject, body
    if tone is ReminderTone.FIRM:
        subject = f"Deepetch\u00a0: relance, facture {number} échue le {due}"
        body = (f"{_opening(inv)}échue le {due}, n'est pas entièrement réglée à ce jour\u00a0: "
                f"il reste {euros(inv.left_cents)} à payer.\n\n{history(facts)}\nMerci de "
                f"procéder au règlement sans attendre, {pay}.\n\nDepuis l'échéance, des "
                f"pénalités de retard au taux annuel de {_rate(facts.rate_bp)} sont dues sur "
                "les sommes restant dues, sans qu'un rappel soit nécessaire (article L441-10 du "
                f"Code de commerce)\u00a0: {euros(facts.penalties_cents)} à ce jour. "
                "L'indemnité forfaitaire pour frais de recouvrement de "
                f"{euros(RECOVERY_INDEMNITY_CENTS)} (quarante euros) est également due, une "
                f"seule fois pour cette facture.\n{SIGNATURE}")
        return subject, body
    total = euros(facts.total_cents)
    if tone is ReminderTone.TOTAL:
        subject = f"Deepetch\u00a0: relance, facture {number} impayée, total dû {total}"
        body = (f"{_opening(inv)}échue le {due}, reste impayée {late} après son "
                f"échéance.\n\n{history(facts)}\n{_statement(facts)}\nMerci de régler ce "
                f"montant sous huit jours, {pay}. Les pénalités continuent de courir, jour "
                f"par jour, sur la somme restant due jusqu'à son paiement.\n{SIGNATURE}")
        return subject, body
    subject = (f"Deepetch\u00a0: dernière relance avant recouvrement, facture {number}, total dû "
               f"{total}")
    body = (f"{_opening(inv)}échue le {due}, reste impayée {late} après son échéance, malgré "
            f"nos relances.\n\n{history(facts)}\n{_statement(facts)}\nLe présent message vaut "
            f"mise en demeure de payer la somme de {total} sous huit jours, {pay}. À défaut "
            "de règlement dans ce délai, nous engagerons sans nouvel avis le recouvrement "
            "judiciaire de cette créance par une requête en injonction de payer auprès du "
            "tribunal de commerce (articles 1405 et suivants du Code de procédure civile)\u00a0; "
            "les frais de recouvrement exposés au-delà de l'indemnité forfaitaire pourront "
            "vous être réclamés sur justification (article L441-10 du Code de commerce).\n"
            f"{SIGNATURE}")
    return subject, body
