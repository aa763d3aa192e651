"""`deepetch restore BACKUP`: the backup checked, refused while another process has the database
open, the replaced database kept as a dated private copy, stale -wal/-shm never replayed over
the restored data, and a backup taken under load restored whole."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from tests.conftest import NOW, setup_company, submit_until_stopped, worker_context

ROOT = Path(__file__).resolve().parents[2]


def digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def run(db_path, capsys, *args: str):  # type: ignore[no-untyped-def]
    code = main(["--db", f"sqlite:///{db_path}", "--json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def balance(path) -> int:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT balance FROM basket").fetchone()[0])
    finally:
        conn.close()


def integrity(path) -> str:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def live_and_backup(tmp_path):  # type: ignore[no-untyped-def]
    """A database with 2 000 credits backed up, then 2 000 more bought after the backup."""
    live = tmp_path / "data" / "deepetch.sqlite3"
    database = open_database(f"sqlite:///{live}")
    setup_company(database)
    backup = Path(s.backup(database, s.ADMINISTRATOR, str(tmp_path / "sauvegarde.sqlite3")).path)
    s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    database.dispose()
    return live, backup


CRASH = """
import os, sys
from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from tests.conftest import NOW
db = open_database(sys.argv[1])
s.buy(db, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
os._exit(0)  # a crash: the -wal is left with the last purchase in it
"""


def test_a_stale_wal_is_not_replayed_over_the_restored_database(live_and_backup, capsys):
    live, backup = live_and_backup
    subprocess.run([sys.executable, "-c", CRASH, f"sqlite:///{live}"], cwd=ROOT, check=True,
                   timeout=120)
    wal = live.with_name(live.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # what copying the backup over would meet
    code, out, err = run(live, capsys, "restore", str(backup))
    assert code == 0, err
    assert set(out) == {"path", "backup", "kept", "bytes"}
    assert out["path"] == str(live) and out["backup"] == str(backup)
    assert not wal.exists() and not live.with_name(live.name + "-shm").exists()
    assert integrity(live) == "ok"
    assert balance(live) == 2000  # the backup's, not the replayed -wal's 6 000
    code, audit, _ = run(live, capsys, "audit", "verify")
    assert code == 0 and audit["ok"]
    code, status, _ = run(live, capsys, "status")
    assert code == 0 and status["balance"] == 2000


def test_the_replaced_database_is_kept_as_a_dated_private_copy(live_and_backup, capsys):
    live, backup = live_and_backup
    conn = sqlite3.connect(live)
    before = conn.execute("SELECT * FROM ledger_entries ORDER BY id").fetchall()
    conn.close()
    code, out, _ = run(live, capsys, "restore", str(backup))
    assert code == 0
    kept = Path(out["kept"])
    assert kept.parent == live.parent
    assert kept.name.startswith("deepetch.sqlite3.before-restore-")
    assert len(kept.name) == len("deepetch.sqlite3.before-restore-20261202-031500")
    conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    assert conn.execute("SELECT * FROM ledger_entries ORDER BY id").fetchall() == before
    conn.close()
    assert integrity(kept) == "ok" and balance(kept) == 4000
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(live).st_mode) == 0o600
    assert balance(live) == 2000
    leftovers = [p.name for p in live.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


HOLDER = """
import sys
from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
db = open_database(sys.argv[1])
s.status(db, s.ADMINISTRATOR, __import__("tests.conftest").conftest.NOW)  # a read: pooled
print("ready", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_refused_while_another_process_has_the_database_open(live_and_backup, capsys):
    live, backup = live_and_backup
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, f"sqlite:///{live}"], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        before = snapshot(live.parent)
        code, out, err = run(live, capsys, "restore", str(backup))
        assert code == 2 and out is None
        error = json.loads(err)
        assert error["details"]["problem"] == "in_use"
        assert "fermez-le puis recommencez" in error["message"]
        assert snapshot(live.parent) == before  # no copy kept, nothing staged, nothing swapped
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(60)
    code, _, _ = run(live, capsys, "restore", str(backup))  # once it has closed: done
    assert code == 0 and balance(live) == 2000


def damaged(backup: Path) -> None:
    data = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset + 8:offset + 200] = b"\xff" * 192
    backup.write_bytes(bytes(data))


