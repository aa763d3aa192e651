"""Invoices end to end: issued on purchase, archived PDF/Factur-X, e-mailed through the
outbox to a real SMTP server, paid, credited, chased."""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta

import pikepdf
import pytest
from facturx import get_xml_from_pdf, xml_check_xsd
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from deepetch_desktop import services as s
from deepetch_desktop.domain import errors as e
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, setup_company
from tests.smtp_server import free_port, running_smtp_server

CII = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
       "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}


def document_type(xml: bytes) -> str | None:
    """The Factur-X document's type code: 380 an invoice, 381 a credit note."""
    return ET.fromstring(xml).findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=CII)


def pdf_text(pdf: bytes) -> str:
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", raw.replace("\u202f", " ").replace("\u00a0", " "))


def configure_smtp(db, port: int) -> None:  # type: ignore[no-untyped-def]
    s.set_smtp(db, A, host="127.0.0.1", port=port, security="none",
               sender="facturation@deepetch.example", now=NOW)


def test_the_invoice_pdf_carries_every_mention_with_the_right_values(company):
    pdf = s.invoice_pdf(company, A, "F2026-000001", NOW)
    words = pdf_text(pdf)
    for expected in [
        "FACTURE", "F2026-000001", "16/11/2026",  # number and issue date
        "16/12/2026",  # the due date written as a date: issue + 30 days
        "Deepetch", "SAS", "50 000,00 €", "732829320", "73282932000074", "RCS Paris",
        "FR44732829320",  # seller identity
        "Atelier Lumière", "Bordeaux", "552100554", "FR96552100554",  # buyer identity
        "Prestations de services", "pack Équipe", "180,00 €", "20 %",
        "180,00 €", "36,00 €", "216,00 €",  # totals excluding VAT, VAT, including VAT
        "12,15 %", "40 €", "quarante euros", "escompte",
        "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPPXXX",
    ]:
        assert expected in words, expected
    xml = get_xml_from_pdf(pdf, check_xsd=False)[1]
    xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert document_type(xml) == "380"  # a commercial invoice
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "/OutputIntents" in doc.Root
        meta = doc.open_metadata()
        assert meta.get("pdfaid:part") == "3" and meta.get("pdfaid:conformance") == "B"
        names = doc.attachments
        assert "factur-x.xml" in names
        assert names["factur-x.xml"].obj.get("/AFRelationship") == "/Data"


def test_a_credit_note_refers_to_the_invoice_and_takes_back_unused_credits(company):
    note = s.issue_credit_note(company, A, "F2026-000001", "Commande en double", now=NOW)
    assert note.number == "AV2026-000001" and note.corrects_number == "F2026-000001"
    assert (note.gross_cents, note.credits) == (21600, 2000)
    assert s.status(company, A, NOW).balance == 0
    assert s.get_invoice(company, A, "F2026-000001", NOW).status == "cancelled"
    words = pdf_text(s.invoice_pdf(company, A, note.number, NOW))
    for expected in ["AVOIR", "AV2026-000001", "F2026-000001", "16/11/2026",
                     "Commande en double", "216,00 €", "552100554", "40 €", "escompte"]:
        assert expected in words, expected
    xml = s.invoice_xml(company, A, note.number, NOW)
    xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert document_type(xml) == "381" and b"F2026-000001" in xml
    kinds = [x.kind for x in s.list_ledger(company, A)]
    assert kinds[0] == "credit_note" and s.verify(company, A).ok
    with pytest.raises(e.InvoiceRule, match="already_credited"):
        s.issue_credit_note(company, A, "F2026-000001", "Encore", now=NOW)


def test_a_partial_credit_note_only_takes_back_credits_still_unused(company):
    sub = s.add_sub_account(company, A, name="Léa Dubois", email="lea@atelier.fr", now=NOW)
    s.submit_task(company, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=190, now=NOW)
    note = s.issue_credit_note(company, A, "F2026-000001", "Remise commerciale", now=NOW,
                               amount_cents=10800)
    assert note.gross_cents == 10800 and note.credits == 100  # 1 000 cancelled, 100 unused
    view = s.get_invoice(company, A, "F2026-000001", NOW)
    assert (view.credited_cents, view.left_cents, view.status) == (10800, 10800, "issued")
    assert s.status(company, A, NOW).balance == 0 and s.verify(company, A).ok


def test_archived_bytes_are_kept_and_a_reprint_is_the_same_bytes(company):
    first = s.invoice_pdf(company, A, "F2026-000001", NOW)
    assert s.invoice_pdf(company, A, "F2026-000001", NOW + timedelta(days=3)) == first
    with company.read() as conn:
        stored = conn.execute(select(t.invoice_documents.c.sha256)).scalar_one()
    assert stored == hashlib.sha256(first).hexdigest() and s.verify_archive(company, A) == []
    with pytest.raises(DBAPIError, match="append-only"):
        with company.write_engine.begin() as conn:
            conn.execute(text("UPDATE invoice_documents SET pdf = :x"), {"x": b"forged"})


def test_payments_partial_then_full_and_overpayment_refused(company):
    part = s.record_payment(company, A, "F2026-000001", 10000, now=NOW, reference="VIR-1")
    assert (part.status, part.left_cents) == ("partly_paid", 11600)
    with pytest.raises(e.InvoiceRule, match="overpayment"):
        s.record_payment(company, A, "F2026-000001", 11601, now=NOW)
    full = s.record_payment(company, A, "F2026-000001", 11600, now=NOW, paid_on=date(2026, 11, 16))
    assert (full.status, full.left_cents, len(full.payments)) == ("paid", 0, 2)
    with pytest.raises(e.BadInput):
        s.record_payment(company, A, "F2026-000001", 0, now=NOW)


