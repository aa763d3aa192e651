"""The path of the original text: Tableau de bord → Paramètres → sub-account → Modifier les
limites; and the limits dialog's in-place validation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle, select_row
from PySide6.QtCore import QPoint, Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _open_limits(qtbot: Any, win: Any, name: str) -> ModifyLimitsDialog:
    click_sidebar(qtbot, win, 5)
    page = win.settings
    assert win.current_page() is page
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, page.table, lambda s: s.name == name)
    assert page.selected().name == name
    qtbot.mouseClick(page.limits_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ModifyLimitsDialog))
    return page.dialog  # type: ignore[return-value]


def test_monthly_to_fixed_from_the_dashboard(qtbot: Any, window: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(ModifyLimitsDialog, "confirm_reset",
                        classmethod(lambda cls, parent, name, used: asked.append((name, used))
                                    or True))
    assert window.current_page() is window.dashboard
    before = services.get_sub_account(window.context.db, ADMIN, "camille.martin@atelier-lumiere.fr",
                                      NOW)
    assert before.limit_kind == "monthly" and before.used > 0
    dialog = _open_limits(qtbot, window, "Camille Martin")
    assert dialog.ui.kindCombo.currentIndex() == 1
    assert not dialog.ui.resetWarning.isVisible()
    dialog.ui.kindCombo.setCurrentIndex(2)  # Limite fixe
    assert dialog.ui.resetWarning.isVisible()
    assert "remet à 0" in dialog.ui.resetWarning.text()
    dialog.ui.amountEdit.clear()
    qtbot.keyClicks(dialog.ui.amountEdit, "4000")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == [("Camille Martin", before.used)]
    page = window.settings

    def shown() -> Any:
        rows = [page.model.row_value(r) for r in range(page.model.rowCount())]
        return next(s for s in rows if s.id == before.id)

    qtbot.waitUntil(lambda: shown().limit_kind == "fixed", timeout=10_000)
    assert (shown().used, shown().limit_amount, shown().remaining) == (0, 4000, 4000)
    row = next(r for r in range(page.table.proxy.rowCount())
               if page.table.proxy.row_value(r).id == before.id)
    assert page.table.proxy.index(row, 5).data() == "0"
    assert page.table.proxy.index(row, 4).data() == "4\u202f000"
    after = services.get_sub_account(window.context.db, ADMIN, before.id, NOW)
    assert (after.limit_kind, after.limit_amount, after.used) == ("fixed", 4000, 0)
    assert window.message().startswith(
        "Limite enregistrée pour Camille Martin")


def test_refusing_the_reset_keeps_the_dialog_open(qtbot: Any, window: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ModifyLimitsDialog, "confirm_reset",
                        classmethod(lambda cls, parent, name, used: False))
    dialog = _open_limits(qtbot, window, "Camille Martin")
    dialog.ui.kindCombo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    after = services.get_sub_account(window.context.db, ADMIN, "camille.martin@atelier-lumiere.fr",
                                     NOW)
    assert after.limit_kind == "monthly"


def test_cancel_changes_nothing(qtbot: Any, window: Any) -> None:
    before = services.get_sub_account(window.context.db, ADMIN, "lea.dubois@atelier-lumiere.fr",
                                      NOW)
    dialog = _open_limits(qtbot, window, "Léa Dubois")
    dialog.ui.amountEdit.setText("99")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    idle(qtbot, window)
    assert services.get_sub_account(window.context.db, ADMIN, before.id, NOW) == before


def _dialog(qtbot: Any, **changes: Any) -> ModifyLimitsDialog:
    sub = services.results.SubAccountView(
        id=1, name="Camille Martin", email="c@x.fr", department="", phone="", role="",
        privileges=services.Privileges(), status="active", limit_kind="monthly",
        limit_amount=500, limit_from=None, limit_to=None, used=480, remaining=20)
    dialog = ModifyLimitsDialog(sub, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(("text", "message"), [
    ("", "Indiquez un montant en crédits."),
    ("0", "Le montant doit être supérieur à 0."),
    ("-5", "Le montant doit être supérieur à 0."),
    ("12,5", "Le montant doit être un nombre entier de crédits."),
    ("abc", "Le montant doit être un nombre entier de crédits."),
    ("1000000000001", "Le montant est trop grand"),
])
def test_bad_amounts_are_refused_in_place(qtbot: Any, text: str, message: str) -> None:
    dialog = _dialog(qtbot)
    dialog.ui.amountEdit.setText(text)
    assert not dialog.ok_button.isEnabled()
    assert dialog.ui.amountError.isVisible()
    assert dialog.ui.amountError.text().startswith(message)
    assert dialog.ui.amountEdit.property("invalid") is True
    dialog.ui.amountEdit.setText("600")
    assert dialog.ok_button.isEnabled()
    assert not dialog.ui.amountError.isVisible()


def test_period_end_before_start_is_refused_in_place(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.ui.kindCombo.setCurrentIndex(2)
    dialog.ui.fromCheck.setChecked(True)
    dialog.ui.toCheck.setChecked(True)
    dialog.ui.fromDate.setDate(dialog.ui.fromDate.date().addDays(10))
    assert not dialog.ok_button.isEnabled()
    assert dialog.ui.periodError.text() == "La fin de la période est antérieure à son début."
    dialog.ui.toCheck.setChecked(False)
    assert dialog.ok_button.isEnabled()
    request = dialog.request()
    assert request.kind == "fixed" and request.valid_to is None
    assert request.valid_from == date(2026, 11, 30)


def test_amount_only_change_needs_no_confirmation(qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ModifyLimitsDialog, "confirm_reset",
                        classmethod(lambda *a: pytest.fail("no confirmation expected")))
    dialog = _dialog(qtbot)
    dialog.ui.amountEdit.setText("700")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert dialog.request().amount == 700


def test_a_change_of_kind_with_nothing_used_asks_nothing(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ModifyLimitsDialog, "confirm_reset",
                        classmethod(lambda *a: pytest.fail("nothing to reset: no question")))
    sub = services.results.SubAccountView(
        id=1, name="Camille Martin", email="c@x.fr", department="", phone="", role="",
        privileges=services.Privileges(), status="active", limit_kind="monthly",
        limit_amount=500, limit_from=None, limit_to=None, used=0, remaining=500)
    dialog = ModifyLimitsDialog(sub, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("fixed"))
    assert not dialog.ui.resetWarning.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_an_amount_below_what_is_used_is_said_not_refused(qtbot: Any) -> None:
    dialog = _dialog(qtbot)  # 480 used this month
    dialog.ui.amountEdit.setText("300")
    assert dialog.ui.resetWarning.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.ui.resetWarning.text() == (
        "«\u00a0Camille Martin\u00a0» a déjà utilisé 480 crédits ce mois-ci\u00a0: avec cette "
        "limite, il ne pourra plus rien utiliser avant le mois prochain.")
    dialog.ui.amountEdit.setText("480")
    assert not dialog.ui.resetWarning.isVisible()
