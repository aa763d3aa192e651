"""Issue 11 in the window: logging in (wrong password, lock, remember me, a one-time password),
the first administrator made at first start, and a sub-account holder's window (« Mon espace »,
the pages their privileges grant, nobody else's), on a real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from gui_helpers import NOW, idle
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog

from deepetch_desktop import services
from deepetch_desktop.gui.app import build_window
from deepetch_desktop.gui.dialogs.login import ChangePasswordDialog, LoginDialog
from deepetch_desktop.gui.session import Session
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services import Database
from deepetch_desktop.services.results import Actor, Privileges, SubAccountView

SHOTS = Path("/tmp/shots")
PASSWORD = "cheval agrafe pile correcte"
ADMIN_EMAIL = "direction@atelier-lumiere.fr"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: what the session keeps there, and nothing else."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def company(demo_db: Database) -> Database:
    """The demo company with an administrator who logs in with PASSWORD."""
    services.create_first_administrator(demo_db, "Claire Dubois", ADMIN_EMAIL, PASSWORD, NOW)
    return demo_db


def _session(qtbot: Any, db: Database) -> Session:
    session = Session(db, lambda who: build_window(db, actor=who, clock=lambda: NOW,
                                                   schedule=False),
                      clock=lambda: NOW, company_name="Atelier Lumière")
    session.window_opened.connect(qtbot.addWidget)
    return session


def _close(session: Session) -> None:
    if session.window is not None:
        session.window.shutdown()
        session.window.close()
    for dialog in (session.login_dialog, session.password_dialog):
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
    session.shutdown()


def _type_login(qtbot: Any, dialog: LoginDialog, email: str, password: str,
                remember: bool = False) -> None:
    dialog.email.setText(email)
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _refused(qtbot: Any, session: Session, dialog: LoginDialog) -> None:
    qtbot.waitUntil(lambda: not session.runner.busy and not dialog.busy, timeout=10_000)


# --- logging in ---------------------------------------------------------------------------


def test_a_wrong_password_is_said_in_the_dialog_which_stays(
        qtbot: Any, company: Database, memory_keyring: MemoryKeyring) -> None:
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    _type_login(qtbot, dialog, ADMIN_EMAIL, "pas le bon mot de passe")
    _refused(qtbot, session, dialog)
    try:
        assert session.window is None and dialog.isVisible()
        sentence = services.describe(services.BadCredentials(), "fr")
        assert dialog.password_error.text() == sentence and dialog.password_error.isVisible()
        assert dialog.password.property("invalid") is True
        assert dialog.email.text() == ADMIN_EMAIL  # what was typed stays
        assert memory_keyring.secrets == {}
        # Typing again clears the sentence.
        dialog.password.setText(PASSWORD)
        assert not dialog.password_error.isVisible()
    finally:
        _close(session)


def test_five_wrong_passwords_lock_and_say_so(qtbot: Any, company: Database,
                                               memory_keyring: MemoryKeyring) -> None:
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert dialog is not None
    try:
        for _ in range(5):
            _type_login(qtbot, dialog, ADMIN_EMAIL, "toujours pas le bon")
            _refused(qtbot, session, dialog)
        _type_login(qtbot, dialog, ADMIN_EMAIL, PASSWORD)  # even the right one, now
        _refused(qtbot, session, dialog)
        assert session.window is None and dialog.isVisible()
        locked = dialog.email_error.text()
        assert locked and dialog.email_error.isVisible()
        assert locked.startswith("Ce compte est verrouillé")
        assert dialog.email.property("invalid") is True
    finally:
        _close(session)


def test_the_right_password_opens_the_administrator_s_window(
        qtbot: Any, company: Database, memory_keyring: MemoryKeyring) -> None:
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert dialog is not None
    _type_login(qtbot, dialog, ADMIN_EMAIL, PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    try:
        window = session.window
        assert window is not None and window.isVisible()
        assert window.context.actor.email == ADMIN_EMAIL
        assert window.user.text() == "Connecté\u00a0: Claire Dubois"
        assert [page.title for page in window.pages] == [
            "Tableau de bord", "Crédits", "Factures", "Tâches", "Rapports", "Paramètres",
            "Journal"]
        assert memory_keyring.secrets == {}  # not asked to remember
        assert session.login_dialog is None  # closed once the window opened
    finally:
        _close(session)


def test_remember_me_skips_the_dialog_next_time_and_logging_out_forgets(
        qtbot: Any, company: Database, memory_keyring: MemoryKeyring) -> None:
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert dialog is not None
    _type_login(qtbot, dialog, ADMIN_EMAIL, PASSWORD, remember=True)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    first = session.window
    assert first is not None
    idle(qtbot, first)
    assert memory_keyring.secrets  # a token…
    assert all(PASSWORD not in value for value in memory_keyring.secrets.values())  # …only
    first.shutdown()
    first.close()
    session.shutdown()

    # The next start: straight to the window, as the same person.
    again = _session(qtbot, company)
    again.start()
    try:
        assert again.login_dialog is None
        assert again.window is not None and again.window.isVisible()
        assert again.window.context.actor.email == ADMIN_EMAIL
        # « Se déconnecter »: the keyring forgets, the login dialog comes back.
        window = again.window
        idle(qtbot, window)
        window.logout_action.trigger()
        assert again.window is None
        assert again.login_dialog is not None and again.login_dialog.isVisible()
        assert again.login_dialog.email.text() == ADMIN_EMAIL
        assert services.remembered_login(company, NOW) is None
    finally:
        _close(again)
    third = _session(qtbot, company)
    third.start()
    try:
        assert third.window is None and third.login_dialog is not None
    finally:
        _close(third)


def test_without_a_keyring_the_person_logs_in_and_is_told_it_is_not_remembered(
        qtbot: Any, company: Database) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    session = _session(qtbot, company)
    try:
        session.start()
        dialog = session.login_dialog
        assert dialog is not None
        _type_login(qtbot, dialog, ADMIN_EMAIL, PASSWORD, remember=True)
        qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
        window = session.window
        assert window is not None
        assert window.message().startswith(
            "Connexion non mémorisée sur cet ordinateur")
        assert services.remembered_login(company, NOW) is None
    finally:
        _close(session)
        keyring.set_keyring(before)


def test_a_one_time_password_is_changed_before_the_window(
        qtbot: Any, company: Database, memory_keyring: MemoryKeyring) -> None:
    holder = _holder(company, Privileges())
    one_time = services.reset_password(company, _admin(company), holder.email, NOW)
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert dialog is not None
    _type_login(qtbot, dialog, holder.email, _one_time_text(one_time))
    qtbot.waitUntil(lambda: session.password_dialog is not None, timeout=10_000)
    change = session.password_dialog
    assert isinstance(change, ChangePasswordDialog) and change.isVisible()
    assert session.window is None and not dialog.isVisible()
    try:
        change.new.setText("court")  # the services' rule, in place, as it is typed
        assert change.new_error.isVisible() and change.new_error.text()
        assert not change.ok_button.isEnabled()
        change.new.setText("une nouvelle phrase secrète")
        change.again.setText("une autre phrase secrète")
        assert change.again_error.text() == "Les deux mots de passe ne sont pas identiques."
        assert not change.ok_button.isEnabled()
        change.again.setText("une nouvelle phrase secrète")
        assert change.ok_button.isEnabled()
        qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
        assert session.window is not None
        assert session.window.context.actor.email == holder.email
        assert session.password_dialog is None
        login = services.log_in(company, holder.email, "une nouvelle phrase secrète", NOW)
        assert not login.must_change_password
    finally:
        _close(session)


# --- the first start ----------------------------------------------------------------------


def test_the_first_start_creates_the_first_administrator(qtbot: Any, db: Database,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from deepetch_desktop.gui import app as gui_app
    from deepetch_desktop.gui.dialogs import wizard

    def fill(dialog: wizard.FirstStartDialog) -> QDialog.DialogCode:
        dialog.name.setText("Atelier Neuf")
        dialog.siren.setText("552100554")
        dialog.address.setPlainText("1 rue Neuve\n75001 Paris")
        dialog.email.setText("compta@atelier-neuf.fr")
        dialog.admin_name.setText("Camille Martin")
        dialog.admin_email.setText("camille@atelier-neuf.fr")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText("pas la même")
        assert not dialog.ok_button.isEnabled()
        assert dialog.admin_errors["password_again"].isVisibleTo(dialog)
        dialog.password_again.setText(PASSWORD)
        assert not dialog.ok_button.isEnabled()  # no e-invoicing address yet (issue 14)
        dialog.einvoicing.setText("552100554")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wizard.FirstStartDialog, "exec", fill)
    actor = gui_app.first_start(db, NOW)
    assert isinstance(actor, Actor)
    assert actor.name == "Camille Martin" and actor.sub_account_id is None
    assert actor.email == "camille@atelier-neuf.fr"
    company = services.company(db)
    assert company is not None and company.name == "Atelier Neuf"
    assert (company.country, company.einvoicing_address) == ("FR", "552100554")
    assert services.log_in(db, "camille@atelier-neuf.fr", PASSWORD, NOW).actor.name == \
        "Camille Martin"


def test_the_demo_shows_its_logins_and_logs_its_administrator_in(
        qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from deepetch_desktop.gui import app as gui_app
    from deepetch_desktop.gui.dialogs import wizard

    def choose_demo(dialog: wizard.FirstStartDialog) -> QDialog.DialogCode:
        dialog.demo_chosen = True
        return QDialog.DialogCode.Accepted

    shown: list[str] = []

    def note(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(wizard.FirstStartDialog, "exec", choose_demo)
    monkeypatch.setattr(QMessageBox, "exec", note)
    actor = gui_app.first_start(db, NOW)
    assert isinstance(actor, Actor) and actor.sub_account_id is None
    assert actor.email is not None and actor.email in shown[0]
    holder = [line for line in shown[0].splitlines() if "sous-compte" in line]
    assert len(holder) == 1  # the holder's login too, to try their window


def test_a_company_made_before_people_asks_only_its_first_administrator(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from deepetch_desktop.gui import app as gui_app
    from deepetch_desktop.gui.dialogs import wizard

    assert not services.has_administrator(demo_db)
    seen: dict[str, bool] = {}

    def fill(dialog: wizard.FirstStartDialog) -> QDialog.DialogCode:
        seen["company_hidden"] = not dialog.name.isVisibleTo(dialog)
        seen["demo_hidden"] = not dialog.demo_button.isVisibleTo(dialog)
        dialog.admin_name.setText("Claire Dubois")
        dialog.admin_email.setText(ADMIN_EMAIL)
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText(PASSWORD)
        assert dialog.ok_button.isEnabled()  # the company's empty fields are not asked
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(wizard.FirstStartDialog, "exec", fill)
    actor = gui_app.first_start(demo_db, NOW)
    assert seen == {"company_hidden": True, "demo_hidden": True}
    assert isinstance(actor, Actor) and actor.email == ADMIN_EMAIL
    assert services.has_administrator(demo_db)
    company = services.company(demo_db)
    assert company is not None and company.name == "Atelier Lumière"  # unchanged


def test_a_common_password_is_refused_in_place_at_first_start(qtbot: Any) -> None:
    from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog

    dialog = FirstStartDialog(check_password=services.check_password)
    qtbot.addWidget(dialog)
    dialog.password.setText("court")
    assert dialog.admin_errors["password"].isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.password.setText(PASSWORD)
    assert not dialog.admin_errors["password"].isVisibleTo(dialog)


# --- a holder's window --------------------------------------------------------------------


def _admin(db: Database) -> Actor:
    return services.log_in(db, ADMIN_EMAIL, PASSWORD, NOW).actor


def _one_time_text(result: object) -> str:
    return str(getattr(result, "one_time_password", result))


def _holder(db: Database, privileges: Privileges) -> SubAccountView:
    """The demo's first sub-account, granted `privileges`."""
    sub = services.list_sub_accounts(db, ADMIN, NOW)[0]
    return services.update_sub_account(db, ADMIN, sub.id, name=sub.name, email=sub.email,
                                       now=NOW, department=sub.department, phone=sub.phone,
                                       role=sub.role, privileges=privileges)


