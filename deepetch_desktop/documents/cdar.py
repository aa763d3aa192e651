"""The approved platform's lifecycle status messages, read, and the « Encaissée » one written:
CDAR XML (UN/CEFACT Cross Domain Acknowledgement And Response, D22B) as the French e-invoicing
external specifications use it for the « cycle de vie » flow (flux 6; norme AFNOR XP Z12-012).

One message acknowledges one or more documents: for each ReferenceReferencedDocument, the
invoice's number (IssuerAssignedID, BT-1), the status (ProcessConditionCode: 200 Déposée, 210
Refusée, 212 Encaissée, 213 Rejetée...; domain/vocabulary.LifecycleStatus) and its reasons
(SpecifiedDocumentStatus: ReasonCode, Reason). The status's time is the acknowledgement's
IssueDateTime (format 204, CCYYMMDDHHMMSS), else the message's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

from lxml import etree

from ..domain.money import cents_to_decimal

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
_FORMATS = {"204": "%Y%m%d%H%M%S", "203": "%Y%m%d%H%M", "102": "%Y%m%d"}
MAX_MESSAGE_BYTES = 5 * 1024 * 1024


class NotAStatusMessage(ValueError):
    """The file is not a CDAR lifecycle message this program can read."""


@dataclass(frozen=True)
class DocumentStatus:
    number: str
    code: str
    at: datetime
    reason: str


@dataclass(frozen=True)
class StatusMessage:
    message_id: str
    statuses: tuple[DocumentStatus, ...]


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _instant(node: etree._Element | None, zone: tzinfo) -> datetime | None:
    if node is None:
        return None
    value = node.find("udt:DateTimeString", NS)
    if value is None or not (value.text or "").strip():
        return None
    pattern = _FORMATS.get(value.get("format", "204"))
    if pattern is None:
        raise NotAStatusMessage(f"date format {value.get('format')}")
    try:
        # Without a zone in the message, the time is the company's (French) local time.
        return datetime.strptime(value.text.strip(), pattern).replace(tzinfo=zone)
    except ValueError as exc:
        raise NotAStatusMessage(str(exc)) from exc


def parse_status_message(data: bytes, zone: tzinfo) -> StatusMessage:
    """The statuses a CDAR message reports; NotAStatusMessage when it is not one."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise NotAStatusMessage("too large")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise NotAStatusMessage(str(exc)) from exc
    if root.tag != f"{{{NS['rsm']}}}CrossDomainAcknowledgementAndResponse":
        raise NotAStatusMessage(str(root.tag))
    message_at = _instant(root.find("rsm:ExchangedDocument/ram:IssueDateTime", NS), zone)
    statuses = []
    for acknowledgement in root.findall("rsm:AcknowledgementDocument", NS):
        at = _instant(acknowledgement.find("ram:IssueDateTime", NS), zone) or message_at
        for referenced in acknowledgement.findall("ram:ReferenceReferencedDocument", NS):
            number = _text(referenced, "ram:IssuerAssignedID")
            code = _text(referenced, "ram:ProcessConditionCode")
            if not number or not code or at is None:
                raise NotAStatusMessage("a status without number, code or date")
            reasons = []
            for status in referenced.findall("ram:SpecifiedDocumentStatus", NS):
                code_text = _text(status, "ram:ReasonCode")
                reason = _text(status, "ram:Reason")
                reasons.append(" ".join(part for part in (
                    code_text, reason if reason != code_text else "") if part))
            statuses.append(DocumentStatus(number, code, at, "; ".join(r for r in reasons if r)))
    if not statuses:
        raise NotAStatusMessage("no status")
    return StatusMessage(_text(root, "rsm:ExchangedDocument/ram:ID"), tuple(statuses))


