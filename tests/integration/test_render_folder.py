"""Renders write their temporary files in a private folder next to the database, never in the
system's temporary folder; what a render killed mid-way left there is swept at start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import facturx

from deepetch_desktop import services as s
from deepetch_desktop.documents.workdir import sweep_workdirs
from deepetch_desktop.services.invoice_documents import render_folder
from tests.conftest import NOW, setup_company


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_render_writes_nothing_in_the_system_temporary_folder(sqlite_db, tmp_path,
                                                                monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: list[Path] = []
    real = facturx.generate_from_file

    def spy(pdf_file, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(Path(pdf_file))
        return real(pdf_file, *args, **kwargs)

    monkeypatch.setattr(facturx, "generate_from_file", spy)
    setup_company(sqlite_db)

    report = s.catch_up(sqlite_db, s.ADMINISTRATOR, NOW, deliver_mail=False)

    assert report.archived == 1
    folder = render_folder(sqlite_db)
    assert folder == Path(sqlite_db.location).resolve().parent / "render-tmp"
    assert seen and all(folder in p.parents for p in seen)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # each render removes its own folder
    assert list(system_tmp.iterdir()) == []


def test_what_a_killed_render_left_is_gone_at_the_next_start(sqlite_db):
    setup_company(sqlite_db)
    folder = render_folder(sqlite_db)
    folder.mkdir(mode=0o700, exist_ok=True)
    killed = folder / f"{dead_pid()}-0badcafe"
    killed.mkdir()
    (killed / "F2026-000001.pdf").write_bytes(b"%PDF-1.7 half an invoice")
    (folder / "facturx-stray.pdf").write_bytes(b"%PDF")
    running = folder / f"{os.getpid()}-0000cafe"  # a render in progress in this process
    running.mkdir()

    s.catch_up(sqlite_db, s.ADMINISTRATOR, NOW, deliver_mail=False)

    assert sorted(p.name for p in folder.iterdir()) == [running.name]


def test_an_old_folder_is_swept_even_if_its_process_number_was_reused(tmp_path):
    base = tmp_path / "render-tmp"
    old = base / f"{os.getpid()}-00000001"
    old.mkdir(parents=True)
    os.utime(old, (0, 0))
    assert sweep_workdirs(base) == 1 and not old.exists()