def _holder_window(qtbot: Any, db: Database, sub: SubAccountView) -> Any:
    window = build_window(db, actor=Actor(sub.name, sub.id, None, sub.email),
                          clock=lambda: NOW, schedule=False)
    qtbot.addWidget(window)
    window.resize(QSize(1366, 768))
    window.show()
    qtbot.waitUntil(lambda: window.pages[0].loaded, timeout=10_000)
    return window


def test_a_holder_s_window_shows_their_space_and_no_administrator_s_page(
        qtbot: Any, demo_db: Database) -> None:
    sub = _holder(demo_db, Privileges())
    window = _holder_window(qtbot, demo_db, sub)
    try:
        titles = [page.title for page in window.pages]
        assert titles == ["Mon espace"]
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == titles
        assert window.user.text() == f"Connecté\u00a0: {sub.name}"
        assert not hasattr(window, "restore_action")
        assert window.ticker is None
        space = window.my_space
        assert space.limit.isVisible() and space.table.isVisible()
        assert space.used.value.text() != "—"
        tasks = services.list_tasks(demo_db, ADMIN, sub_account=sub.id)
        assert space.model.rowCount() == len(tasks) > 0
        assert {row.sub_account_id for row in space.model.rows()} == {sub.id}
        assert space.header.primary is not None and space.header.primary.isEnabled()
        os.makedirs(SHOTS, exist_ok=True)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / "holder_window.png"))
    finally:
        idle(qtbot, window)
        window.shutdown()


