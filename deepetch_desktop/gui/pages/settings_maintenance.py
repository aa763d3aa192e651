"""Paramètres › Maintenance: a backup now, restoring one, the integrity check (`audit verify`)
with its result, and a correction of the basket with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.services import BackupResult, CorrectionResult
from deepetch_desktop.services.results import AuditReport

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..dialogs.common import Save
from ..dialogs.correction import CorrectionDialog
from ..restore import backups_folder, restore_backup
from .base import Page
from .settings_common import hint, result_label, show_result


def _t(text: str) -> str:
    return QCoreApplication.translate("MaintenanceTab", text)


def ask_backup_target(parent: QWidget, suggested: str) -> str:
    """The file to write the backup to; '' when cancelled (tests replace this function)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, _t("Sauvegarder la base"), suggested, _t("Sauvegardes Deepetch (*.sqlite3)"))
    return path


class MaintenanceTab(QWidget):
    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        self.balance: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        on_file = bool(getattr(context.db, "file_path", None))

        backup = QGroupBox(self.tr("Sauvegarde"))
        column = QVBoxLayout(backup)
        column.addWidget(hint(self.tr(
            "Une copie de la base est faite chaque jour et gardée 14 jours dans {folder}. "
            "Faites-en une autre avant une opération importante, ou pour la garder ailleurs.")
            .format(folder=Path(context.db.file_path or "").parent / "backups") if on_file
            else self.tr(
            "La base est sur un serveur PostgreSQL\u00a0: sauvegardez-la et restaurez-la avec "
            "les outils du serveur (pg_dump, pg_restore).")))
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Sauvegarder maintenant…"))
        self.restore_button = QPushButton(self.tr("&Restaurer une sauvegarde…"))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(lambda: restore_backup(self.window()))  # type: ignore[arg-type]
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(on_file)
            row.addWidget(button)
        context.writes(self.restore_button)  # a backup of a copy looked at only reads it
        row.addStretch(1)
        column.addLayout(row)
        self.backup_result = result_label()
        column.addWidget(self.backup_result)
        layout.addWidget(backup)

        check = QGroupBox(self.tr("Contrôle d'intégrité"))
        column = QVBoxLayout(check)
        column.addWidget(hint(self.tr(
            "Vérifie que le solde du panier est la somme du grand livre, que les factures se "
            "suivent sans trou, que le journal et le grand livre n'ont pas été réécrits et que "
            "les PDF archivés sont intacts.")))
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Vérifier l'intégrité"))
        self.verify_button.clicked.connect(self.verify)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        column.addLayout(row)
        self.verify_result = result_label()
        column.addWidget(self.verify_result)
        self.problems = QPlainTextEdit(readOnly=True)
        self.problems.setMaximumHeight(self.fontMetrics().height() * 6)
        self.problems.setVisible(False)
        column.addWidget(self.problems)
        layout.addWidget(check)

        basket = QGroupBox(self.tr("Correction du panier"))
        column = QVBoxLayout(basket)
        self.basket_text = QLabel("—")
        self.basket_text.setWordWrap(True)
        column.addWidget(self.basket_text)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("&Corriger le panier…"))
        self.correct_button.clicked.connect(self.correct)
        self.correct_button.setEnabled(False)  # until the balance is read
        row.addWidget(self.correct_button)
        context.writes(self.correct_button)
        row.addStretch(1)
        column.addLayout(row)
        self.correct_result = result_label()
        column.addWidget(self.correct_result)
        layout.addWidget(basket)
        layout.addStretch(1)

    def refresh(self) -> None:
        context = self.context
        now = context.now()
        self.page.run_latest("basket", lambda: services.status(context.db, context.actor, now)
                             .balance, self._show_balance)

    def _show_balance(self, balance: int) -> None:
        self.balance = balance
        self.basket_text.setText(labels.count(balance, self.tr(
            "Le panier contient {n} crédit. Une correction (une erreur de saisie, un "
            "geste commercial) s'ajoute au grand livre avec son motif\u00a0; elle ne modifie "
            "rien de ce qui y est."), self.tr(
            "Le panier contient {n} crédits. Une correction (une erreur de saisie, un "
            "geste commercial) s'ajoute au grand livre avec son motif\u00a0; elle ne modifie "
            "rien de ce qui y est.")))
        self.correct_button.setEnabled(True)

    # --- backup ---------------------------------------------------------------------------

    def backup(self) -> None:
        context = self.context
        day = fmt.local_day(context.now()).strftime("%Y%m%d")
        suggested = str(Path(backups_folder(context.db)) / f"deepetch-{day}.sqlite3")
        target = ask_backup_target(self, suggested)
        if not target:
            return
        self.backup_button.setEnabled(False)
        show_result(self.backup_result, self.tr("Sauvegarde en cours…"))

        def done(result: BackupResult) -> None:
            self.backup_button.setEnabled(True)
            show_result(self.backup_result, self.tr(
                "Sauvegarde écrite dans {path} ({size}).").format(
                    path=result.path, size=fmt.locale().formattedDataSize(result.bytes)))

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_result(self.backup_result, self.tr("Aucune sauvegarde écrite\u00a0: {error}")
                        .format(error=context.describe(error)), failed=True)

        # The file dialog asked before replacing a file: an older backup may be replaced.
        self.page.run(lambda: services.backup(context.db, context.actor, target, replace=True),
                      done, failed)

    # --- integrity ------------------------------------------------------------------------

    def verify(self) -> None:
        context = self.context
        self.verify_button.setEnabled(False)
        self.problems.setVisible(False)
        show_result(self.verify_result, self.tr("Vérification en cours…"))

        def done(report: AuditReport) -> None:
            self.verify_button.setEnabled(True)
            if report.ok:
                show_result(self.verify_result, labels.count(report.balance, self.tr(
                    "Tout est en ordre\u00a0: le solde du panier ({n} crédit) est la "
                    "somme du grand livre, et rien n'a été réécrit."), self.tr(
                    "Tout est en ordre\u00a0: le solde du panier ({n} crédits) est la "
                    "somme du grand livre, et rien n'a été réécrit.")))
                return
            show_result(self.verify_result, labels.count(
                len(report.problems), self.tr("{n} problème trouvé\u00a0:"),
                self.tr("{n} problèmes trouvés\u00a0:")), failed=True)
            self.problems.setPlainText("\n".join(report.problems))
            self.problems.setVisible(True)

        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_result(self.verify_result, context.describe(error), failed=True)

        self.page.run(lambda: services.verify(context.db, context.actor), done, failed)

    # --- correction -----------------------------------------------------------------------

    def correct(self) -> None:
        if self.balance is None:
            return
        dialog = CorrectionDialog(self.balance, self)
        self.page.open_saving(dialog, lambda: self._save_correction(dialog))

    def _save_correction(self, dialog: CorrectionDialog) -> Save[CorrectionResult]:
        credits, reason, context = dialog.credits(), dialog.reason_text(), self.context
        now = context.now()

        def saved(result: CorrectionResult) -> None:
            self._show_balance(result.balance)
            show_result(self.correct_result, self.tr(
                "Correction de {credits} crédits enregistrée\u00a0: le panier en contient "
                "{balance}.").format(credits=fmt.credits(result.credits) if result.credits < 0
                                     else "+" + fmt.credits(result.credits),
                                     balance=fmt.credits(result.balance)))
            context.events.announce(Topic.BASKET, Topic.JOURNAL)

        return Save(lambda: services.correct_basket(context.db, context.actor, credits, reason,
                                                    now=now), saved)
