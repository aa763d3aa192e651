"""Floor: a task submitted with raw sqlite3, the app's eleven statements, the same durability.

Nothing of the project is imported. The statements are the ones `services.submit_task` sends
(captured from its engine: the same text, the same parameters), in one BEGIN IMMEDIATE
transaction on a connection set up like the app's (WAL, synchronous=FULL, foreign keys, a 30 s
busy timeout), with the same checks in between: service and complexity known, the sub-account
allowed to submit, the clock not behind the latest activity, the limit, the basket.

As a program (`python submit_sqlite.py PATH SUB_IDS`): a worker of the 8-process figure. It
prints "ready", waits for "go SECONDS" on stdin, submits until then, prints its count as JSON.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

SERVICE = ("SELECT services.code, services.name, services.unit, services.rate, services.active "
           "\nFROM services \nWHERE services.code = ? AND services.active IS 1")
COMPLEXITY = ("SELECT complexities.code, complexities.name, complexities.factor_permille "
              "\nFROM complexities \nWHERE complexities.code = ?")
SUB_ACCOUNT = (
    "SELECT sub_accounts.id, sub_accounts.name, sub_accounts.email, sub_accounts.department, "
    "sub_accounts.phone, sub_accounts.role, sub_accounts.can_submit, sub_accounts.can_see_usage, "
    "sub_accounts.can_see_invoices, sub_accounts.can_buy, sub_accounts.can_administer, "
    "sub_accounts.status, sub_accounts.limit_kind, sub_accounts.limit_amount, "
    "sub_accounts.limit_from, sub_accounts.limit_to, sub_accounts.limit_generation, "
    "sub_accounts.created_at \nFROM sub_accounts \nWHERE sub_accounts.id = ?")
LATEST = ("SELECT (SELECT basket.last_use_at \nFROM basket \nWHERE basket.id = ?) AS anon_1, "
          "(SELECT max(ledger_entries.at) AS max_1 \nFROM ledger_entries) AS anon_2, "
          "(SELECT max(invoices.issued_at) AS max_2 \nFROM invoices) AS anon_3")
COMPANY = (
    "SELECT company.id, company.name, company.legal_form, company.share_capital_cents, "
    "company.siren, company.siret, company.rcs, company.vat_number, company.address, "
    "company.billing_email, company.timezone, company.terms_approved_at, "
    "company.terms_approved_by, company.created_at \nFROM company \nWHERE company.id = ?")
USED = ("SELECT usage.used \nFROM usage \nWHERE usage.sub_account_id = ? AND usage.generation = ?"
        " AND usage.period = ?")
DEBIT = ("UPDATE basket SET balance=(basket.balance - ?), last_use_at=CASE WHEN "
         "(basket.last_use_at IS NULL OR basket.last_use_at < ?) THEN ? ELSE basket.last_use_at"
         " END WHERE basket.id = ? AND basket.balance >= ? RETURNING balance")
USAGE_ROW = ("INSERT INTO usage (sub_account_id, generation, period, used) VALUES (?, ?, ?, ?) "
             "ON CONFLICT DO NOTHING RETURNING sub_account_id, generation, period")
COUNT = ("UPDATE usage SET used=(usage.used + ?) WHERE usage.sub_account_id = ? AND "
         "usage.generation = ? AND usage.period = ? RETURNING used")
COUNT_WITHIN = ("UPDATE usage SET used=(usage.used + ?) WHERE usage.sub_account_id = ? AND "
                "usage.generation = ? AND usage.period = ? AND (usage.used + ?) <= ? "
                "RETURNING used")
TASK = ("INSERT INTO tasks (sub_account_id, service_code, complexity_code, units, title, cost, "
        "submitted_at, month, generation, period, idem_key, actor) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
LEDGER = ("INSERT INTO ledger_entries (at, kind, credits, balance_after, task_id, batch_id, note, "
          "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
STATEMENTS = 11
ACTOR = "administrateur"
CLOCK_SLACK = timedelta(minutes=5)


def connect(path: str) -> sqlite3.Connection:
    """A connection set up as the app sets up its own."""
    con = sqlite3.connect(f"file:{quote(path)}?mode=rw", uri=True, timeout=30,
                          isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA busy_timeout=30000")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=FULL")
    return con


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def submit(con: sqlite3.Connection, sub_id: int, service_code: str, units: int, now: datetime,
           complexity_code: str = "STANDARD", title: str = "",
           held: list[float] | None = None) -> tuple[int, int, int]:
    """(task id, cost, balance after). `held` receives the time from BEGIN IMMEDIATE done to
    COMMIT about to be sent: how long this submit held the write lock."""
    con.execute("BEGIN IMMEDIATE")
    began = time.perf_counter()
    try:
        service = con.execute(SERVICE, (service_code,)).fetchone()
        complexity = con.execute(COMPLEXITY, (complexity_code,)).fetchone()
        sub = con.execute(SUB_ACCOUNT, (sub_id,)).fetchone()
        if service is None or complexity is None or sub is None:
            raise LookupError("unknown service, complexity or sub-account")
        if sub[11] != "active" or not sub[6]:
            raise PermissionError(f"sub-account {sub_id} may not submit")
        known = [x for x in map(_instant, con.execute(LATEST, (1,)).fetchone()) if x]
        if known and now < max(known) - CLOCK_SLACK:
            raise RuntimeError("clock behind")
        cost = max(1, -(-(units * service[3] * complexity[2]) // 1000))
        zone = ZoneInfo(con.execute(COMPANY, (1,)).fetchone()[10])
        day = now.astimezone(zone).date()
        kind, amount, generation = sub[12], sub[13], sub[16]
        period = "fixed" if kind == "fixed" else f"{day.year:04d}-{day.month:02d}"
        used = con.execute(USED, (sub_id, generation, period)).fetchone()
        if kind != "none" and amount is not None and (used[0] if used else 0) + cost > amount:
            raise RuntimeError("limit reached")
        stamp = _stamp(now)
        debited = con.execute(DEBIT, (cost, stamp, stamp, 1, cost)).fetchone()
        if debited is None:
            raise RuntimeError("insufficient credits")
        con.execute(USAGE_ROW, (sub_id, generation, period, 0)).fetchone()
        if kind != "none" and amount is not None:
            counted = con.execute(COUNT_WITHIN, (cost, sub_id, generation, period, cost, amount))
        else:
            counted = con.execute(COUNT, (cost, sub_id, generation, period))
        if counted.fetchone() is None:
            raise RuntimeError("limit reached meanwhile")
        task_id = con.execute(TASK, (sub_id, service[0], complexity[0], units, title, cost, stamp,
                                     f"{day.year:04d}-{day.month:02d}", generation, period, None,
                                     ACTOR)).lastrowid
        con.execute(LEDGER, (stamp, "task", -cost, debited[0], task_id, None, title, ACTOR))
        if held is not None:
            held.append(time.perf_counter() - began)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return int(task_id or 0), cost, int(debited[0])


def worker(path: str, sub_ids: list[int]) -> None:
    con = connect(path)
    print("ready", flush=True)
    seconds = float(sys.stdin.readline().split()[1])
    done = failed = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            submit(con, sub_ids[done % len(sub_ids)], "TRAD_TEXTE", 3, datetime.now(UTC))
            done += 1
        except Exception:  # noqa: BLE001 - counted, as the app's worker counts them
            failed += 1
    print(json.dumps({"done": done, "failed": failed}), flush=True)


if __name__ == "__main__":
    worker(sys.argv[1], [int(x) for x in sys.argv[2].split(",")])
