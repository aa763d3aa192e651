"""`deepetch-desktop --read-only --db FILE` (issue 15): a backup or a copy looked at with the
real window writes nothing to the file (bytes, modification time, no -wal/-shm), and every
action that writes is disabled, saying why."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, idle, select_row
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from deepetch_desktop import bootstrap, services
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.gui import app as gui_app
from deepetch_desktop.gui import i18n
from deepetch_desktop.gui.read_only import WRITES, reason
from deepetch_desktop.gui.window import MainWindow
from deepetch_desktop.services.results import InvoiceView, SubAccountView, TaskView
from tests.conftest import copy_sqlite_template

PAST = 1_600_000_000  # the copy's modification time, far from now


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file of `folder`: its SHA-256 and modification time (ns)."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir())}


@pytest.fixture
def copy(tmp_path: Path, demo_template: Path) -> Path:
    """A copy of the demo (closed: no journal beside it), alone in its folder, made old."""
    folder = tmp_path / "review"
    folder.mkdir()
    path = folder / "copie.sqlite3"
    copy_sqlite_template(demo_template, path)
    os.utime(path, ns=(PAST * 10**9, PAST * 10**9))
    return path


@pytest.fixture
def review_window(qtbot: Any, copy: Path) -> Iterator[MainWindow]:
    db = bootstrap.open_database(f"sqlite:///{copy}", read_only=True)
    win = gui_app.build_window(db, clock=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.loaded, timeout=10_000)
    yield win
    win.context.runner.wait(10_000)
    db.dispose()


def visit_everything(qtbot: Any, win: MainWindow) -> None:
    """Every page, every tab of Paramètres, a row selected in every table that has one."""
    for number in range(len(win.pages)):
        win.show_page(number)
        idle(qtbot, win)
        qtbot.wait(30)
    win.show_page(win.pages.index(win.settings))
    for tab in range(win.settings.tabs.count()):
        win.settings.tabs.setCurrentIndex(tab)
        idle(qtbot, win)
    win.settings.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: win.settings.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, win.settings.table,
               lambda s: isinstance(s, SubAccountView) and s.status == "active")
    win.show_page(win.pages.index(win.tasks))
    qtbot.waitUntil(lambda: win.tasks.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, win.tasks.table,
               lambda t: isinstance(t, TaskView) and t.refunded_at is None)
    win.show_page(win.pages.index(win.invoices))
    qtbot.waitUntil(lambda: win.invoices.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, win.invoices.table,
               lambda i: isinstance(i, InvoiceView) and i.left_cents > 0)
    idle(qtbot, win)


def test_a_session_that_opens_every_page_writes_nothing(
        qtbot: Any, qapp: Any, copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real entry point (`main` with --read-only), the real window, every page opened."""
    before = fingerprint(copy.parent)
    seen: dict[str, Any] = {"messages": []}
    monkeypatch.setattr(gui_app.QMessageBox, "critical",
                        lambda _parent, _title, text: seen.setdefault("refused", text))

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, drive)
            return
        win = windows[0]
        win.context.events.message.connect(seen["messages"].append)
        try:
            visit_everything(qtbot, win)
            seen["title"] = win.windowTitle()
            seen["pages"] = len(win.pages)
            seen["balance"] = win.dashboard.balance.value.text()
        finally:
            win.close()

    QTimer.singleShot(0, drive)
    status = gui_app.main(["deepetch-desktop", "--lang", "fr", "--read-only",
                           "--db", f"sqlite:///{copy}"])
    i18n.install(qapp, "fr")
    assert status == 0 and "refused" not in seen
    assert seen["pages"] == 7 and "(lecture seule) — Deepetch Desktop" in seen["title"]
    assert seen["messages"] == []  # no page met a refusal: nothing tried to write
    assert seen["balance"] not in ("", "—")  # the pages showed the copy's data
    assert fingerprint(copy.parent) == before  # same files, same bytes, same times
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copie.sqlite3"]


def writing_things(win: MainWindow) -> list[QWidget | QAction]:
    return [thing for thing in (*win.findChildren(QWidget), *win.findChildren(QAction))
            if thing.property(WRITES)]


def test_every_action_that_writes_is_disabled_and_says_why(
        qtbot: Any, review_window: MainWindow) -> None:
    win = review_window
    visit_everything(qtbot, win)  # a selection would enable them in a writable window
    things = writing_things(win)
    names = {t.text().replace("&", "") for t in things if hasattr(t, "text")}
    for expected in ("Acheter des crédits", "Nouvelle tâche", "Rembourser",
                     "Ajouter un sous-compte", "Modifier les limites", "Suspendre",
                     "Clôturer", "Enregistrer un paiement", "Émettre un avoir",
                     "Renvoyer par e-mail", "Configurer le serveur SMTP…",
                     "Enregistrer les rappels", "Modifier les coordonnées…",
                     "Tout marquer comme lu", "Restaurer une sauvegarde…", "Se déconnecter",
                     "Déplacer le compte sur un serveur…",
                     "Corriger le panier…", "Envoyer maintenant", "E-mail d'essai…",
                     "Modifier les mentions du vendeur…", "Ajouter un pack…"):
        assert expected in names, expected
    assert all(not t.isEnabled() and t.toolTip() == reason() for t in things)
    # Re-enabling, as a page does on a new selection, is undone at once.
    win.settings.limits_button.setEnabled(True)
    win.tasks.refund_button.setEnabled(True)
    assert not win.settings.limits_button.isEnabled() and not win.tasks.refund_button.isEnabled()
    # Ctrl+N on a page asks nothing.
    win.show_page(win.pages.index(win.credits))
    win.credits.new_item()
    idle(qtbot, win)
    assert win.credits.dialog is None
    banner = win.findChild(QWidget, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "lecture seule" in win.windowTitle()


def test_a_writable_window_has_them_enabled(qtbot: Any, window: Any) -> None:
    """The same window over a writable database: nothing marked, nothing kept disabled."""
    assert writing_things(window) == []
    assert window.credits.header.primary.isEnabled()
    assert window.findChild(QWidget, "readOnlyBanner") is None


def test_a_write_that_gets_through_is_refused_in_words(review_window: MainWindow,
                                                       copy: Path) -> None:
    before = fingerprint(copy.parent)
    db = review_window.context.db
    with pytest.raises(DatabaseRefused) as refused:
        services.buy(db, services.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    assert refused.value.details()["reason"] == "review_only"
    said = review_window.context.describe(refused.value)
    assert said.startswith("La base ") and said.endswith(
        " est ouverte en lecture seule (--read-only)\u00a0: rien n'y est écrit. Pour modifier, "
        "ouvrez-la sans --read-only.")
    assert fingerprint(copy.parent) == before
