"""The benchmark company in a SQLite file: made by the app, then filled in bulk with sqlite3."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, bindparam, create_engine

from deepetch_desktop import bootstrap, services
from deepetch_desktop.domain.invoicing import DEFAULT_VAT_BP, Line, due_date, totals
from deepetch_desktop.store import chains
from deepetch_desktop.store import tables as t

from . import company_rows as cr
from .settings import COMPANY_TZ

DB_NAME = "deepetch.sqlite3"
DUNNING_STAGES = (-5, 1, 15, 30)  # the app's default reminder calendar
ADMIN = services.ADMINISTRATOR


def _insert(con: sqlite3.Connection, table: str, columns: tuple[str, ...],
            rows: Iterable[Sequence[Any]]) -> None:
    marks = ", ".join("?" for _ in columns)
    con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _months(first: date, today: date) -> list[str]:
    """'YYYY-MM' of every month from `first`'s to the one before `today`'s."""
    out, (y, m) = [], (first.year, first.month)
    while (y, m) < (today.year, today.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _start_with_the_app(path: Path, start: datetime, first_quantity: int) -> None:
    """What a person does first, through the services, as the window's first start does: the
    company and its first administrator, who logs in, then as them its terms, a sub-account
    (later overwritten), a first purchase, and its invoice rendered and archived."""
    db = bootstrap.open_database(f"sqlite:///{path}")
    try:
        services.init_company(db, ADMIN, name="Transports Lefèvre et Fils", siren="552100554",
                              email="compta@lefevre.example", legal_form="SA",
                              address="8 quai Saint-Vincent\n69001 Lyon", timezone=COMPANY_TZ,
                              einvoicing_address="552100554",
                              now=start)
        services.create_first_administrator(db, cr.ADMIN_NAME, cr.ADMIN_EMAIL,
                                            cr.ADMIN_PASSWORD, start)
        person = services.log_in(db, cr.ADMIN_EMAIL, cr.ADMIN_PASSWORD, start).actor
        services.approve_terms(db, person, start)
        services.add_sub_account(db, person, name="Gabarit", email="gabarit@lefevre.example",
                                 now=start)
        services.buy(db, person, cr.PACK[0], first_quantity, now=start)
        services.archive_pending(db, start)
    finally:
        db.dispose()


class _Writer:
    """The raw inserts after the app's start, in one transaction."""

    def __init__(self, con: sqlite3.Connection, tz: ZoneInfo) -> None:
        self.con, self.tz = con, tz
        invoice = con.execute("SELECT number, series, seller_json, buyer_json FROM invoices "
                              "WHERE id = 1").fetchone()
        self.prefix, self.series = invoice[0].split("-")[0][: -4], invoice[1]
        self.seller_json, self.buyer_json = invoice[2], invoice[3]
        self.pdf, self.xml = con.execute(
            "SELECT pdf, xml FROM invoice_documents WHERE invoice_id = 1").fetchone()
        self.balance = con.execute("SELECT balance FROM basket").fetchone()[0]
        self.seq = {int(invoice[0][len(self.prefix):len(self.prefix) + 4]): 1}
        self.unpaid: list[tuple[str, date]] = []
        self.invoice_id = 1

    def ledger(self, at: str, kind: str, credits: int, task_id: int | None,
               batch_id: int | None, note: str) -> None:
        self.balance += credits
        if self.balance < 0:
            raise AssertionError(f"the generated basket went below zero at {at}")
        self.con.execute("INSERT INTO ledger_entries (at, kind, credits, balance_after, task_id, "
                         "batch_id, note, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (at, kind, credits, self.balance, task_id, batch_id, note, cr.ACTOR))

    def purchase(self, p: cr.Purchase, now: datetime) -> None:
        code, name, pack_credits, price = cr.PACK
        at, credits = cr.ts(p.at), pack_credits * p.quantity
        batch = self.con.execute(
            "INSERT INTO batches (bought_at, pack_code, pack_name, pack_credits, quantity, "
            "unit_price_cents, credits, payment_method, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, code, name, pack_credits, p.quantity, price, credits, "enterprise_terms",
             cr.ACTOR)).lastrowid
        self.ledger(at, "purchase", credits, None, batch, f"{name} × {p.quantity}")
        day = p.at.astimezone(self.tz).date()
        seq = self.seq[day.year] = self.seq.get(day.year, 0) + 1
        number = f"{self.prefix}{day.year}-{seq:06d}"
        line = Line(f"Crédits Deepetch, pack {name} (50\u202f000 crédits)", p.quantity, price,
                    DEFAULT_VAT_BP)
        sums = totals([line])
        due = due_date(day)
        invoice_id = self.con.execute(
            "INSERT INTO invoices (number, series, year, seq, kind, issue_date, sale_date, "
            "due_date, batch_id, reason, seller_json, buyer_json, lines_json, net_cents, "
            "vat_cents, gross_cents, credits, penalty_rate_bp, issued_at, actor) VALUES "
            "(?, ?, ?, ?, 'invoice', ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 1215, ?, ?)",
            (number, self.series, day.year, seq, day.isoformat(), day.isoformat(),
             due.isoformat(), batch, self.seller_json, self.buyer_json,
             json.dumps([{"description": line.description, "quantity": line.quantity,
                          "unit_price_cents": line.unit_price_cents, "vat_bp": line.vat_bp}],
                        ensure_ascii=False),
             sums.net_cents, sums.vat_cents, sums.gross_cents, credits, at, cr.ACTOR)).lastrowid
        self.invoice_id = int(invoice_id or 0)
        self.archived(self.invoice_id, number, p.at, day, due, sums.gross_cents, now)

    def archived(self, invoice_id: int, number: str, at: datetime, day: date, due: date,
                 gross: int, now: datetime) -> None:
        """Its document archived, its e-mail sent, and paid unless it is recent."""
        sent = cr.ts(at + timedelta(minutes=2))
        sha256 = hashlib.sha256(self.pdf).hexdigest()
        archived = self.con.execute(
            "INSERT OR IGNORE INTO invoice_documents VALUES (?, ?, ?, ?, ?)",
            (invoice_id, self.pdf, self.xml, sha256, cr.ts(at + timedelta(minutes=1))))
        if archived.rowcount:  # journalled as the app does (issue 11: audit verify reads it)
            self.con.execute(
                "INSERT INTO audit_log (at, actor, action, details) VALUES (?, ?, ?, ?)",
                (cr.ts(at + timedelta(minutes=1)), "système", "invoice.archive",
                 json.dumps({"invoice_id": invoice_id, "number": number, "sha256": sha256},
                            ensure_ascii=False, sort_keys=True)))
        self.con.execute(
            "INSERT OR IGNORE INTO outbox (key, created_at, recipient, subject, body, "
            "invoice_id, attempts, next_attempt_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (f"invoice:{number}", cr.ts(at), "compta@lefevre.example",
             f"Facture Deepetch {number}", f"Bonjour,\n\nVeuillez trouver ci-joint la facture "
             f"{number} du {day:%d/%m/%Y}.\n", invoice_id, cr.ts(at), sent))
        self.con.execute("UPDATE outbox SET sent_at = ?, attempts = 1 WHERE invoice_id = ?",
                         (sent, invoice_id))
        self.con.execute("INSERT INTO invoice_sendings (invoice_id, sent_at, recipient, channel)"
                         " VALUES (?, ?, 'compta@lefevre.example', 'email')", (invoice_id, sent))
        paid_on = day + timedelta(days=21 + invoice_id % 8)
        if paid_on < (now - timedelta(days=1)).astimezone(self.tz).date():
            self.con.execute("INSERT INTO payments (invoice_id, paid_on, amount_cents, "
                             "reference, recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?)",
                             (invoice_id, paid_on.isoformat(), gross, number,
                              cr.ts(datetime.combine(paid_on, datetime.min.time(), self.tz)
                                    + timedelta(hours=10)), cr.ACTOR))
        else:
            self.unpaid.append((number, due))


