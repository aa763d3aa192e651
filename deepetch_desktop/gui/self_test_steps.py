"""The steps of the self-test, each a function that returns what it found or raises."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from deepetch_desktop import bootstrap, services
from deepetch_desktop.resources_path import resource
from deepetch_desktop.services import Database
from deepetch_desktop.services.database_check import check_database
from deepetch_desktop.services.results import ADMINISTRATOR

# A made-up company whose SIREN passes the Luhn check (the INSEE's own example).
COMPANY = {"name": "Autotest Deepetch", "siren": "552100554", "legal_form": "SAS",
           "address": "1 rue de l'Essai\n75001 Paris\nFrance", "email": "autotest@example.com",
           "einvoicing_address": "552100554"}
PACK = "EQUIPE"

if TYPE_CHECKING:  # Qt is imported only once the steps before the window have passed
    from PySide6.QtCore import QCoreApplication


class SelfTestFailure(Exception):
    """A step found something wrong that raised nothing by itself."""


@dataclass(frozen=True)
class EmbeddedXml:
    """The Factur-X XML as found inside the invoice's PDF."""

    filename: str
    xml: bytes


def open_temporary(folder: Path) -> Database:
    """A new SQLite database in `folder`, created by the Alembic migrations."""
    return bootstrap.open_database(f"sqlite:///{folder / 'self-test.sqlite3'}")


def create_company(db: Database, now: datetime) -> str:
    view = services.init_company(db, ADMINISTRATOR, now=now, **COMPANY)
    return view.name


def approve_terms(db: Database, now: datetime) -> str:
    view = services.approve_terms(db, ADMINISTRATOR, now)
    return str(view.terms_approved_by)


def buy_pack(db: Database, now: datetime) -> str:
    result = services.buy(db, ADMINISTRATOR, PACK, 1, now=now)
    return result.invoice_number


def invoice_pdf(db: Database, number: str, now: datetime) -> EmbeddedXml:
    """Render the invoice and take its Factur-X attachment back out of the PDF."""
    import facturx

    pdf = services.invoice_pdf(db, ADMINISTRATOR, number, now)
    if not pdf.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{number}: not a PDF")
    filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    if not xml:
        raise SelfTestFailure(f"{number}: no Factur-X XML in the PDF")
    return EmbeddedXml(str(filename), bytes(xml))


def check_xsd(found: EmbeddedXml) -> str:
    """Factur-X's own XSD (EN 16931 profile), bundled with the package: no network."""
    import facturx

    facturx.xml_check_xsd(found.xml, flavor="factur-x", level="en16931")
    return found.filename


def check_resources() -> str:
    """The files the bundle or wheel must carry, loaded the way the program loads them."""
    from PySide6.QtCore import QTranslator

    missing = [str(resource(*parts)) for parts in (
        ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
        ("styles", "app.qss"), ("icons", "app.svg"),
    ) if not resource(*parts).is_file()]
    if missing:
        raise SelfTestFailure("missing: " + ", ".join(missing))
    catalogue = resource("translations", "deepetch_en.qm")
    if not QTranslator().load(str(catalogue)):
        raise SelfTestFailure(f"cannot load {catalogue}")
    return str(resource())


def _wait(app: QCoreApplication, done: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def show_window(db: Database, timeout_s: float) -> str:
    """Build the main window over `db` without showing it on a screen, load every page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from .app import build_window, make_application
    from .icons import icon

    # The program's own application (style, translations) unless a caller made one already
    # (a test in-process): that one is used as it is.
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else make_application(
        [sys.argv[0] if sys.argv and sys.argv[0] else "deepetch-desktop"])
    platform = app.platformName()
    if icon("app").isNull():
        raise SelfTestFailure("the application icon (SVG) does not render")
    window = build_window(db, schedule=False)
    messages: list[str] = []
    window.context.events.message.connect(messages.append)
    window.context.runner.failed.connect(lambda error: messages.append(str(error)))
    # Shown (so pages load as they would) but never drawn on a real screen.
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    try:
        for number, page in enumerate(window.pages):
            window.show_page(number)
            if not _wait(app, partial(getattr, page, "loaded"), timeout_s):
                why = page.message_bar.message() or (
                    messages[-1] if messages else f"not loaded after {timeout_s:.0f} s")
                raise SelfTestFailure(f"page “{page.title}”: {why}")
    finally:
        window.shutdown()
        window.hide()  # not close(): closing would save the geometry in the user's settings
        window.deleteLater()
        app.processEvents()
    return f"{len(window.pages)} pages, Qt {platform}"


def look_at(url: str) -> str:
    """Read-only: the schema state and the company of the database at `url`."""
    found = check_database(url)
    words = {"absent": "no database yet: created at first start",
             "empty": "empty: initialised at first start",
             "older": "older schema: migrated at next start",
             "current": "schema up to date"}
    company = f", company “{found.company}”" if found.company else ""
    return f"{found.dialect}, {words[found.schema]}{company}"
