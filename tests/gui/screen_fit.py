"""Does the main window, and every dialog of tests/gui/dialog_factories.py, fit the screen?

Run in its own process, on the screen the platform gives (Xvfb's, or the offscreen one of a
JSON config: QT_QPA_PLATFORM="offscreen:configfile=screen.json"), with QT_SCALE_FACTOR as set:

    python tests/gui/screen_fit.py [--font-scale 1.4] [--lang en]

Prints one JSON object: the screen's available area and, for the window, each page and each
dialog, its frame geometry and whether it lies inside the area (for a page: whether its content
fits the window's width, with no horizontal scrolling). Exit status 0 when everything fits.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dialog_factories import FACTORIES, Scene  # noqa: E402
from PySide6.QtCore import QCoreApplication, QRect, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402
from deepetch_desktop.gui.app import build_window, make_application  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _settle(app: QApplication, seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def _frame(widget: QWidget, area: QRect, name: str) -> dict[str, Any]:
    frame = widget.frameGeometry()
    return {"name": name, "frame": _rect(frame), "fits": area.contains(frame)}


def check(font_scale: float, lang: str) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="deepetch-fit-"))
    QCoreApplication.setOrganizationName("DeepetchScreenFit")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = make_application(["screen-fit"], lang)
    if font_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    db = bootstrap.open_database(f"sqlite:///{folder}/demo.db")
    services.create_demo(db, NOW)
    window = build_window(db, clock=lambda: NOW, lang=lang, schedule=False)
    window.show()
    scene = Scene(window)
    scene.wait(lambda: window.pages[0].loaded)
    _settle(app, 0.3)
    screen = window.screen()
    area = screen.availableGeometry()
    facts = {"platform": app.platformName(), "screen": _rect(screen.geometry()),
             "available": _rect(area), "ratio": screen.devicePixelRatio()}
    results = [_frame(window, area, "main-window")]
    for number, page in enumerate(window.pages):
        window.show_page(number)
        scene.wait(lambda page=page: page.loaded)  # type: ignore[misc]
        scene.settle()
        _settle(app)
        holder = window.stack.currentWidget()
        assert isinstance(holder, QScrollArea)
        bar = holder.horizontalScrollBar()
        results.append({"name": f"page-{page.help_topic()}", "frame": _rect(holder.geometry()),
                        "fits": bar.maximum() == 0, "overflow": bar.maximum()})
    for name, factory in FACTORIES.items():
        dialog = factory(scene)
        if not dialog.isVisible():
            dialog.show()
        _settle(app)
        results.append(_frame(dialog, area, name))
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
        _settle(app)
    window.close()
    db.dispose()
    return {**facts, "checked": results}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    options = parser.parse_args(argv)
    report = check(options.font_scale, options.lang)
    print(json.dumps(report))
    return 0 if all(item["fits"] for item in report["checked"]) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
