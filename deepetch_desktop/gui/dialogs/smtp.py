"""The SMTP server that sends the invoices: validated in place, saved by the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services import SmtpView
from deepetch_desktop.services.smtp_settings import (
    PASSWORD_ENV_VAR,
    sends_password_in_clear,
    smtp_problems,
)

from .common import SavingDialog, confirm, error_label, show_field_error

# (code, usual port); the labels are those of SmtpDialog.security
SECURITIES = (("none", 25), ("starttls", 587), ("tls", 465))


def _t(text: str) -> str:
    return QCoreApplication.translate("smtp", text)


@dataclass(frozen=True)
class SmtpRequest:
    host: str
    port: int
    security: str
    sender: str
    user: str
    password: str | None  # None: keep the one stored
    allow_cleartext_auth: bool = False  # confirmed: no encryption, the password in clear


class SmtpDialog(SavingDialog):
    """`confirmed` is the SmtpRequest once checked and confirmed; the page saves it with
    `save_with()`: the dialog stays open, with what was typed, when the service refuses."""

    def __init__(self, view: SmtpView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serveur SMTP"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Le serveur par lequel partent les factures, les avoirs et les "
                               "rappels, à l'adresse de facturation de l'entreprise."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = QLineEdit(view.host, placeholderText=self.tr("smtp.exemple.fr"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=view.port)
        self.security = QComboBox()
        for code, label in zip((code for code, _port in SECURITIES),
                               (self.tr("Aucune"), "STARTTLS", "TLS"), strict=True):
            self.security.addItem(label, code)
        self.security.setCurrentIndex(max(0, self.security.findData(view.security)))
        self.from_address = QLineEdit(view.sender, placeholderText="factures@exemple.fr")
        self.user = QLineEdit(view.user, placeholderText=self.tr("vide\u00a0: sans "
                                                                 "authentification"))
        for edit, limit in ((self.host, "host"), (self.from_address, "sender"),
                            (self.user, "user")):  # the one table of limits
            edit.setMaxLength(max_length(limit))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if view.password_stored:
            self.password.setPlaceholderText(self.tr("enregistré\u202f; vide\u00a0: le garder"))
        self.errors = {name: error_label() for name in ("host", "sender", "user", "password")}
        self.confirmed: SmtpRequest | None = None  # what was typed, once confirmed
        form.addRow(self.tr("&Serveur\u00a0:"), self.host)
        form.addRow("", self.errors["host"])
        form.addRow(self.tr("P&ort\u00a0:"), self.port)
        form.addRow(self.tr("S&écurité\u00a0:"), self.security)
        form.addRow(self.tr("E&xpéditeur\u00a0:"), self.from_address)
        form.addRow("", self.errors["sender"])
        form.addRow(self.tr("&Utilisateur\u00a0:"), self.user)
        form.addRow("", self.errors["user"])
        form.addRow(self.tr("&Mot de passe\u00a0:"), self.password)
        form.addRow("", self.errors["password"])
        self.keyring_note = QLabel(no_keyring_text())
        self.keyring_note.setProperty("role", "warning")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not view.keyring_available)
        layout.addWidget(self.keyring_note)
        self.message = self.refusal
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._touched: set[str] = set()
        for name, field in (("host", self.host), ("sender", self.from_address),
                            ("user", self.user)):
            field.textEdited.connect(lambda _t, n=name: self._touched.add(n))
            field.textChanged.connect(self.validate)
        self.password.textChanged.connect(self.validate)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.validate()

    def _security_changed(self) -> None:
        usual = {port for _code, port in SECURITIES}
        if self.port.value() in usual:  # the usual port of the mode chosen, unless one was typed
            self.port.setValue(SECURITIES[self.security.currentIndex()][1])
        self.validate()

    def _problems(self) -> dict[str, str]:
        sentences = {
            "host": self.tr("Indiquez le nom du serveur SMTP, sans espace."),
            "sender": self.tr("L'expéditeur doit être une adresse e-mail."),
            "user": self.tr("L'utilisateur contient des caractères interdits."),
        }
        # set_smtp's own checks; a password in clear is asked about when saving.
        problems = {field: sentences.get(field, str(error.problem)) for field, error in
                    smtp_problems(self.host.text().strip(), self.port.value(),
                                  str(self.security.currentData()),
                                  self.from_address.text().strip(),
                                  self.user.text().strip()).items()}
        if self.password.text() and not self.user.text().strip():
            problems["password"] = self.tr("Un mot de passe va avec un utilisateur.")
        return problems

    def validate(self) -> bool:
        problems = self._problems()
        fields = {"host": self.host, "sender": self.from_address, "user": self.user,
                  "password": self.password}
        for name, label in self.errors.items():
            shown = name in self._touched or name == "password"
            show_field_error(fields[name], label, problems.get(name, "") if shown else "")
        self.message.setVisible(False)
        self.ok_button.setEnabled(not problems)
        return not problems

    def request(self) -> SmtpRequest:
        return SmtpRequest(self.host.text().strip(), self.port.value(),
                           str(self.security.currentData()), self.from_address.text().strip(),
                           self.user.text().strip(), self.password.text() or None)

    def accept(self) -> None:
        self._touched.update(("host", "sender", "user"))
        if not self.validate():
            return
        request = self.request()
        if sends_password_in_clear(request.security, request.user):
            if not self.confirm_cleartext(self, request.host):
                return  # the dialog stays open: choose STARTTLS or TLS, or no user
            request = replace(request, allow_cleartext_auth=True)
        self.confirmed = request
        super().accept()

    @classmethod
    def confirm_cleartext(cls, parent: QWidget, host: str) -> bool:
        """Tests patch this to answer the confirmation without a modal box."""
        return confirm(
            parent,
            _t("Mot de passe en clair"),
            _t("Sans chiffrement (sécurité «\u00a0Aucune\u00a0»), le mot de passe partira en "
               "clair vers {host}\u00a0: quiconque voit passer le trafic du réseau pourra le "
               "lire et envoyer des e-mails en votre nom. Choisissez STARTTLS ou TLS si le "
               "serveur les propose.").format(host=host),
            _t("Envoyer le mot de passe en clair"),
        )


def no_keyring_text() -> str:
    """What to do on a machine without a keyring (said before, and when saving failed)."""
    return _t("Ce poste n'a pas de trousseau de mots de passe\u00a0: le mot de passe ne peut pas "
              "y être enregistré. Laissez-le vide et donnez-le à l'application par la variable "
              "d'environnement {variable}.").format(variable=PASSWORD_ENV_VAR)


class SmtpPasswordDialog(QDialog):
    """Asks for the SMTP password on a machine without a keyring; `password()` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mot de passe SMTP"))
        self.setModal(True)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Ce poste n'a pas de trousseau de mots de passe\u00a0: le mot de passe du serveur SMTP "
            "est gardé en mémoire pour cette session seulement, jamais enregistré."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Mot de passe\u00a0:"), self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Envoyer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)

    def password(self) -> str:
        return self.field.text()

    @classmethod
    def ask_password(cls, parent: QWidget | None,
                     answer: Callable[[str | None], None]) -> None:
        """Open the (window-modal) dialog; `answer(password)` once it closes, None on
        « Annuler ». Tests patch this to answer at once."""
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(code: int) -> None:
            password = dialog.password() if code == QDialog.DialogCode.Accepted else ""
            dialog.field.clear()
            answer(password or None)

        dialog.finished.connect(finished)
        dialog.open()
