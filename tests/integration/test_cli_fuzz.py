"""Every argument of every command, fed nasty values: exit 2 (or 0, 3, 4 where the value is in
fact valid or names nothing), one sentence on stderr, never a traceback nor exit 1, and not one
row changed when the command did not succeed."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database as real_open
from deepetch_desktop.cli import parser as cli_parser
from deepetch_desktop.services.results import ADMINISTRATOR
from deepetch_desktop.store import tables
from deepetch_desktop.store.engine import Database
from tests.cli_fuzz_table import INVOICE, PLAIN, SLOTS, UNTOUCHED, X, nasty
from tests.conftest import TEST_ADMIN_EMAIL, TEST_ADMIN_NAME, TEST_PASSWORD

cli_main = importlib.import_module("deepetch_desktop.cli.main")  # the package exports main()
Run = Callable[[list[str]], tuple[int, str, str]]

@cache
def parser(lang: str | None = "fr") -> cli_parser.Parser:
    return cli_parser.build_parser(lang)


def leaves(p: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[tuple[str, ...],
                                                                           set[str]]:
    """Each command (as its words) and the arguments it takes a value for."""
    found: dict[tuple[str, ...], set[str]] = {}
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(leaves(sub, (*path, name)))
            return found
    slots = {a.option_strings[0] if a.option_strings else "<positional>" for a in p._actions
             if a.nargs != 0 and a.dest not in ("help", "db", "json", "lang", "version")}
    return {path: slots}


def covered(args: list[str]) -> tuple[tuple[str, ...], str] | None:
    """The command a slot belongs to, and the argument its X stands for."""
    words = args[2:] if args[0] == "--lang" else args
    known = leaves(parser())
    path: tuple[str, ...] = ()
    for word in words:
        if any(k[:len(path) + 1] == (*path, word) for k in known):
            path = (*path, word)
    if path not in known or X not in words:
        return None
    before = words[words.index(X) - 1] if words.index(X) else ""
    return path, before if before.startswith("--") else "<positional>"


def digest(path: Path) -> str:
    """Every table's rows (and the schema), as one hash."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8", "replace")).hexdigest()
    finally:
        conn.close()


def file_hash(path: Path) -> str | None:
    """The file's bytes while no write-ahead log is pending (None otherwise): equal bytes mean
    equal tables, and hashing them is ten times cheaper than dumping every table."""
    if Path(f"{path}-wal").exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def problem(code: int, err: str, as_json: bool) -> str | None:
    """What is wrong with how a command ended, or None."""
    if code not in (0, 2, 3, 4):
        return f"exit {code}"
    if "Traceback" in err or "Erreur inattendue" in err:
        return "a traceback"
    if code == 0:
        return None
    if not err.endswith("\n") or err.count("\n") != 1 or len(err) > 700:
        return "not one short line"
    if any(c in err for c in "\x1b\x00\x07\u202e\u2066\x9b"):
        return "echoes control characters"
    if as_json:
        return None if json.loads(err).get("error") else "JSON without an error code"
    if not err.startswith("deepetch\u00a0: ") or not err.rstrip().endswith((".", "»")):
        return "not a sentence"
    return None


def report(problems: list[str]) -> str:
    return f"{len(problems)} problems:\n" + "\n".join(p[:300] for p in problems[:40])


def prepare(db: Database) -> str:
    """A company with a paid-for invoice, a sub-account with a limit and a task; the
    invoice's number. Dated a few minutes ago: the commands run at the real time."""
    now, a = datetime.now(UTC) - timedelta(minutes=5), ADMINISTRATOR
    s.init_company(db, a, name="Atelier Lumière", siren="552100554",
                   address="8 quai\n33000 Bordeaux", einvoicing_address="552100554",
                   email="compta@atelier.fr", now=now)
    s.create_first_administrator(db, TEST_ADMIN_NAME, TEST_ADMIN_EMAIL, TEST_PASSWORD, now)
    s.approve_terms(db, a, now)
    invoice = s.buy(db, a, "EQUIPE", 1, now=now).invoice_number
    s.add_sub_account(db, a, name="Camille Martin", email="camille@atelier.fr", now=now)
    s.set_limit(db, a, 1, "monthly", 500, now=now)
    s.submit_task(db, a, sub_account=1, service_code="TRAD_TEXTE", units=3, now=now)
    s.archive_pending(db, now)
    return invoice


