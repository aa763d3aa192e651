"""A command whose transaction committed reports success with its result, even when the PDF,
the archive or the e-mail failed afterwards: a retry would otherwise buy and invoice twice."""

from __future__ import annotations

import errno
import json
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlalchemy import func, select

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.documents import facturx_pdf
from deepetch_desktop.services import outbox
from deepetch_desktop.store import tables as t
from tests.conftest import setup_company
from tests.smtp_server import running_smtp_server

A = s.ADMINISTRATOR


def counts(url: str) -> tuple[int, int, int]:
    """(invoices, ledger entries, basket balance)."""
    db = open_database(url)
    try:
        with db.read() as conn:
            return (conn.execute(select(func.count()).select_from(t.invoices)).scalar_one(),
                    conn.execute(select(func.count()).select_from(t.ledger)).scalar_one(),
                    conn.execute(select(t.basket.c.balance)).scalar_one())
    finally:
        db.dispose()


@pytest.fixture
def cli(sqlite_url, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, object, list[str]]:
        code = main(["--db", sqlite_url, *args])
        out, err = capsys.readouterr()
        data = json.loads(out) if "--json" in args and out.strip() else out
        return code, data, err.splitlines()

    return run


@pytest.fixture
def server(sqlite_url, tmp_path):  # type: ignore[no-untyped-def]
    """A company (one invoice already archived and sent), its SMTP server, and a logo that was
    a good image when it was set."""
    now = datetime.now(UTC)  # the command line dates with this computer's clock
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 58, 95)).save(logo)
    db = open_database(sqlite_url)
    with running_smtp_server() as smtp:
        setup_company(db, now=now)
        s.set_smtp(db, A, host="127.0.0.1", port=smtp.port, security="none",
                   sender="facturation@deepetch.example", now=now)
        s.update_seller(db, A, now=now, logo_path=str(logo))
        s.catch_up(db, A, now)
        db.dispose()
        yield smtp, logo


def test_buy_with_a_logo_gone_bad_succeeds_once_and_the_catch_up_makes_the_pdf(
        cli, server, sqlite_url):
    smtp, logo = server
    logo.write_bytes(b"GIF89a? no, garbage")
    before = counts(sqlite_url)

    code, bought, err = cli("--json", "buy", "EQUIPE")

    assert code == 0, err
    assert bought["invoice_number"] == "F2026-000002" and bought["credits"] == 2000
    assert bought["document"] == "pending" and bought["email"] == "queued"
    [warning] = err
    assert json.loads(warning)["warning"] == "document_not_rendered"
    assert "F2026-000002" in json.loads(warning)["message"]
    invoices, entries, balance = counts(sqlite_url)
    assert (invoices, entries, balance) == (before[0] + 1, before[1] + 1, before[2] + 2000)
    assert len(smtp.received) == 1  # only the first invoice's e-mail, from the fixture

    code, report, err = cli("--json", "catch-up")  # cause not fixed yet
    assert code == 0 and report["documents_failed"] == ["F2026-000002"]
    assert json.loads(err[0])["warning"] == "documents_not_rendered"

    code, _, err = cli("seller", "set", "--logo", "")  # the cause, fixed
    assert code == 0, err
    code, report, err = cli("--json", "catch-up")
    assert code == 0 and err == [] and report["documents_failed"] == []
    assert report["archived_documents"] == 1 and report["emails_sent"] == 1
    assert "F2026-000002" in smtp.received[-1].message["Subject"]
    assert counts(sqlite_url) == (invoices, entries, balance)


def test_a_full_disk_while_rendering_after_buy_and_credit_note_exits_0(
        cli, server, sqlite_url, monkeypatch):
    def disk_full(document, workdir=None):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(facturx_pdf, "render_invoice", disk_full)
    before = counts(sqlite_url)

    code, out, err = cli("buy", "EQUIPE")
    assert code == 0 and "F2026-000002" in out and "2\u202f000 crédits ajoutés" in out
    [sentence] = err
    assert sentence.startswith("deepetch\u00a0: Le PDF de la facture F2026-000002 n'a pas pu")
    assert "No space left on device" in sentence
    code, note, err = cli("--json", "invoices", "credit-note", "F2026-000001",
                          "--reason", "Geste commercial", "--amount", "10")
    assert code == 0 and note["number"] == "AV2026-000001" and note["document"] == "pending"
    assert counts(sqlite_url)[0] == before[0] + 2

    monkeypatch.undo()  # space freed
    code, report, err = cli("--json", "catch-up")
    assert code == 0 and report["documents_failed"] == [] and report["archived_documents"] == 2


def test_a_sending_step_that_fails_after_the_commit_is_left_for_the_catch_up(
        cli, server, sqlite_url, monkeypatch):
    smtp, _ = server

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(outbox, "deliver_outbox", broken)  # inside send_outbox_now
    code, bought, err = cli("--json", "buy", "EQUIPE")

    assert code == 0 and bought["invoice_number"] == "F2026-000002"
    assert bought["email"] == "queued"
    assert [json.loads(line)["warning"] for line in err] == ["after_commit_failed"]
    monkeypatch.undo()
    code, report, _ = cli("--json", "catch-up")
    assert code == 0 and report["emails_sent"] == 1 and len(smtp.received) == 2
