"""Chargeback statements (issue 15): for a period (a month, usually), one PDF per department or
per sub-account that consumed credits, in the invoices' style: its tasks, credits, their value
excl. VAT (FIFO over the batches, as the usage report values them), the limits and their use.
Each statement's totals are its line of the usage report of the same period and grouping, so
the statements of a month add up to that month's report.

Files are written into a folder without ever replacing a file there: a name already taken
gets « -2 », « -3 »… and the result says so. With `email`, each statement is queued in the
outbox to its sub-account holders, the PDF attached ("queued", never "sent": the outbox sends
it when the SMTP server takes it)."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from ..documents.statement_pdf import (
    StatementDocument,
    StatementLine,
    StatementTaskLine,
    render_statement,
)
from ..domain.dates import local_day, next_month, parse_month
from ..domain.errors import BadInput, NotInitialised
from ..domain.text import clean_text
from ..domain.vocabulary import LimitKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..texts.formats import plural
from .common import company_zone, require
from .notifications import queue_email
from .privileges import journals_refusals
from .reports import UsageLine, UsageReport, usage_report
from .results import Actor
from .subaccounts import sub_account_views

STATEMENT_BY = ("department", "subaccount")
BREAKDOWN = {"department": "department,subaccount", "subaccount": "subaccount,service"}

# The e-mail's counts, with their plurals (« 1 tâche », « 12 tâches »).
TASKS = {"one": "{count} tâche", "other": "{count} tâches"}
CREDITS = {"one": "{count} crédit", "other": "{count} crédits"}


@dataclass(frozen=True)
class Statement:
    """One department's or sub-account's statement: its line of the usage report."""

    by: str
    key: str  # the department's name, or the sub-account's id
    name: str
    tasks: int
    credits: int
    value_cents: int
    recipients: tuple[str, ...]  # its holders' e-mail addresses
    document: StatementDocument


@dataclass(frozen=True)
class WrittenStatement:
    by: str
    key: str
    name: str
    file: str  # the path written
    renamed: bool  # the expected name was taken: a new one was chosen (`file`)
    tasks: int
    credits: int
    value_cents: int
    queued: tuple[str, ...]  # the addresses it was queued to (--email)


@dataclass(frozen=True)
class StatementsResult:
    start: date
    end: date
    by: str
    folder: str
    statements: tuple[WrittenStatement, ...]
    total_credits: int  # equal to the usage report's of the same period
    total_value_cents: int
    queued: int  # e-mails queued in the outbox, not sent


def month_period(month: str) -> tuple[date, date]:
    """'2026-11' -> (1 November, 30 November)."""
    year, number = parse_month(month)
    following = next_month(year, number)
    return date(year, number, 1), date(*following, 1) - timedelta(days=1)


@journals_refusals
def write_statements(db: Database, actor: Actor, start: date, end: date, by: str,
                     folder: str, now: datetime, *, email: bool = False) -> StatementsResult:
    """Write one statement PDF per department (`by` 'department') or sub-account
    ('subaccount') that consumed credits from `start` to `end` into `folder`, never over a
    file already there; with `email`, queue each to its holders (one transaction)."""
    if by not in STATEMENT_BY:
        raise BadInput("by", "unknown", by)
    target = _folder(folder)
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        issued_on = local_day(now, company_zone(conn))
    found = statements(db, actor, start, end, by, issued_on, now)
    written: list[WrittenStatement] = []
    files: list[tuple[Statement, Path, bytes]] = []
    for statement in found:
        data = render_statement(statement.document)
        path, renamed = _write_new(target, file_name(statement, start, end), data)
        files.append((statement, path, data))
        written.append(WrittenStatement(statement.by, statement.key, statement.name, str(path),
                                        renamed, statement.tasks, statement.credits,
                                        statement.value_cents, ()))
    queued = 0
    if email and files:
        sent_to = db.write(lambda conn: _queue(conn, files, start, end, now))
        written = [WrittenStatement(**{**w.__dict__, "queued": sent_to[n]})
                   for n, w in enumerate(written)]
        queued = sum(len(addresses) for addresses in sent_to)
    return StatementsResult(start, end, by, str(target), tuple(written),
                            sum(w.credits for w in written), sum(w.value_cents for w in written),
                            queued)


def statements(db: Database, actor: Actor, start: date, end: date, by: str,
               issued_on: date, now: datetime) -> list[Statement]:
    """The statements of the period, biggest first, each its line of the usage report."""
    report = usage_report(db, actor, start, end, by)
    breakdown = usage_report(db, actor, start, end, BREAKDOWN[by])
    with db.read() as conn:
        company = conn.execute(select(t.company.c.name, t.company.c.address)).first()
        if company is None:
            raise NotInitialised()
        subs = {s.id: s for s in sub_account_views(conn, now)}
        tasks = _tasks(conn, start, end)
    found = []
    for line in report.lines:
        key = line.ids[0] if line.ids else line.key
        members = [s for s in subs.values()
                   if (str(s.id) == str(key) if by == "subaccount" else s.department == key)]
        parts = [x for x in breakdown.lines if x.ids and str(x.ids[0]) == str(key)]
        own = [task for task in tasks if (str(task[6]) == str(key) if by == "subaccount"
                                          else task[7] == key)]
        document = StatementDocument(
            company.name, company.address, "Service" if by == "department" else "Sous-compte",
            line.key, start, end, issued_on,
            "Sous-compte" if by == "department" else "Service",
            _lines(by, line, parts, subs, report), tuple(
                StatementTaskLine(day, number, sub, service, title, cost)
                for day, number, sub, service, title, cost, _, _ in own),
            line.tasks, line.credits, line.value_cents)
        found.append(Statement(by, str(key), line.key, line.tasks, line.credits,
                               line.value_cents,
                               tuple(s.email for s in members if s.status != "closed"),
                               document))
    return found


def _lines(by: str, line: UsageLine, parts: list[UsageLine], subs: dict[int, Any],
           report: UsageReport) -> tuple[StatementLine, ...]:
    """The statement's summary: its parts, their values made to add up to its own (the
    breakdown is apportioned on its own: a cent may differ)."""
    values = [part.value_cents for part in parts]
    if values:
        biggest = max(range(len(values)), key=lambda n: values[n])
        values[biggest] += line.value_cents - sum(values)
    lines = []
    for part, value in zip(parts, values, strict=True):
        name = part.keys[1] if len(part.keys) > 1 else part.key
        limit = use = ""
        if by == "department":
            sub = subs.get(int(part.ids[1]))
            if sub is not None and sub.limit_kind != LimitKind.NONE and sub.limit_amount:
                limit, use = _limit_words(sub, part.credits)
        lines.append(StatementLine(name, part.tasks, part.credits, value, limit, use))
    if by == "subaccount":
        sub = subs.get(int(line.ids[0]))
        if sub is not None and sub.limit_kind != LimitKind.NONE and sub.limit_amount:
            limit, use = _limit_words(sub, line.credits)
            lines.append(StatementLine("Limite du sous-compte", line.tasks, line.credits,
                                       line.value_cents, limit, use))
    return tuple(lines)


def _limit_words(sub: Any, credits: int) -> tuple[str, str]:
    """« 1 500 par mois » and the period's use of it; « 5 000 au total » and what is used of
    it to date."""
    from ..documents.formatting import quantity

    amount = int(sub.limit_amount)
    if sub.limit_kind == LimitKind.MONTHLY:
        return (f"{quantity(amount)} par mois",
                f"{quantity(credits)} ({credits * 100 // amount}\u202f%)")
    return (f"{quantity(amount)} au total",
            f"{quantity(sub.used)} ({sub.used * 100 // amount}\u202f%)")


def _tasks(conn: Connection, start: date, end: date) -> list[tuple[Any, ...]]:
    """(day, id, sub-account, service, title, cost, sub-account id, department) of each task
    not refunded in the period, oldest first."""
    tz = company_zone(conn)
    begin = datetime.combine(start, time.min, tz)
    finish = datetime.combine(end + timedelta(days=1), time.min, tz)
    tk, sa, sv = t.tasks.c, t.sub_accounts.c, t.services.c
    rows = conn.execute(
        select(tk.submitted_at, tk.id, sa.name, func.coalesce(sv.name, tk.service_code),
               tk.title, tk.cost, sa.id, sa.department)
        .join_from(t.tasks, t.sub_accounts, sa.id == tk.sub_account_id)
        .join(t.services, sv.code == tk.service_code, isouter=True)
        .where(tk.refunded_at.is_(None), tk.submitted_at >= begin, tk.submitted_at < finish)
        .order_by(tk.submitted_at, tk.id)).all()
    return [(at.astimezone(tz).date(), int(id_), name, service, title or "", int(cost),
             sub_id, department) for at, id_, name, service, title, cost, sub_id,
            department in rows]


def file_name(statement: Statement, start: date, end: date) -> str:
    """releve-2026-11-juridique.pdf (a whole month), releve-2026-11-03-2026-11-17-….pdf."""
    whole_month = start.day == 1 and (end + timedelta(days=1)).day == 1 and (
        start.year, start.month) == (end.year, end.month)
    period = f"{start:%Y-%m}" if whole_month else f"{start:%Y-%m-%d}-{end:%Y-%m-%d}"
    return f"releve-{period}-{slug(statement.name) or statement.key}.pdf"


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]


def _folder(folder: str) -> Path:
    target = Path(clean_text(folder, "output", required=True)).expanduser()
    try:
        if not target.is_dir():
            raise BadInput("output", "no_such_folder", folder)
    except OSError:
        raise BadInput("output", "cannot_write", folder) from None
    if not os.access(target, os.W_OK | os.X_OK):
        raise BadInput("output", "cannot_write", folder)
    return target


def _write_new(folder: Path, name: str, data: bytes) -> tuple[Path, bool]:
    """Write `data` as `name` in `folder`, or « name-2 », « name-3 »… when it is taken: a
    file there is never replaced (the new one is linked in place, which fails if the name
    exists, even when another program takes it meanwhile)."""
    stem, suffix = name.rsplit(".", 1)
    fd, partial = tempfile.mkstemp(prefix=".releve-", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        for number in range(1, 1000):
            path = folder / (name if number == 1 else f"{stem}-{number}.{suffix}")
            try:
                os.link(partial, path)
            except FileExistsError:
                continue
            return path, number > 1
    except OSError as exc:
        raise BadInput("output", "cannot_write", f"{folder}: {exc.strerror}") from None
    finally:
        Path(partial).unlink(missing_ok=True)
    raise BadInput("output", "already_exists", str(folder / name))


def _queue(conn: Connection, files: list[tuple[Statement, Path, bytes]], start: date,
           end: date, now: datetime) -> list[tuple[str, ...]]:
    """Each statement into the outbox, once per holder (its key: the period, the group, the
    address and the file: writing the month again queues the new file, not twice the same)."""
    sent_to: list[tuple[str, ...]] = []
    for statement, path, data in files:
        subject = (f"Relevé de refacturation — {statement.name} — du {start:%d/%m/%Y} au "
                   f"{end:%d/%m/%Y}")
        body = (f"Bonjour,\n\nVoici le relevé de refacturation de "
                f"«\u00a0{statement.name}\u00a0» du {start:%d/%m/%Y} au "
                f"{end:%d/%m/%Y}\u00a0: {plural(statement.tasks, TASKS)}, "
                f"{plural(statement.credits, CREDITS)}, "
                f"{statement.value_cents // 100},{statement.value_cents % 100:02d}\u00a0€ HT."
                "\n\nLe relevé est en pièce jointe.\n")
        queued = tuple(address for address in statement.recipients if queue_email(
            conn, "statement:" + hashlib.sha256(
                f"{start}|{end}|{statement.by}|{statement.key}|{address}|{path.name}"
                .encode()).hexdigest(), address, subject, body, now,
            attachment=(path.name, data)))
        sent_to.append(queued)
    return sent_to
