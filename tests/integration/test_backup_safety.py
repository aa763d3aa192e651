"""`deepetch backup FILE` never destroys: an existing file is refused (a text file, a PDF, the
live database through any name), `--replace` replaces only an older backup of ours, the folder
is the one typed, and backups are readable by their owner alone."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from tests.conftest import NOW, setup_company


def digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path) -> int:  # type: ignore[no-untyped-def]
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def live(tmp_path):  # type: ignore[no-untyped-def]
    """A company with one purchase; the database closed (the CLI opens it again)."""
    path = tmp_path / "data" / "deepetch.sqlite3"
    database = open_database(f"sqlite:///{path}")
    setup_company(database)
    database.dispose()
    return path


def run(db_path, capsys, *args: str):  # type: ignore[no-untyped-def]
    code = main(["--db", f"sqlite:///{db_path}", "--json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def ledger_of(db_path) -> list[tuple]:  # type: ignore[type-arg]
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, kind, credits, balance_after FROM ledger_entries "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def assert_database_intact(db_path, ledger) -> None:  # type: ignore[no-untyped-def]
    assert ledger_of(db_path) == ledger
    database = open_database(f"sqlite:///{db_path}")
    try:
        assert s.verify(database, s.ADMINISTRATOR).ok
        assert s.status(database, s.ADMINISTRATOR, NOW).balance == 2000
    finally:
        database.dispose()


@pytest.mark.parametrize("content", [b"Liste de courses\n" * 50,
                                     b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"])
@pytest.mark.parametrize("replace", [False, True])
def test_an_existing_file_that_is_not_a_backup_is_never_replaced(live, tmp_path, capsys,
                                                                  content, replace):
    target = tmp_path / "précieux.pdf"
    target.write_bytes(content)
    before = digest(target)
    ledger = ledger_of(live)
    code, out, err = run(live, capsys, "backup", str(target), *(["--replace"] if replace else []))
    assert code == 2 and out is None
    error = json.loads(err)
    assert error["error"] == "bad_input"
    assert error["details"]["problem"] == ("not_a_backup" if replace else "already_exists")
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "précieux.pdf"]
    assert_database_intact(live, ledger)


def test_a_system_file_is_refused_in_plain_words(live, tmp_path, capsys):
    target = tmp_path / "passwd"
    target.write_text("root:x:0:0:root:/root:/bin/bash\n")
    before = digest(target)
    code = main(["--db", f"sqlite:///{live}", "backup", "--replace", str(target)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "n'est pas une sauvegarde de Deepetch" in err
    assert digest(target) == before


@pytest.mark.parametrize("how", ["itself", "symlink", "hard_link", "dotted_path"])
def test_the_live_database_is_refused_under_any_name(live, tmp_path, capsys, how):
    if how == "itself":
        target = live
    elif how == "symlink":
        target = tmp_path / "lien.sqlite3"
        target.symlink_to(live)
    elif how == "hard_link":
        target = tmp_path / "autre-nom.sqlite3"
        os.link(live, target)
    else:
        target = live.parent / ".." / "data" / live.name
    ledger = ledger_of(live)
    before = digest(live)
    code, _, err = run(live, capsys, "backup", "--replace", str(target))
    assert code == 2
    assert json.loads(err)["details"]["problem"] == "is_live_database"
    assert digest(live) == before
    assert_database_intact(live, ledger)
    code, _, _ = run(live, capsys, "status")  # the next command finds it whole
    assert code == 0


def test_a_folder_that_does_not_exist_as_typed_is_refused(live, tmp_path, capsys):
    typed = str(tmp_path / "no-such-dir" / ".." / "copie.sqlite3")
    code, _, err = run(live, capsys, "backup", typed)
    assert code == 2
    assert json.loads(err)["details"]["problem"] == "no_such_folder"
    assert not (tmp_path / "copie.sqlite3").exists()


def test_replace_takes_the_place_of_an_older_backup_only(live, tmp_path, capsys):
    target = tmp_path / "sauvegarde.sqlite3"
    code, first, _ = run(live, capsys, "backup", str(target))
    assert code == 0 and first["path"] == str(target) and first["bytes"] == target.stat().st_size
    code, _, err = run(live, capsys, "backup", str(target))
    assert code == 2 and json.loads(err)["details"]["problem"] == "already_exists"
    database = open_database(f"sqlite:///{live}")
    s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    database.dispose()
    code, second, _ = run(live, capsys, "backup", "--replace", str(target))
    assert code == 0 and second["path"] == str(target)
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT balance FROM basket").fetchone()[0] == 4000
    copy.close()
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_another_live_database_of_ours_is_not_a_backup_to_replace(live, tmp_path, capsys):
    other = tmp_path / "autre-entreprise.sqlite3"
    database = open_database(f"sqlite:///{other}")
    setup_company(database)
    wal = other.with_name(other.name + "-wal")
    before = (digest(other), digest(wal))
    code, _, err = run(live, capsys, "backup", "--replace", str(other))
    assert code == 2 and json.loads(err)["details"]["problem"] == "not_a_backup"
    assert (digest(other), digest(wal)) == before
    database.dispose()


def test_backups_are_private_whatever_the_umask(live, tmp_path, capsys):
    old = os.umask(0o022)
    try:
        code, out, _ = run(live, capsys, "backup", str(tmp_path / "b.sqlite3"))
    finally:
        os.umask(old)
    assert code == 0
    assert mode(out["path"]) == 0o600
