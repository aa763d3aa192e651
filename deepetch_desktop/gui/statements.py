"""« Relevés… » on Rapports (issue 15): a month's chargeback statements, one PDF per department
or sub-account, written into a folder (never over a file there), and on request queued by
e-mail to the sub-account holders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.services import StatementsResult

from . import fmt, labels
from .changes import Topic
from .context import AppContext
from .widgets import named


def _t(text: str) -> str:
    return QCoreApplication.translate("Statements", text)


def recent_months(today: date, count: int = 12) -> list[str]:
    """'YYYY-MM' of the last `count` months, the previous one (the one to bill) first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count + 1):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[1:] + months[:1]


class StatementsDialog(QDialog):
    """The month, the grouping, the folder, and whether to e-mail them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Relevés de refacturation"))
        layout = QVBoxLayout(self)
        intro = QLabel(_t("Un relevé PDF par service ou par sous-compte\u00a0: ses tâches, ses "
                          "crédits et leur valeur HT, ses limites. Un fichier déjà présent dans "
                          "le dossier n'est jamais remplacé."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.month = QComboBox()
        for month in recent_months(fmt.local_day(context.now())):
            self.month.addItem(fmt.month_label(month), month)
        self.by = QComboBox()
        self.by.addItem(_t("Département / centre de coût"), "department")
        self.by.addItem(_t("Sous-compte"), "subaccount")
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(_t("Dossier"))
        choose = QPushButton(_t("&Choisir…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.email = QCheckBox(_t("Mettre chaque relevé en file d'envoi vers les titulaires des "
                                  "sous-comptes"))
        context.writes(self.email)  # the outbox is in the database
        form.addRow(_t("&Mois\u00a0:"), self.month)
        form.addRow(_t("&Un relevé par\u00a0:"), self.by)
        folder_label = QLabel(_t("&Dossier\u00a0:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow("", self.email)
        layout.addLayout(form)
        self.error = named(QLabel(""), "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(_t("&Écrire les relevés"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_t("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask_folder(cls, parent: QWidget, current: str) -> str:
        """The folder chosen, '' when cancelled (tests replace this)."""
        return QFileDialog.getExistingDirectory(
            parent, _t("Dossier des relevés"), current,
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)

    def _choose(self) -> None:
        chosen = self.ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def show_refusal(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.ok.setEnabled(True)


def open_statements(page: QWidget, context: AppContext) -> StatementsDialog:
    """The dialog; its « Écrire » runs off the GUI thread; a refusal stays in the dialog."""
    dialog = StatementsDialog(context, page)
    dialog.setModal(True)

    def write() -> None:
        start, end = services.month_period(str(dialog.month.currentData()))
        by, folder, email = str(dialog.by.currentData()), dialog.folder.text(), (
            dialog.email.isChecked())
        now = context.now()
        dialog.ok.setEnabled(False)

        def done(result: StatementsResult) -> None:
            dialog.done(QDialog.DialogCode.Accepted)
            if email:
                context.events.announce(Topic.SETTINGS)
            context.events.message.emit(written_text(result))

        context.runner.run(
            lambda: services.write_statements(context.db, context.actor, start, end, by,
                                              folder, now, email=email),
            done, lambda error: dialog.show_refusal(context.describe(error)), owner=dialog)

    dialog.accept = write  # type: ignore[method-assign]  # « Écrire » keeps it open meanwhile
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


def written_text(result: StatementsResult) -> str:
    """What the status bar says: where, how much, renamed files, e-mails queued (not sent)."""
    if not result.statements:
        return _t("Aucune consommation du {start} au {end}\u00a0: aucun relevé.").format(
            start=fmt.day(result.start), end=fmt.day(result.end))
    number = len(result.statements)
    words = [(_t("{n} relevé écrit dans {folder} ({credits} crédits, {value} HT)") if number == 1
              else _t("{n} relevés écrits dans {folder} ({credits} crédits, {value} HT)"))
             .format(n=fmt.credits(number), folder=result.folder,
                     credits=fmt.credits(result.total_credits),
                     value=fmt.money(result.total_value_cents))]
    renamed = [Path(s.file).name for s in result.statements if s.renamed]
    if renamed:
        words.append(_t("noms déjà pris, fichiers existants gardés\u00a0: écrits sous "
                        "{names}").format(names=", ".join(renamed)))
    if result.queued:
        words.append(labels.count(result.queued, _t("{n} e-mail mis en file d'envoi"),
                                  _t("{n} e-mails mis en file d'envoi")))
    french = fmt.locale().language() == QLocale.Language.French
    return ("\u202f; " if french else "; ").join(words) + "."