@dataclass(frozen=True)
class CashedReport:
    """A payment received on an invoice, as the seller reports it: status 212 « Encaissée ».
    Services taxed on receipt (TVA sur les encaissements) make the seller report each
    payment received through its platform; the amount goes in a MEN characteristic (montant
    encaissé, TTC) with the VAT rate."""

    message_id: str
    at: datetime  # when the message was made
    cashed_on: datetime  # the day the money was received (its midnight, local time)
    number: str
    type_code: str  # 380 invoice
    issue_date: date
    seller_siren: str
    seller_name: str
    buyer_siren: str
    buyer_name: str
    amount_cents: int
    vat_bp: int


def build_cashed_message(report: CashedReport) -> bytes:
    """The CDAR message of `report`, shaped as the external specifications' lifecycle flow
    (context REGULATED, guideline urn.cpro.gouv.fr:1p0:CDV:invoice, acknowledgement type 23)."""
    root = etree.Element(_q("rsm", "CrossDomainAcknowledgementAndResponse"), nsmap=NS)
    context = _sub(root, "rsm", "ExchangedDocumentContext")
    _sub(_sub(context, "ram", "BusinessProcessSpecifiedDocumentContextParameter"), "ram", "ID",
         "REGULATED")
    _sub(_sub(context, "ram", "GuidelineSpecifiedDocumentContextParameter"), "ram", "ID",
         "urn.cpro.gouv.fr:1p0:CDV:invoice")
    header = _sub(root, "rsm", "ExchangedDocument")
    _sub(header, "ram", "ID", report.message_id)
    _stamp(_sub(header, "ram", "IssueDateTime"), report.at)
    _party(_sub(header, "ram", "IssuerTradeParty"), report.seller_siren, report.seller_name, "SE")
    _party(_sub(header, "ram", "RecipientTradeParty"), report.buyer_siren, report.buyer_name, "BY")
    acknowledgement = _sub(root, "rsm", "AcknowledgementDocument")
    _sub(_sub(acknowledgement, "ram", "MultipleReferencesIndicator"), "udt", "Indicator", "false")
    _sub(acknowledgement, "ram", "TypeCode", "23")
    _stamp(_sub(acknowledgement, "ram", "IssueDateTime"), report.cashed_on)
    referenced = _sub(acknowledgement, "ram", "ReferenceReferencedDocument")
    _sub(referenced, "ram", "IssuerAssignedID", report.number)
    _sub(referenced, "ram", "TypeCode", report.type_code)
    issued = _sub(referenced, "ram", "FormattedIssueDateTime")
    _sub(issued, "qdt", "DateTimeString", report.issue_date.strftime("%Y%m%d")).set(
        "format", "102")
    _sub(referenced, "ram", "ProcessConditionCode", "212")
    _sub(referenced, "ram", "ProcessCondition", "Encaissée")
    _sub(_sub(referenced, "ram", "IssuerTradeParty"), "ram", "GlobalID",
         report.seller_siren).set("schemeID", "0002")
    status = _sub(referenced, "ram", "SpecifiedDocumentStatus")
    _sub(status, "ram", "SequenceNumeric", "1")
    characteristic = _sub(status, "ram", "SpecifiedDocumentCharacteristic")
    _sub(characteristic, "ram", "TypeCode", "MEN")
    _sub(characteristic, "ram", "ValueAmount", str(cents_to_decimal(report.amount_cents))).set(
        "currencyID", "EUR")
    _sub(characteristic, "ram", "ValuePercent",
         str((Decimal(report.vat_bp) / 100).quantize(Decimal("0.01"))))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _party(node: etree._Element, siren: str, name: str, role: str) -> None:
    if siren:
        _sub(node, "ram", "GlobalID", siren).set("schemeID", "0002")
    _sub(node, "ram", "Name", name)
    _sub(node, "ram", "RoleCode", role)


def _stamp(node: etree._Element, at: datetime) -> None:
    _sub(node, "udt", "DateTimeString", at.strftime("%Y%m%d%H%M%S")).set("format", "204")


def _q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


def _sub(parent: etree._Element, prefix: str, tag: str, value: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, _q(prefix, tag))
    if value is not None:
        node.text = value
    return node