def test_a_holder_sends_a_task_for_themselves_only(qtbot: Any, demo_db: Database) -> None:
    sub = _holder(demo_db, Privileges())
    window = _holder_window(qtbot, demo_db, sub)
    try:
        space = window.my_space
        qtbot.mouseClick(space.header.primary, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: space.dialog is not None, timeout=10_000)
        dialog = space.dialog
        assert [dialog.sub_account.itemData(i) for i in range(dialog.sub_account.count())] == [
            sub.id]
        before = space.model.rowCount()
        dialog.title.setText("Brochure été")
        qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: space.model.rowCount() == before + 1, timeout=10_000)
        newest = services.list_tasks(demo_db, ADMIN, sub_account=sub.id)[0]
        assert newest.title == "Brochure été"
    finally:
        idle(qtbot, window)
        window.shutdown()


def test_a_holder_with_see_invoices_and_buy_credits_sees_those_pages(
        qtbot: Any, demo_db: Database) -> None:
    sub = _holder(demo_db, Privileges(see_invoices=True, buy_credits=True))
    window = _holder_window(qtbot, demo_db, sub)
    try:
        assert [page.title for page in window.pages] == ["Mon espace", "Crédits", "Factures"]
        window.show_page(2)
        qtbot.waitUntil(lambda: window.invoices.loaded, timeout=10_000)
        assert window.invoices.model.rowCount() > 0
        # They see and print the invoices; sending, payments and credit notes are not theirs.
        assert set(window.invoices.buttons) == {"open", "preview", "print", "save"}
    finally:
        idle(qtbot, window)
        window.shutdown()


