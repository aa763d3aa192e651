"""The command line after issue: PDFs, payments, credit notes, SMTP, catch-up, reports, backup."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.conftest import NOW, setup_company, submit_until_stopped, worker_context


@pytest.fixture
def cli(sqlite_company, sqlite_url, capsys):  # type: ignore[no-untyped-def]
    database = sqlite_company
    sub = s.add_sub_account(database, s.ADMINISTRATOR, name="Camille Martin",
                            email="camille@a.fr", now=NOW)
    s.submit_task(database, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                  units=12, now=NOW)

    def run(*args: str) -> tuple[int, object, str]:
        code = main(["--db", sqlite_url, "--json", *args])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip() else None), err

    return run


def test_pdf_pay_and_credit_note(cli, tmp_path):
    code, out, err = cli("invoices", "pdf", "F2026-000001", "--output", str(tmp_path / "f.pdf"))
    assert code == 0, err
    pdf = (tmp_path / "f.pdf").read_bytes()
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert pdf.startswith(b"%PDF") and "F2026-000001" in first_page
    code, again, _ = cli("invoices", "pdf", "F2026-000001", "--output", str(tmp_path / "g.pdf"))
    assert (tmp_path / "g.pdf").read_bytes() == pdf  # a reprint is the same bytes
    code, paid, err = cli("invoices", "pay", "F2026-000001", "--amount", "100,00",
                          "--reference", "VIR 42")
    assert code == 0 and paid["status"] == "partly_paid" and paid["left_eur"] == "116.00"
    code, _, err = cli("invoices", "pay", "F2026-000001", "--amount", "500")
    assert code == 3 and json.loads(err)["error"] == "invoice_rule"
    code, note, err = cli("invoices", "credit-note", "F2026-000001", "--amount", "50",
                          "--reason", "Geste commercial")
    assert code == 0, err
    assert (note["number"], note["gross_eur"], note["net_eur"], note["vat_eur"]) == (
        "AV2026-000001", "50.00", "41.67", "8.33")
    assert note["email"] == "no_smtp"
    code, shown, _ = cli("invoices", "show", "F2026-000001")
    assert shown["credited_eur"] == note["gross_eur"]


def test_send_without_smtp_says_so_and_keeps_the_message(cli):
    code, out, _ = cli("invoices", "send", "F2026-000001")
    assert code == 0 and out["email"] == "no_smtp"
    code, report, _ = cli("catch-up")
    # the two invoices' e-mails, and November's month end with the journal's witness (issue 11)
    assert code == 0 and report["smtp_configured"] is False and report["emails_waiting"] == 3
    assert set(report) >= {"month_ends", "expiry_reminder_days", "expired_credits",
                           "limit_alerts", "invoice_reminders", "emails_sent"}


def test_smtp_password_without_a_keyring_is_refused_with_a_clear_sentence(sqlite_url):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    args = [sys.executable, "-m", "deepetch_desktop", "--db", sqlite_url]
    subprocess.run([*args, "init", "--company", "X", "--siren", "552100554", "--address",
                    "8 quai des Chartrons\\n33000 Bordeaux", "--einvoicing-address",
                    "552100554"], check=True,
                   capture_output=True, env=env)
    done = subprocess.run([*args, "smtp", "set", "--host", "smtp.example.fr", "--port", "587",
                           "--security", "starttls", "--sender", "f@example.fr", "--user", "u",
                           "--password-stdin"], input="secret\n", capture_output=True,
                          text=True, env=env)
    assert done.returncode == 2 and "DEEPETCH_SMTP_PASSWORD" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    shown = subprocess.run([*args, "--json", "smtp", "show"], capture_output=True, text=True,
                           env=env)
    assert json.loads(shown.stdout)["configured"] is False  # nothing was half-saved
    bad = subprocess.run([*args, "smtp", "set", "--host", "h", "--port", "99999", "--security",
                          "tls", "--sender", "f@example.fr"], capture_output=True, text=True)
    assert bad.returncode == 2 and "port" in bad.stderr.lower()


def test_usage_report_in_every_format(cli, tmp_path):
    code, out, _ = cli("report", "usage", "--from", "2026-11-01", "--to", "30/11/2026")
    assert code == 0 and out["total_credits"] == 120
    assert out["total_value_eur"] == "10.80"  # 9 c a credit (Équipe: 180 € for 2 000)
    assert out["lines"] == [{"key": "Camille Martin", "tasks": 1, "credits": 120,
                             "value_eur": "10.80", "keys": ["Camille Martin"],
                             "ids": [out["lines"][0]["ids"][0]]}]
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"r.{fmt}"
        code, out, err = cli("report", "usage", "--from", "2026-11-01", "--to", "2026-11-30",
                             "--by", "department", "--output", str(target))
        assert code == 0, err
    assert "Tâches;Crédits;Valeur HT\n—;1;120;10,80" in (tmp_path / "r.csv").read_text(
        encoding="utf-8-sig")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[2]] == ["—", 1, 120, 10.8]
    assert "120" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    code, _, err = cli("report", "usage", "--from", "2026-11-30", "--to", "2026-11-01")
    assert code == 2
    code, out, _ = cli("report", "usage", "--from", "2026-11-01", "--to", "2026-11-30", "--by",
                       "month,department")
    assert code == 0 and out["lines"][0]["keys"] == ["2026-11", "—"]


@pytest.mark.parametrize("args, field", [
    (["report", "usage", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "colour"], "by"),
    (["report", "usage", "--from", "2026-11-01", "--to", "2026-11-30", "--by",
      "month,month"], "by"),
    (["report", "usage", "--to", "2026-11-30"], "valid_from"),
    (["report", "prepaid", "--at", "31/02/2026"], "at"),
    (["report", "runway", "--window-days", "0"], "window_days"),
    (["report", "runway", "--window-days", "dix"], "window_days"),
    (["report", "runway", "--until", "2020-01-01"], "until"),
])
def test_bad_report_input_is_one_sentence_and_exit_2(cli, args, field):
    code, out, err = cli(*args)
    assert code == 2 and out is None
    said = json.loads(err)
    assert said["error"] == "bad_input" and said["details"]["field"] == field
    assert "Traceback" not in err


def test_prepaid_and_runway_from_the_command_line(cli, tmp_path):
    code, out, _ = cli("report", "prepaid", "--at", "2026-12-31")
    assert code == 0 and out["at"] == "2026-12-31"
    assert out["credits"] == 1880 and out["value_eur"] == "169.20"  # 1 880 × 9 c
    assert [(b["credits_left"], b["price_per_credit_millicents"], b["value_eur"])
            for b in out["batches"]] == [(1880, 9000, "169.20")]
    code, out, _ = cli("report", "prepaid", "--at", "2026-12-31", "--output",
                       str(tmp_path / "p.pdf"))
    assert code == 0 and out["value_eur"] == "169.20"
    words = " ".join(PdfReader(tmp_path / "p.pdf").pages[0].extract_text().split())
    assert "Crédits prépayés au 31/12/2026" in words and "169,20 €" in words
    code, out, _ = cli("report", "runway", "--until", "2027-06-30")
    assert code == 0 and out["used_in_window"] == 120 and out["advice"]["until"] == "2027-06-30"
    # 120 credits in 90 days: the 1 880 left last until then, nothing to buy
    assert out["advice"]["packs"] == [] and out["advice"]["net_eur"] == "0.00"
    assert out["basket_runs_out_on"] is not None


def test_an_online_backup_while_four_writers_run_is_whole_and_consistent(sqlite_url, tmp_path):
    database = open_database(sqlite_url)
    setup_company(database, credits_packs=5)
    s.add_sub_account(database, s.ADMINISTRATOR, name="Hugo", email="h@a.fr", now=NOW)
    ctx = worker_context()
    stop = ctx.Event()
    workers = [ctx.Process(target=submit_until_stopped, args=(sqlite_url, stop)) for _ in range(4)]
    for w in workers:
        w.start()
    deadline = time.time() + 60
    while len(s.list_tasks(database, ADMIN)) < 40 and time.time() < deadline:
        time.sleep(0.05)
    result = s.backup(database, ADMIN, str(tmp_path / "copy.sqlite3"))
    running = sum(w.is_alive() for w in workers)
    stop.set()
    for w in workers:
        w.join(60)
    assert running == 4 and [w.exitcode for w in workers] == [0, 0, 0, 0]
    conn = sqlite3.connect(result.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    copy = open_database(f"sqlite:///{result.path}")
    report = s.verify(copy, ADMIN)
    assert report.ok, report.problems
    assert 40 <= len(s.list_tasks(copy, ADMIN)) <= len(s.list_tasks(database, ADMIN))
    copy.dispose()
    database.dispose()
