"""In-process figures: the invoice document, catch_up with nothing due, the usage report."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from deepetch_desktop import bootstrap, services
from deepetch_desktop.services import invoice_documents, invoice_queries

from .floors import invoice_page, usage_report
from .harness import Figure, alternate, measured, timed
from .settings import COMPANY_TZ


def _open(path: Path) -> Any:
    return bootstrap.open_database(f"sqlite:///{path}")


def invoice_pdf(path: Path, runs: int, now: datetime) -> Figure:
    """The latest invoice rendered as the archive renders it (PDF/A-3 with its Factur-X XML,
    checked against the XSD), warm; the floor draws the same text on one bare page."""
    db = _open(path)
    try:
        number = services.list_invoices(db, services.ADMINISTRATOR, now)[0].number
        with db.read() as conn:
            document = invoice_documents.document_of(conn, invoice_queries.invoice_row(conn,
                                                                                      number))
        render = invoice_documents.default_renderer(db)
        lines = [f"Facture {document.number}", document.seller.name,
                 *document.seller.address.splitlines(), f"SIREN {document.seller.siren}",
                 f"TVA {document.seller.vat_number}", document.buyer.name,
                 *document.buyer.address.splitlines(), f"Émise le {document.issue_date}",
                 f"Échéance {document.due_date}",
                 *(f"{x.description} × {x.quantity} : {x.unit_price_cents} c" for x in
                   document.lines),
                 f"Total HT {document.net_cents} c", f"TVA {document.vat_cents} c",
                 f"Total TTC {document.gross_cents} c", f"IBAN {document.iban}"]
        sizes: dict[str, int] = {}

        def ours() -> float:
            return timed(lambda: sizes.__setitem__("ours", len(render(document).pdf)))

        def floor() -> float:
            return timed(lambda: sizes.__setitem__("floor", len(invoice_page.one_page(lines))))

        mine, base = alternate(ours, floor, runs)
    finally:
        db.dispose()
    return measured("invoice_pdf", mine, base, bytes=sizes)


def _catch_up_once(db: Any, notes: dict[str, Any], label: str) -> float:
    now = datetime.now(UTC)
    report = None

    def work() -> None:
        nonlocal report
        report = services.catch_up(db, services.SCHEDULER, now)

    elapsed = timed(work)
    assert report is not None
    busy = bool(report.month_ends or report.limit_alerts or report.invoice_reminders
                or report.expired_credits or report.archived
                or report.daily_backup.status == "taken")
    notes[f"{label}_did_something"] = notes.get(f"{label}_did_something", False) or busy
    return elapsed


def _reset(notes: dict[str, Any], describe: dict[str, str]) -> None:
    notes.clear()  # what the warm-up did (today's backup, say) is not a counted run's
    notes.update(describe)


def catch_up(name: str, ours_path: Path, floor_path: Path, runs: int,
             describe: dict[str, str]) -> Figure:
    """The same `services.catch_up` on two companies that differ in one thing only."""
    ours_db, floor_db = _open(ours_path), _open(floor_path)
    notes: dict[str, Any] = dict(describe)
    try:
        mine, base = alternate(lambda: _catch_up_once(ours_db, notes, "ours"),
                               lambda: _catch_up_once(floor_db, notes, "floor"), runs,
                               after_warmup=lambda: _reset(notes, describe))
    finally:
        ours_db.dispose()
        floor_db.dispose()
    return measured(name, mine, base, **notes)


def report_range(path: Path) -> tuple[date, date]:
    """From the day the company was created to today: every task."""
    con = sqlite3.connect(path)
    try:
        created = con.execute("SELECT created_at FROM company").fetchone()[0]
    finally:
        con.close()
    zone = ZoneInfo(COMPANY_TZ)
    start = datetime.fromisoformat(created).replace(tzinfo=UTC).astimezone(zone).date()
    return start, datetime.now(UTC).astimezone(zone).date()


def usage(path: Path, runs: int) -> Figure:
    start, end = report_range(path)
    db = _open(path)
    con = sqlite3.connect(path, check_same_thread=False)
    results: dict[str, Any] = {}
    try:
        def ours() -> float:
            def work() -> None:
                got = services.usage_report(db, services.ADMINISTRATOR, start, end, "subaccount")
                results["ours"] = (sorted((x.key, x.tasks, x.credits) for x in got.lines),
                                   got.total_tasks, got.total_credits)
            return timed(work)

        def floor() -> float:
            def work() -> None:
                lines, tasks, credits = usage_report.usage_by_sub_account(con, start, end)
                results["floor"] = (sorted(lines), tasks, credits)
            return timed(work)

        mine, base = alternate(ours, floor, runs)
    finally:
        db.dispose()
        con.close()
    return measured("usage_report", mine, base, same_lines=results["ours"] == results["floor"],
                    lines=len(results["floor"][0]), tasks=results["floor"][1],
                    range=f"{start} to {end}")
