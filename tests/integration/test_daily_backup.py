"""The catch-up keeps a daily backup of the SQLite database: once a day, private, 14 days kept,
and a backup that fails never fails the catch-up."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from datetime import timedelta

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.conftest import NOW, setup_company


def mode(path) -> int:  # type: ignore[no-untyped-def]
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_first_catch_up_of_the_day_takes_it_the_next_ones_do_not(sqlite_company, tmp_path):
    first = s.catch_up(sqlite_company, ADMIN, NOW, deliver_mail=False)
    backup = tmp_path / "backups" / "deepetch-2026-11-16.sqlite3"
    assert first.daily_backup == s.DailyBackup("taken", str(backup), 0, None)
    assert mode(backup.parent) == 0o700 and mode(backup) == 0o600
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT balance FROM basket").fetchone()[0] == 2000
    conn.close()
    taken_at = backup.stat().st_mtime_ns
    later = s.catch_up(sqlite_company, ADMIN, NOW + timedelta(hours=5), deliver_mail=False)
    assert later.daily_backup.status == "already_taken"
    assert backup.stat().st_mtime_ns == taken_at
    tomorrow = s.catch_up(sqlite_company, ADMIN, NOW + timedelta(days=1), deliver_mail=False)
    assert tomorrow.daily_backup.path == str(backup.with_name("deepetch-2026-11-17.sqlite3"))


def test_backups_older_than_14_days_are_deleted_and_nothing_else(sqlite_company, tmp_path):
    folder = tmp_path / "backups"
    s.catch_up(sqlite_company, ADMIN, NOW, deliver_mail=False)
    taken = folder / "deepetch-2026-11-16.sqlite3"
    assert taken.exists()
    for day in ("2026-11-20", "2026-11-22", "2026-11-23"):
        shutil.copy(taken, folder / f"deepetch-{day}.sqlite3")
    others = ["notes.txt", "autre-2020-01-01.sqlite3", "deepetch-2020-01-01.sqlite3.txt",
              ".deepetch-2026-12-06.sqlite3.k2j4h1.partial"]  # today's: maybe being written
    for name in others:
        (folder / name).write_text("à garder\n")
    (folder / ".deepetch-2026-11-23.sqlite3.a8x0q3.partial").write_text("interrompue\n")
    report = s.catch_up(sqlite_company, ADMIN, NOW + timedelta(days=20), deliver_mail=False)
    assert report.daily_backup.status == "taken"
    assert report.daily_backup.pruned == 3  # the 16th, the 20th and the 22nd (14 days ago)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*others, "deepetch-2026-11-23.sqlite3", "deepetch-2026-12-06.sqlite3"])


def test_a_backup_that_fails_is_reported_and_the_catch_up_goes_on(sqlite_company, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("un fichier là où irait le dossier\n")
    report = s.catch_up(sqlite_company, ADMIN, NOW + timedelta(days=45), deliver_mail=False)
    assert report.daily_backup.status == "failed"
    assert report.daily_backup.error and "dossier inexistant" in report.daily_backup.error
    assert report.month_ends == ("2026-11",)  # the rest was done
    assert blocker.read_text() == "un fichier là où irait le dossier\n"


def test_postgresql_is_not_backed_up_by_the_catch_up(pg_url):
    database = open_database(pg_url)
    try:
        setup_company(database)
        assert s.catch_up(database, ADMIN, NOW, deliver_mail=False).daily_backup.status == "skipped"
    finally:
        database.dispose()


def test_the_catch_up_json_has_the_daily_backup(sqlite_url, tmp_path, capsys):
    database = open_database(sqlite_url)
    setup_company(database)
    database.dispose()
    assert main(["--db", sqlite_url, "--json", "catch-up"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["daily_backup"]) == {"status", "path", "pruned", "error"}
    assert data["daily_backup"]["status"] == "taken"
    assert os.path.dirname(data["daily_backup"]["path"]) == str(tmp_path / "backups")
    assert main(["--db", sqlite_url, "--json", "catch-up"]) == 0
    assert json.loads(capsys.readouterr().out)["daily_backup"]["status"] == "already_taken"
