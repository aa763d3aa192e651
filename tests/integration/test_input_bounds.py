"""Bad values never get in (issue 8, items 4 and 12): what is accepted prints whole on the
invoice, a logo is an image, the journal stays small, text output reads in the company's time
zone, and `invoices send N` says what became of N's e-mail only."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.documents.logo import check_logo
from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.text import LIMITS
from deepetch_desktop.domain.vocabulary import AuditAction
from deepetch_desktop.services.common import audit
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, setup_company
from tests.smtp_server import free_port, running_smtp_server


@pytest.fixture
def cli(sqlite_url, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", sqlite_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def image(path: Path, size: tuple[int, int] = (120, 40), kind: str = "PNG") -> str:
    Image.new("RGB", size, (31, 58, 95)).save(path, kind)
    return str(path)


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_every_limit_fits_its_column():
    columns = {"company": t.company.c.name, "legal_form": t.company.c.legal_form,
               "email": t.company.c.billing_email, "siret": t.seller.c.siret,
               "rcs": t.seller.c.rcs, "iban": t.seller.c.iban, "bic": t.seller.c.bic,
               "reference": t.payments.c.reference, "timezone": t.company.c.timezone,
               "name": t.packs.c.name, "department": t.sub_accounts.c.department,
               "phone": t.sub_accounts.c.phone, "role": t.sub_accounts.c.role,
               "title": t.tasks.c.title, "code": t.packs.c.code, "unit": t.services.c.unit,
               "key": t.batches.c.idem_key, "number": t.invoices.c.number}
    for field, column in columns.items():
        assert LIMITS[field].length <= column.type.length, field  # type: ignore[attr-defined]


def test_the_longest_values_accepted_print_whole_on_the_invoice(sqlite_db):
    """Every field at its limit: the invoice and the credit note render, nothing is cut."""
    lines = [f"L{i}" + "-adresse" * 8 + "x" * (70 - 2 - 64) for i in range(1, 7)]
    lines[-1] = ("33000 " + lines[-1])[:70]  # the « code postal ville » line (issue 14)
    assert all(len(line) == 70 for line in lines)
    s.init_company(sqlite_db, A, name="Atelier " + "Lumière " * 14, siren="552100554",
                   legal_form="F" * 60, address="\n".join(lines), email="compta@atelier.fr",
                   einvoicing_address="552100554", now=NOW)
    s.update_seller(sqlite_db, A, now=NOW, name="Deepetch " + "Vendeur " * 13,
                    address="\n".join(line.replace("L", "S", 1) for line in lines))
    s.approve_terms(sqlite_db, A, NOW)
    bought = s.buy(sqlite_db, A, "EQUIPE", 1, now=NOW)
    note = s.issue_credit_note(sqlite_db, A, bought.invoice_number, "motif " * 83, now=NOW,
                               amount_cents=100)
    assert s.catch_up(sqlite_db, A, NOW, deliver_mail=False).documents_failed == ()
    for number in (bought.invoice_number, note.number):
        words = pdf_text(s.invoice_pdf(sqlite_db, A, number, NOW))
        assert "\u2026" not in words, number
        assert all(f"L{i}-adresse" in words and f"S{i}-adresse" in words for i in range(1, 7))


def test_a_3000_character_address_or_a_file_that_is_no_image_is_refused(cli, tmp_path):
    code, _, err = cli("init", "--company", "Atelier", "--siren", "552100554",
                       "--einvoicing-address", "552100554",
                       "--address", "8 quai des Chartrons " * 150)
    assert code == 2 and err == "deepetch\u00a0: L'adresse dépasse 425 caractères.\n"
    assert cli("init", "--company", "Atelier", "--siren", "552100554",
               "--email", "compta@atelier.fr", "--address",
               "8 quai des Chartrons\\n33000 Bordeaux", "--einvoicing-address", "552100554")[0] == 0
    assert cli("company", "set", "--address", "x\\n" * 7)[0] == 2
    text = tmp_path / "logo.png"
    text.write_text("not an image at all")
    code, _, err = cli("seller", "set", "--logo", str(text))
    assert (code, err) == (2, "deepetch\u00a0: Le logo n'est pas une image PNG ou JPEG lisible.\n")
    assert cli("seller", "set", "--logo", str(tmp_path))[0] == 2
    code, out, _ = cli("--json", "seller", "set", "--logo", image(tmp_path / "real.png"))
    assert code == 0 and json.loads(out)["logo_path"] == str(tmp_path / "real.png")
    assert cli("terms", "approve")[0] == 0
    code, out, err = cli("--json", "buy", "EQUIPE")
    assert code == 0 and json.loads(out)["document"] == "archived", err


def test_a_logo_is_an_existing_png_or_jpeg_of_bounded_size(tmp_path):
    assert check_logo(image(tmp_path / "a.png")) == str(tmp_path / "a.png")
    assert check_logo(image(tmp_path / "a.jpg", kind="JPEG")) == str(tmp_path / "a.jpg")
    (tmp_path / "half.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (tmp_path / "big.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2_000_001)
    cases = {str(tmp_path / "missing.png"): "not_a_file", str(tmp_path): "not_a_file",
             image(tmp_path / "a.gif", kind="GIF"): "not_an_image",
             str(tmp_path / "half.png"): "not_an_image", str(tmp_path / "big.png"):
             "file_too_large", image(tmp_path / "wide.png", (4001, 2)): "image_too_large"}
    for path, problem in cases.items():
        with pytest.raises(BadInput) as refused:
            check_logo(path)
        assert (refused.value.field, refused.value.problem) == ("logo", problem), path


def test_a_10_mb_reason_is_refused_and_the_journal_stays_small(cli, sqlite_url):
    assert cli("init", "--company", "Atelier", "--siren", "552100554", "--address",
               "8 quai des Chartrons\\n33000 Bordeaux", "--einvoicing-address",
               "552100554")[0] == 0
    journal = len(json.loads(cli("--json", "audit", "list")[1]))
    code, _, err = cli("basket", "correct", "--credits", "5", "--reason", "r" * 10_000_000)
    assert code == 2 and err == "deepetch\u00a0: Le motif dépasse 500 caractères.\n"
    code, _, err = cli("--json", "basket", "correct", "--credits", "5", "--reason", "é" * 501)
    assert code == 2 and len(err) < 400 and json.loads(err)["details"]["field"] == "reason"
    assert len(json.loads(cli("--json", "audit", "list")[1])) == journal
    database = open_database(sqlite_url)  # the journal bounds whatever text a caller passes
    try:
        database.write(lambda conn: audit(conn, A, AuditAction.BASKET_CORRECT, NOW,
                                          note="n" * 50_000))
        assert len(s.list_audit(database, A)[0].details["note"]) == 1000
    finally:
        database.dispose()


def test_text_output_shows_the_company_time_zone(sqlite_db, cli):
    """At 23:30 UTC on 31 October it is 00:30 on 1 November in Paris: that is what is shown."""
    late = datetime(2026, 10, 31, 23, 30, tzinfo=UTC)
    setup_company(sqlite_db, now=late)
    s.add_sub_account(sqlite_db, A, name="Camille Martin", email="camille@atelier.fr", now=late)
    s.submit_task(sqlite_db, A, sub_account=1, service_code="RELECTURE", units=1, now=late)
    sqlite_db.dispose()
    code, out, _ = cli("tasks", "list")
    assert code == 0 and "01/11/2026" in out and "31/10/2026" not in out
    for args in (["basket", "ledger"], ["audit", "list"]):
        code, out, _ = cli(*args)
        assert code == 0 and "01/11/2026 00:30" in out and "31/10/2026" not in out, args
    assert "approuvées le 01/11/2026" in cli("terms", "show")[1]
    assert json.loads(cli("--json", "tasks", "list")[1])[0]["submitted_at"].startswith(
        "2026-10-31T23:30")  # JSON stays in UTC


def test_invoices_send_reports_that_invoice_not_the_outbox(sqlite_db, cli):
    """An older e-mail still waits (its server was down, its retry not due): sending another
    invoice says « sent » for that one, not « queued » because of the other."""
    now = datetime.now(UTC) - timedelta(seconds=30)  # the command runs at the real time
    setup_company(sqlite_db, credits_packs=0, now=now)
    port = free_port()
    s.set_smtp(sqlite_db, A, host="127.0.0.1", port=port, security="none",
               sender="facturation@deepetch.example", now=now)
    first = s.buy(sqlite_db, A, "EQUIPE", 1, now=now).invoice_number
    second = s.buy(sqlite_db, A, "EQUIPE", 1, now=now).invoice_number
    assert s.deliver_outbox(sqlite_db, now).failed == 2  # both wait for their retry
    sqlite_db.dispose()
    with running_smtp_server(port=port) as server:
        code, out, err = cli("--json", "invoices", "send", f" {second} ")
        assert code == 0, err
        assert json.loads(out) == {"number": second, "document": "archived", "email": "sent"}
        assert [second in m.message["Subject"] for m in server.received] == [True]
    code, out, _ = cli("invoices", "send", first)  # the server is gone again
    assert code == 0 and out.strip() == (f"Facture {first}\u00a0: en attente d'envoi (serveur "
                                         "SMTP injoignable, nouvel essai automatique).")
