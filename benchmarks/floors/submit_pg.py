"""Floor: a task submitted with bare psycopg, the app's seven statements, one transaction.

Nothing of the project is imported. The statements are the ones `services.submit_task` sends
on PostgreSQL (captured from its engine with a `before_cursor_execute` listener: the same text,
casts and parameters, in the same order), in one READ COMMITTED transaction:

1. one read: the sub-account, the service and complexity, the company's time zone and the
   latest activity (the clock guard); 2. the basket's conditional debit (its row locked until
   COMMIT); 3. the usage's conditional upsert; 4. the task; 5. the ledger chain's head row
   locked by moving its count, returning the head, the count before, the next id and
   current_user; 6. the ledger entry with its link, SHA-256(previous link || canonical JSON of
   the row), the canonical form copied from the app's store/chains.py below; 7. the head moved.

Between them, the same checks in Python. No ping before the transaction (the app no longer
sends one either). The harness checks that the links this floor writes verify with the app's
own chain code.

As a program (`python submit_pg.py DSN SUB_IDS`): a worker of the 8-process figure. It prints
"ready", waits for "go SECONDS" on stdin, submits until then, prints its count as JSON.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg

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
    "WHERE basket.id = %(id_1)s::INTEGER) AS last_use_at, (SELECT max(ledger_entries.at) AS "
    "max_1 \nFROM ledger_entries) AS last_entry_at, (SELECT max(invoices.issued_at) AS max_2 \n"
    "FROM invoices) AS last_issued_at \nFROM sub_accounts LEFT OUTER JOIN services ON "
    "services.code = %(p_service)s::VARCHAR AND services.active IS true LEFT OUTER JOIN "
    "complexities ON complexities.code = %(p_complexity)s::VARCHAR LEFT OUTER JOIN company ON "
    "company.id = %(id_2)s::INTEGER \nWHERE sub_accounts.id = %(p_sub)s::INTEGER")
DEBIT = ("UPDATE basket SET balance=(basket.balance - %(p_credits)s::BIGINT), last_use_at=CASE "
         "WHEN (basket.last_use_at IS NULL OR basket.last_use_at < %(p_now)s::TIMESTAMP WITH "
         "TIME ZONE) THEN %(p_now)s::TIMESTAMP WITH TIME ZONE ELSE basket.last_use_at END WHERE "
         "basket.id = %(id_1)s::INTEGER AND basket.balance >= %(p_credits)s::BIGINT "
         "RETURNING basket.balance")
COUNT = ("INSERT INTO usage (sub_account_id, generation, period, used) VALUES "
         "(%(p_sub)s::INTEGER, %(p_generation)s::INTEGER, %(p_period)s::VARCHAR, "
         "%(p_first)s::BIGINT) ON CONFLICT (sub_account_id, generation, period) DO UPDATE SET "
         "used = (usage.used + %(p_cost)s::BIGINT) RETURNING usage.used")
COUNT_WITHIN = COUNT.replace(" RETURNING", " WHERE usage.used + %(p_cost)s::BIGINT <= "
                                           "%(p_limit)s::BIGINT RETURNING")
TASK = ("INSERT INTO tasks (sub_account_id, service_code, complexity_code, units, title, cost, "
        "submitted_at, month, generation, period, idem_key, actor, submitted_by) VALUES "
        "(%(sub_account_id)s::INTEGER, %(service_code)s::VARCHAR, %(complexity_code)s::VARCHAR, "
        "%(units)s::BIGINT, %(title)s::VARCHAR, %(cost)s::BIGINT, %(submitted_at)s::TIMESTAMP "
        "WITH TIME ZONE, %(month)s::VARCHAR, %(generation)s::INTEGER, %(period)s::VARCHAR, "
        "%(idem_key)s::VARCHAR, %(actor)s::VARCHAR, %(submitted_by)s::VARCHAR) "
        "RETURNING tasks.id")
TAKE_HEAD = ("UPDATE chain_heads SET count=(chain_heads.count + %(count_1)s::BIGINT) WHERE "
             "chain_heads.chain = %(p_chain)s::VARCHAR RETURNING chain_heads.head, "
             "chain_heads.count - %(count_2)s::BIGINT AS anon_1, "
             "nextval(pg_get_serial_sequence(%(pg_get_serial_sequence_1)s, "
             "%(pg_get_serial_sequence_2)s::VARCHAR)) AS nextval_1, CURRENT_USER AS "
             "current_user_1")
LEDGER = ("INSERT INTO ledger_entries (id, at, kind, credits, balance_after, task_id, batch_id, "
          "note, actor, link) VALUES (%(id)s::INTEGER, %(at)s::TIMESTAMP WITH TIME ZONE, "
          "%(kind)s::VARCHAR, %(credits)s::BIGINT, %(balance_after)s::BIGINT, "
          "%(task_id)s::INTEGER, %(batch_id)s::INTEGER, %(note)s::VARCHAR, %(actor)s::VARCHAR, "
          "%(link)s::VARCHAR)")
MOVE_HEAD = ("UPDATE chain_heads SET head=%(p_head)s::VARCHAR, count=%(p_count)s::BIGINT "
             "WHERE chain_heads.chain = %(p_chain)s::VARCHAR")
# What one submit by a sub-account without a limit sends, in order.
SENT = (READ, DEBIT, COUNT, TASK, TAKE_HEAD, LEDGER, MOVE_HEAD)
ACTOR = "administrateur"
CLOCK_SLACK = timedelta(minutes=5)


def _one(cursor: psycopg.Cursor) -> tuple:
    row = cursor.fetchone()
    if row is None:
        raise LookupError("no row")
    return row


def connect(dsn: str) -> psycopg.Connection:
    return psycopg.connect(dsn)  # not autocommit: the first statement opens the transaction


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


def submit(con: psycopg.Connection, sub_id: int, service_code: str, units: int, now: datetime,
           complexity_code: str = "STANDARD", title: str = "",
           held: list[float] | None = None) -> tuple[int, int, int]:
    """(task id, cost, balance after). `held` receives the time from the transaction's first
    statement to COMMIT about to be sent (the basket's row stays locked until then)."""
    began = time.perf_counter()
    try:
        r = con.execute(READ, {"id_1": 1, "p_service": service_code,
                               "p_complexity": complexity_code, "id_2": 1,
                               "p_sub": sub_id}).fetchone()
        if r is None or r[18] is None or r[23] is None:
            raise LookupError("unknown service, complexity or sub-account")
        if r[11] != "active" or not r[6]:
            raise PermissionError(f"sub-account {sub_id} may not submit")
        known = [x for x in r[27:30] if x is not None]
        if known and now < max(known) - CLOCK_SLACK:
            raise RuntimeError("clock behind")
        cost = max(1, -(-(units * r[21] * r[25]) // 1000))
        day = now.astimezone(ZoneInfo(r[26])).date()
        month = f"{day.year:04d}-{day.month:02d}"
        kind, amount, generation = r[12], r[13], r[16]
        limited = kind != "none" and amount is not None
        period = "fixed" if kind == "fixed" else month
        if limited and kind == "fixed" and ((r[14] and day < r[14]) or (r[15] and day > r[15])):
            raise RuntimeError("outside the limit's dates")
        debited = con.execute(DEBIT, {"p_credits": cost, "p_now": now, "id_1": 1}).fetchone()
        if debited is None:
            raise RuntimeError("insufficient credits")
        if limited and cost > amount:
            raise RuntimeError("limit reached")
        keys = {"p_sub": sub_id, "p_generation": generation, "p_period": period,
                "p_first": cost, "p_cost": cost}
        counted = (con.execute(COUNT_WITHIN, {**keys, "p_limit": amount}) if limited else
                   con.execute(COUNT, keys)).fetchone()
        if counted is None:
            raise RuntimeError("limit reached")
        task_id = _one(con.execute(TASK, {
            "sub_account_id": sub_id, "service_code": r[18], "complexity_code": r[23],
            "units": units, "title": title, "cost": cost, "submitted_at": now, "month": month,
            "generation": generation, "period": period, "idem_key": None, "actor": ACTOR,
            "submitted_by": ACTOR}))[0]
        head, count, entry_id, _role = _one(con.execute(TAKE_HEAD, {
            "count_1": 1, "p_chain": "ledger", "count_2": 1,
            "pg_get_serial_sequence_1": "ledger_entries", "pg_get_serial_sequence_2": "id"}))
        entry = {"id": entry_id, "at": now, "kind": "task", "credits": -cost,
                 "balance_after": debited[0], "task_id": task_id, "batch_id": None,
                 "note": title, "actor": ACTOR}
        link = link_of(head, entry)
        con.execute(LEDGER, {**entry, "link": link})
        con.execute(MOVE_HEAD, {"p_head": link, "p_count": int(count) + 1, "p_chain": "ledger"})
        if held is not None:
            held.append(time.perf_counter() - began)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return int(task_id), cost, int(debited[0])


def worker(dsn: str, sub_ids: list[int]) -> None:
    con = connect(dsn)
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
