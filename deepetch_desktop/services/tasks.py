"""Tasks: estimate, submit (one atomic debit of basket and limit), list and refund."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, select

from ..domain.dates import month_key, parse_month, require_aware
from ..domain.errors import (
    AlreadyRefunded,
    IdempotencyConflict,
    InsufficientCredits,
    NotFound,
    NotPermitted,
    SubAccountClosed,
    SubAccountSuspended,
)
from ..domain.limits import check_limit
from ..domain.pricing import parse_units, task_cost
from ..domain.text import clean_optional, clean_text, parse_id
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import (
    append_ledger,
    basket_balance,
    count_usage,
    credit_basket,
    debit_basket,
    new_id,
    used_in,
)
from .catalogue import find_complexity, find_service
from .clock import require_clock
from .common import audit, find_sub_account, require, today
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
    the same task and one debit; refusals name the rule and change nothing."""
    now = require_aware(now)
    count = parse_units(units)
    title = clean_text(title, "title")
    key = clean_optional(key, "key")

    def work(conn: Connection) -> SubmitResult:
        service = find_service(conn, service_code)
        complexity = find_complexity(conn, complexity_code)
        sub = find_sub_account(conn, sub_account)
        params = {"sub_account_id": sub.id, "service_code": service.code,
                  "complexity_code": complexity.code, "units": count, "title": title}
        if actor.sub_account_id not in (None, sub.id):  # another's: an administrator's act
            require(conn, actor, Privilege.ADMINISTER)
        if key:
            replay = _replay(conn, key, params)
            if replay:
                return replay
        _check_submitter(conn, actor, sub)
        require_clock(conn, now)
        cost = task_cost(count, service, complexity)
        day = today(conn, now)
        limit = limit_of(sub)
        period = limit.period_key(day)
        check_limit(limit, used_in(conn, sub.id, limit.generation, period), cost, day)
        balance = debit_basket(conn, cost, now, touch=True)
        if balance is None:
            raise InsufficientCredits(basket_balance(conn), cost)
        used = count_usage(conn, sub.id, limit.generation, period, cost, limit.amount)
        if used is None:  # a concurrent debit took the room between the check and now
            check_limit(limit, used_in(conn, sub.id, limit.generation, period), cost, day)
            raise AssertionError("limit race not explained")
        task_id = new_id(conn.execute(t.tasks.insert().values(
            **params, cost=cost, submitted_at=now, month=month_key(day),
            generation=limit.generation, period=period, idem_key=key or None, actor=actor.name,
            submitted_by=actor.email or actor.name,
        )))
        append_ledger(conn, at=now, kind=LedgerKind.TASK, credits=-cost, balance_after=balance,
                      actor=actor.name, task_id=task_id, note=title)
        return SubmitResult(task_id, cost, balance, limit.remaining(used), False)

    return db.write(work)


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
