"""PNGs of the real window over the demo: every page, and every dialog of
tests/gui/dialog_factories.py over its page, as the screen shows them.

Usage, on a 1366 × 768 X server (what the README's pictures are):

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py [OUT] [--lang en] [--all]

Without --all: the README's pictures into OUT (default docs/screenshots/). With --all: every
page and every dialog into OUT as <lang>-page-<page>.png and <lang>-dialog-<name>.png, to look
at. The window takes the screen's available area, as maximised; on X11 the pictures are grabs
of the screen (dialogs where the window system put them). PNGs are reduced to 256 colours.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "gui"))

from dialog_factories import FACTORIES, Scene  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QSettings  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402
from deepetch_desktop.gui.app import build_window, make_application  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
PAGES = ["dashboard", "credits", "invoices", "tasks", "reports", "settings", "journal"]
# The README's dialogs, over their page: (file, factory, what is typed or chosen first).
README_DIALOGS = {"20-settings-modify-limits": "modify-limits", "21-credits-buy": "buy-credits",
                  "22-tasks-refused": "new-task"}


def pause(app: QApplication, seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shot(app: QApplication, window: QWidget) -> QPixmap:
    """The screen as it is (X11), else the window alone with its dialogs painted by Qt."""
    pause(app)
    screen = window.screen()
    if app.platformName() == "xcb":
        area = screen.availableGeometry()
        return screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    return window.grab()


def save(picture: QPixmap, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(path)


def _refused_task(scene: Scene, dialog: QDialog) -> None:
    """« Nouvelle tâche » for a sub-account whose limit is too small: the refusal shown."""
    try:
        services.submit_task(scene.db, services.ADMINISTRATOR, sub_account=5,
                             service_code="TRAD_DOC", units=100, now=NOW)
    except Exception as error:  # noqa: BLE001 - the refusal is what is shown
        task = dialog
        task.select_sub_account(5)  # type: ignore[attr-defined]
        service = task.service  # type: ignore[attr-defined]
        service.setCurrentIndex(service.findData("TRAD_DOC"))
        task.units.setValue(100)  # type: ignore[attr-defined]
        scene.settle()
        task.show_refusal(services.describe(error))  # type: ignore[attr-defined]


PREPARE: dict[str, Callable[[Scene, QDialog], None]] = {"new-task": _refused_task}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--font-scale", type=float, default=1.0, help="the system font, larger")
    options = parser.parse_args(argv)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="deepetch-shots-")
    QCoreApplication.setOrganizationName("DeepetchScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    app = make_application(["screenshots"], options.lang)
    if options.font_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * options.font_scale)
        app.setFont(font)
    db = bootstrap.open_database(f"sqlite:///{folder}/demo.db")
    services.create_demo(db, NOW)
    window = build_window(db, clock=lambda: NOW, lang=options.lang)
    window.show()
    window.setGeometry(window.screen().availableGeometry())  # as maximised, without a WM
    scene = Scene(window)
    scene.wait(lambda: window.last_catch_up is not None)  # the start-up catch-up
    scene.settle()
    prefix = f"{options.lang}-" if options.all else ""
    for number, name in enumerate(PAGES):
        scene.page(name)
        if name == "invoices":
            window.invoices.table.select_where(lambda i: i.left_cents > 0)
        if name == "settings":
            window.settings.table.select_where(lambda s: s.name == "Camille Martin")
        scene.settle()
        save(shot(app, window), out / (f"{prefix}page-{name}.png" if options.all
                                       else f"{number + 1:02d}-{name}.png"))
    wanted = {name: f"{prefix}dialog-{name}" for name in FACTORIES} if options.all else {
        factory: file for file, factory in README_DIALOGS.items()}
    for name, file in wanted.items():
        dialog = FACTORIES[name](scene)
        if not dialog.isVisible():
            dialog.show()
        if isinstance(dialog, QDialog) and name in PREPARE:
            PREPARE[name](scene, dialog)
        scene.settle()
        save(shot(app, window), out / f"{file}.png")
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
        pause(app)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
