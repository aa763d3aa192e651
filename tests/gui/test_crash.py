"""An exception reaching the event loop is logged (password masked) and said in a sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from deepetch_desktop.gui import crash


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return tmp_path


def test_an_error_in_a_slot_is_logged_and_shown(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    crash.install(show=shown.append)

    def slot() -> None:
        raise RuntimeError("could not reach postgresql://compta:secretpw@db.local/deepetch")

    with qtbot.capture_exceptions() as caught:
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(shown) or bool(caught), timeout=2000)
    # pytest-qt captures it first; hand it to the application's hook as Qt would.
    if caught and not shown:
        sys.excepthook(*caught[0])
    assert len(shown) == 1
    log = crash.log_file()
    assert str(log) in shown[0] and "RuntimeError" in shown[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "could not reach" in text
    assert "secretpw" not in text and "***" in text
    assert log.stat().st_mode & 0o777 == 0o600
    assert log.parent.stat().st_mode & 0o777 == 0o700


def test_without_a_writable_log_the_sentence_still_comes(data_home: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def no_log() -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crash, "log_file", no_log)
    shown: list[str] = []
    crash.install(show=shown.append)
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1 and "ValueError" in shown[0] and "Le détail" not in shown[0]
