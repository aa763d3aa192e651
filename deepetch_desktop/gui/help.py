"""F1: a short help page per screen, shipped in resources/help in French and English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from deepetch_desktop.resources_path import resource

from .screen import fit_dialog


def help_file(topic: str, lang: str) -> Path:
    """resources/help/<topic>.<lang>.html; the French one when there is none in `lang`, the
    general page when the screen has none."""
    for name in (f"{topic}.{lang}.html", f"{topic}.fr.html", f"index.{lang}.html",
                 "index.fr.html"):
        path = resource("help", name)
        if path.exists():
            return path
    raise FileNotFoundError(resource("help", f"{topic}.{lang}.html"))


class HelpDialog(QDialog):
    """The help page of one screen, its links to the other pages followed in place."""

    def __init__(self, topic: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setSource(QUrl.fromLocalFile(str(help_file(topic, lang))))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
        fit_dialog(self)

    def html(self) -> str:
        return self.browser.toHtml()


def show_help(parent: QWidget, topic: str, lang: str) -> HelpDialog:
    """Open the help of `topic`, not modal (the page stays usable beside it)."""
    dialog = HelpDialog(topic, lang, parent)
    dialog.show()
    return dialog
