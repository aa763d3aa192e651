"""« Plateforme agréée » : the exchange folders of the approved e-invoicing platform (issue 14),
set from the invoices page. Kept small: a folder for the documents deposited, one for the
statuses the platform drops, and whether it wants the CII XML alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.text import max_length
from deepetch_desktop.services.results import PlatformChannel

from .common import SavingDialog, error_label, show_field_error


@dataclass(frozen=True)
class PlatformRequest:
    outgoing: str
    incoming: str
    xml_only: bool


class PlatformDialog(SavingDialog):
    """Returns a `PlatformRequest`; set_platform_channel checks the folders (a refusal names
    the field, shown under it)."""

    def __init__(self, channel: PlatformChannel | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plateforme agréée"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Chaque facture et chaque avoir émis sont déposés une fois dans le dossier "
            "d'envoi, que le logiciel de votre plateforme agréée synchronise\u202f; les statuts "
            "qu'elle renvoie (déposée, rejetée, refusée, encaissée…) sont lus dans le dossier "
            "de réception. L'envoi par e-mail reste possible."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.outgoing, self.outgoing_error = self._folder_row(
            form, self.tr("Dossier d'en&voi\u00a0:"), channel.outgoing if channel else "")
        self.incoming, self.incoming_error = self._folder_row(
            form, self.tr("Dossier de &réception\u00a0:"), channel.incoming if channel else "")
        self.xml_only = QCheckBox(self.tr("Déposer le &XML CII seul (au lieu du PDF Factur-X)"))
        self.xml_only.setChecked(bool(channel and channel.xml_only))
        form.addRow("", self.xml_only)
        self.field_errors.update({"outgoing": (self.outgoing, self.outgoing_error),
                                  "incoming": (self.incoming, self.incoming_error)})
        self.ok_button = self.add_buttons(layout, self.tr("&Enregistrer"))
        self.outgoing.textChanged.connect(self.validate)
        self.incoming.textChanged.connect(self.validate)
        self.validate()

    def _folder_row(self, form: QFormLayout, label: str,
                    value: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit(value)
        edit.setMaxLength(max_length("outgoing"))
        choose = QPushButton(self.tr("Choisir…"))
        choose.clicked.connect(lambda: self._choose(edit))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(choose)
        error = error_label()
        form.addRow(label, row)
        form.addRow("", error)
        return edit, error

    def _choose(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choisir un dossier"), edit.text(),
            QFileDialog.Option.DontUseNativeDialog)
        if folder:
            edit.setText(folder)

    def validate(self) -> bool:
        """Both folders given; whether they exist is the service's to say."""
        missing = self.tr("Indiquez un dossier.")
        out, into = self.outgoing.text().strip(), self.incoming.text().strip()
        show_field_error(self.outgoing, self.outgoing_error, "" if out else missing)
        show_field_error(self.incoming, self.incoming_error, "" if into else missing)
        valid = bool(out and into)
        self.ok_button.setEnabled(valid)
        return valid

    def request(self) -> PlatformRequest:
        return PlatformRequest(self.outgoing.text().strip(), self.incoming.text().strip(),
                               self.xml_only.isChecked())

    def accept(self) -> None:
        if self.validate():
            super().accept()
