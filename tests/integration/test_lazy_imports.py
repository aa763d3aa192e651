"""`deepetch --json status` imports only what it runs (issue 12): in a fresh process, on a real
SQLite company, neither Qt, ReportLab, Alembic, pikepdf, the mail, openpyxl, Pillow, Factur-X,
Babel nor the program's GUI, documents and mail packages. Logging in with a password loads
Argon2 (the hash is checked: legitimately) but not the keyring; with a remembered login the
keyring is loaded and Argon2 is not (a SHA-256 of the token is compared)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from deepetch_desktop import services as s
from deepetch_desktop.store.engine import Database
from tests.conftest import TEST_ADMIN_EMAIL, TEST_PASSWORD
from tests.file_keyring import ENV as KEYRING_ENV
from tests.file_keyring import FileKeyring

ROOT = Path(__file__).resolve().parents[2]

# The command runs in this process as `deepetch` would (cli.main), then says what it imported.
PROBE = """
import contextlib, io, json, sys
from deepetch_desktop.cli import main
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    status = main(sys.argv[1:])
print(json.dumps({"status": status, "printed": printed.getvalue(),
                  "modules": sorted(sys.modules)}))
"""

NEVER = ("PySide6", "reportlab", "alembic", "pikepdf", "smtplib", "openpyxl", "PIL", "facturx",
         "babel", "deepetch_desktop.gui", "deepetch_desktop.documents", "deepetch_desktop.mail")


def status_in_a_fresh_process(db: Database, env: dict[str, str]) -> tuple[dict[str, object],
                                                                           set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, "--db", db.url, "--json", "status"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["status"] == 0, done.stderr
    return json.loads(report["printed"]), set(report["modules"])


def loaded(modules: set[str], package: str) -> list[str]:
    return sorted(m for m in modules if m == package or m.startswith(f"{package}."))


def test_status_with_a_password_loads_neither_qt_nor_reportlab_alembic_mail_nor_keyring(
        sqlite_company: Database) -> None:
    env = dict(os.environ)  # DEEPETCH_USER and DEEPETCH_PASSWORD: the test administrator
    assert env["DEEPETCH_USER"] == TEST_ADMIN_EMAIL
    shown, modules = status_in_a_fresh_process(sqlite_company, env)
    assert shown["company"] == "Atelier Lumière" and shown["balance"] == 2000
    for package in (*NEVER, "keyring"):
        assert loaded(modules, package) == [], package
    assert "deepetch_desktop.store.revision" in modules  # the revision read without Alembic


def test_status_with_a_remembered_login_checks_a_token_without_argon2(
        sqlite_company: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_ENV, str(kept))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        now = datetime.now(UTC)  # the command checks the token's expiry against the clock
        boss = s.log_in(sqlite_company, TEST_ADMIN_EMAIL, TEST_PASSWORD, now).actor
        s.remember_login(sqlite_company, boss, now)
    finally:
        keyring.set_keyring(before)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DEEPETCH_USER", "DEEPETCH_PASSWORD")}
    env["PYTHON_KEYRING_BACKEND"] = "tests.file_keyring.FileKeyring"
    shown, modules = status_in_a_fresh_process(sqlite_company, env)  # exit 0: logged in
    assert shown["company"] == "Atelier Lumière"
    for package in (*NEVER, "argon2", "deepetch_desktop.store.password_hashes"):
        assert loaded(modules, package) == [], package
    assert "keyring" in modules  # the token came from it
