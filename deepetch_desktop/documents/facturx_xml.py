"""The Factur-X CII XML (EN 16931 profile, French CTC notes and identifiers) of a document."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from lxml import etree

from ..domain.identity import einvoicing_parts
from ..domain.money import cents_to_decimal
from ..domain.vat import EXEMPTION_CODES, EXEMPTION_TEXTS, FRANCE, VatCategory
from . import formatting as fmt
from .credit_note_text import cancellation_sentence, credits_sentence, settlement_sentence
from .model import DocumentLine, InvoiceDocument, Party

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
EN16931_GUIDELINE = "urn:cen.eu:en16931:2017"
BUSINESS_PROCESS = "S1"  # BT-23: ordinary invoice for services (FR CTC framework)
CURRENCY = "EUR"
SIREN_SCHEME = "0002"
SIRET_SCHEME = "0009"
SEPA_TRANSFER = "58"
UNIT = "C62"  # "one", for a count of packs
# BT-8 (DueDateTypeCode, UNTDID 2475): 5 = the invoice's date, VAT due on debits (the option
# of CGI art. 269-2 c, printed as 242 nonies A requires since décret 2022-1299). Services are
# otherwise taxed on receipt: no code is written then.
VAT_ON_DEBITS_CODE = "5"
TYPE_CODES = {"invoice": "380", "credit_note": "381"}
_POSTCODE_CITY = re.compile(r"^\s*([0-9A-Z][0-9A-Z -]{1,9}?)\s+(\D.*)$")


def build_xml(doc: InvoiceDocument) -> bytes:
    """CII XML of the invoice (380) or credit note (381), EN 16931 profile, UTF-8 bytes.

    Amounts are taken as given (the domain computed them) but must add up: a document whose
    totals disagree with its lines is refused rather than written into an e-invoice.
    """
    _check_totals(doc)
    if doc.kind not in TYPE_CODES:
        raise ValueError(f"unknown document kind: {doc.kind!r}")
    root = etree.Element(_q("rsm", "CrossIndustryInvoice"), nsmap=NS)

    context = _sub(root, "rsm", "ExchangedDocumentContext")
    _sub(_sub(context, "ram", "BusinessProcessSpecifiedDocumentContextParameter"), "ram", "ID",
         BUSINESS_PROCESS)
    _sub(_sub(context, "ram", "GuidelineSpecifiedDocumentContextParameter"), "ram", "ID",
         EN16931_GUIDELINE)

    header = _sub(root, "rsm", "ExchangedDocument")
    _sub(header, "ram", "ID", doc.number)
    _sub(header, "ram", "TypeCode", TYPE_CODES[doc.kind])
    _date(_sub(header, "ram", "IssueDateTime"), doc.issue_date)
    for subject, content in _notes(doc):
        note = _sub(header, "ram", "IncludedNote")
        _sub(note, "ram", "Content", content)
        _sub(note, "ram", "SubjectCode", subject)

    transaction = _sub(root, "rsm", "SupplyChainTradeTransaction")
    for index, line in enumerate(doc.lines, start=1):
        _line(transaction, index, line, VatCategory(doc.vat_category))

    agreement = _sub(transaction, "ram", "ApplicableHeaderTradeAgreement")
    # BR-O-02: a document outside the scope of VAT names neither party's VAT number.
    with_vat = VatCategory(doc.vat_category) is not VatCategory.NOT_SUBJECT
    _party(_sub(agreement, "ram", "SellerTradeParty"), doc.seller, seller=True,
           with_vat=with_vat)
    _party(_sub(agreement, "ram", "BuyerTradeParty"), doc.buyer, seller=False,
           with_vat=with_vat)
    if doc.purchase_order:  # BT-13 (C. com. L441-9: the buyer's order number when it gave one)
        _sub(_sub(agreement, "ram", "BuyerOrderReferencedDocument"), "ram", "IssuerAssignedID",
             doc.purchase_order)

    delivery = _sub(transaction, "ram", "ApplicableHeaderTradeDelivery")
    event = _sub(delivery, "ram", "ActualDeliverySupplyChainEvent")
    _date(_sub(event, "ram", "OccurrenceDateTime"), doc.sale_date)

    _settlement(_sub(transaction, "ram", "ApplicableHeaderTradeSettlement"), doc)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def legal_notes(doc: InvoiceDocument) -> dict[str, str]:
    """The three notes the French CTC rules require once each (BR-FR-05/06), by subject code."""
    return {
        "PMT": fmt.indemnity_sentence(doc.recovery_indemnity_cents),
        "PMD": fmt.penalty_sentence(doc.penalty_rate_bp),
        "AAB": doc.early_payment_wording,
    }


def _notes(doc: InvoiceDocument) -> list[tuple[str, str]]:
    # Business to business (BR-FR-20): B2B makes the buyer's SIREN mandatory (BR-FR-11) and
    # its e-invoicing address start with it (BR-FR-21); a buyer abroad is B2BINT.
    notes = [("BAR", "B2B" if doc.buyer.country_code == FRANCE else "B2BINT")]
    notes += list(legal_notes(doc).items())
    if doc.kind == "credit_note":  # what it cancels, as the PDF says it (credit_note_text.py)
        notes += [("AAI", cancellation_sentence(doc)), ("AAI", credits_sentence(doc))]
    if doc.reason:
        notes.append(("AAI", f"Motif\u00a0: {doc.reason}"))
    notes += [("AAI", note) for note in doc.notes if note.strip()]
    return notes


def _line(transaction: etree._Element, index: int, line: DocumentLine,
          category: VatCategory) -> None:
    item = _sub(transaction, "ram", "IncludedSupplyChainTradeLineItem")
    _sub(_sub(item, "ram", "AssociatedDocumentLineDocument"), "ram", "LineID", str(index))
    _sub(_sub(item, "ram", "SpecifiedTradeProduct"), "ram", "Name", line.description)
    price = _sub(_sub(item, "ram", "SpecifiedLineTradeAgreement"), "ram",
                 "NetPriceProductTradePrice")
    _sub(price, "ram", "ChargeAmount", _amount(line.unit_price_cents))
    quantity = _sub(_sub(item, "ram", "SpecifiedLineTradeDelivery"), "ram", "BilledQuantity",
                    str(line.quantity))
    quantity.set("unitCode", UNIT)
    settlement = _sub(item, "ram", "SpecifiedLineTradeSettlement")
    tax = _sub(settlement, "ram", "ApplicableTradeTax")
    _sub(tax, "ram", "TypeCode", "VAT")
    _sub(tax, "ram", "CategoryCode", category.value)
    if category is not VatCategory.NOT_SUBJECT:  # BR-O-05: no rate outside the scope of VAT
        _sub(tax, "ram", "RateApplicablePercent", _percent(line.vat_bp))
    summation = _sub(settlement, "ram", "SpecifiedTradeSettlementLineMonetarySummation")
    _sub(summation, "ram", "LineTotalAmount", _amount(line.net_cents))


def _party(node: etree._Element, party: Party, *, seller: bool, with_vat: bool) -> None:
    if seller and party.siret:
        _sub(node, "ram", "GlobalID", party.siret).set("schemeID", SIRET_SCHEME)
    _sub(node, "ram", "Name", party.name)
    if party.siren:  # a company abroad has none (BT-30 / BT-47)
        legal = _sub(node, "ram", "SpecifiedLegalOrganization")
        _sub(legal, "ram", "ID", party.siren).set("schemeID", SIREN_SCHEME)
    address = _sub(node, "ram", "PostalTradeAddress")
    postcode, street, city = split_address(party.address)
    if postcode:
        _sub(address, "ram", "PostcodeCode", postcode)
    for tag, value in zip(("LineOne", "LineTwo", "LineThree"), _three_lines(street), strict=False):
        _sub(address, "ram", tag, value)
    if city:
        _sub(address, "ram", "CityName", city)
    _sub(address, "ram", "CountryID", party.country_code)
    # BT-34 / BT-49: the e-invoicing address the party gave (BR-FR-12/13), never guessed; in
    # the French directory (scheme 0225) it starts with the SIREN (BR-FR-21).
    if party.einvoicing_address:
        scheme, identifier = einvoicing_parts(party.einvoicing_address)
        communication = _sub(node, "ram", "URIUniversalCommunication")
        _sub(communication, "ram", "URIID", identifier).set("schemeID", scheme)
    if party.vat_number and with_vat:
        registration = _sub(node, "ram", "SpecifiedTaxRegistration")
        _sub(registration, "ram", "ID", party.vat_number).set("schemeID", "VA")


def _settlement(node: etree._Element, doc: InvoiceDocument) -> None:
    # A credit note is paid by no one: no remittance reference, payee account or due date (BG-16,
    # BT-9), only payment terms (BT-20) saying so, which BR-CO-25 asks for when BT-9 is absent.
    credit_note = doc.kind == "credit_note"
    if doc.payment_reference and not credit_note:
        _sub(node, "ram", "PaymentReference", doc.payment_reference)
    _sub(node, "ram", "InvoiceCurrencyCode", CURRENCY)
    if doc.iban.strip() and not credit_note:  # BR-61: a transfer needs the account it goes to
        means = _sub(node, "ram", "SpecifiedTradeSettlementPaymentMeans")
        _sub(means, "ram", "TypeCode", SEPA_TRANSFER)
        _sub(_sub(means, "ram", "PayeePartyCreditorFinancialAccount"), "ram", "IBANID",
             doc.iban.replace(" ", ""))
        if doc.bic:
            _sub(_sub(means, "ram", "PayeeSpecifiedCreditorFinancialInstitution"), "ram",
                 "BICID", doc.bic)
    category = VatCategory(doc.vat_category)
    for rate_bp, base_cents, vat_cents in doc.vat_by_rate:
        _breakdown(_sub(node, "ram", "ApplicableTradeTax"), category, rate_bp, base_cents,
                   vat_cents, debits=doc.vat_on_debits)
    terms = _sub(node, "ram", "SpecifiedTradePaymentTerms")
    if credit_note:
        _sub(terms, "ram", "Description", settlement_sentence(doc))
    else:
        _date(_sub(terms, "ram", "DueDateDateTime"), doc.due_date)
    totals = _sub(node, "ram", "SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(totals, "ram", "LineTotalAmount", _amount(doc.net_cents))
    _sub(totals, "ram", "TaxBasisTotalAmount", _amount(doc.net_cents))
    _sub(totals, "ram", "TaxTotalAmount", _amount(doc.vat_cents)).set("currencyID", CURRENCY)
    _sub(totals, "ram", "GrandTotalAmount", _amount(doc.gross_cents))
    _sub(totals, "ram", "DuePayableAmount", _amount(doc.gross_cents))
    if doc.kind == "credit_note":
        if not doc.corrects_number or doc.corrects_date is None:
            raise ValueError("a credit note must reference the invoice it corrects")
        referenced = _sub(node, "ram", "InvoiceReferencedDocument")
        _sub(referenced, "ram", "IssuerAssignedID", doc.corrects_number)
        issued = _sub(referenced, "ram", "FormattedIssueDateTime")
        _sub(issued, "qdt", "DateTimeString", doc.corrects_date.strftime("%Y%m%d")).set(
            "format", "102")


def _breakdown(tax: etree._Element, category: VatCategory, rate_bp: int, base_cents: int,
               vat_cents: int, *, debits: bool) -> None:
    """One VAT breakdown (BG-23), its elements in the CII schema's order. AE and O: no VAT
    (BR-AE-09, BR-O-09) and the exemption reason, text and code (BR-AE-10, BR-O-10)."""
    if category is not VatCategory.STANDARD and vat_cents:
        raise ValueError(f"VAT charged under category {category.value}")
    _sub(tax, "ram", "CalculatedAmount", _amount(vat_cents))
    _sub(tax, "ram", "TypeCode", "VAT")
    if category in EXEMPTION_TEXTS:
        _sub(tax, "ram", "ExemptionReason", EXEMPTION_TEXTS[category])
    _sub(tax, "ram", "BasisAmount", _amount(base_cents))
    _sub(tax, "ram", "CategoryCode", category.value)
    if category in EXEMPTION_CODES:
        _sub(tax, "ram", "ExemptionReasonCode", EXEMPTION_CODES[category])
    if debits and category is VatCategory.STANDARD:
        _sub(tax, "ram", "DueDateTypeCode", VAT_ON_DEBITS_CODE)
    if category is not VatCategory.NOT_SUBJECT:
        _sub(tax, "ram", "RateApplicablePercent", _percent(rate_bp))


def split_address(address: str) -> tuple[str, list[str], str]:
    """Split "street lines / 'postcode city' / [country]" into (postcode, street lines, city)."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    for i in range(len(lines) - 1, -1, -1):
        match = _POSTCODE_CITY.match(lines[i])
        if match and len(match.group(1)) >= 4 and any(ch.isdigit() for ch in match.group(1)):
            return match.group(1).strip(), lines[:i], match.group(2).strip()
    return "", lines, ""


def _three_lines(street: list[str]) -> list[str]:
    if len(street) <= 3:
        return street
    return [street[0], street[1], ", ".join(street[2:])]


def _check_totals(doc: InvoiceDocument) -> None:
    net = sum(line.net_cents for line in doc.lines)
    problems = []
    if net != doc.net_cents or sum(base for _, base, _ in doc.vat_by_rate) != net:
        problems.append("net total")
    if sum(vat for _, _, vat in doc.vat_by_rate) != doc.vat_cents:
        problems.append("VAT total")
    if doc.net_cents + doc.vat_cents != doc.gross_cents:
        problems.append("gross total")
    if problems:
        raise ValueError(f"inconsistent {', '.join(problems)} in {doc.number}")


def _amount(cents: int) -> str:
    return str(cents_to_decimal(cents))


def _percent(basis_points: int) -> str:
    return str((Decimal(basis_points) / 100).quantize(Decimal("0.01")))


def _date(node: etree._Element, value: date) -> None:
    _sub(node, "udt", "DateTimeString", value.strftime("%Y%m%d")).set("format", "102")


def _q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


def _sub(parent: etree._Element, prefix: str, tag: str, value: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, _q(prefix, tag))
    if value is not None:
        node.text = value
    return node
