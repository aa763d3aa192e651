"""Floor: a task submitted with raw sqlite3, the app's six statements, the same durability.

Nothing of the project is imported. The statements are the ones `services.submit_task` sends
on SQLite (captured from its engine with a `before_cursor_execute` listener: the same text, the
same parameters, in the same order), in one BEGIN IMMEDIATE transaction on a connection set up
like the app's (WAL, synchronous=FULL, foreign keys, a 30 s busy timeout):

1. one read: the sub-account, the service and complexity, the company's time zone, the latest
   activity (the clock guard) and the ledger chain's head, count and next id;
2. the basket's conditional debit; 3. the usage's conditional upsert; 4. the task;
5. the ledger entry with its link, SHA-256(previous link || canonical JSON of the row), the
   canonical form copied from the app's store/chains.py below; 6. the chain's head moved.

Between them, the same checks in Python: service and complexity known, the sub-account allowed
to submit, the clock not behind the latest activity, a fixed limit's dates, the limit, the
basket. The harness checks that the links this floor writes verify with the app's own chain code.

As a program (`python submit_sqlite.py PATH SUB_IDS`): a worker of the 8-process figure. It
prints "ready", waits for "go SECONDS" on stdin, submits until then, prints its count as JSON.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

READ = (
    "SELECT sub_accounts.id, sub_accounts.name, sub_accounts.email, sub_accounts.department, "
    "sub_accounts.phone, sub_accounts.role, sub_accounts.can_submit, sub_accounts.can_see_usage, "
    "sub_accounts.can_see_invoices, sub_accounts.can_buy, sub_accounts.can_administer, "
    "sub_accounts.status, sub_accounts.limit_kind, sub_accounts.limit_amount, "
    "sub_accounts.limit_from, sub_accounts.limit_to, sub_accounts.limit_generation, "
    "sub_accounts.created_at, services.code AS service_code_found, services.name AS "
    "service_name, services.unit AS service_unit, services.rate AS service_rate, "
    "services.active AS service_active, complexities.code AS complexity_code_found, "
    "complexities.name AS complexity_name, complexities.factor_permille AS complexity_factor, "
    "company.timezone AS company_timezone, (SELECT basket.last_use_at \nFROM basket \n"
    "WHERE basket.id = ?) AS last_use_at, (SELECT max(ledger_entries.at) AS max_1 \n"
    "FROM ledger_entries) AS last_entry_at, (SELECT max(invoices.issued_at) AS max_2 \n"
    "FROM invoices) AS last_issued_at, (SELECT chain_heads.head \nFROM chain_heads \n"
    "WHERE chain_heads.chain = ?) AS ledger_head, (SELECT chain_heads.count \n"
    "FROM chain_heads \nWHERE chain_heads.chain = ?) AS ledger_count, "
    "(SELECT coalesce(max(ledger_entries.id), ?) + ? AS anon_1 \nFROM ledger_entries) AS "
    "ledger_next_id \nFROM sub_accounts LEFT OUTER JOIN services ON services.code = ? AND "
    "services.active IS 1 LEFT OUTER JOIN complexities ON complexities.code = ? "
    "LEFT OUTER JOIN company ON company.id = ? \nWHERE sub_accounts.id = ?")
DEBIT = ("UPDATE basket SET balance=(basket.balance - ?), last_use_at=CASE WHEN "
         "(basket.last_use_at IS NULL OR basket.last_use_at < ?) THEN ? ELSE basket.last_use_at"
         " END WHERE basket.id = ? AND basket.balance >= ? RETURNING balance")
COUNT = ("INSERT INTO usage (sub_account_id, generation, period, used) VALUES (?, ?, ?, ?) "
         "ON CONFLICT (sub_account_id, generation, period) DO UPDATE SET used = "
         "(usage.used + ?) RETURNING used")
COUNT_WITHIN = COUNT.replace(" RETURNING", " WHERE usage.used + ? <= ? RETURNING")
TASK = ("INSERT INTO tasks (sub_account_id, service_code, complexity_code, units, title, cost, "
        "submitted_at, month, generation, period, idem_key, actor, submitted_by) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
LEDGER = ("INSERT INTO ledger_entries (id, at, kind, credits, balance_after, task_id, batch_id, "
          "note, actor, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
MOVE_HEAD = "UPDATE chain_heads SET head=?, count=? WHERE chain_heads.chain = ?"
# What one submit by a sub-account without a limit sends after BEGIN IMMEDIATE, in order.
SENT = (READ, DEBIT, COUNT, TASK, LEDGER, MOVE_HEAD)
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


# The chain's canonical form, as store/chains.py writes it: every column but `link`, NULLs left
# out, keys sorted, no spaces, instants in UTC ISO 8601 with microseconds, UTF-8.
def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def link_of(previous: str, row: dict[str, object]) -> str:
    content = {k: _plain(v) for k, v in row.items() if k != "link" and v is not None}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(previous.encode("ascii") + text.encode("utf-8")).hexdigest()


def submit(con: sqlite3.Connection, sub_id: int, service_code: str, units: int, now: datetime,
           complexity_code: str = "STANDARD", title: str = "",
           held: list[float] | None = None) -> tuple[int, int, int]:
    """(task id, cost, balance after). `held` receives the time from BEGIN IMMEDIATE done to
    COMMIT about to be sent: how long this submit held the write lock."""
    con.execute("BEGIN IMMEDIATE")
    began = time.perf_counter()
    try:
        r = con.execute(READ, (1, "ledger", "ledger", 0, 1, service_code, complexity_code, 1,
                               sub_id)).fetchone()
        if r is None or r[18] is None or r[23] is None:
            raise LookupError("unknown service, complexity or sub-account")
        if r[11] != "active" or not r[6]:
            raise PermissionError(f"sub-account {sub_id} may not submit")
        known = [x for x in map(_instant, r[27:30]) if x]
        if known and now < max(known) - CLOCK_SLACK:
            raise RuntimeError("clock behind")
        if r[30] is None:
            raise LookupError("the ledger chain has no head")
        cost = max(1, -(-(units * r[21] * r[25]) // 1000))
        day = now.astimezone(ZoneInfo(r[26])).date()
        month = f"{day.year:04d}-{day.month:02d}"
        kind, amount, generation = r[12], r[13], r[16]
        limited = kind != "none" and amount is not None
        period = "fixed" if kind == "fixed" else month
        if limited and kind == "fixed" and ((r[14] and day.isoformat() < r[14])
                                            or (r[15] and day.isoformat() > r[15])):
            raise RuntimeError("outside the limit's dates")
        stamp = _stamp(now)
        debited = con.execute(DEBIT, (cost, stamp, stamp, 1, cost)).fetchone()
        if debited is None:
            raise RuntimeError("insufficient credits")
        if limited and cost > amount:
            raise RuntimeError("limit reached")
        counted = (con.execute(COUNT_WITHIN, (sub_id, generation, period, cost, cost, cost,
                                              amount)) if limited else
                   con.execute(COUNT, (sub_id, generation, period, cost, cost))).fetchone()
        if counted is None:
            raise RuntimeError("limit reached")
        task_id = con.execute(TASK, (sub_id, r[18], r[23], units, title, cost, stamp, month,
                                     generation, period, None, ACTOR, ACTOR)).lastrowid
        entry = {"id": r[32], "at": now, "kind": "task", "credits": -cost,
                 "balance_after": debited[0], "task_id": task_id, "batch_id": None,
                 "note": title, "actor": ACTOR}
        link = link_of(r[30], entry)
        con.execute(LEDGER, (r[32], stamp, "task", -cost, debited[0], task_id, None, title,
                             ACTOR, link))
        con.execute(MOVE_HEAD, (link, int(r[31]) + 1, "ledger"))
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
