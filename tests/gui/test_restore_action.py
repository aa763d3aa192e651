"""« Fichier › Restaurer une sauvegarde… »: a file, a confirmation saying what it undoes, the
work off the GUI thread, one sentence, then the window closes to start again on the restored
database; a refused backup changes nothing and the window goes on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, idle

from deepetch_desktop import services
from deepetch_desktop.gui import restore as restore_module
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def balance(path: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT balance FROM basket").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def window(qtbot: Any, db: Any) -> Iterator[Any]:
    """The main window, its ticker running, over a company with 2 000 credits."""
    from deepetch_desktop.gui.app import build_window

    services.init_company(db, services.ADMINISTRATOR, name="Atelier Lumière",
                          siren="552100554", email="compta@atelier-lumiere.fr",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554", now=NOW)
    services.approve_terms(db, services.ADMINISTRATOR, NOW)
    services.buy(db, services.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    win = build_window(db, clock=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.loaded, timeout=10_000)
    yield win
    win.shutdown()
    db.dispose()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What the person answers, and what the window said (instead of the modal dialogs)."""
    seen: dict[str, Any] = {"file": "", "confirm": True, "asked": [], "told": []}

    def ask(parent: Any, folder: str) -> str:
        seen["folder"] = folder
        return str(seen["file"])

    def confirm(parent: Any, backup: str, location: str) -> bool:
        seen["asked"].append((backup, location))
        return bool(seen["confirm"])

    monkeypatch.setattr(restore_module, "ask_backup_file", ask)
    monkeypatch.setattr(restore_module, "confirm_restore", confirm)
    monkeypatch.setattr(restore_module, "inform", lambda parent, text, failed=False:
                        seen["told"].append((text, failed)))
    return seen


def file_menu_texts(window: Any) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_file_menu_offers_to_restore_a_backup(window: Any) -> None:
    assert "&Restaurer une sauvegarde…" in file_menu_texts(window)


def test_the_confirmation_says_what_is_undone(qtbot: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    assert not restore_module.confirm_restore(parent, "/s/b.sqlite3", "/d/deepetch.sqlite3")
    assert "ne sera plus dans la base" in texts[0] and "relancez" in texts[0]


def test_restoring_a_backup_replaces_the_database_and_closes(qtbot: Any, window: Any,
                                                             answers: dict[str, Any],
                                                             tmp_path: Path) -> None:
    db = window.context.db
    before = balance(db.file_path)
    answers["file"] = services.backup(db, ADMIN, str(tmp_path / "avant.sqlite3")).path
    services.buy(db, services.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    assert balance(db.file_path) > before
    idle(qtbot, window)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers["told"]), timeout=20_000)
    text, failed = answers["told"][0]
    assert not failed, text
    assert "a été restaurée" in text and "relancez" in text
    assert answers["asked"] == [(answers["file"], db.location)]
    # The file dialog opens where the ticker's catch-up put today's backup.
    backups = Path(db.file_path).parent / "backups"
    assert answers["folder"] == str(backups)
    assert (backups / "t-2026-11-20.sqlite3").is_file()
    assert window.restored and not window.isVisible()
    assert balance(db.file_path) == before
    kept = [p for p in Path(db.file_path).parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and balance(str(kept[0])) > before


def test_a_refused_backup_changes_nothing_and_the_window_goes_on(qtbot: Any, window: Any,
                                                                 answers: dict[str, Any],
                                                                 tmp_path: Path) -> None:
    db = window.context.db
    before = balance(db.file_path)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("pas une sauvegarde\n")
    answers["file"] = str(notes)
    idle(qtbot, window)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers["told"]), timeout=20_000)
    text, failed = answers["told"][0]
    assert failed
    assert text.startswith("Rien n'a été restauré") and "pas une sauvegarde de Deepetch" in text
    assert window.isVisible() and not window.restored
    assert window.ticker is not None and window.ticker.running  # the schedule goes on
    assert balance(db.file_path) == before
    assert services.status(db, ADMIN, NOW).balance == before  # the database is still usable


def test_cancelling_does_nothing(qtbot: Any, window: Any, answers: dict[str, Any],
                                 tmp_path: Path) -> None:
    answers["file"] = services.backup(window.context.db, ADMIN, str(tmp_path / "b.sqlite3")).path
    answers["confirm"] = False
    window.restore_action.trigger()
    assert answers["asked"] and answers["told"] == []
    assert window.isVisible() and window.ticker is not None and window.ticker.running


def test_the_confirmation_in_english(qtbot: Any, qapp: Any,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from deepetch_desktop.gui import i18n

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(restore_module, "confirm", lambda parent, title, text, action, **_:
                        shown.append((title, text, action)) or False)
    i18n.install(qapp, "en")
    try:
        restore_module.confirm_restore(None, "/s/b.sqlite3", "/d/deepetch.sqlite3")  # type: ignore[arg-type]
    finally:
        i18n.install(qapp, "fr")
    title, text, action = shown[0]
    assert (title, action) == ("Restore a backup", "Restore")
    assert text.startswith("Replace the database /d/deepetch.sqlite3 with the backup")


def test_a_refused_database_is_one_sentence_at_start_up(tmp_path: Path) -> None:
    from deepetch_desktop.domain.errors import DatabaseRefused
    from deepetch_desktop.gui.app import database_failure

    foreign = tmp_path / "carnet.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    url = f"sqlite:///{foreign}"
    with pytest.raises(DatabaseRefused) as refused:
        from deepetch_desktop import bootstrap

        bootstrap.open_database(url)
    text = database_failure(url, refused.value)
    location = str(refused.value.details()["location"])  # a long path is shortened with « … »
    assert str(foreign).startswith(location.removesuffix("…"))
    assert text == (f"Le fichier {location} est la base de données d'une autre application\u00a0: "
                    "il n'a pas été modifié, indiquez celui de Deepetch Desktop.")
    for reason in ("database_moved", "disk_full", "disk_error", "read_only", "no_access"):
        sentence = database_failure(url, DatabaseRefused(reason, str(foreign)))
        assert sentence.count(".") >= 1 and "{" not in sentence and reason not in sentence
        assert "database_refused" not in sentence
