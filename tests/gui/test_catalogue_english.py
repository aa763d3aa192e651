"""In English the window names the shipped catalogue in English (packs, services, units,
complexities); a name the administrator typed shows as typed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_helpers import NOW
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui import i18n
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.gui.dialogs.new_task import NewTaskDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store.engine import Database


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def _pack_names(dialog: BuyCreditsDialog) -> list[str]:
    model = dialog.packs.model()
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
            for row in range(model.rowCount())]


def test_the_buy_dialog_names_the_shipped_packs_in_english(qtbot: Any, demo_db: Database,
                                                            english: None) -> None:
    services.set_pack(demo_db, ADMIN, "EQUIPE", name="Équipe projet", credits=2000,
                      price_cents=18_000, active=True, now=NOW)
    dialog = BuyCreditsDialog(services.list_packs(demo_db, ADMIN), True, "compta@exemple.fr")
    qtbot.addWidget(dialog)
    names = _pack_names(dialog)
    assert "Discovery" in names and "Key account" in names and "Équipe projet" in names
    assert "Découverte" not in names


def test_the_buy_dialog_keeps_french_in_french(qtbot: Any, demo_db: Database) -> None:
    dialog = BuyCreditsDialog(services.list_packs(demo_db, ADMIN), True, "compta@exemple.fr")
    qtbot.addWidget(dialog)
    assert "Découverte" in _pack_names(dialog)


def test_the_task_dialog_names_services_units_and_levels_in_english(
        qtbot: Any, demo_db: Database, english: None) -> None:
    form = services.task_form(demo_db, ADMIN, NOW)
    dialog = NewTaskDialog(form.sub_accounts, form.services, form.complexities)
    qtbot.addWidget(dialog)
    offered = [dialog.service.itemText(i) for i in range(dialog.service.count())]
    levels = [dialog.complexity.itemText(i) for i in range(dialog.complexity.count())]
    assert any("Proofreading" in text and "1,000 characters" in text for text in offered)
    assert any(text.startswith("Technical") for text in levels)
    assert not any("Relecture" in text or "caractères" in text for text in offered)
