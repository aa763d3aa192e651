"""Tasks: estimate, submit (one atomic debit of basket and limit), list and refund."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, and_, bindparam, select

from ..domain.clock import check_clock
from ..domain.dates import local_day, month_key, parse_month, require_aware, zone
from ..domain.errors import (
    AlreadyRefunded,
    BadInput,
    IdempotencyConflict,
    InsufficientCredits,
    NotFound,
    NotInitialised,
    NotPermitted,
    SubAccountClosed,
    SubAccountSuspended,
)
from ..domain.limits import check_limit
from ..domain.pricing import Complexity, Service, parse_units, task_cost
from ..domain.text import clean_optional, clean_text, parse_id
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege
from ..store import tables as t
from ..store.chains import sqlite_head_columns
from ..store.engine import Database
from ..store.ops import (
    LATEST_ACTIVITY,
    append_ledger,
    basket_balance,
    count_usage,
    credit_basket,
    debit_basket,
    latest_activity,
    latest_of,
    new_id,
    used_in,
)
from .catalogue import find_complexity, find_service, lookup_code
from .clock import require_clock
from .common import audit, find_sub_account, require, sub_account_key
from .privileges import journals_refusals, own_scope, require_own
from .results import Actor, RefundResult, SubmitResult, TaskEstimate, TaskView
from .subaccounts import limit_of


@journals_refusals
def estimate_task(db: Database, actor: Actor, service_code: str, complexity_code: str,
                  units: object) -> TaskEstimate:
    count = parse_units(units)
    with db.read() as conn:
        require(conn, actor, Privilege.SUBMIT_TASKS)
        service = find_service(conn, service_code)
        complexity = find_complexity(conn, complexity_code)
    return TaskEstimate(service.code, complexity.code, count,
                        task_cost(count, service, complexity))


def _replay(conn: Connection, key: str, params: dict[str, object]) -> SubmitResult | None:
    row = conn.execute(select(t.tasks).where(t.tasks.c.idem_key == key)).first()
    if row is None:
        return None
    stored = {k: getattr(row, k) for k in params}
    if stored != params:
        raise IdempotencyConflict(key)
    sub = find_sub_account(conn, row.sub_account_id)
    limit = limit_of(sub)
    used = used_in(conn, sub.id, row.generation, row.period)
    remaining = limit.remaining(used) if row.generation == limit.generation else None
    return SubmitResult(row.id, row.cost, basket_balance(conn), remaining, True)


def _check_submitter(conn: Connection, actor: Actor, sub: Row) -> None:
    if not actor.is_administrator and actor.sub_account_id != sub.id:
        require(conn, actor, Privilege.ADMINISTER)
    if sub.status == "closed":
        raise SubAccountClosed(sub.id)
    if sub.status == "suspended":
        raise SubAccountSuspended(sub.id)
    if not sub.can_submit:
        raise NotPermitted(Privilege.SUBMIT_TASKS, sub.email)


# What a submit reads, built once (issue 12): the service, the complexity, the sub-account, the
# company's time zone and the latest recorded activity (the clock guard), in one statement.
_SERVICE_ON = and_(t.services.c.code == bindparam("p_service"), t.services.c.active.is_(True))
_SUBMIT_READ = select(
    t.sub_accounts,
    t.services.c.code.label("service_code_found"), t.services.c.name.label("service_name"),
    t.services.c.unit.label("service_unit"), t.services.c.rate.label("service_rate"),
    t.services.c.active.label("service_active"),
    t.complexities.c.code.label("complexity_code_found"),
    t.complexities.c.name.label("complexity_name"),
    t.complexities.c.factor_permille.label("complexity_factor"),
    t.company.c.timezone.label("company_timezone"),
    *LATEST_ACTIVITY,
).select_from(
    t.sub_accounts.outerjoin(t.services, _SERVICE_ON)
    .outerjoin(t.complexities, t.complexities.c.code == bindparam("p_complexity"))
    .outerjoin(t.company, t.company.c.id == 1)
)
_BY = {"id": t.sub_accounts.c.id == bindparam("p_sub"),
       "email": t.sub_accounts.c.email == bindparam("p_sub")}
# On SQLite the same read also takes the ledger chain's head, count and next id: the
# transaction holds the one write lock from its BEGIN IMMEDIATE, so they stay true until the
# entry is appended (on PostgreSQL the head is read as it is locked, store/chains.py).
_SUBMIT_READS = {
    (dialect, by): (_SUBMIT_READ if dialect == "postgresql"
                    else _SUBMIT_READ.add_columns(*sqlite_head_columns("ledger"))).where(where)
    for dialect in ("postgresql", "sqlite") for by, where in _BY.items()
}
_COMPANY_ZONE = select(t.company.c.timezone).where(t.company.c.id == 1)
_TASK_INSERT = t.tasks.insert()  # its columns from each call's parameters, always the same


@journals_refusals
def submit_task(
    db: Database,
    actor: Actor,
    *,
    sub_account: int | str,
    service_code: str,
    units: object,
    now: datetime,
    complexity_code: str = "STANDARD",
    title: str = "",
    key: str | None = None,
) -> SubmitResult:
    """Debit the basket and count against the limit, all or nothing. The same key twice gives
    the same task and one debit; refusals name the rule and change nothing.

    Everything that needs no database is done before the write transaction (on SQLite, the
    write lock): the inputs checked, the codes and SUB normalised; the statements are built
    once. In the transaction: one read (service, complexity, sub-account, time zone, latest
    activity), the basket's conditional debit, the usage's conditional upsert, the task, the
    ledger entry (chained)."""
    now = require_aware(now)
    count = parse_units(units)
    title = clean_text(title, "title")
    key = clean_optional(key, "key")
    try:  # a bad code or SUB: the lookups one by one say which, in the order they always did
        found: tuple[str, str, str, int | str] | None = (
            lookup_code(service_code), lookup_code(complexity_code), *sub_account_key(sub_account))
    except BadInput:
        found = None

    def work(conn: Connection) -> SubmitResult:
        row = None
        if found is not None:
            service_key, complexity_key, by, sub_key = found
            dialect = "postgresql" if conn.dialect.name == "postgresql" else "sqlite"
            row = conn.execute(_SUBMIT_READS[dialect, by], {
                "p_service": service_key, "p_complexity": complexity_key, "p_sub": sub_key,
            }).first()
        if row is None or row.service_code_found is None or row.complexity_code_found is None:
            # Something is unknown: found one by one, so that the refusal names it.
            service = find_service(conn, service_code)
            complexity = find_complexity(conn, complexity_code)
            sub = find_sub_account(conn, sub_account)
            timezone = conn.execute(_COMPANY_ZONE).scalar()
            latest = latest_activity(conn)
            ledger_head = None
        else:
            service = Service(row.service_code_found, row.service_name, row.service_unit,
                              row.service_rate, row.service_active)
            complexity = Complexity(row.complexity_code_found, row.complexity_name,
                                    row.complexity_factor)
            sub, timezone = row, row.company_timezone
            latest = latest_of(row.last_use_at, row.last_entry_at, row.last_issued_at)
            mapping = row._mapping
            ledger_head = ((mapping["ledger_head"], int(mapping["ledger_count"]),
                            int(mapping["ledger_next_id"]))
                           if mapping.get("ledger_head") is not None else None)
        return _submit(conn, actor, service, complexity, sub, timezone, latest, ledger_head,
                       count=count, title=title, key=key, now=now)

    # With a key, a COMMIT cut short by a lost connection is safe to send again: the key finds
    # the task it wrote, if it did (issue 16).
    return db.write(work, replayable=bool(key))


def _submit(conn: Connection, actor: Actor, service: Service, complexity: Complexity, sub: Row,
            timezone: str | None, latest: datetime | None,
            ledger_head: tuple[str, int, int] | None, *, count: int, title: str,
            key: str | None, now: datetime) -> SubmitResult:
    """The submit once its service, complexity and sub-account are found: the checks in their
    order, then the writes (`ledger_head`: see `insert_chained`'s `sqlite_head`)."""
    params = {"sub_account_id": sub.id, "service_code": service.code,
              "complexity_code": complexity.code, "units": count, "title": title}
    if actor.sub_account_id not in (None, sub.id):  # another's: an administrator's act
        require(conn, actor, Privilege.ADMINISTER)
    if key:
        replay = _replay(conn, key, params)
        if replay:
            return replay
    _check_submitter(conn, actor, sub)
    check_clock(now, latest)  # require_clock's guard, on the instants read above
    cost = task_cost(count, service, complexity)
    if timezone is None:
        raise NotInitialised()
    day = local_day(now, zone(timezone))
    limit = limit_of(sub)
    period = limit.period_key(day)
    check_limit(limit, 0, 0, day)  # a fixed limit's dates, before anything is written
    balance = debit_basket(conn, cost, now, touch=True)
    if balance is None:  # the limit's refusal, when there is one, comes first
        check_limit(limit, used_in(conn, sub.id, limit.generation, period), cost, day)
        raise InsufficientCredits(basket_balance(conn), cost)
    used = count_usage(conn, sub.id, limit.generation, period, cost, limit.amount)
    if used is None:  # over the limit (or a concurrent debit took the room): say which rule
        check_limit(limit, used_in(conn, sub.id, limit.generation, period), cost, day)
        raise AssertionError("limit race not explained")
    task_id = new_id(conn.execute(_TASK_INSERT, {
        **params, "cost": cost, "submitted_at": now, "month": month_key(day),
        "generation": limit.generation, "period": period, "idem_key": key or None,
        "actor": actor.name, "submitted_by": actor.email or actor.name,
    }))
    append_ledger(conn, at=now, kind=LedgerKind.TASK, credits=-cost, balance_after=balance,
                  actor=actor.name, task_id=task_id, note=title, sqlite_head=ledger_head)
    return SubmitResult(task_id, cost, balance, limit.remaining(used), False)


def _task_views(rows: Sequence[Row[Any]]) -> list[TaskView]:
    return [
        TaskView(r.id, r.sub_account_id, r.sub_name, r.service_code, r.complexity_code, r.units,
                 r.title, r.cost, r.submitted_at, r.month, r.refunded_at)
        for r in rows
    ]


# Each task with the name of its sub-account.
_TASKS = select(t.tasks, t.sub_accounts.c.name.label("sub_name")).join(
    t.sub_accounts, t.sub_accounts.c.id == t.tasks.c.sub_account_id)


@journals_refusals
def list_tasks(db: Database, actor: Actor, sub_account: int | str | None = None,
               month: str | None = None) -> list[TaskView]:
    """Every task, or one sub-account's; a holder sees their own only (`see_own_usage`)."""
    query = _TASKS
    if month:
        year, mon = parse_month(month)
        query = query.where(t.tasks.c.month == f"{year:04d}-{mon:02d}")
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        if sub_account is not None:
            sub_id = find_sub_account(conn, sub_account).id
            require_own(conn, actor, Privilege.SEE_OWN_USAGE, sub_id)
            query = query.where(t.tasks.c.sub_account_id == sub_id)
        elif own is not None:
            query = query.where(t.tasks.c.sub_account_id == own)
        rows = conn.execute(query.order_by(t.tasks.c.id.desc())).all()
    return _task_views(rows)


def task_views(conn: Connection, own: int | None = None) -> list[TaskView]:
    """Every task (or sub-account `own`'s), the latest first, with its sub-account's name."""
    query = _TASKS if own is None else _TASKS.where(t.tasks.c.sub_account_id == own)
    return _task_views(conn.execute(query.order_by(t.tasks.c.id.desc())).all())


@journals_refusals
def refund_task(db: Database, actor: Actor, task_id: object, *, now: datetime) -> RefundResult:
    """Credits go back to the basket and to the limit of the period the task counted in."""
    number = parse_id(task_id, "task")

    def work(conn: Connection) -> RefundResult:
        require(conn, actor, Privilege.ADMINISTER)
        row = conn.execute(select(t.tasks).where(t.tasks.c.id == number)).first()
        if row is None:
            raise NotFound("task", task_id)
        if row.refunded_at is not None:
            raise AlreadyRefunded(row.id)
        require_clock(conn, now)
        conn.execute(t.tasks.update().where(t.tasks.c.id == row.id).values(refunded_at=now))
        balance = credit_basket(conn, row.cost, now, touch=False)
        count_usage(conn, row.sub_account_id, row.generation, row.period, -row.cost, None)
        append_ledger(conn, at=now, kind=LedgerKind.REFUND, credits=row.cost, balance_after=balance,
                      actor=actor.name, task_id=row.id, note=row.title)
        audit(conn, actor, AuditAction.TASK_REFUND, now, task=row.id, credits=row.cost)
        return RefundResult(row.id, row.cost, balance)

    return db.write(work)
