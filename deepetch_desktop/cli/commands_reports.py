"""Handlers for reports and backups."""

from __future__ import annotations

import argparse
from typing import Any

from .. import services as s
from ..bootstrap import default_database_url
from ..documents.report_files import to_csv, to_pdf, to_xlsx
from ..domain.dates import parse_day
from ..domain.errors import BadInput
from .commands_billing import output_path, write_file
from .output import emit, fmt_day, fmt_int, table

GROUP_TITLES = {"subaccount": "Sous-compte", "department": "Service ou centre de coût",
                "service": "Service", "month": "Mois"}


def cmd_report(db: Any, a: argparse.Namespace, now: Any) -> None:
    start, end = parse_day(a.start, "valid_from"), parse_day(a.end, "valid_to")
    target = None if a.output is None else output_path(a.output)
    fmt = a.format or (target.suffix.lstrip(".").lower() if target else "json"
                       if a.json else "text")
    if fmt not in ("csv", "xlsx", "pdf", "json", "text"):
        raise BadInput("format", "unknown", fmt)
    if fmt in ("csv", "xlsx", "pdf") and not target:
        raise BadInput("output", "required", None)
    report = s.usage_report(db, start, end, a.by)
    headers = [GROUP_TITLES[a.by], "Tâches", "Crédits"]
    rows: list[list[Any]] = [[line.key, line.tasks, line.credits] for line in report.lines]
    period = f"Du {fmt_day(start)} au {fmt_day(end)}"
    if fmt in ("csv", "xlsx", "pdf"):
        data = {"csv": lambda: to_csv(headers, rows),
                "xlsx": lambda: to_xlsx("Consommation", headers, rows),
                "pdf": lambda: to_pdf(f"Consommation par {GROUP_TITLES[a.by].lower()}", period,
                                      headers, rows)}[fmt]()
        assert target is not None
        write_file(target, data)
        emit(a.json, {"output": a.output, "format": fmt, "lines": len(rows),
                      "total_credits": report.total_credits},
             f"Rapport enregistré dans {a.output} ({len(rows)} lignes).")
        return
    text = table([[k, fmt_int(n), fmt_int(c)] for k, n, c in rows], headers)
    emit(a.json or fmt == "json", report, f"{period}\n{text or 'Aucune tâche.'}\n"
         f"Total : {fmt_int(report.total_tasks)} tâches, {fmt_int(report.total_credits)} crédits")


def cmd_backup(db: Any, a: argparse.Namespace, now: Any) -> None:
    result = s.backup(db, a.file, replace=a.replace)
    emit(a.json, result,
         f"Sauvegarde enregistrée : {result.path} ({fmt_int(result.bytes)} octets).")


def cmd_restore(a: argparse.Namespace, now: Any) -> None:
    result = s.restore(a.db or default_database_url(), a.backup, now)
    kept = (f" La base remplacée est gardée dans {result.kept}." if result.kept else "")
    emit(a.json, result, f"Sauvegarde {result.backup} restaurée dans {result.path}.{kept}")
