"""Chargeback statements (issue 15): `deepetch report statements --month 2026-11 --by department
--output FOLDER [--email]` writes one PDF per department (or sub-account) whose totals, read
back from the PDFs' text, add up to the month's usage report; a file already in the folder is
never replaced; with --email each statement is queued to its holders and a real SMTP server
receives it with the PDF attached."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import copy_sqlite_template, sqlite_template
from tests.smtp_server import running_smtp_server

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
MONTH = "2026-11"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo company with its administrator (so that the command line logs in)."""

    def build(database: Database) -> None:
        s.create_demo(database, NOW)
        s.create_first_administrator(database, *ADMIN_LOGIN, NOW)

    return sqlite_template(tmp_path_factory, "statements-demo", build)


ADMIN_LOGIN = ("Test Admin", "admin@example.com", "correct horse battery")


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[Database]:
    monkeypatch.setenv("DEEPETCH_USER", ADMIN_LOGIN[1])
    monkeypatch.setenv("DEEPETCH_PASSWORD", ADMIN_LOGIN[2])
    database = open_database(copy_sqlite_template(demo_template, tmp_path / "demo.sqlite3"))
    yield database
    database.dispose()


def words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split()).replace(
        "\u202f", " ").replace("\u00a0", " ")


def figure(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def totals(path: Path) -> tuple[int, Decimal]:
    """The statement's credits and value excl. VAT, as its PDF prints them."""
    text = words(path)
    credits = re.search(r"Crédits consommés ([\d ]+?) Total", text)
    value = re.search(r"Total à refacturer HT ([\d ]+,\d\d) €", text)
    assert credits and value, text
    return figure(credits[1]), Decimal(value[1].replace(" ", "").replace(",", "."))


def run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("by", ["department", "subaccount"])
def test_one_pdf_per_group_whose_totals_add_up_to_the_months_report(
        demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], by: str) -> None:
    folder = tmp_path / "releves"
    folder.mkdir()
    code, out, err = run(demo, capsys, "--json", "report", "statements", "--month", MONTH,
                         "--by", by, "--output", str(folder))
    assert code == 0, err
    result = json.loads(out)
    report = s.usage_report(demo, ADMIN, *s.month_period(MONTH), by)
    assert len(report.lines) > 1
    files = sorted(folder.iterdir())
    assert len(files) == len(report.lines) == len(result["statements"])
    read = {Path(x["file"]).name: totals(Path(x["file"])) for x in result["statements"]}
    assert sum(c for c, _ in read.values()) == report.total_credits
    assert sum(v for _, v in read.values()) == Decimal(report.total_value_cents) / 100
    by_name = {x["name"]: totals(Path(x["file"])) for x in result["statements"]}
    assert by_name == {line.key: (line.credits, Decimal(line.value_cents) / 100)
                       for line in report.lines}  # each its line of the month's report
    assert result["total_credits"] == report.total_credits
    assert result["total_value_eur"] == str(Decimal(report.total_value_cents) / 100)
    assert all(not x["renamed"] and x["queued"] == [] for x in result["statements"])
    first = report.lines[0]
    text = words(folder / Path(result["statements"][0]["file"]).name)
    assert f"{'Service' if by == 'department' else 'Sous-compte'} : {first.key}" in text
    assert "Détail des tâches" in text and "Limite" in text


def test_a_file_already_there_is_never_replaced(demo: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "releves"
    folder.mkdir()
    report = s.usage_report(demo, ADMIN, *s.month_period(MONTH), "department")
    taken = folder / f"releve-{MONTH}-{s_slug(report.lines[0].key)}.pdf"
    taken.write_bytes(b"the accountant's own file")
    code, out, err = run(demo, capsys, "report", "statements", "--month", MONTH, "--by",
                         "department", "--output", str(folder))
    assert code == 0, err
    assert taken.read_bytes() == b"the accountant's own file"
    renamed = taken.with_name(taken.stem + "-2.pdf")
    assert renamed.exists() and totals(renamed)[0] == report.lines[0].credits
    assert f"{renamed} " in out and "le fichier existant n'a pas été remplacé" in out
    # The same month again: every name is taken, nothing replaced, new names chosen.
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert run(demo, capsys, "report", "statements", "--month", MONTH, "--by", "department",
               "--output", str(folder))[0] == 0
    assert all(p.read_bytes() == before[p.name] for p in folder.iterdir() if p.name in before)
    assert len(list(folder.iterdir())) == len(before) + len(report.lines)


def s_slug(name: str) -> str:
    from deepetch_desktop.services.statements import slug

    return slug(name)


def test_email_queues_each_statement_to_its_holders_and_smtp_gets_the_pdf(
        demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "releves"
    folder.mkdir()
    with running_smtp_server() as server:
        s.set_smtp(demo, ADMIN, host="127.0.0.1", port=server.port, security="none",
                   sender="compta@atelier.example", now=NOW)
        code, out, err = run(demo, capsys, "report", "statements", "--month", MONTH,
                             "--by", "subaccount", "--output", str(folder), "--email")
        assert code == 0, err
        assert server.received == []  # queued, not sent
        assert "mis en file d'envoi" in out and "envoyé" not in out
        by_slug = {s_slug(sub.name): sub.email for sub in s.list_sub_accounts(demo, ADMIN, NOW)}
        expected = {by_slug[p.stem.removeprefix(f"releve-{MONTH}-")]: p.read_bytes()
                    for p in folder.iterdir()}
        assert len(expected) > 1 and f"{len(expected)} e-mails mis en file d'envoi" in out
        sent = s.send_outbox_now(demo, ADMIN, NOW, force=True)
        assert sent.failed == 0
    statements = [m for m in server.received  # the demo's own invoices went too
                  if m.message["Subject"].startswith("Relevé de refacturation")]
    assert sorted(m.rcpt_tos[0] for m in statements) == sorted(expected)
    for got in statements:
        [attachment] = list(got.message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_content() == expected[got.rcpt_tos[0]]


@pytest.mark.parametrize(("args", "said"), [
    (["--month", "2026-13"], "n'est pas un mois"),
    (["--month", MONTH, "--from", "2026-11-01"], "ne se donne pas avec --from et --to"),
    (["--month", MONTH, "--by", "service"], None),
    (["--month", MONTH], None),
])
def test_bad_input_is_one_sentence_and_writes_nothing(
        sqlite_company: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        args: list[str], said: str | None) -> None:
    folder = tmp_path / "releves"
    folder.mkdir()
    output = [] if args == ["--month", MONTH] else ["--output", str(folder)]
    code = main(["--db", sqlite_company.url, "report", "statements", *args, *output])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("deepetch\u00a0: ")
    if said:
        assert said in err
    assert list(folder.iterdir()) == []
    missing = tmp_path / "absent"
    assert main(["--db", sqlite_company.url, "report", "statements", "--month", MONTH,
                 "--output", str(missing)]) == 2
    assert not missing.exists()
