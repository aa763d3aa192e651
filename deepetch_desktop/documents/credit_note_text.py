"""What a credit note (avoir) says it cancels, in words: printed on the PDF and carried in the
Factur-X XML, so the document reads as a correction and never as something to pay.

An avoir is a document of its own that reduces or cancels an invoice (CGI ann. II art. 242
nonies A, mentions of the original's number and date; EN 16931 BT-25/BT-26). Nothing is paid on
it: it has no due date and no payee account (EN 16931 BT-9 and BG-16 are for the amount the
buyer must pay); what it cancels comes off the invoice, and money already received is refunded.
"""

from __future__ import annotations

from ..domain.invoicing import credits_text
from . import formatting as fmt
from .model import InvoiceDocument


def cancellation_sentence(doc: InvoiceDocument) -> str:
    """« Annulation totale de la facture … » or « Annulation partielle … pour 50,00 € TTC ».
    `doc.corrects_gross_cents` is the invoice's own gross amount."""
    number = doc.corrects_number or ""
    if doc.gross_cents >= doc.corrects_gross_cents:
        return f"Annulation totale de la facture n°\u00a0{number}."
    return (f"Annulation partielle de la facture n°\u00a0{number}, pour "
            f"{fmt.money(doc.gross_cents)} TTC sur {fmt.money(doc.corrects_gross_cents)}.")


def credits_sentence(doc: InvoiceDocument) -> str:
    """The credits this avoir cancels, and how many of them it took back from the account's
    balance (those already used by tasks cannot be taken back)."""
    cancelled, taken = doc.credits_cancelled, doc.credits_taken_back
    verb = "annulé" if cancelled < 2 else "annulés"
    if taken >= cancelled:
        return (f"Crédits {verb}\u00a0: {credits_text(cancelled)}, repris sur le solde du "
                "compte prépayé.")
    used = cancelled - taken
    return (f"Crédits {verb}\u00a0: {credits_text(cancelled)}, dont {credits_text(taken)} "
            f"repris sur le solde du compte prépayé ({credits_text(used)} déjà "
            f"{'utilisé' if used < 2 else 'utilisés'}).")


def settlement_sentence(doc: InvoiceDocument) -> str:
    """Why nothing is to be paid: the BT-20 payment terms of a credit note."""
    return (f"Aucun paiement n'est dû au titre de cet avoir\u00a0: son montant vient en "
            f"déduction de la facture n°\u00a0{doc.corrects_number}, ou est remboursé s'il "
            "excède ce qui reste à payer sur celle-ci.")
