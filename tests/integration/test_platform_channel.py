"""The approved platform's (PA) file channel end to end (issue 14): each document issued once
the channel is set is written once into the outgoing folder (atomically, never over another
file, tried again when the folder was missing); the lifecycle statuses the platform drops into
the incoming folder (CDAR messages, as the French e-invoicing external specifications write
them) are recorded on the invoice with their dates, idempotently, and shown."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.services.results import ADMINISTRATOR as A
from tests.conftest import NOW

SET = NOW + timedelta(minutes=1)  # the channel is set after the company's first purchase
LATER = NOW + timedelta(hours=1)
CDAR = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossDomainAcknowledgementAndResponse
  xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter>
      <ram:ID>REGULATED</ram:ID>
    </ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn.cpro.gouv.fr:1p0:CDV:invoice</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>CDV-{code}-{number}</ram:ID>
    <ram:IssueDateTime>
      <udt:DateTimeString format="204">{at}</udt:DateTimeString>
    </ram:IssueDateTime>
    <ram:SenderTradeParty><ram:RoleCode>WK</ram:RoleCode></ram:SenderTradeParty>
  </rsm:ExchangedDocument>
  <rsm:AcknowledgementDocument>
    <ram:MultipleReferencesIndicator>
      <udt:Indicator>false</udt:Indicator>
    </ram:MultipleReferencesIndicator>
    <ram:TypeCode>23</ram:TypeCode>
    <ram:IssueDateTime>
      <udt:DateTimeString format="204">{at}</udt:DateTimeString>
    </ram:IssueDateTime>
    <ram:ReferenceReferencedDocument>
      <ram:IssuerAssignedID>{number}</ram:IssuerAssignedID>
      <ram:TypeCode>380</ram:TypeCode>
      <ram:FormattedIssueDateTime>
        <qdt:DateTimeString format="102">20261116</qdt:DateTimeString>
      </ram:FormattedIssueDateTime>
      <ram:ProcessConditionCode>{code}</ram:ProcessConditionCode>
      <ram:ProcessCondition>{label}</ram:ProcessCondition>
      {reason}
    </ram:ReferenceReferencedDocument>
  </rsm:AcknowledgementDocument>
</rsm:CrossDomainAcknowledgementAndResponse>
"""
REASON = """<ram:SpecifiedDocumentStatus>
        <ram:ReasonCode>TX_TVA_ERR</ram:ReasonCode>
        <ram:Reason>Taux de TVA erroné</ram:Reason>
        <ram:RequestedActionCode>NIN</ram:RequestedActionCode>
      </ram:SpecifiedDocumentStatus>"""


