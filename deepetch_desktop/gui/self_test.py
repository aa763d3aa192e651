"""`deepetch-desktop --self-test`: a purchase, its Factur-X invoice and the main window, offscreen.

Everything runs in a temporary SQLite database, removed afterwards, so the check can run on a
workstation in use without touching its data. With a database URL, that database is only
looked at read-only (it opens, its schema is one this version knows, which company it holds):
no migration, no write, since a self-test must never change a production database.

Call `run` before any QApplication exists when there may be no display: it chooses Qt's
offscreen platform then, and Qt reads that choice only when the application is created.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TextIO, TypeVar

from deepetch_desktop.domain.urls import masked_url

T = TypeVar("T")
WINDOW_TIMEOUT_S = 30.0
CHAIN = ("company", "terms", "buy", "pdf", "xsd")
STEPS = {  # step: (French, English)
    "platform": ("plateforme Qt", "Qt platform"),
    "database": ("base temporaire (migrations)", "temporary database (migrations)"),
    "company": ("création du compte d'entreprise", "company account created"),
    "terms": ("conditions d'entreprise approuvées", "enterprise terms approved"),
    "buy": ("achat d'un pack", "pack bought"),
    "pdf": ("facture PDF/A-3 avec Factur-X", "PDF/A-3 invoice with Factur-X"),
    "xsd": ("XML Factur-X conforme au XSD EN 16931", "Factur-X XML valid against EN 16931 XSD"),
    "resources": ("ressources (polices, traductions, icônes, style)",
                  "resources (fonts, translations, icons, style)"),
    "window": ("fenêtre principale et ses pages", "main window and its pages"),
    "url": ("base {url} (lecture seule)", "database {url} (read-only)"),
}
WORDS = {
    "fr": {"failed": "ÉCHEC", "skipped": "non testé", "summary_ok": "auto-test réussi",
           "summary_failed": "auto-test en échec\u00a0: {steps}"},
    "en": {"failed": "FAILED", "skipped": "not run", "summary_ok": "self-test passed",
           "summary_failed": "self-test failed: {steps}"},
}


def choose_platform(environ: MutableMapping[str, str] = os.environ) -> str:
    """Qt's offscreen platform when there is no screen (a server, CI, ssh): set in the
    environment, since Qt reads QT_QPA_PLATFORM only when the QApplication is created."""
    chosen = str(environ.get("QT_QPA_PLATFORM", ""))
    if chosen:
        return chosen
    if sys.platform.startswith(("win", "darwin")):
        return ""  # a desktop session always has its native platform
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return ""


def _language(lang: str | None) -> str:
    text = lang or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "en" if text.lower().startswith("en") else "fr"


class _Report:
    """One line per step on `out`; the traceback of a failure goes to stderr."""

    def __init__(self, out: TextIO, lang: str) -> None:
        self.out, self.lang = out, lang
        self.failed: list[str] = []

    def label(self, step: str, **values: str) -> str:
        return STEPS[step][0 if self.lang == "fr" else 1].format(**values)

    def say(self, step: str, result: str, **values: str) -> None:
        print(f"{self.label(step, **values)}\u00a0: {result}" if self.lang == "fr"
              else f"{self.label(step, **values)}: {result}", file=self.out, flush=True)

    def step(self, step: str, work: Callable[[], T], **values: str) -> T | None:
        """Run one step; print "ok" (with what it found) or what failed, never raise."""
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - every failure is reported, then the next
            self.failed.append(self.label(step, **values))
            self.say(step, f"{WORDS[self.lang]['failed']} — {self.describe(error)}", **values)
            if sys.stderr is not None:
                traceback.print_exc(file=sys.stderr)
            return None
        detail = f" ({result})" if isinstance(result, str) and result else ""
        self.say(step, f"ok{detail}", **values)
        return result

    def skip(self, *steps: str) -> None:
        for step in steps:
            self.failed.append(self.label(step))
            self.say(step, WORDS[self.lang]["skipped"])

    def describe(self, error: Exception) -> str:
        from deepetch_desktop import services
        from deepetch_desktop.domain.errors import DeepetchError

        if isinstance(error, DeepetchError):
            return services.describe(error, self.lang)
        first = str(error).splitlines()[0] if str(error) else ""
        return f"{type(error).__name__}: {first}" if first else type(error).__name__


def _output() -> TextIO:
    # A Windows GUI executable has no stdout: the report then goes to a file in the temp dir.
    if sys.stdout is not None:
        return sys.stdout
    if sys.stderr is not None:
        return sys.stderr
    return open(Path(tempfile.gettempdir()) / "deepetch-self-test.txt", "w",  # noqa: SIM115
                encoding="utf-8")


def run(db_url: str | None, *, lang: str | None = None, out: TextIO | None = None) -> int:
    """Run every step, print one line each and a summary; 0 when all passed, else 1."""
    report = _Report(out or _output(), _language(lang))
    platform = choose_platform()
    from . import self_test_steps as steps

    report.step("platform", lambda: platform or "native")
    report.step("resources", steps.check_resources)
    with tempfile.TemporaryDirectory(prefix="deepetch-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        db = report.step("database", lambda: steps.open_temporary(Path(folder)))
        if db is None:
            report.skip(*CHAIN, "window")
        else:
            try:
                now = datetime.now(UTC)
                # Each step of the purchase chain needs what the one before it made.
                works: dict[str, Callable[[Any], Any]] = {
                    "company": lambda _: steps.create_company(db, now),
                    "terms": lambda _: steps.approve_terms(db, now),
                    "buy": lambda _: steps.buy_pack(db, now),
                    "pdf": lambda number: steps.invoice_pdf(db, number, now),
                    "xsd": steps.check_xsd,
                }
                previous: Any = None
                for i, name in enumerate(CHAIN):
                    previous = report.step(name, partial(works[name], previous))
                    if previous is None:
                        report.skip(*CHAIN[i + 1:])
                        break
                report.step("window", lambda: steps.show_window(db, WINDOW_TIMEOUT_S))
            finally:
                db.dispose()  # before the folder goes: Windows keeps open files
    if db_url:
        report.step("url", lambda: steps.look_at(db_url), url=masked_url(db_url))
    words = WORDS[report.lang]
    if report.failed:
        print(words["summary_failed"].format(steps=", ".join(report.failed)), file=report.out,
              flush=True)
        return 1
    print(words["summary_ok"], file=report.out, flush=True)
    return 0
