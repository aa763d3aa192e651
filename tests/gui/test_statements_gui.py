"""« Relevés… » on Rapports (issue 15): a month's statements written from the window, one PDF
per department, their totals read back equal to the month's report; a folder that does not
exist is said in the dialog, which stays open with what was chosen."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from gui_helpers import idle
from pypdf import PdfReader
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.statements import StatementsDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _dialog(qtbot: Any, window: Any) -> StatementsDialog:
    window.show_page(window.pages.index(window.reports))
    page = window.reports
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    qtbot.mouseClick(page.statements_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(StatementsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _totals(path: Path) -> tuple[int, Decimal]:
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    credits = re.search(r"Crédits consommés ([\d ]+?) Total", text)
    value = re.search(r"Total à refacturer HT ([\d ]+,\d\d) €", text)
    assert credits and value, text
    return (int(re.sub(r"\D", "", credits[1])),
            Decimal(value[1].replace(" ", "").replace(",", ".")))


def test_a_months_statements_from_the_window(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    dialog.month.setCurrentIndex(dialog.month.findData("2026-11"))
    dialog.by.setCurrentIndex(dialog.by.findData("department"))
    dialog.folder.setText(str(tmp_path))
    assert dialog.grab().save(str(tmp_path.parent / "statements-dialog.png"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "relevés écrits dans" in window.message(),
                    timeout=20_000)
    idle(qtbot, window)
    report = services.usage_report(window.context.db, ADMIN, *services.month_period("2026-11"),
                                   "department")
    files = sorted(tmp_path.glob("releve-2026-11-*.pdf"))
    assert len(files) == len(report.lines) > 1
    read = [_totals(path) for path in files]
    assert sum(c for c, _ in read) == report.total_credits
    assert sum(v for _, v in read) == Decimal(report.total_value_cents) / 100
    assert str(tmp_path) in window.message()


def test_a_missing_folder_is_said_in_the_dialog(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    missing = tmp_path / "absent"
    dialog.folder.setText(str(missing))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "n'existe pas" in dialog.error.text() or "dossier" in dialog.error.text().lower()
    assert dialog.isVisible() and dialog.folder.text() == str(missing) and dialog.ok.isEnabled()
    assert not missing.exists()
    dialog.reject()
