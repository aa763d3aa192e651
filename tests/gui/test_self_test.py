"""`deepetch-desktop --self-test`: in-process and as the installed command, without a display."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deepetch_desktop.gui import self_test, self_test_steps

ROOT = Path(__file__).resolve().parents[2]


def test_every_step_passes_in_process(qapp: Any) -> None:
    out = io.StringIO()
    assert self_test.run(None, lang="en", out=out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[-1] == "self-test passed"
    assert [line.split(":")[0] for line in lines[:-1]] == [
        self_test.STEPS[s][1] for s in ("platform", "resources", "database", *self_test.CHAIN,
                                        "window")]
    assert all(": ok" in line for line in lines[:-1]), lines
    assert "F20" in out.getvalue()  # the invoice number of the purchase


def test_a_failing_step_is_named_the_rest_of_its_chain_not_run(
        qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing_table(*_: object) -> object:
        raise FileNotFoundError("/bundle/_internal/iso4217/table.xml")

    monkeypatch.setattr(self_test_steps, "buy_pack", missing_table)
    out = io.StringIO()
    assert self_test.run(None, lang="en", out=out) == 1
    text = out.getvalue()
    assert "pack bought: FAILED — FileNotFoundError: /bundle/_internal/iso4217/table.xml" in text
    assert "PDF/A-3 invoice with Factur-X: not run" in text
    assert "main window and its pages: ok" in text  # the window does not need the purchase
    assert text.splitlines()[-1].startswith("self-test failed: pack bought, PDF/A-3 invoice")


def test_a_database_url_is_only_looked_at(qapp: Any, tmp_path: Path) -> None:
    absent = tmp_path / "none.sqlite3"
    out = io.StringIO()
    assert self_test.run(f"sqlite:///{absent}", lang="en", out=out) == 0, out.getvalue()
    assert "no database yet" in out.getvalue() and not absent.exists()
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_text("not a database")
    out = io.StringIO()
    assert self_test.run(f"sqlite:///{garbage}", lang="en", out=out) == 1
    assert "FAILED — Database refused (not a database)" in out.getvalue()
    assert garbage.read_text() == "not a database"


def test_offscreen_is_chosen_only_without_a_display() -> None:
    environ: dict[str, str] = {}
    if sys.platform.startswith("linux"):
        assert self_test.choose_platform(environ) == "offscreen"
        assert environ["QT_QPA_PLATFORM"] == "offscreen"
        assert self_test.choose_platform({"DISPLAY": ":0"}) == ""
        assert self_test.choose_platform({"WAYLAND_DISPLAY": "wayland-0"}) == ""
    assert self_test.choose_platform({"QT_QPA_PLATFORM": "xcb"}) == "xcb"


def test_the_installed_command_passes_without_a_display(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("deepetch-desktop")
    if not command.exists():
        pytest.skip(f"no {command}: the project is not installed in this environment")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run([str(command), "--self-test", "--lang", "en"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "Qt platform: ok (offscreen)" in done.stdout
    assert done.stdout.splitlines()[-1] == "self-test passed"
