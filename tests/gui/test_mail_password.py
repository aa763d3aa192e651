"""A machine without a keyring: the first send asks for the SMTP password once, keeps it in
memory for the session (never in the database), and sends what was queued."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from gui_helpers import NOW
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QApplication, QLineEdit
from test_mail import _buy, _said

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.smtp import SmtpPasswordDialog
from deepetch_desktop.mail.secrets import PASSWORD_ENV_VAR
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.smtp_server import SmtpServer, running_smtp_server

pytestmark = pytest.mark.ticker  # the start-up catch-up, then its queue

USER = "factures@deepetch.example"
PASSWORD = "s3cret-Pa55-only-in-memory"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(PASSWORD_ENV_VAR, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def server(no_keyring: None) -> Iterator[SmtpServer]:
    with running_smtp_server("tls", users={USER: PASSWORD}) as running:
        yield running


def _smtp_with_user(qtbot: Any, window: Any, server: SmtpServer) -> None:
    qtbot.waitUntil(lambda: window.last_catch_up is not None, timeout=20_000)  # start run over
    assert server.cert is not None
    services.set_smtp(window.context.db, services.ADMINISTRATOR, host="127.0.0.1",
                      port=server.port, security="tls", sender=USER, user=USER,
                      cafile=server.cert.certfile, now=NOW)


def _asked(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[object]:
    asked: list[object] = []

    def ask(cls: type, parent: object, reply: Callable[[str | None], None]) -> None:
        asked.append(parent)
        reply(answer)

    monkeypatch.setattr(SmtpPasswordDialog, "ask_password", classmethod(ask))
    return asked


def test_buying_asks_for_the_password_once_and_keeps_it_in_memory(
        qtbot: Any, window: Any, server: SmtpServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, PASSWORD)
    _smtp_with_user(qtbot, window, server)
    number = _buy(qtbot, window, monkeypatch)
    _said(qtbot, window, f"facture {number} émise", "envoyé")
    assert len(asked) == 1
    assert sum(number in (m.message["Subject"] or "") for m in server.received) == 1
    assert services.get_invoice(window.context.db, ADMIN, number, NOW).status == "sent"
    assert window.context.smtp_password == PASSWORD
    window.context.runner.wait(10_000)
    for path in tmp_path.glob("t.db*"):
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_cancel_leaves_the_invoice_queued(qtbot: Any, window: Any, server: SmtpServer,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, None)
    _smtp_with_user(qtbot, window, server)
    number = _buy(qtbot, window, monkeypatch)
    _said(qtbot, window, f"facture {number} émise", "restent dans la file d'envoi")
    assert len(asked) == 1
    assert server.received == []
    assert services.get_invoice(window.context.db, ADMIN, number, NOW).status == "issued"
    assert window.context.smtp_password is None


def test_a_wrong_password_is_forgotten_and_asked_again(
        qtbot: Any, window: Any, server: SmtpServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _asked(monkeypatch, "not-the-password")
    _smtp_with_user(qtbot, window, server)
    number = _buy(qtbot, window, monkeypatch)
    _said(qtbot, window, f"facture {number} émise", "a refusé l'envoi")
    assert len(asked) == 1 and server.received == []
    assert window.context.smtp_password is None  # the server said so: not kept for the session
    assert services.get_invoice(window.context.db, ADMIN, number, NOW).status == "issued"


def test_the_password_dialog(qtbot: Any) -> None:
    answers: list[str | None] = []
    SmtpPasswordDialog.ask_password(None, answers.append)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SmtpPasswordDialog) and w.isVisible())
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Envoyer"
    dialog.field.setText(PASSWORD)
    dialog.ok_button.click()
    assert answers == [PASSWORD] and dialog.field.text() == ""
