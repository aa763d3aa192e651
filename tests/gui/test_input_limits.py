"""The dialogs take their maximum lengths from the one table the services check."""

from __future__ import annotations

from deepetch_desktop.domain.text import LIMITS
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog
from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog


def test_dialogs_use_the_table_of_limits(qtbot):  # type: ignore[no-untyped-def]
    dialog = SubAccountDialog()
    qtbot.addWidget(dialog)
    assert [edit.maxLength() for edit in (dialog.name, dialog.email, dialog.department,
                                          dialog.phone, dialog.role)] == [
        LIMITS[f].length for f in ("name", "email", "department", "phone", "role")]
    wizard = FirstStartDialog()
    qtbot.addWidget(wizard)
    assert wizard.name.maxLength() == LIMITS["company"].length