def ram_folder(tmp_path: Path) -> Path:
    """Where the copies go: a folder in memory where there is one (thousands of commits, each
    synced to disk with synchronous=FULL, would make the test wait on the disk), else tmp_path."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        return tmp_path
    return Path(tempfile.mkdtemp(prefix="deepetch-fuzz-", dir=shm))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One prepared company, built once, copied before each command that changed it."""
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    db = real_open(f"sqlite:///{path}")
    invoice = prepare(db)
    db.dispose()
    return path, invoice


@pytest.fixture
def run(template, tmp_path, monkeypatch, capsys) -> Iterator[Run]:  # type: ignore[no-untyped-def]
    """Run one command in-process on a copy of the template: (status, stdout, stderr); a
    failed one must leave every table as it was."""
    source, invoice = template
    work = tmp_path / "a" / "b" / "c"  # "../../etc/passwd" stays inside tmp_path
    work.mkdir(parents=True)
    (tmp_path / "folder").mkdir()
    (tmp_path / "null-link").symlink_to("/dev/null")
    os.mkfifo(tmp_path / "fifo")
    monkeypatch.chdir(work)
    monkeypatch.setenv("DEEPETCH_SMTP_PASSWORD", "")
    folder = ram_folder(tmp_path)
    db_path = folder / "company.sqlite3"
    template_bytes, template_digest = file_hash(source), digest(source)
    # Building the parser, and an engine's first compilation of each statement, cost more than
    # a command: both are done once. main() still disposes the engines after each command (the
    # next one connects anew to the file, copied in place: same inode); any other URL is
    # opened as usual.
    company_url, opened = f"sqlite:///{db_path}", []

    def open_database(url: str | None = None) -> Database:
        if url != company_url:
            return real_open(url)
        if not opened:
            opened.append(real_open(url))
        return opened[0]

    monkeypatch.setattr(cli_main, "build_parser", parser)
    monkeypatch.setattr(cli_main, "open_database", open_database)
    state = {"fresh": False}

    def call(args: list[str]) -> tuple[int, str, str]:
        if not state["fresh"]:  # the last command succeeded: it may have changed something
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(source, db_path)
        args = [invoice if a == INVOICE else a for a in args]
        code = cli_main.main(["--db", company_url, *args])
        out, err = capsys.readouterr()
        if code != 0 and file_hash(db_path) != template_bytes:
            assert digest(db_path) == template_digest, f"{args!r} changed the database ({err})"
        state["fresh"] = code != 0
        return code, out, err

    yield call
    for db in opened:
        db.dispose()
    if folder != tmp_path:
        shutil.rmtree(folder, ignore_errors=True)


def test_every_command_and_argument_has_a_slot():
    slots: dict[tuple[str, ...], set[str]] = {}
    for args in SLOTS:
        found = covered(args)
        if found:
            slots.setdefault(found[0], set()).add(found[1])
    plain = {tuple(args) for args in PLAIN}
    for command, arguments in leaves(parser()).items():
        if command in UNTOUCHED:
            continue
        assert arguments <= slots.get(command, set()), (command, arguments)
        assert arguments or command in plain or command in slots, command


@pytest.mark.timeout(600)  # some 4 000 commands: a minute on a quiet machine, more on a busy one
def test_every_argument_refuses_nasty_values_with_exit_2(run, tmp_path):
    values = nasty(tmp_path)
    assert len(values) >= 40
    statuses: dict[int, int] = {}
    problems = []
    for slot in SLOTS:
        for i, value in enumerate(values):
            args = [value if a == X else a for a in slot]
            if i % 7 == 0:  # some with --json: the error is then one JSON line
                args = ["--json", *args]
            code, out, err = run(args)
            if (wrong := problem(code, err, "--json" in args)) is not None:
                problems.append(f"{wrong}: {args!r} -> {code} {err!r}")
            statuses[code] = statuses.get(code, 0) + 1
    assert not problems, report(problems)
    assert statuses.get(2, 0) > 2 * statuses.get(0, 0)  # mostly refused, as it should be


