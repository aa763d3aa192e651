"""What was used and what was done: `report usage` (text, JSON, CSV, XLSX, PDF) and
`audit list|verify`."""

from __future__ import annotations

import argparse
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.dates import parse_day
from ...domain.errors import BadInput
from ...domain.money import cents_to_decimal
from ...domain.vocabulary import AuditAction
from ...texts.voice import Voice
from ..common import Commands, company_zone, output_path, services, voice, write_file
from ..output import details_text, emit, table

if TYPE_CHECKING:
    from ...services import Database

FILE_FORMATS = ("csv", "xlsx", "pdf")


def register(commands: Commands) -> None:
    report = commands.add("report", cmd_report)
    report.add_argument("kind", choices=["usage"], help=commands.help("report kind"))
    report.add_argument("--from", dest="start", required=True, metavar="DATE")
    report.add_argument("--to", dest="end", required=True, metavar="DATE")
    report.add_argument("--by", default="subaccount", help=commands.help("report --by"))
    report.add_argument("--format", choices=["csv", "xlsx", "pdf", "json"],
                        help=commands.help("report --format"))
    report.add_argument("--output", metavar="FILE")
    audit = commands.add("audit", cmd_audit)
    audit.add_argument("action", choices=["list", "verify", "witness"],
                       help=commands.help("audit action"))
    audit.add_argument("--witness", metavar="FILE_OR_HASH",
                       help=commands.help("audit --witness"))


def cmd_report(db: Database, args: argparse.Namespace, now: datetime) -> None:
    start, end = parse_day(args.start, "valid_from"), parse_day(args.end, "valid_to")
    target = None if args.output is None else output_path(args.output)
    fmt = args.format or (target.suffix.lstrip(".").lower() if target else "json"
                          if args.json else "text")
    if fmt not in (*FILE_FORMATS, "json", "text"):
        raise BadInput("format", "unknown", fmt)
    if fmt in FILE_FORMATS and not target:
        raise BadInput("output", "required", None)
    report, v = services.usage_report(db, args.actor, start, end, args.by), voice(args.lang)
    levels = report.by.split(",")
    groups = [v.say(f"report.by.{level}") for level in levels]
    group = " / ".join(groups)
    headers = [*groups, *v.headers("report.headers")]
    rows: list[list[str | int | Decimal]] = [
        [*line.keys, line.tasks, line.credits, cents_to_decimal(line.value_cents)]
        for line in report.lines]
    period = v.say("report.period", start=v.day(start), end=v.day(end))
    if target is not None and fmt in FILE_FORMATS:
        from ...documents.report_files import to_csv, to_pdf, to_xlsx

        if fmt == "csv":
            data = to_csv(headers, rows)
        elif fmt == "xlsx":
            data = to_xlsx(v.say("report.sheet"), headers, rows)
        else:
            data = to_pdf(v.say("report.title", by=group.lower()), period, headers, rows,
                          names=len(levels))
        write_file(target, data)
        emit(args.json, {"output": args.output, "format": fmt, "lines": len(rows),
                         "total_credits": report.total_credits,
                         "total_value_cents": report.total_value_cents},
             v.say("report.saved", path=args.output, count=len(rows)))
        return
    text = table([[*line.keys, v.number(line.tasks), v.number(line.credits),
                   v.money(line.value_cents)] for line in report.lines], headers)
    emit(args.json or fmt == "json", report, "\n".join([
        period, text or v.say("report.empty"),
        v.say("report.total", tasks=v.say("n.tasks", count=report.total_tasks),
              credits=v.say("n.credits", count=report.total_credits),
              value=v.money(report.total_value_cents))]))


def cmd_audit(db: Database, args: argparse.Namespace, now: datetime) -> None:
    v = voice(args.lang)
    if args.action == "witness" or args.witness is not None:
        _witness(db, args, v)
        return
    if args.action == "verify":
        r = services.verify(db, args.actor)
        emit(args.json, r, v.say("audit.ok") if r.ok
             else v.say("audit.problems") + "\n" + "\n".join(r.problems))
        if not r.ok:
            raise SystemExit(1)
        return
    entries, tz = services.list_audit(db, args.actor), company_zone(db)
    rows = [[v.instant(e.at, tz), e.actor,
             v.label(e.action) if isinstance(e.action, AuditAction) else e.action,
             details_text(e.details)] for e in entries]
    emit(args.json, entries, table(rows, v.headers("audit.headers")) or v.say("audit.empty"))


def _witness(db: Database, args: argparse.Namespace, v: Voice) -> None:
    """`audit witness`: the chains' heads and counts now; `audit verify --witness FILE_OR_HASH`:
    whether today's chains still begin with the state a witness recorded (exit status 3 when
    one diverges)."""
    if args.action == "witness":
        if args.witness is not None:
            raise BadInput("witness", "only_with_verify", args.witness)
        w = services.witness(db, args.actor)
        emit(args.json, w, services.witness_line(w, args.lang))
        return
    if args.action != "verify":
        raise BadInput("witness", "only_with_verify", args.witness)
    r = services.check_witness(db, args.actor, _witness_text(args.witness))
    lines = [v.say("audit.witness_prefix" if c.prefix else "audit.witness_diverges",
                   chain=v.say(f"audit.chain.{c.chain}"),
                   row="?" if c.count is None else str(c.count),
                   problem=c.problem or "") for c in r.chains]
    emit(args.json, r, "\n".join(lines))
    if not r.prefix:
        raise SystemExit(3)


def _witness_text(value: str) -> str:
    """The witness given: the text of the file it names, else the value itself (a hash, a
    line pasted from the e-mail)."""
    try:
        path = Path(value)
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as file:
                return file.read(100_000)
    except (OSError, ValueError):  # a name too long, a NUL, a file one may not read
        pass
    return value