def status_file(folder: Path, name: str, number: str, code: str, label: str, at: str,
                reason: str = "") -> Path:
    """A status message dropped as a platform does: written aside, then renamed in."""
    path = folder / name
    partial = folder / f".{name}.part"
    partial.write_text(CDAR.format(number=number, code=code, label=label, at=at,
                                   reason=reason), encoding="utf-8")
    partial.rename(path)
    return path


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    outgoing, incoming = tmp_path / "vers-pa", tmp_path / "depuis-pa"
    outgoing.mkdir()
    incoming.mkdir()
    return outgoing, incoming


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_documents_go_out_once_and_statuses_come_back_idempotently(company, folders) -> None:
    outgoing, incoming = folders
    channel = s.set_platform_channel(company, A, outgoing=str(outgoing), incoming=str(incoming),
                                     xml_only=False, now=SET)
    assert (channel.outgoing, channel.xml_only) == (str(outgoing.resolve()), False)
    bought = s.buy(company, A, "EQUIPE", 1, now=LATER)
    s.send_outbox_now(company, A, LATER)  # right after the commit, as the front ends do
    number = bought.invoice_number
    assert number == "F2026-000002"
    # Only what was issued since the channel exists (F2026-000001 went by e-mail), once, whole.
    assert visible(outgoing) == [f"{number}.pdf"]
    assert (outgoing / f"{number}.pdf").read_bytes() == s.invoice_pdf(company, A, number, LATER)
    assert s.get_invoice(company, A, number, LATER).status == "sent"  # by the other channel
    for _ in range(3):
        s.catch_up(company, A, LATER + timedelta(minutes=5))
        s.sync_platform(company, A, LATER + timedelta(minutes=6))
    assert visible(outgoing) == [f"{number}.pdf"]  # no second copy, no temporary file left
    (outgoing / f"{number}.pdf").unlink()  # the platform's client took it
    assert s.sync_platform(company, A, LATER + timedelta(minutes=7)).deposited == ()
    assert visible(outgoing) == []

    # The platform says « Déposée » (200), the buyer « Refusée » (210) with its reason.
    assert s.get_invoice(company, A, number, LATER).lifecycle_status is None
    status_file(incoming, "cdv-200.xml", number, "200", "Déposée", "20261116113000")
    report = s.sync_platform(company, A, LATER + timedelta(minutes=8))
    assert (report.statuses, report.set_aside) == (1, ())
    view = s.get_invoice(company, A, number, LATER)
    assert view.lifecycle_status == "200"
    (deposited,) = view.lifecycle
    assert deposited.at == datetime(2026, 11, 16, 10, 30, tzinfo=UTC)  # 11:30 in Paris
    assert visible(incoming) == ["done"] and visible(incoming / "done") == ["cdv-200.xml"]

    # The same message dropped again changes nothing (kept aside under another name).
    status_file(incoming, "cdv-200.xml", number, "200", "Déposée", "20261116113000")
    assert s.sync_platform(company, A, LATER + timedelta(minutes=9)).statuses == 0
    assert len(s.get_invoice(company, A, number, LATER).lifecycle) == 1
    assert visible(incoming / "done") == ["cdv-200-1.xml", "cdv-200.xml"]

    status_file(incoming, "cdv-210.xml", number, "210", "Refusée", "20261117090000",
                reason=REASON)
    s.catch_up(company, A, LATER + timedelta(days=1))  # the scheduler reads them too
    view = s.get_invoice(company, A, number, LATER + timedelta(days=1))
    assert view.lifecycle_status == "210"
    assert [(str(x.code), x.reason) for x in view.lifecycle] == [
        ("200", ""), ("210", "TX_TVA_ERR Taux de TVA erroné")]
    assert s.list_invoices(company, A, LATER)[0].lifecycle_status == "210"

    # A message about a document that is not ours is set aside, nothing recorded.
    status_file(incoming, "autre.xml", "F2099-000001", "200", "Déposée", "20261117090000")
    (incoming / "pas-un-statut.xml").write_text("<facture/>", encoding="utf-8")
    report = s.sync_platform(company, A, LATER + timedelta(days=1))
    assert (report.statuses, sorted(report.set_aside)) == (0, ["autre.xml", "pas-un-statut.xml"])
    assert visible(incoming / "refused") == ["autre.xml", "pas-un-statut.xml"]
    assert len(s.get_invoice(company, A, number, LATER).lifecycle) == 2


def test_the_cli_sets_syncs_and_shows_the_statuses(sqlite_company, sqlite_url, folders,
                                                   capsys) -> None:
    outgoing, incoming = folders

    def cli(*args: str) -> tuple[int, object, str]:
        code = main(["--db", sqlite_url, "--json", *args])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip() else None), err

    code, _, err = cli("pa", "set", "--outgoing", str(outgoing / "absent"), "--incoming",
                       str(incoming))
    assert code == 2 and json.loads(err)["details"]["field"] == "outgoing"
    code, _, err = cli("pa", "set", "--outgoing", str(outgoing), "--incoming", str(outgoing))
    assert code == 2 and json.loads(err)["details"]["problem"] == "same_as_outgoing"
    code, shown, _ = cli("pa", "show")
    assert shown == {"configured": False}
    code, shown, err = cli("pa", "set", "--outgoing", str(outgoing), "--incoming",
                           str(incoming), "--xml-only")
    assert code == 0 and shown["xml_only"] is True, err
    code, bought, err = cli("buy", "EQUIPE")
    assert code == 0, err
    number = bought["invoice_number"]
    # The CII XML alone, as the channel asks, deposited by the command's after-commit step.
    assert visible(outgoing) == [f"{number}.xml"]
    assert (outgoing / f"{number}.xml").read_bytes() == s.invoice_xml(
        sqlite_company, A, number, datetime.now(UTC))
    status_file(incoming, "statut.xml", number, "212", "Encaissée", "20261201100000")
    code, synced, err = cli("pa", "sync")
    assert code == 0 and synced["statuses"] == 1 and synced["deposited"] == [], err
    code, shown, _ = cli("invoices", "show", number)
    assert shown["lifecycle_status"] == "212"
    assert [(x["code"], x["file_name"]) for x in shown["lifecycle"]] == [("212", "statut.xml")]
    assert main(["--db", sqlite_url, "invoices", "show", number]) == 0
    said = capsys.readouterr().out
    assert "Plateforme agréée\u00a0: 212 Encaissée, 01/12/2026 10:00" in said


