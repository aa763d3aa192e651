"""What was used and what was done: `report usage` (text, JSON, CSV, XLSX, PDF) and
`audit list|verify`."""

from __future__ import annotations

import argparse
from datetime import date, datetime
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
    from ...documents.report_charts import Chart
    from ...services import Database

FILE_FORMATS = ("csv", "xlsx", "pdf")


def register(commands: Commands) -> None:
    report = commands.add("report", cmd_report)
    report.add_argument("kind", choices=["usage", "prepaid", "runway", "statements"],
                        help=commands.help("report kind"))
    report.add_argument("--from", dest="start", metavar="DATE")
    report.add_argument("--to", dest="end", metavar="DATE")
    report.add_argument("--at", metavar="DATE", help=commands.help("report --at"))
    report.add_argument("--until", metavar="DATE", help=commands.help("report --until"))
    report.add_argument("--window-days", default="90", metavar="DAYS",
                        help=commands.help("report --window-days"))
    report.add_argument("--by", default="subaccount", help=commands.help("report --by"))
    report.add_argument("--format", choices=["csv", "xlsx", "pdf", "json"],
                        help=commands.help("report --format"))
    report.add_argument("--output", metavar="FILE")
    report.add_argument("--month", metavar="YYYY-MM", help=commands.help("report --month"))
    report.add_argument("--email", action="store_true", help=commands.help("report --email"))
    audit = commands.add("audit", cmd_audit)
    audit.add_argument("action", choices=["list", "verify", "witness"],
                       help=commands.help("audit action"))
    audit.add_argument("--witness", metavar="FILE_OR_HASH",
                       help=commands.help("audit --witness"))


def cmd_report(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.kind == "runway":
        _runway(db, args, now)
        return
    if args.kind == "statements":
        _statements(db, args, now)
        return
    target = None if args.output is None else output_path(args.output)
    fmt = args.format or (target.suffix.lstrip(".").lower() if target else "json"
                          if args.json else "text")
    if fmt not in (*FILE_FORMATS, "json", "text"):
        raise BadInput("format", "unknown", fmt)
    if fmt in FILE_FORMATS and not target:
        raise BadInput("output", "required", None)
    if args.kind == "prepaid":
        _prepaid(db, args, now, target, fmt)
        return
    start, end = _required_day(args.start, "valid_from"), _required_day(args.end, "valid_to")
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
                          names=len(levels), charts=_charts(db, args, start, end, now, v))
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


def _required_day(text: str | None, field: str) -> date:
    if text is None:
        raise BadInput(field, "required", None)
    return parse_day(text, field)


def _prepaid(db: Database, args: argparse.Namespace, now: datetime, target: Path | None,
             fmt: str) -> None:
    """`report prepaid [--at DATE]`: the credits left per batch at the end of that day (today
    by default), at their purchase price: the prepaid expenses to carry over."""
    at = parse_day(args.at, "at") if args.at else now.astimezone(company_zone(db)).date()
    r, v = services.prepaid(db, args.actor, at), voice(args.lang)
    headers = v.headers("prepaid.headers")
    rows: list[list[str | int | Decimal]] = [
        [str(b.batch_id), b.bought_at.astimezone(company_zone(db)).date().isoformat(),
         b.pack_name, b.credits_left, Decimal(b.price_per_credit_millicents) / 100_000,
         cents_to_decimal(b.value_cents)] for b in r.batches]
    if target is not None and fmt in FILE_FORMATS:
        from ...documents.report_files import to_csv, to_pdf, to_xlsx

        title = v.say("prepaid.title", day=v.day(at))
        total: list[str | int | Decimal] = [v.say("prepaid.total_word"), "", "", r.credits, "",
                                            cents_to_decimal(r.value_cents)]
        shown = [[*row[:4], v.money_fine(b.price_per_credit_millicents), row[5]]
                 for row, b in zip(rows, r.batches, strict=True)]
        data = (to_csv(headers, [*rows, total]) if fmt == "csv"
                else to_xlsx(v.say("prepaid.sheet"), headers, [*rows, total]) if fmt == "xlsx"
                else to_pdf(title, v.say("prepaid.subtitle"), headers, [*shown, total],
                            names=3))
        write_file(target, data)
        emit(args.json, {"output": args.output, "format": fmt, "batches": len(rows),
                         "credits": r.credits, "value_cents": r.value_cents},
             v.say("report.saved", path=args.output, count=len(rows)))
        return
    tz = company_zone(db)
    text = table([[str(b.batch_id), v.day(b.bought_at.astimezone(tz).date()), b.pack_name,
                   v.number(b.credits_left), v.money_fine(b.price_per_credit_millicents),
                   v.money(b.value_cents)] for b in r.batches], headers)
    emit(args.json or fmt == "json", r, "\n".join([
        v.say("prepaid.title", day=v.day(at)), text or v.say("prepaid.empty"),
        v.say("prepaid.total", credits=v.say("n.credits", count=r.credits),
              value=v.money(r.value_cents))]))


