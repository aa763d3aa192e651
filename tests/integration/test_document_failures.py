"""A document that cannot be rendered never blocks the others nor the outbox: it is recorded,
notified once, reported by the audit, and rendered at the next catch-up once fixed."""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select, update

from deepetch_desktop import services as s
from deepetch_desktop.documents.facturx_pdf import render_invoice
from deepetch_desktop.domain.errors import DocumentNotRendered
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, setup_company
from tests.smtp_server import running_smtp_server

A = s.ADMINISTRATOR


def history(db) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """The ledger, the invoices and the basket: nothing a failed render may touch."""
    with db.read() as conn:
        return (tuple(tuple(r) for r in conn.execute(select(t.ledger).order_by(t.ledger.c.id))),
                tuple(tuple(r) for r in conn.execute(select(t.invoices)
                                                     .order_by(t.invoices.c.id))),
                tuple(conn.execute(select(t.basket)).one()))


def notifications_of(db, kind: str) -> list[s.NotificationView]:  # type: ignore[no-untyped-def]
    return [n for n in s.list_notifications(db, ADMIN) if n.kind == kind]


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 58, 95)).save(path)
    return path


def test_a_logo_turned_to_garbage_holds_only_its_invoice_until_it_is_cleared(db, logo):
    with running_smtp_server() as server:
        setup_company(db, credits_packs=0)
        s.set_smtp(db, A, host="127.0.0.1", port=server.port, security="none",
                   sender="facturation@deepetch.example", now=NOW)
        s.update_seller(db, A, now=NOW, logo_path=str(logo))
        first = s.buy(db, A, "EQUIPE", 1, now=NOW)
        assert s.catch_up(db, ADMIN, NOW).outbox.sent == 1  # type: ignore[union-attr]
        logo.write_bytes(b"not an image at all" * 50)  # replaced after it was set
        second = s.buy(db, A, "EQUIPE", 1, now=NOW)
        s.resend_invoice(db, A, first.invoice_number, now=NOW)
        before = history(db)

        reports = [s.catch_up(db, ADMIN, NOW) for _ in range(3)]

        assert all(r.documents_failed == (second.invoice_number,) for r in reports)
        assert reports[0].outbox is not None and reports[0].outbox.sent == 1  # the resend went
        assert reports[0].outbox.held == (second.invoice_number,)
        assert [m.message["Subject"] for m in server.received].count(
            f"Facture Deepetch {first.invoice_number}") == 2
        assert not any(second.invoice_number in m.message["Subject"] for m in server.received)
        assert s.document_state(db, ADMIN, second.invoice_number) == "pending"
        assert history(db) == before
        [note] = notifications_of(db, "document_failed")  # once, not at every catch-up
        assert second.invoice_number in note.body and "UnidentifiedImageError" in note.body
        audit = s.verify(db, ADMIN)
        assert not audit.ok and any(second.invoice_number in p for p in audit.problems)
        with pytest.raises(DocumentNotRendered):
            s.invoice_pdf(db, ADMIN, second.invoice_number, NOW)

        s.update_seller(db, A, now=NOW, logo_path="")  # the cause, fixed
        fixed = s.catch_up(db, ADMIN, NOW)

        assert fixed.documents_failed == () and fixed.archived == 1
        assert fixed.outbox is not None and fixed.outbox.sent == 1
        assert any(second.invoice_number in m.message["Subject"] for m in server.received)
        assert s.document_state(db, ADMIN, second.invoice_number) == "archived"
        assert s.verify(db, ADMIN).ok and s.document_failures(db, ADMIN) == []
        assert history(db) == before


def test_a_full_disk_while_rendering_is_recorded_and_the_next_catch_up_renders_it(db):
    setup_company(db, credits_packs=0)
    bought = [s.buy(db, A, "EQUIPE", 1, now=NOW) for _ in range(3)]
    calls: list[str] = []

    def disk_full_on_the_second(document):  # type: ignore[no-untyped-def]
        calls.append(document.number)
        if document.number == bought[1].invoice_number:
            raise OSError(errno.ENOSPC, "No space left on device")
        return render_invoice(document)

    report = s.catch_up(db, ADMIN, NOW, deliver_mail=False, render=disk_full_on_the_second)

    assert calls == [b.invoice_number for b in bought]  # the loop went on after the failure
    assert report.archived == 2 and report.documents_failed == (bought[1].invoice_number,)
    [failure] = s.document_failures(db, ADMIN)
    assert failure.number == bought[1].invoice_number and failure.attempts == 1
    assert "No space left on device" in failure.cause
    again = s.catch_up(db, ADMIN, NOW, deliver_mail=False)
    assert again.archived == 1 and again.documents_failed == ()
    assert s.document_failures(db, ADMIN) == [] and s.verify(db, ADMIN).ok


def test_a_frozen_address_of_3000_characters_still_prints(db):
    """An address typed before input limits existed is frozen into its invoices: the PDF
    prints the beginning of it (the Factur-X XML keeps it whole) rather than never printing."""
    setup_company(db, credits_packs=0)
    street = "12 rue des Lilas, bâtiment B " * 110
    long_address = street + "\n33000 Bordeaux"  # a full address (issue 14), far too long
    with db.write_engine.begin() as conn:
        conn.execute(update(t.company).values(address=long_address))
    bought = s.buy(db, A, "EQUIPE", 1, now=NOW)

    report = s.catch_up(db, ADMIN, NOW, deliver_mail=False)

    assert report.documents_failed == () and report.archived == 1
    pdf = s.invoice_pdf(db, ADMIN, bought.invoice_number, NOW)
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "12 rue des Lilas" in first_page and "\u2026" in first_page
    assert street.strip().encode() in s.invoice_xml(db, ADMIN, bought.invoice_number, NOW)
