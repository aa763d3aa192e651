"""What the invoice renderer is given: plain, already-computed values (money in cents)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Party:
    """Seller or buyer identity as printed on the invoice."""

    name: str
    address: str  # several lines separated by "\n"; last line is "postcode city", then country
    siren: str
    vat_number: str = ""
    legal_form: str = ""
    share_capital_cents: int | None = None
    siret: str = ""
    rcs: str = ""
    email: str = ""
    country_code: str = "FR"  # ISO 3166-1 alpha-2 (BT-40, BT-55)
    einvoicing_address: str = ""  # BT-34 / BT-49: « 0225:SIREN… », « EM:… » or a bare SIREN…


@dataclass(frozen=True)
class DocumentLine:
    description: str
    quantity: int
    unit_price_cents: int  # excluding VAT
    vat_bp: int  # basis points: 2000 = 20 %
    net_cents: int


@dataclass(frozen=True)
class InvoiceDocument:
    """An issued invoice (kind "invoice", type 380) or credit note ("credit_note", type 381)."""

    kind: str
    number: str
    issue_date: date
    sale_date: date
    due_date: date  # a credit note's is not printed: nothing is paid on it
    seller: Party
    buyer: Party
    lines: tuple[DocumentLine, ...]
    net_cents: int
    vat_by_rate: tuple[tuple[int, int, int], ...]  # (rate_bp, base_cents, vat_cents)
    vat_cents: int
    gross_cents: int
    penalty_rate_bp: int  # late-payment penalty rate, e.g. 1215 = 12,15 %
    iban: str
    bic: str
    payment_reference: str  # what the buyer writes on the transfer (the invoice number)
    corrects_number: str | None = None  # credit note: the invoice it corrects
    corrects_date: date | None = None
    corrects_gross_cents: int = 0  # credit note: the gross amount of the invoice it corrects
    credits_cancelled: int = 0  # credit note: the invoice's credits it cancels
    credits_taken_back: int = 0  # of which taken back from the basket (the others were used)
    reason: str = ""
    logo_path: str | None = None
    recovery_indemnity_cents: int = 4000
    early_payment_wording: str = "Pas d'escompte pour paiement anticipé."
    operation_category: str = "Prestations de services"
    notes: tuple[str, ...] = field(default_factory=tuple)
    vat_category: str = "S"  # EN 16931 BT-151/BT-118: S, AE (reverse charge), O (outside scope)
    purchase_order: str = ""  # BT-13, the buyer's order number (C. com. L441-9)
    vat_on_debits: bool = False  # the seller opted for VAT on debits (BT-8, the mention)


@dataclass(frozen=True)
class RenderedInvoice:
    pdf: bytes  # PDF/A-3 with factur-x.xml attached
    xml: bytes  # the CII XML (EN 16931 profile)
