"""« Restaurer une sauvegarde… »: choose a backup, confirm what it undoes, restore it off the GUI
thread, then close so that the application starts again on the restored database.

Closing is the honest simple option: every page, model and cache was read from the database
being replaced, and the replaced file is refused for writing anyway (its inode changed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from deepetch_desktop import services
from deepetch_desktop.services import RestoreResult

from .dialogs.common import confirm

if TYPE_CHECKING:
    from .window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("restore", text)


def ask_backup_file(parent: QWidget, folder: str) -> str:
    """The backup chosen; '' when cancelled (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, _t("Restaurer une sauvegarde"), folder,
        _t("Sauvegardes Deepetch (*.sqlite3 *.sqlite3.*);;Tous les fichiers (*)"))
    return path


def confirm_restore(parent: QWidget, backup: str, location: str) -> bool:
    """Say what the restore undoes before doing it (tests replace this function)."""
    return confirm(parent, _t("Restaurer une sauvegarde"), _t(
        "Remplacer la base {location} par la sauvegarde {backup}\u202f?\n\n"
        "Tout ce qui a été enregistré depuis cette sauvegarde (achats, tâches, factures, "
        "paiements) ne sera plus dans la base. La base actuelle est gardée à côté d'elle sous "
        "un nom daté. Deepetch Desktop se fermera ensuite\u00a0: relancez-le.").format(
            location=location, backup=backup), _t("Restaurer"))


def inform(parent: QWidget, text: str, *, failed: bool = False) -> None:
    """The result, in one sentence (tests replace this function)."""
    title = _t("Restaurer une sauvegarde")
    if failed:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def backups_folder(db: object) -> str:
    """Where the daily backups are, else the database's folder, else the home folder."""
    file_path = getattr(db, "file_path", None)
    if not file_path:
        return str(Path.home())
    folder = Path(file_path).parent
    return str(folder / "backups" if (folder / "backups").is_dir() else folder)


def restore_backup(window: MainWindow) -> None:
    """The whole action, from the menu."""
    context = window.context
    db = context.db
    if not getattr(db, "file_path", None):
        inform(window, _t("Cette base est sur un serveur\u00a0: restaurez-la avec les outils du "
                          "serveur (pg_restore)."), failed=True)
        return
    chosen = ask_backup_file(window, backups_folder(db))
    if not chosen or not confirm_restore(window, chosen, str(db.location)):
        return
    # Our own connections (the ticker's included) would make the database "in use".
    window.restoring = True
    window.stop_schedule()
    now = context.now()

    def work() -> RestoreResult:
        db.dispose()
        return services.restore(db.url, chosen, now)

    def done(result: RestoreResult) -> None:
        kept = (_t(" La base remplacée est gardée dans {kept}.").format(kept=result.kept)
                if result.kept else "")
        inform(window, _t("La sauvegarde {backup} a été restaurée.{kept} Deepetch Desktop va "
                          "se fermer\u00a0: relancez-le pour travailler sur la base "
                          "restaurée.").format(backup=result.backup, kept=kept))
        window.restored = True
        window.close()

    def failed(error: BaseException) -> None:
        window.restoring = False
        window.resume_schedule()
        inform(window, _t("Rien n'a été restauré\u00a0: {error}").format(
            error=context.describe(error)), failed=True)

    window.say(_t("Restauration de la sauvegarde en cours…"))
    context.runner.run(work, done, failed, owner=window)
