"""Reading the approved platform's lifecycle status messages: CDAR XML (UN/CEFACT Cross
Domain Acknowledgement And Response, D22B) as the French e-invoicing external specifications
use it for the « cycle de vie » flow (flux 6; norme AFNOR XP Z12-012).

One message acknowledges one or more documents: for each ReferenceReferencedDocument, the
invoice's number (IssuerAssignedID, BT-1), the status (ProcessConditionCode: 200 Déposée, 210
Refusée, 212 Encaissée, 213 Rejetée...; domain/vocabulary.LifecycleStatus) and its reasons
(SpecifiedDocumentStatus: ReasonCode, Reason). The status's time is the acknowledgement's
IssueDateTime (format 204, CCYYMMDDHHMMSS), else the message's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from lxml import etree

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