def _runway(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """`report runway [--until DATE] [--window-days N]`."""
    until = parse_day(args.until, "until") if args.until else None
    r, v = services.runway(db, args.actor, now, window_days=args.window_days,
                           until=until), voice(args.lang)

    def text() -> str:
        lines = [v.say("runway.basket", window=r.window_days, used=v.number(r.used_in_window),
                       day=v.day(r.basket_runs_out_on)) if r.basket_runs_out_on
                 else v.say("runway.no_use", window=r.window_days)]
        subs = [[x.name, v.number(x.limit_credits), v.number(x.used),
                 v.day(x.reaches_limit_on) if x.reaches_limit_on else "—"]
                for x in r.sub_accounts]
        if subs:
            lines.append(table(subs, v.headers("runway.headers")))
        if r.advice is not None and not r.advice.packs:
            lines.append(v.say("runway.enough", day=v.day(r.advice.until)))
        elif r.advice is not None:
            packs = ", ".join(f"{p.quantity} × {p.name}" for p in r.advice.packs)
            lines.append(v.say("runway.advice", day=v.day(r.advice.until), packs=packs,
                               credits=v.number(r.advice.credits),
                               net=v.money(r.advice.net_cents)))
        return "\n".join(lines)

    emit(args.json, r, text)


def _statements(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """`report statements --month YYYY-MM (or --from/--to) --by department|subaccount
    --output FOLDER [--email]`: one chargeback statement PDF per department or sub-account."""
    if args.month is not None:
        if args.start is not None or args.end is not None:
            raise BadInput("month", "month_or_period", args.month)
        start, end = services.month_period(args.month)
    else:
        start, end = (_required_day(args.start, "valid_from"),
                      _required_day(args.end, "valid_to"))
    if args.output is None:
        raise BadInput("output", "required", None)
    by = "subaccount" if args.by in ("subaccount", "sub-account") else args.by
    r, v = services.write_statements(db, args.actor, start, end, by, args.output, now,
                                     email=args.email), voice(args.lang)
    lines = [v.say("statements.saved" if not s.renamed else "statements.renamed",
                   name=s.name, path=s.file, credits=v.number(s.credits),
                   value=v.money(s.value_cents)) for s in r.statements]
    lines.append(v.say("statements.total", count=len(r.statements),
                       credits=v.say("n.credits", count=r.total_credits),
                       value=v.money(r.total_value_cents)) if r.statements
                 else v.say("statements.none", start=v.day(start), end=v.day(end)))
    if args.email:
        lines.append(v.say("statements.queued", count=r.queued))
    emit(args.json, r, "\n".join(lines))


def _charts(db: Database, args: argparse.Namespace, start: date, end: date, now: datetime,
            v: Voice) -> tuple[Chart, ...]:
    """The PDF's charts (issue 15): the basket and every limit are an administrator's."""
    if args.actor is None or not args.actor.is_administrator:
        return ()
    from ...services.report_charts import ChartWords, LimitUse, pdf_charts

    def limit_text(use: LimitUse) -> str:
        return v.say("report.chart.limit", used=v.number(use.used), limit=v.number(use.limit),
                     share=v.percent(use.used * 100 // use.limit),
                     kind=v.say(f"report.chart.{use.limit_kind}"))

    legend = v.headers("report.chart.legend")
    return pdf_charts(services.report_charts(db, args.actor, start, end, now), ChartWords(
        v.say("report.chart.months"), v.say("report.chart.balance"),
        v.say("report.chart.limits"), v.say("report.chart.others"),
        (legend[0], legend[1], legend[2]), v.month_short, limit_text))


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