def test_commands_without_arguments_never_fail_with_exit_1(run):
    problems = [f"{wrong}: {args!r} -> {code} {err!r}" for args in PLAIN
                for code, _, err in [run(args)] if (wrong := problem(code, err, False))]
    assert not problems, report(problems)


def test_nasty_database_locations_are_refused_with_a_sentence(tmp_path, capsys, monkeypatch):
    folder, text = tmp_path / "dir", tmp_path / "text.sqlite3"
    folder.mkdir()
    text.write_text("not a database")
    (tmp_path / "null-link").symlink_to("/dev/null")
    monkeypatch.chdir(tmp_path)
    for url in [f"sqlite:///{folder}", f"sqlite:///{text}", f"sqlite:///{tmp_path}/null-link",
                "sqlite:///a\x00b", "sqlite:///\udcff", "x" * 5000, "\x1b[2J", "mysql://u@h/d",
                "sqlite:///" + "d/" * 3000, "sqlite:///" + "é" * 300]:
        code = cli_main.main(["--db", url, "status"])
        _, err = capsys.readouterr()
        assert code == 2 and problem(code, err, False) is None, (url[:80], err)
    assert cli_main.main(["--db", f"sqlite:///{folder}", "status"]) == 2
    assert "est un dossier, pas une base de données" in capsys.readouterr().err


def pg_digest(db: Database) -> str:
    with db.read() as conn:
        rows = [sorted(map(repr, conn.execute(select(table)).all()))
                for table in tables.metadata.sorted_tables]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


# On PostgreSQL a value too long for its column, or a NUL, would fail in the database itself.
PG_CASES = [
    ["seller", "set", "--bic", "AGRIFRPPXXX" * 3], ["seller", "set", "--iban", "FR76" + "0" * 60],
    ["seller", "set", "--bic", "AGRI\x00FRPP"], ["subaccounts", "add", "--name", "Ca\x00mille",
                                                 "--email", "c2@atelier.fr"],
    ["subaccounts", "add", "--name", "C" * 201, "--email", "c3@atelier.fr"],
    ["subaccounts", "add", "--name", "Claude", "--email", "c4@atelier.fr", "--phone", "0" * 41],
    ["subaccounts", "show", "a\x00b@atelier.fr"], ["subaccounts", "show", "9" * 29],
    ["tasks", "refund", "9" * 29], ["tasks", "refund", "\x00"], ["invoices", "show", "F\x00"],
    ["invoices", "show", "F" * 40], ["buy", "EQUIPE", "--key", "k" * 201],
    ["buy", "EQUI\x00PE"], ["tasks", "submit", "--subaccount", "1", "--service", "RELECTURE",
                            "--units", "1", "--title", "t" * 301],
    ["tasks", "submit", "--subaccount", "1", "--service", "RELECTURE", "--units", "1",
     "--key", "\x00"],
    ["packs", "set", "P" * 33, "--name", "Pack", "--credits", "1", "--price", "1"],
    ["packs", "set", "PACK", "--name", "N" * 101, "--credits", "1", "--price", "1"],
    ["company", "set", "--name", "Atelier\x00"], ["company", "set", "--timezone", "Z" * 65],
    ["basket", "correct", "--credits", "5", "--reason", "r" * 10_000_000],
    ["invoices", "pay", INVOICE, "--amount", "1", "--reference", "r" * 201],
    ["smtp", "set", "--host", "h" * 300, "--port", "587", "--security", "tls", "--sender",
     "f@atelier.fr"],
]


def test_postgresql_never_sees_a_value_it_would_refuse(pg_url, capsys, monkeypatch):
    db = real_open(pg_url)
    try:
        invoice = prepare(db)
        before = pg_digest(db)
        monkeypatch.setattr(cli_main, "build_parser", parser)
        problems = []
        for args in PG_CASES:
            args = [invoice if a == INVOICE else a for a in args]
            code = cli_main.main(["--db", pg_url, *args])
            _, err = capsys.readouterr()
            if code != 2 or problem(code, err, False):
                problems.append(f"{args!r:.200} -> {code} {err!r}")
        assert not problems, report(problems)
        assert pg_digest(db) == before
    finally:
        db.dispose()
