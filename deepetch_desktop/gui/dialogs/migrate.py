"""« Déplacer le compte sur un serveur… »: the address of an empty PostgreSQL database (and its
password, kept apart so that it is never shown); the copy runs before the dialog closes, and a
refusal (not empty, unreachable, not PostgreSQL) is said in the dialog with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .common import SavingDialog


class MoveToServerDialog(SavingDialog):
    """`url()` and `password()` are what was typed (the password None when left empty)."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Déplacer le compte sur un serveur"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Tout le compte de {location} est copié dans une base PostgreSQL vide, puis "
            "vérifié. Ce fichier est ensuite marqué comme déplacé et n'est plus utilisé\u00a0: "
            "chaque poste ouvre le compte sur le serveur.").format(location=location))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://poste@serveur/deepetch")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Adresse de la base\u00a0:"), self.address)
        form.addRow(self.tr("&Mot de passe\u00a0:"), self.secret)
        self.ok_button = self.add_buttons(layout, self.tr("&Déplacer"))
        self.address.textChanged.connect(self._typed)
        self._typed()

    def url(self) -> str:
        return self.address.text().strip()

    def password(self) -> str | None:
        return self.secret.text() or None

    def _typed(self) -> None:
        self.ok_button.setEnabled(bool(self.url()))