def test_a_holder_without_see_own_usage_is_told_so(qtbot: Any, demo_db: Database) -> None:
    sub = _holder(demo_db, Privileges(see_own_usage=False))
    window = _holder_window(qtbot, demo_db, sub)
    try:
        space = window.my_space
        assert space.hidden.isVisible()
        assert not space.table.isVisible() and not space.limit.isVisible()
    finally:
        idle(qtbot, window)
        window.shutdown()


# --- screenshots --------------------------------------------------------------------------


def test_screenshot_of_the_login_dialog(qtbot: Any, company: Database,
                                        memory_keyring: MemoryKeyring) -> None:
    session = _session(qtbot, company)
    session.start()
    dialog = session.login_dialog
    assert dialog is not None
    try:
        _type_login(qtbot, dialog, ADMIN_EMAIL, "pas le bon mot de passe")
        _refused(qtbot, session, dialog)
        QApplication.processEvents()
        os.makedirs(SHOTS, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "login_dialog.png"))
        assert dialog.width() <= 1366 and dialog.height() <= 768
    finally:
        _close(session)


def test_the_login_dialog_speaks_english(qtbot: Any, qapp: Any) -> None:
    from deepetch_desktop.gui import i18n

    i18n.install(qapp, "en")
    try:
        dialog = LoginDialog("Atelier Lumière")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Log in to Deepetch Desktop"
        assert dialog.ok_button.text() == "&Log in"
        assert dialog.remember.text() == "&Remember me on this computer"
    finally:
        i18n.install(qapp, "fr")


def test_the_program_opens_on_the_login_dialog(
        qtbot: Any, company: Database, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """deepetch-desktop over a company with people: the login dialog, not the window."""
    from deepetch_desktop.gui import app as gui_app

    opened: list[Session] = []
    real_open = gui_app.open_session

    def open_session(db: Database, lang: str, actor: Actor | None = None) -> Session:
        session = real_open(db, lang, actor)
        opened.append(session)
        return session

    monkeypatch.setattr(gui_app, "open_session", open_session)
    monkeypatch.setattr(gui_app.bootstrap, "open_database", lambda _url: company)
    monkeypatch.setattr(company, "dispose", lambda: None)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)
    monkeypatch.setattr(gui_app.i18n, "install", lambda *_: None)
    monkeypatch.setattr(gui_app.crash, "install", lambda *_: None)  # sys.excepthook stays
    assert gui_app.main(["deepetch-desktop", "--db", "sqlite:///unused.db"]) == 0
    session = opened[0]
    try:
        assert session.window is None
        assert session.login_dialog is not None and session.login_dialog.isVisible()
    finally:
        _close(session)
