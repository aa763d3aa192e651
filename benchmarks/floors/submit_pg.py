"""Floor: a task submitted with bare psycopg, the app's eleven statements, one transaction.

Nothing of the project is imported. The statements are the ones `services.submit_task` sends
on PostgreSQL (captured from its engine: the same text, casts and parameters), in one READ
COMMITTED transaction, with the same checks in between. No ping before the transaction (the
app's `pool_pre_ping` is one of the costs this floor does without).

As a program (`python submit_pg.py DSN SUB_IDS`): a worker of the 8-process figure. It prints
"ready", waits for "go SECONDS" on stdin, submits until then, prints its count as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg

SERVICE = ("SELECT services.code, services.name, services.unit, services.rate, services.active "
           "\nFROM services \nWHERE services.code = %(code_1)s::VARCHAR AND "
           "services.active IS true")
COMPLEXITY = ("SELECT complexities.code, complexities.name, complexities.factor_permille "
              "\nFROM complexities \nWHERE complexities.code = %(code_1)s::VARCHAR")
SUB_ACCOUNT = (
    "SELECT sub_accounts.id, sub_accounts.name, sub_accounts.email, sub_accounts.department, "
    "sub_accounts.phone, sub_accounts.role, sub_accounts.can_submit, sub_accounts.can_see_usage, "
    "sub_accounts.can_see_invoices, sub_accounts.can_buy, sub_accounts.can_administer, "
    "sub_accounts.status, sub_accounts.limit_kind, sub_accounts.limit_amount, "
    "sub_accounts.limit_from, sub_accounts.limit_to, sub_accounts.limit_generation, "
    "sub_accounts.created_at \nFROM sub_accounts \nWHERE sub_accounts.id = %(id_1)s::INTEGER")
LATEST = ("SELECT (SELECT basket.last_use_at \nFROM basket \nWHERE basket.id = %(id_1)s::INTEGER)"
          " AS anon_1, (SELECT max(ledger_entries.at) AS max_1 \nFROM ledger_entries) AS anon_2, "
          "(SELECT max(invoices.issued_at) AS max_2 \nFROM invoices) AS anon_3")
COMPANY = (
    "SELECT company.id, company.name, company.legal_form, company.share_capital_cents, "
    "company.siren, company.siret, company.rcs, company.vat_number, company.address, "
    "company.billing_email, company.timezone, company.terms_approved_at, "
    "company.terms_approved_by, company.created_at \nFROM company \n"
    "WHERE company.id = %(id_1)s::INTEGER")
USED = ("SELECT usage.used \nFROM usage \nWHERE usage.sub_account_id = %(s)s::INTEGER AND "
        "usage.generation = %(g)s::INTEGER AND usage.period = %(p)s::VARCHAR")
DEBIT = ("UPDATE basket SET balance=(basket.balance - %(cost)s::BIGINT), last_use_at=CASE WHEN "
         "(basket.last_use_at IS NULL OR basket.last_use_at < %(now)s::TIMESTAMP WITH TIME ZONE)"
         " THEN %(now)s::TIMESTAMP WITH TIME ZONE ELSE basket.last_use_at END WHERE basket.id = "
         "%(id_1)s::INTEGER AND basket.balance >= %(cost)s::BIGINT RETURNING basket.balance")
USAGE_ROW = ("INSERT INTO usage (sub_account_id, generation, period, used) VALUES "
             "(%(s)s::INTEGER, %(g)s::INTEGER, %(p)s::VARCHAR, %(used)s::BIGINT) "
             "ON CONFLICT DO NOTHING RETURNING usage.sub_account_id, usage.generation, "
             "usage.period")
COUNT = ("UPDATE usage SET used=(usage.used + %(cost)s::BIGINT) WHERE usage.sub_account_id = "
         "%(s)s::INTEGER AND usage.generation = %(g)s::INTEGER AND usage.period = "
         "%(p)s::VARCHAR RETURNING usage.used")
COUNT_WITHIN = COUNT.replace(" RETURNING", " AND (usage.used + %(cost)s::BIGINT) <= "
                                           "%(limit)s::BIGINT RETURNING")
TASK = ("INSERT INTO tasks (sub_account_id, service_code, complexity_code, units, title, cost, "
        "submitted_at, month, generation, period, idem_key, actor) VALUES (%(s)s::INTEGER, "
        "%(service)s::VARCHAR, %(complexity)s::VARCHAR, %(units)s::BIGINT, %(title)s::VARCHAR, "
        "%(cost)s::BIGINT, %(now)s::TIMESTAMP WITH TIME ZONE, %(month)s::VARCHAR, "
        "%(g)s::INTEGER, %(p)s::VARCHAR, %(key)s::VARCHAR, %(actor)s::VARCHAR) "
        "RETURNING tasks.id")
LEDGER = ("INSERT INTO ledger_entries (at, kind, credits, balance_after, task_id, batch_id, note, "
          "actor) VALUES (%(now)s::TIMESTAMP WITH TIME ZONE, %(kind)s::VARCHAR, "
          "%(credits)s::BIGINT, %(balance)s::BIGINT, %(task)s::INTEGER, %(batch)s::INTEGER, "
          "%(title)s::VARCHAR, %(actor)s::VARCHAR) RETURNING ledger_entries.id")
STATEMENTS = 11
ACTOR = "administrateur"
CLOCK_SLACK = timedelta(minutes=5)


def _one(cursor: psycopg.Cursor) -> tuple:
    row = cursor.fetchone()
    if row is None:
        raise LookupError("no row")
    return row


def connect(dsn: str) -> psycopg.Connection:
    return psycopg.connect(dsn)  # not autocommit: the first statement opens the transaction


def submit(con: psycopg.Connection, sub_id: int, service_code: str, units: int, now: datetime,
           complexity_code: str = "STANDARD", title: str = "",
           held: list[float] | None = None) -> tuple[int, int, int]:
    """(task id, cost, balance after). `held` receives the time from the transaction's first
    statement to COMMIT about to be sent (the basket's row stays locked until then)."""
    began = time.perf_counter()
    try:
        service = con.execute(SERVICE, {"code_1": service_code}).fetchone()
        complexity = con.execute(COMPLEXITY, {"code_1": complexity_code}).fetchone()
        sub = con.execute(SUB_ACCOUNT, {"id_1": sub_id}).fetchone()
        if service is None or complexity is None or sub is None:
            raise LookupError("unknown service, complexity or sub-account")
        if sub[11] != "active" or not sub[6]:
            raise PermissionError(f"sub-account {sub_id} may not submit")
        known = [x for x in _one(con.execute(LATEST, {"id_1": 1})) if x is not None]
        if known and now < max(known) - CLOCK_SLACK:
            raise RuntimeError("clock behind")
        cost = max(1, -(-(units * service[3] * complexity[2]) // 1000))
        zone = ZoneInfo(_one(con.execute(COMPANY, {"id_1": 1}))[10])
        day = now.astimezone(zone).date()
        kind, amount, generation = sub[12], sub[13], sub[16]
        month = f"{day.year:04d}-{day.month:02d}"
        keys = {"s": sub_id, "g": generation, "p": "fixed" if kind == "fixed" else month}
        used = con.execute(USED, keys).fetchone()
        limited = kind != "none" and amount is not None
        if limited and (used[0] if used else 0) + cost > amount:
            raise RuntimeError("limit reached")
        debited = con.execute(DEBIT, {"cost": cost, "now": now, "id_1": 1}).fetchone()
        if debited is None:
            raise RuntimeError("insufficient credits")
        con.execute(USAGE_ROW, {**keys, "used": 0}).fetchone()
        counted = con.execute(COUNT_WITHIN if limited else COUNT,
                              {**keys, "cost": cost, "limit": amount}).fetchone()
        if counted is None:
            raise RuntimeError("limit reached meanwhile")
        inserted = con.execute(TASK, {**keys, "service": service[0], "complexity": complexity[0],
                                      "units": units, "title": title, "cost": cost, "now": now,
                                      "month": month, "key": None, "actor": ACTOR})
        task_id = _one(inserted)[0]
        con.execute(LEDGER, {"now": now, "kind": "task", "credits": -cost,
                             "balance": debited[0], "task": task_id, "batch": None,
                             "title": title, "actor": ACTOR}).fetchone()
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
