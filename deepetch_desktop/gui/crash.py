"""Unexpected errors in the window: written to the log and said in one sentence, never lost."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import bootstrap
from ..domain.urls import masked_url

LOG_FILE = "deepetch-desktop.log"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"]+")
log = logging.getLogger("deepetch.gui")


def _t(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def log_file() -> Path:
    return bootstrap.log_folder() / LOG_FILE


def crash_sentence(error: BaseException, where: Path | None) -> str:
    """What the person reads: what happened, that nothing was saved half, where the detail is."""
    name = type(error).__name__
    if where is None:
        return _t("Une erreur inattendue s'est produite ({name}). Ce qui était enregistré "
                  "l'est resté\u00a0; recommencez l'opération.").format(name=name)
    return _t("Une erreur inattendue s'est produite ({name}). Ce qui était enregistré "
              "l'est resté\u00a0; recommencez l'opération. Le détail est dans {file}.").format(
        name=name, file=str(where))


def report(kind: type[BaseException], error: BaseException,
           trace: TracebackType | None) -> Path | None:
    """Append the traceback to the log file (masking database passwords); its path, or None
    when it cannot be written (a full disk must not turn one error into two)."""
    text = _URL.sub(lambda m: masked_url(m.group(0)),
                    "".join(traceback.format_exception(kind, error, trace)))
    try:
        path = log_file()
        with open(path, "a", encoding="utf-8") as out:
            out.write(text + "\n")
        path.chmod(0o600)
        return path
    except OSError:
        return None


def install(show: Callable[[str], None] | None = None) -> None:
    """Route exceptions that reach the event loop (a slot, a virtual method) to the log and a
    message box, instead of stderr, which a bundled GUI has not."""

    def shown(sentence: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            QMessageBox.critical(app.activeWindow(), _t("Erreur inattendue"), sentence)

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        where = report(kind, error, trace)
        log.error("unexpected error", exc_info=(kind, error, trace))
        (show or shown)(crash_sentence(error, where))

    sys.excepthook = hook
