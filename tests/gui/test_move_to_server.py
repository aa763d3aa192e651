"""« Fichier › Déplacer le compte sur un serveur… » (issue 16): a database that is not empty is
refused in the dialog, which keeps what was typed; an empty one receives the account, the
window closes saying where it now lives, and the file is refused afterwards."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import idle
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import create_engine, text

from deepetch_desktop import bootstrap, services
from deepetch_desktop.domain.errors import AccountMoved
from deepetch_desktop.gui import move
from deepetch_desktop.gui.dialogs.migrate import MoveToServerDialog
from tests.conftest import _pg_database


def _dialog(qtbot: Any, win: Any) -> MoveToServerDialog:
    win.move_action.trigger()
    dialog = win.findChild(MoveToServerDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _move(qtbot: Any, win: Any, dialog: MoveToServerDialog, url: str) -> None:
    dialog.address.setText(url)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    idle(qtbot, win)


def test_a_database_that_is_not_empty_is_refused_in_the_dialog(qtbot: Any, window: Any) -> None:
    with _pg_database() as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE their_table (id int)"))  # someone else's
        engine.dispose()
        dialog = _dialog(qtbot, window)
        _move(qtbot, window, dialog, url)
        assert dialog.isVisible() and dialog.url() == url  # what was typed is kept
        assert "n'est pas vide" in dialog.refusal.text()
    window.context.db.dispose()
    bootstrap.open_database(window.context.db.url).dispose()  # the file was not marked


def test_an_empty_database_receives_the_account_and_the_window_closes(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(move, "inform", lambda _parent, text: said.append(text))
    with _pg_database() as url:
        dialog = _dialog(qtbot, window)
        _move(qtbot, window, dialog, url)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
        assert said and "Le compte est désormais sur" in said[0]
        with pytest.raises(AccountMoved):
            bootstrap.open_database(window.context.db.url)
        copy = bootstrap.open_database(url)
        try:
            assert services.verify(copy, services.ADMINISTRATOR).ok
        finally:
            copy.dispose()