def foreign(backup: Path) -> None:
    backup.unlink()
    conn = sqlite3.connect(backup)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


def newer(backup: Path) -> None:
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def unbalanced(backup: Path) -> None:
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE basket SET balance = balance + 500")  # the ledger no longer agrees
    conn.commit()
    conn.close()


def text_file(backup: Path) -> None:
    backup.write_text("pas une sauvegarde\n")


@pytest.mark.parametrize(("spoil", "problem"), [
    (damaged, "backup_damaged"), (foreign, "not_deepetch_backup"),
    (newer, "from_newer_version"), (unbalanced, "audit_failed"),
    (text_file, "not_deepetch_backup"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(live_and_backup, capsys, spoil, problem):
    live, backup = live_and_backup
    spoil(backup)
    before, backup_before = snapshot(live.parent), digest(backup)
    code, _, err = run(live, capsys, "restore", str(backup))
    assert code == 2
    assert json.loads(err)["details"]["problem"] == problem
    assert snapshot(live.parent) == before
    assert digest(backup) == backup_before  # the backup itself is never changed either
    assert balance(live) == 4000


def test_restoring_where_there_is_no_database_yet(live_and_backup, tmp_path, capsys):
    _, backup = live_and_backup
    fresh = tmp_path / "nouveau-poste" / "deepetch.sqlite3"
    code, out, _ = run(fresh, capsys, "restore", str(backup))
    assert code == 0 and out["kept"] is None
    assert balance(fresh) == 2000
    assert stat.S_IMODE(os.stat(fresh.parent).st_mode) == 0o700


def test_a_database_path_that_is_a_folder_is_not_replaced(live_and_backup, tmp_path, capsys):
    _, backup = live_and_backup
    folder = tmp_path / "un-dossier.sqlite3"
    folder.mkdir()
    (folder / "dedans.txt").write_text("à garder\n")
    code, _, err = run(folder, capsys, "restore", str(backup))
    assert code == 2 and json.loads(err)["details"]["problem"] == "cannot_replace"
    assert [p.name for p in folder.iterdir()] == ["dedans.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "sauvegarde.sqlite3",
                                                          "un-dossier.sqlite3"]


def test_restore_is_refused_on_postgresql(live_and_backup, capsys):
    _, backup = live_and_backup
    code = main(["--db", "postgresql://nobody@127.0.0.1:1/none", "--json", "restore",
                 str(backup)])
    err = capsys.readouterr().err
    assert code == 2 and json.loads(err)["details"]["problem"] == "restore_needs_sqlite"


# --- acceptance: a backup taken while four processes submit tasks, restored whole -----------


def test_a_backup_taken_under_four_writers_is_restored_whole(tmp_path, capsys):
    live = tmp_path / "data" / "deepetch.sqlite3"
    url = f"sqlite:///{live}"
    database = open_database(url)
    setup_company(database, credits_packs=5)
    s.add_sub_account(database, s.ADMINISTRATOR, name="Hugo", email="h@a.fr", now=NOW)
    ctx = worker_context()
    stop = ctx.Event()
    workers = [ctx.Process(target=submit_until_stopped, args=(url, stop)) for _ in range(4)]
    for w in workers:
        w.start()
    deadline = time.time() + 60
    while len(s.list_tasks(database, s.ADMINISTRATOR)) < 40 and time.time() < deadline:
        time.sleep(0.05)
    backup = tmp_path / "sous-charge.sqlite3"
    code, taken, err = run(live, capsys, "backup", str(backup))
    running = sum(w.is_alive() for w in workers)
    stop.set()
    for w in workers:
        w.join(60)
    assert code == 0, err
    assert running == 4 and [w.exitcode for w in workers] == [0, 0, 0, 0]
    database.dispose()
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    tasks_in_backup = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    conn.close()
    assert tasks_in_backup >= 40

    code, restored, err = run(live, capsys, "restore", str(backup))
    assert code == 0, err
    assert integrity(live) == "ok"
    code, audit, _ = run(live, capsys, "audit", "verify")
    assert code == 0 and audit["ok"], audit
    conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == tasks_in_backup
    conn.close()
    assert balance(restored["kept"]) <= balance(live)  # the kept copy has every later task