def _minimal_effects(con: sqlite3.Connection, subs: list[cr.SubAccount],
                     usage: dict[tuple[int, int, str], int], unpaid: list[tuple[str, date]],
                     first: date, today: date, now: datetime) -> list[tuple[str, str]]:
    """The keys the app would have recorded by now, so that nothing is due: every month end,
    this period's limit alerts, the reminders of the unpaid invoices."""
    done = cr.ts(now - timedelta(hours=1))
    keys = [f"month_end:{m}" for m in _months(first, today)]
    month = f"{today.year:04d}-{today.month:02d}"
    for sub in subs:
        if sub.kind == "none" or sub.status == "closed" or not sub.amount:
            continue
        period = "fixed" if sub.kind == "fixed" else month
        used = usage.get((sub.id, 1, period), 0)
        keys += [f"limit{p}:{sub.id}:1:{period}" for p in (100, 80) if used * 100 >= p * sub.amount]
    for number, due in unpaid:
        keys += [f"dunning:{number}:{s}" for s in DUNNING_STAGES if today >= due + timedelta(s)]
    return [(k, done) for k in keys]


def _filler_effects(count: int, subs: list[cr.SubAccount], months: list[str],
                    rng: random.Random) -> list[tuple[str, str]]:
    """Past limit alerts of earlier months: the history a catch-up must not have to read."""
    limited = [s.id for s in subs if s.kind == "monthly"] or [s.id for s in subs]
    keys: set[str] = set()
    while len(keys) < min(count, len(limited) * len(months) * 2):
        month = rng.choice(months)
        keys.add(f"limit{rng.choice((80, 100))}:{rng.choice(limited)}:1:{month}")
    return [(k, f"{m}-28 09:00:00.000000") for k in sorted(keys) for m in [k.rsplit(":", 1)[1]]]