def test_status_becomes_overdue_after_the_due_date_with_something_left(company):
    assert s.get_invoice(company, A, "F2026-000001", NOW).status == "issued"
    after_due = datetime(2026, 12, 16, 23, 30, tzinfo=UTC)  # 17/12 in Paris
    assert s.get_invoice(company, A, "F2026-000001", after_due).status == "overdue"
    assert s.status(company, A, after_due).overdue_count == 1


def test_the_invoice_arrives_by_email_with_its_pdf(db):
    with running_smtp_server() as server:
        setup_company(db, credits_packs=0)
        configure_smtp(db, server.port)
        s.buy(db, A, "EQUIPE", 1, now=NOW)
        report = s.deliver_outbox(db, NOW)
        assert (report.sent, report.waiting) == (1, 0)
        (mail,) = server.received
        assert mail.rcpt_tos == ("compta@atelier-lumiere.fr",)
        assert "F2026-000001" in mail.message["Subject"]
        (attachment,) = list(mail.message.iter_attachments())
        assert attachment.get_filename() == "F2026-000001.pdf"
        assert attachment.get_content() == s.invoice_pdf(db, A, "F2026-000001", NOW)
        assert "16/12/2026" in mail.message.get_body().get_content()
        assert s.get_invoice(db, A, "F2026-000001", NOW).status == "sent"


def test_with_the_server_down_the_invoice_commits_and_is_sent_once_when_it_is_back(db):
    port = free_port()
    setup_company(db, credits_packs=0)
    configure_smtp(db, port)
    result = s.buy(db, A, "EQUIPE", 1, now=NOW)
    down = s.deliver_outbox(db, NOW)
    assert (down.sent, down.failed, down.waiting) == (0, 1, 1)
    assert s.get_invoice(db, A, result.invoice_number, NOW).status == "issued"
    assert s.status(db, A, NOW).balance == 2000
    with running_smtp_server(port=port) as server:
        assert s.deliver_outbox(db, NOW).sent == 0  # backoff: not yet due
        later = NOW + timedelta(minutes=2)
        assert s.deliver_outbox(db, later).sent == 1
        for _ in range(3):
            assert s.deliver_outbox(db, later + timedelta(hours=1)).sent == 0
            s.catch_up(db, A, later + timedelta(minutes=5))
        assert len(server.received) == 1
        s.resend_invoice(db, A, result.invoice_number, now=later)
        assert s.deliver_outbox(db, later).sent == 1 and len(server.received) == 2


def _reminders(server):  # type: ignore[no-untyped-def]
    return [m for m in server.received
            if any(w in m.message["Subject"].lower() for w in ("rappel", "relance"))]


def test_payment_reminders_are_sent_once_each_however_often_the_job_runs(db):
    with running_smtp_server() as server:
        setup_company(db)
        configure_smtp(db, server.port)
        s.deliver_outbox(db, NOW)  # the invoice itself
        due = date(2026, 12, 16)
        before = datetime(2026, 12, 11, 9, tzinfo=UTC)  # D-5: the courteous one
        for _ in range(5):
            s.catch_up(db, A, before)
        assert len(_reminders(server)) == 1
        assert "216,00" in _reminders(server)[0].message.get_body().get_content()
        overdue = datetime(2026, 12, 17, 9, tzinfo=UTC)  # D+1
        for _ in range(5):
            s.catch_up(db, A, overdue)
        assert len(_reminders(server)) == 2
        letter = _reminders(server)[1].message.get_body().get_content()
        assert "pénalités" in letter and "40,00" in letter and "quarante euros" in letter
        late = datetime(2027, 2, 1, 9, tzinfo=UTC)  # D+15 and D+30 both passed: one letter
        for _ in range(3):
            s.catch_up(db, A, late)
        assert len(_reminders(server)) == 3 and due
        s.record_payment(db, A, "F2026-000001", 21600, now=late)
        s.catch_up(db, A, late + timedelta(days=60))
        assert len(_reminders(server)) == 3


def test_smtp_password_never_reaches_the_database(sqlite_company, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 10  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return self.store.get((service, username))

        def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
            self.store[(service, username)] = password

        def delete_password(self, service, username):  # type: ignore[no-untyped-def]
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        view = s.set_smtp(sqlite_company, A, host="smtp.example.fr", port=587,
                          security="starttls", sender="f@example.fr", user="compta",
                          password="s3cret-Été", now=NOW)
        assert view.password_stored
    finally:
        keyring.set_keyring(previous)
    path = sqlite_company.location
    sqlite_company.dispose()
    with open(path, "rb") as fh:
        assert b"s3cret" not in fh.read()


def test_without_a_keyring_or_password_the_report_asks_for_one(sqlite_company, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoBackend

    monkeypatch.delenv("DEEPETCH_SMTP_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoBackend())
    try:
        s.set_smtp(sqlite_company, A, host="127.0.0.1", port=free_port(), security="none",
                   sender="f@deepetch.example", user="compta", allow_cleartext_auth=True,
                   now=NOW)
        report = s.deliver_outbox(sqlite_company, NOW)
    finally:
        keyring.set_keyring(previous)
    assert report.needs_password and report.refused == 1 and report.waiting == 1
    assert s.get_invoice(sqlite_company, A, "F2026-000001", NOW).status == "issued"