def test_a_deposit_that_fails_is_tried_again_and_never_overwrites(company, folders) -> None:
    outgoing, incoming = folders
    s.set_platform_channel(company, A, outgoing=str(outgoing), incoming=str(incoming),
                           xml_only=False, now=SET)
    shutil.rmtree(outgoing)  # the share is not mounted
    bought = s.buy(company, A, "EQUIPE", 1, now=LATER)  # the purchase stands
    assert s.sync_platform(company, A, LATER).failed == (bought.invoice_number,)
    outgoing.mkdir()
    (outgoing / f"{bought.invoice_number}.pdf").write_bytes(b"another file")
    assert s.catch_up(company, A, LATER).platform.failed == (bought.invoice_number,)
    assert (outgoing / f"{bought.invoice_number}.pdf").read_bytes() == b"another file"
    (outgoing / f"{bought.invoice_number}.pdf").unlink()
    report = s.catch_up(company, A, LATER + timedelta(minutes=15)).platform
    assert report.deposited == (bought.invoice_number,) and report.failed == ()
    assert visible(outgoing) == [f"{bought.invoice_number}.pdf"]


def test_a_folder_that_does_not_exist_is_refused(company, folders) -> None:
    outgoing, incoming = folders
    with pytest.raises(BadInput) as refused:
        s.set_platform_channel(company, A, outgoing=str(outgoing), incoming=str(incoming / "x"),
                               xml_only=False, now=SET)
    assert (refused.value.field, refused.value.problem) == ("incoming", "not_a_folder")
    assert s.platform_channel(company, A) is None


def test_each_payment_on_a_deposited_invoice_is_reported_cashed_once(company, folders) -> None:
    from lxml import etree

    from deepetch_desktop.documents.cdar import parse_status_message
    from deepetch_desktop.domain.dates import zone

    outgoing, incoming = folders
    s.set_platform_channel(company, A, outgoing=str(outgoing), incoming=str(incoming),
                           xml_only=False, now=SET)
    s.record_payment(company, A, "F2026-000001", 1_000, now=LATER)  # not with the platform
    bought = s.buy(company, A, "EQUIPE", 1, now=LATER)
    number = bought.invoice_number
    s.sync_platform(company, A, LATER)
    s.record_payment(company, A, number, 10_000, now=LATER + timedelta(minutes=1),
                     paid_on=LATER.date(), reference="VIR-1")
    report = s.catch_up(company, A, LATER + timedelta(minutes=2)).platform
    (name,) = report.cashed
    assert name.startswith(f"{number}-212-") and name.endswith(".xml")
    data = (outgoing / name).read_bytes()
    message = parse_status_message(data, zone("Europe/Paris"))  # our own reader reads it back
    (status,) = message.statuses
    assert (status.number, status.code) == (number, "212")
    ns = {"ram": "urn:un:unece:uncefact:data:standard:"
                 "ReusableAggregateBusinessInformationEntity:100"}
    root = etree.fromstring(data)
    assert root.xpath("//ram:SpecifiedDocumentCharacteristic/ram:TypeCode/text()",
                      namespaces=ns) == ["MEN"]
    assert root.xpath("//ram:ValueAmount/text()", namespaces=ns) == ["100.00"]
    assert root.xpath("//ram:ValuePercent/text()", namespaces=ns) == ["20.00"]
    assert root.xpath("//ram:IssuerTradeParty/ram:RoleCode/text()", namespaces=ns) == ["SE"]
    for _ in range(3):  # once, however often it runs
        assert s.sync_platform(company, A, LATER + timedelta(minutes=3)).cashed == ()
    assert sorted(visible(outgoing)) == sorted([f"{number}.pdf", name])