def build(folder: Path, *, subs: int, tasks: int, effects: int, now: datetime,
          without_effects: Path | None = None, seed: int = 2026) -> Path:
    """Write the company into `folder`/deepetch.sqlite3 (and, when `without_effects` is given,
    a copy of it made before the past effects were added); the database's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_NAME
    tz, rng = ZoneInfo(COMPANY_TZ), random.Random(seed)
    start = (now - timedelta(days=426)).replace(microsecond=0)  # 14 months ago
    end = now - timedelta(minutes=2)
    today = now.astimezone(tz).date()
    sub_rows, sub_list = cr.sub_accounts(subs, start, today)
    made = cr.tasks(tasks, sub_list, start + timedelta(hours=1), end, tz, rng)
    weekly = cr.weekly_use(made.rows, start)
    first_quantity = cr.quantity_for(1.3 * weekly.get(0, 0))
    _start_with_the_app(path, start, first_quantity)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")  # made once, not a figure: speed over durability
    con.execute("PRAGMA cache_size=-500000")
    con.execute("BEGIN")
    writer = _Writer(con, tz)
    con.execute("DELETE FROM sub_accounts")  # the app's one, replaced by the generated ones
    _insert(con, "sub_accounts", cr.SUB_COLUMNS, sub_rows)
    _insert(con, "tasks", cr.TASK_COLUMNS, made.rows)
    first_number, first_gross = con.execute(
        "SELECT number, gross_cents FROM invoices WHERE id = 1").fetchone()
    first_day = start.astimezone(tz).date()
    writer.archived(1, first_number, start, first_day, due_date(first_day), first_gross, now)
    bought = cr.purchases(weekly, start, end, first_quantity)
    for _when, _order, kind, index in cr.ledger_events(made.rows, made.refunds, bought):
        if kind == "purchase":
            writer.purchase(bought[index], now)
        elif kind == "task":
            row = made.rows[index]
            writer.ledger(row[7], "task", -row[6], row[0], None, row[5])
        else:
            row = made.rows[index]
            writer.ledger(row[12], "refund", row[6], row[0], None, row[5])
    last_use = max([cr.ts(bought[-1].at)] + [r[7] for r in made.rows[-1:]])
    for year, seq in writer.seq.items():
        con.execute("INSERT INTO invoice_counters VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "last_value = excluded.last_value", (writer.series, year, seq))
    _insert(con, "usage", ("sub_account_id", "generation", "period", "used"),
            [(*k, v) for k, v in made.usage.items()])
    _insert(con, "effects", ("key", "done_at"), _minimal_effects(
        con, sub_list, made.usage, writer.unpaid, start.astimezone(tz).date(), today, now))
    con.execute("UPDATE basket SET balance = ?, last_use_at = ?",
                (writer.balance, last_use))
    con.execute("COMMIT")
    _chain(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if without_effects is not None:
        without_effects.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, without_effects / DB_NAME)
    if effects:
        con.execute("BEGIN")
        _insert(con, "effects", ("key", "done_at"),
                _filler_effects(effects, sub_list, _months(start.date(), today)[1:], rng))
        con.execute("COMMIT")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def _chain(path: Path) -> None:
    """The hash chains over the rows written in bulk, as the app would have made them inserting
    each (store/chains.py): the links written with the append-only triggers set aside, then the
    heads and counts."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            triggers = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
            for name, _sql in triggers:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            for chain, table in chains.CHAINS.items():
                previous, count, links = chains.GENESIS, 0, []
                for row in chains.rows_of(conn, chain, batch=20_000):
                    previous, count = chains.link_of(previous, row), count + 1
                    links.append({"row_id": row["id"], "link": previous})
                    if len(links) == 20_000:
                        _write_links(conn, table, links)
                _write_links(conn, table, links)
                conn.execute(t.chain_heads.update().where(t.chain_heads.c.chain == chain)
                             .values(head=previous, count=count))
            for _name, sql in triggers:
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _write_links(conn: Connection, table: Table, links: list[dict[str, object]]) -> None:
    if links:
        conn.execute(table.update().where(table.c.id == bindparam("row_id"))
                     .values(link=bindparam("link")), links)
        links.clear()


def check(path: Path) -> list[str]:
    """The app's own audit of the generated file (balance = ledger, usage = tasks, numbers)."""
    db = bootstrap.open_database(f"sqlite:///{path}")
    try:
        report = services.verify(db, ADMIN)
    finally:
        db.dispose()
    if not report.ok:
        print(f"generated data fails the audit: {report.problems[:5]}", file=sys.stderr)
    return list(report.problems)
