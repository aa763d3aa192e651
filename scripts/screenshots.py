"""Save a PNG of every main page and each dialog, with the demo data, offscreen.

Usage: python scripts/screenshots.py [OUTPUT_DIR]   (default docs/screenshots/)

Pages are shot once the start-up catch-up has run (its notifications on the dashboard); the
20-29 shots show a dialog over its page, as a person sees it. PNGs are reduced to 256 colours.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from deepetch_desktop import (
    bootstrap,  # noqa: E402
    services,  # noqa: E402
)
from deepetch_desktop.gui.app import build_window, make_application  # noqa: E402
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog  # noqa: E402
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog  # noqa: E402
from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def wait(app: QApplication, done: Callable[[], bool], seconds: float = 20) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def settle(app: QApplication, window: object) -> None:
    """Until the background work is done and its results are painted."""
    wait(app, lambda: not window.context.runner.busy)  # type: ignore[attr-defined]


def save(picture: QWidget | QPixmap, path: Path) -> None:
    pixmap = picture if isinstance(picture, QPixmap) else picture.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(path)


def over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog in front of it, centred, as a window-modal one."""
    picture = window.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    corner = picture.rect().center() - front.rect().center()
    frame = QRect(corner, front.size()).adjusted(-1, -1, 1, 1)
    painter.fillRect(frame.translated(QPoint(3, 4)), QColor(0, 0, 0, 60))  # a soft shadow
    painter.fillRect(frame, QColor(120, 120, 120))
    painter.drawPixmap(corner, front)
    painter.end()
    return picture


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
    wait(app, lambda: window.last_catch_up is not None)  # the start-up catch-up
    settle(app, window)
    invoice = next(i for i in services.list_invoices(db, services.ADMINISTRATOR, NOW)
                   if i.left_cents)
    select = {
        "invoices": lambda: window.invoices.table.select_where(
            lambda i: i.number == invoice.number),
        "settings": lambda: window.settings.table.select_where(
            lambda s: s.name == "Camille Martin"),
    }
    names = ["dashboard", "credits", "invoices", "tasks", "reports", "settings", "journal"]
    for number, name in enumerate(names):
        window.show_page(number)
        settle(app, window)
        if name in select:
            select[name]()
            settle(app, window)
        save(window, out / f"{number + 1:02d}-{name}.png")
    settings = window.settings
    window.show_page(5)
    settings.tabs.setCurrentWidget(settings.mail)
    settle(app, window)
    save(window, out / "08-settings-email.png")
    settings.mail.edit_smtp()
    settle(app, window)
    save(settings.dialog, out / "18-dialog-smtp.png")
    settings.dialog.reject()
    settings.tabs.setCurrentIndex(0)
    settle(app, window)
    settings.modify_limits()
    dialog = settings.dialog
    dialog.ui.kindCombo.setCurrentIndex(2)  # the reset warning shows
    settle(app, window)
    save(dialog, out / "10-dialog-modify-limits.png")
    save(over(window, dialog), out / "20-settings-modify-limits.png")
    dialog.ui.amountEdit.setText("0")
    save(dialog, out / "11-dialog-modify-limits-invalid.png")
    dialog.reject()
    profile = SubAccountDialog(settings.selected(), window)
    profile.show()
    save(profile, out / "12-dialog-profile.png")
    profile.reject()
    window.show_page(1)
    settle(app, window)
    window.credits.buy()
    settle(app, window)
    buy = window.credits.dialog
    buy.select_pack("ENTREPRISE")
    settle(app, window)
    save(buy, out / "13-dialog-buy-credits.png")
    save(over(window, buy), out / "21-credits-buy.png")
    buy.reject()
    window.show_page(3)
    settle(app, window)
    window.tasks.new_task()
    settle(app, window)
    task = window.tasks.dialog
    task.select_sub_account(5)
    task.service.setCurrentIndex(task.service.findData("TRAD_DOC"))
    task.units.setValue(100)
    settle(app, window)
    task.show_refusal(services.describe(_refusal(db)))
    save(task, out / "14-dialog-new-task-refused.png")
    save(over(window, task), out / "22-tasks-refused.png")
    task.reject()
    for number, other in ((15, PaymentDialog(invoice, NOW.date(), window)),
                          (16, CreditNoteDialog(invoice, window))):
        other.show()
        app.processEvents()
        save(other, out / f"{number}-dialog-{type(other).__name__.lower()}.png")
        other.reject()
    wizard = FirstStartDialog()
    wizard.show()
    app.processEvents()
    save(wizard, out / "17-dialog-first-start.png")
    window.close()
    db.dispose()
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
