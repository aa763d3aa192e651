"""Logging in (« Se connecter ») and the password change a one-time password asks for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.text import max_length

from ..icons import icon
from ..widgets import scaled_font
from .common import error_label, refusal, sentence, show_field_error


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class LoginDialog(QDialog):
    """Emits `login_wanted(email, password, remember)`; the session answers with
    `show_refusal` (the dialog stays, with what was typed) or `accept`."""

    login_wanted = Signal(str, str, bool)

    def __init__(self, company_name: str = "", email: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connexion à Deepetch Desktop"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Connexion"))
        title.setFont(scaled_font(title, 1.6, bold=True))
        layout.addWidget(title)
        intro = QLabel(self.tr("Compte Deepetch de l'entreprise «\u00a0{company}\u00a0».")
                       .format(company=company_name) if company_name
                       else self.tr("Compte Deepetch de l'entreprise."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setSpacing(6)
        self.email = QLineEdit(email)
        self.email.setMaxLength(max_length("email"))
        self.email.setPlaceholderText(self.tr("prenom.nom@entreprise.fr"))
        self.email_error = error_label()
        self.password = _password_edit()
        self.password_error = error_label()
        self.remember = QCheckBox(self.tr("Se &souvenir de moi sur cet ordinateur"))
        self.remember.setToolTip(self.tr(
            "Un jeton de session est gardé 30 jours dans le trousseau du système, jamais le "
            "mot de passe."))
        form.addRow(self.tr("&E-mail\u00a0:"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("&Mot de passe\u00a0:"), self.password)
        form.addRow("", self.password_error)
        form.addRow("", self.remember)
        layout.addLayout(form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Se &connecter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quitter"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.email.textChanged.connect(self._typed)
        self.password.textChanged.connect(self._typed)
        self.busy = False
        self._typed()
        (self.password if email else self.email).setFocus()

    def _typed(self) -> None:
        """A new try: the previous refusal is cleared; both fields are needed."""
        show_field_error(self.email, self.email_error, "")
        show_field_error(self.password, self.password_error, "")
        self._update_button()

    def _update_button(self) -> None:
        self.ok_button.setEnabled(not self.busy and bool(self.email.text().strip())
                                  and bool(self.password.text()))

    def set_busy(self, busy: bool) -> None:
        """While the password is checked: the button waits, the fields stay as typed."""
        self.busy = busy
        self._update_button()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.set_busy(True)
        self.login_wanted.emit(self.email.text().strip(), self.password.text(),
                               self.remember.isChecked())

    def show_refusal(self, text: str, field: str = "password") -> None:
        """The services' sentence under the field it is about; the dialog stays open."""
        self.set_busy(False)
        if field == "email":
            show_field_error(self.email, self.email_error, text)
        else:
            show_field_error(self.password, self.password_error, text)
            self.password.selectAll()
            self.password.setFocus()

    def accept(self) -> None:
        self.set_busy(False)
        super().accept()


class ChangePasswordDialog(QDialog):
    """« Changer le mot de passe »: the new one twice, checked in place by `check` (the
    services' password rule); emits `change_wanted(new_password)`."""

    change_wanted = Signal(str)

    def __init__(self, name: str, check: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changer le mot de passe"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)
        self._check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Changer le mot de passe"))
        title.setFont(scaled_font(title, 1.6, bold=True))
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "{name}, votre mot de passe est provisoire\u00a0: choisissez-en un nouveau pour "
            "continuer. Au moins 10 caractères\u202f; une phrase facile à retenir convient très "
            "bien.").format(name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setSpacing(6)
        self.new = _password_edit()
        self.new_error = error_label()
        self.again = _password_edit()
        self.again_error = error_label()
        form.addRow(self.tr("&Nouveau mot de passe\u00a0:"), self.new)
        form.addRow("", self.new_error)
        form.addRow(self.tr("C&onfirmation\u00a0:"), self.again)
        form.addRow("", self.again_error)
        layout.addLayout(form)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Changer le mot de passe"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.validate)
        self.again.textChanged.connect(self.validate)
        self.busy = False
        self.validate()

    def validate(self) -> bool:
        new, again = self.new.text(), self.again.text()
        problem = password_problem(new, self._check)
        show_field_error(self.new, self.new_error, problem if new else "")
        mismatch = "" if not again or again == new else self.tr(
            "Les deux mots de passe ne sont pas identiques.")
        show_field_error(self.again, self.again_error, mismatch)
        valid = bool(new) and not problem and again == new
        self.ok_button.setEnabled(valid and not self.busy)
        return valid

    def submit(self) -> None:
        if not self.validate():
            return
        self.busy = True
        self.ok_button.setEnabled(False)
        self.change_wanted.emit(self.new.text())

    def show_refusal(self, text: str) -> None:
        """The services refused the new password: said under it, the dialog stays."""
        self.busy = False
        self.validate()
        show_field_error(self.new, self.new_error, text)
        self.ok_button.setEnabled(False)


def password_problem(password: str, check: Callable[[str], object] | None) -> str:
    """The services' sentence refusing `password`, or "" when `check` accepts it (or there
    is no check: the services will still say it when saving)."""
    if check is None or not password:
        return ""
    error: BadInput | None = refusal(lambda: check(password))
    return sentence(error) if error is not None else ""
