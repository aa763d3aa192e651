"""Save a PNG of every main page and each dialog, with the demo data, offscreen.

Usage: python scripts/screenshots.py [OUTPUT_DIR]   (default docs/screenshots/)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402
from deepetch_desktop.gui.app import build_window, make_application  # noqa: E402
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog  # noqa: E402
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog  # noqa: E402
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog  # noqa: E402
from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def settle(app: QApplication, window: object, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    runner = window.context.runner  # type: ignore[attr-defined]
    while time.monotonic() < end:
        app.processEvents()
        if not runner.busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(["screenshots"])
    folder = tempfile.mkdtemp(prefix="deepetch-shots-")
    db = bootstrap.open_database(f"sqlite:///{folder}/demo.db")
    services.create_demo(db, NOW)
    window = build_window(db, clock=lambda: NOW)
    window.resize(1280, 800)
    window.show()
    names = ["dashboard", "credits", "invoices", "tasks", "reports", "settings", "journal"]
    for number, name in enumerate(names):
        window.show_page(number)
        settle(app, window)
        save(window, out / f"{number + 1:02d}-{name}.png")
    settings = window.settings
    settings.table.select_where(lambda s: s.name == "Camille Martin")
    settle(app, window)
    settings.modify_limits()
    dialog = settings.dialog
    dialog.ui.kindCombo.setCurrentIndex(2)  # the reset warning shows
    settle(app, window)
    save(dialog, out / "10-dialog-modify-limits.png")
    dialog.ui.amountEdit.setText("0")
    save(dialog, out / "11-dialog-modify-limits-invalid.png")
    dialog.reject()
    profile = SubAccountDialog(settings.selected(), window)
    profile.show()
    save(profile, out / "12-dialog-profile.png")
    profile.reject()
    window.show_page(1)
    window.credits.buy()
    settle(app, window)
    settle(app, window)
    save(window.credits.dialog, out / "13-dialog-buy-credits.png")
    window.credits.dialog.reject()
    window.show_page(3)
    window.tasks.new_task()
    settle(app, window)
    task = window.tasks.dialog
    task.select_sub_account(5)
    task.service.setCurrentIndex(task.service.findData("TRAD_DOC"))
    task.units.setValue(100)
    settle(app, window)
    task.show_refusal(services.describe(_refusal(db)))
    save(task, out / "14-dialog-new-task-refused.png")
    task.reject()
    invoice = next(i for i in services.list_invoices(db, NOW) if i.left_cents)
    for number, dialog in ((15, PaymentDialog(invoice, NOW.date(), window)),
                           (16, CreditNoteDialog(invoice, window))):
        dialog.show()
        app.processEvents()
        save(dialog, out / f"{number}-dialog-{type(dialog).__name__.lower()}.png")
        dialog.reject()
    wizard = FirstStartDialog()
    wizard.show()
    app.processEvents()
    save(wizard, out / "17-dialog-first-start.png")
    window.settings.table.select_where(lambda s: True)
    window.context.runner.wait()
    window.close()
    assert ModifyLimitsDialog  # the dialog class screenshot 10 shows
    return 0


def _refusal(db: object) -> Exception:
    try:
        services.submit_task(db, services.ADMINISTRATOR, sub_account=5,
                             service_code="TRAD_DOC", units=100, now=NOW)
    except Exception as error:  # noqa: BLE001 - the refusal is what we show
        return error
    return RuntimeError("accepted")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
