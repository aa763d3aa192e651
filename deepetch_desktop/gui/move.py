"""« Fichier › Déplacer le compte sur un serveur… » (issue 16): `migrate-to` from the window.

The ticker is stopped first (nothing is written into the file while it is copied); once the
copy is verified the file is marked as moved, so the window closes, saying where the account
now lives: the application is started again with that address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deepetch_desktop import services
from deepetch_desktop.services import MigrationResult

from .dialogs.common import Save
from .dialogs.migrate import MoveToServerDialog

if TYPE_CHECKING:
    from .window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("move", text)


def inform(parent: QWidget, text: str) -> None:
    """The result, in one sentence (tests replace this function)."""
    QMessageBox.information(parent, _t("Déplacer le compte sur un serveur"), text)


def move_to_server(window: MainWindow) -> MoveToServerDialog | None:
    """Open the dialog (None on a server already: there is nothing to move)."""
    context = window.context
    if not getattr(context.db, "file_path", None):
        window.say(_t("Ce compte est déjà sur un serveur."))
        return None
    dialog = MoveToServerDialog(str(context.db.location), window)

    def make() -> Save[MigrationResult]:
        url, password = dialog.url(), dialog.password()
        window.stop_schedule()

        def work() -> MigrationResult:
            return services.migrate_to(context.db, context.actor, url, password=password)

        def done(result: MigrationResult) -> None:
            inform(window, _t(
                "Le compte est désormais sur {target} ({rows} lignes copiées, vérifiées). "
                "Deepetch Desktop va se fermer\u00a0: relancez-le avec cette adresse "
                "(--db ou DEEPETCH_DATABASE_URL).").format(target=result.target,
                                                            rows=result.rows))
            window.restored = True
            window.close()

        return Save(work, done)

    dialog.rejected.connect(window.resume_schedule)  # given up: the ticker goes on
    dialog.save_with(context.runner, context.describe, make)
    dialog.open()
    return dialog
