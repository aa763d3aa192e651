"""Sub-accounts: profile, privileges, status, and their list with usage this period."""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
)

from ..domain.errors import BadInput, SubAccountClosed, field_refusals
from ..domain.identity import check_email, check_name, check_phone
from ..domain.limits import FIXED_PERIOD, Limit, LimitKind, remaining, validate_limit
from ..domain.text import FORBIDDEN, clean_text, max_length
from ..domain.vocabulary import STATUS_ACTIONS, AuditAction, Privilege, SubAccountStatus
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import driver_rows, new_id
from .common import (
    audit,
    changed_values,
    company_row,
    find_sub_account,
    require,
    this_month,
)
from .privileges import journals_refusals, own_scope, require_own
from .results import Actor, Privileges, SubAccountView

DEFAULT_PRIVILEGES = Privileges()


def limit_of(row: Row) -> Limit:
    return Limit(LimitKind(row.limit_kind), row.limit_amount, row.limit_from, row.limit_to,
                 row.limit_generation)


def privileges_of(row: Row) -> Privileges:
    return Privileges(row.can_submit, row.can_see_usage, row.can_see_invoices, row.can_buy,
                      row.can_administer)


def _privilege_values(p: Privileges) -> dict[str, bool]:
    return {
        "can_submit": p.submit_tasks, "can_see_usage": p.see_own_usage,
        "can_see_invoices": p.see_invoices, "can_buy": p.buy_credits,
        "can_administer": p.administer,
    }


def view_of(row: Row, used: int) -> SubAccountView:
    limit = limit_of(row)
    return SubAccountView(
        id=row.id, name=row.name, email=row.email, department=row.department, phone=row.phone,
        role=row.role, privileges=privileges_of(row),
        status=SubAccountStatus(row.status), limit_kind=limit.kind, limit_amount=row.limit_amount,
        limit_from=row.limit_from, limit_to=row.limit_to, used=used,
        remaining=limit.remaining(used),
    )


def _usage_join(month: str | ColumnElement[str]) -> ColumnElement[bool]:
    """Each sub-account's usage row of its current limit and period (month, or 'fixed')."""
    s, u = t.sub_accounts, t.usage
    period = case((s.c.limit_kind == LimitKind.FIXED, literal(FIXED_PERIOD)),
                  else_=literal(month) if isinstance(month, str) else month)  # Limit.period_key
    return and_(u.c.sub_account_id == s.c.id, u.c.generation == s.c.limit_generation,
                u.c.period == period)


def list_query(month: str | ColumnElement[str]) -> Select[Any]:
    return select(t.sub_accounts, t.usage.c.used.label("period_used")).join(
        t.usage, _usage_join(month), isouter=True)


def _listing(month: str | ColumnElement[str], *, outer: bool = True) -> Select[Any]:
    columns = (t.sub_accounts.c[name] for name in _LIST_COLUMNS)
    return select(*columns, t.usage.c.used).join(t.usage, _usage_join(month), isouter=outer)


_LIST_COLUMNS = (
    "id", "name", "email", "department", "phone", "role", "can_submit", "can_see_usage",
    "can_see_invoices", "can_buy", "can_administer", "status", "limit_kind", "limit_amount",
    "limit_from", "limit_to",
)
# One sub-account with its usage row (list_query's columns), built once.
_ONE_WITH_USAGE = list_query(bindparam("p_month", type_=String)).where(
    t.sub_accounts.c.id == bindparam("p_id"))
# The whole list, and a holder's own line, by name: built once, compiled once per dialect.
_LIST_ALL = _listing(bindparam("p_month", type_=String)).order_by(t.sub_accounts.c.name)
_LIST_OWN = _LIST_ALL.where(t.sub_accounts.c.id == bindparam("p_own"))


@journals_refusals
def list_sub_accounts(db: Database, actor: Actor, now: datetime) -> list[SubAccountView]:
    """Every sub-account with its usage this period: one query, built for 100 000 rows. A
    holder (`see_own_usage`) sees their own only."""
    with db.read() as conn:
        return sub_account_views(conn, now, own_scope(conn, actor, Privilege.SEE_OWN_USAGE))


def sub_account_views(conn: Connection, now: datetime,
                      own: int | None = None) -> list[SubAccountView]:
    """Every sub-account, or only sub-account `own` (a holder's)."""
    month = this_month(conn, now)
    if own is None:
        return _views(driver_rows(conn, _LIST_ALL, {"p_month": month}))
    return _views(driver_rows(conn, _LIST_OWN, {"p_month": month, "p_own": own}))


SORT_KEYS = ("name", "email", "department", "limit_kind", "limit_amount", "used", "remaining",
             "status")


@dataclass(frozen=True)
class SubAccountPage:
    """One window of the sub-account list, as filtered and sorted, and how many match."""

    total: int
    offset: int
    rows: tuple[SubAccountView, ...]


@journals_refusals
def page_sub_accounts(
    db: Database, actor: Actor, now: datetime, *, search: str = "", sort: str = "name",
    descending: bool = False, offset: int = 0, limit: int = 200,
) -> SubAccountPage:
    """Filter (every word must appear in the name, e-mail or department, case-insensitive) and
    sort in the database, and return `limit` rows from `offset`: a list of 100 000 sub-accounts
    opens and filters without loading them all."""
    if sort not in SORT_KEYS:
        raise BadInput("sort", "unknown", sort)
    s, u = t.sub_accounts, t.usage
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        month = this_month(conn, now)
        used = func.coalesce(u.c.used, 0)
        left = case((s.c.limit_amount.is_(None), None),  # remaining(), in SQL, to sort on
                    else_=func.max(s.c.limit_amount - used, 0)
                    if conn.dialect.name == "sqlite"
                    else func.greatest(s.c.limit_amount - used, 0))
        where = [] if own is None else [s.c.id == own]
        words = FORBIDDEN.sub(" ", search[:max_length("search")]).lower().split()
        for word in words[:8]:  # a search is not refused: what cannot match is left out
            pattern = _like(word)
            where.append(or_(func.lower(s.c.name).like(pattern, escape="\\"),
                             func.lower(s.c.email).like(pattern, escape="\\"),
                             func.lower(s.c.department).like(pattern, escape="\\")))
        computed = {"used": used, "remaining": left}
        order = computed[sort] if sort in computed else s.c[sort]
        order_by = [order.desc() if descending else order.asc(), s.c.id]
        base = _listing(month).where(*where)
        total = conn.execute(select(func.count()).select_from(
            select(s.c.id).where(*where).subquery())).scalar_one()
        rows = conn.execute(base.order_by(*order_by).offset(max(0, offset))
                            .limit(max(1, min(limit, 5000)))).all()
    return SubAccountPage(int(total), offset, tuple(_views(rows)))


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _day(value: object) -> date | None:
    """A date column read through the driver: SQLite gives its ISO text."""
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


_STATUS = {status.value: status for status in SubAccountStatus}
_KIND = {kind.value: kind for kind in LimitKind}


def _views(rows: Sequence[Any]) -> list[SubAccountView]:
    privileges: dict[tuple[bool, ...], Privileges] = {}
    views: list[SubAccountView] = []
    append = views.append
    gc_was_enabled = gc.isenabled()
    gc.disable()  # 100 000 new objects, none of them cyclic: no collection needed meanwhile
    try:
        for (id_, name, email, dept, phone, role, p1, p2, p3, p4, p5, status, kind, amount,
             start, end, used) in rows:
            key = (p1, p2, p3, p4, p5)
            grant = privileges.get(key)
            if grant is None:
                grant = privileges[key] = Privileges(*map(bool, key))
            used = used or 0
            # A dictionary, not the enum's call: a fraction of the cost over 100 000 rows.
            limit_kind = _KIND[kind]
            append(SubAccountView(id_, name, email, dept, phone, role, grant, _STATUS[status],
                                  limit_kind, amount, _day(start), _day(end), used,
                                  remaining(limit_kind, amount, used)))
    finally:
        if gc_was_enabled:
            gc.enable()
    return views


def sub_account_view(conn: Connection, sub: int | str, now: datetime) -> SubAccountView:
    row = find_sub_account(conn, sub)
    full = conn.execute(_ONE_WITH_USAGE, {"p_month": this_month(conn, now), "p_id": row.id}).one()
    return view_of(full, int(full.period_used or 0))


@journals_refusals
def get_sub_account(db: Database, actor: Actor, sub: int | str,
                    now: datetime) -> SubAccountView:
    """One sub-account with its usage: a holder's own only (`see_own_usage`)."""
    with db.read() as conn:
        require_own(conn, actor, Privilege.SEE_OWN_USAGE, find_sub_account(conn, sub).id)
        return sub_account_view(conn, sub, now)


# Each field of a profile and its check, as adding or updating a sub-account applies them.
PROFILE_CHECKS: dict[str, Callable[[str], str]] = {
    "name": check_name,
    "email": lambda text: check_email(text).lower(),
    "department": lambda text: clean_text(text, "department"),
    "phone": check_phone,
    "role": lambda text: clean_text(text, "role"),
}


def _profile(name: str, email: str, department: str, phone: str, role: str) -> dict[str, str]:
    typed = {"name": name, "email": email, "department": department, "phone": phone,
             "role": role}
    return {field: check(typed[field]) for field, check in PROFILE_CHECKS.items()}


def profile_problems(typed: Mapping[str, str]) -> dict[str, BadInput]:
    """For a form: what adding the sub-account would refuse in each field typed, by its own
    checks (an e-mail address already used is said when saving)."""
    return field_refusals(PROFILE_CHECKS, typed)


def _email_taken(conn: Connection, email: str, except_id: int | None = None) -> None:
    query = select(t.sub_accounts.c.id).where(t.sub_accounts.c.email == email)
    found = conn.execute(query).scalar()
    if found is not None and found != except_id:
        raise BadInput("email", "already_used", email)


@journals_refusals
def add_sub_account(
    db: Database, actor: Actor, *, name: str, email: str, now: datetime, department: str = "",
    phone: str = "", role: str = "", privileges: Privileges = DEFAULT_PRIVILEGES,
    limit_kind: str = "none", limit_amount: int | None = None,
) -> SubAccountView:
    """A new sub-account, with its limit from the start (`limit_kind` "monthly" or "fixed"
    and `limit_amount` credits; a fixed limit's period is set later with `set_limit`), in
    one transaction: it never exists, even for a moment, without the limit chosen."""
    profile = _profile(name, email, department, phone, role)
    try:
        kind = LimitKind(limit_kind)
    except ValueError:
        raise BadInput("kind", "unknown_limit_kind", limit_kind) from None
    validate_limit(kind, limit_amount, None, None)
    limit = {"limit_kind": kind.value, "limit_amount": limit_amount}

    def work(conn: Connection) -> SubAccountView:
        require(conn, actor, Privilege.ADMINISTER)
        company_row(conn)
        _email_taken(conn, profile["email"])
        created = new_id(conn.execute(t.sub_accounts.insert().values(
            **profile, **_privilege_values(privileges), status="active", **limit,
            limit_generation=1, created_at=now,
        )))
        audit(conn, actor, AuditAction.SUBACCOUNT_ADD, now, id=created, **profile,
              **({} if kind is LimitKind.NONE else limit))
        return sub_account_view(conn, created, now)

    return db.write(work)


@journals_refusals
def update_sub_account(
    db: Database, actor: Actor, sub: int | str, *, name: str, email: str, now: datetime,
    department: str = "", phone: str = "", role: str = "",
    privileges: Privileges | None = None,
) -> SubAccountView:
    profile = _profile(name, email, department, phone, role)

    def work(conn: Connection) -> SubAccountView:
        require(conn, actor, Privilege.ADMINISTER)
        row = find_sub_account(conn, sub)
        _email_taken(conn, profile["email"], except_id=row.id)
        values: dict[str, object] = dict(profile)
        if privileges is not None:
            values.update(_privilege_values(privileges))
        conn.execute(t.sub_accounts.update().where(t.sub_accounts.c.id == row.id).values(values))
        before, after = changed_values(row, values)  # profile and privileges
        audit(conn, actor, AuditAction.SUBACCOUNT_UPDATE, now, id=row.id, **values,
              before=before, after=after)
        return sub_account_view(conn, row.id, now)

    return db.write(work)


def _set_status(db: Database, actor: Actor, sub: int | str, status: SubAccountStatus,
                now: datetime) -> SubAccountView:
    def work(conn: Connection) -> SubAccountView:
        require(conn, actor, Privilege.ADMINISTER)
        row = find_sub_account(conn, sub)
        if row.status == SubAccountStatus.CLOSED and status is not SubAccountStatus.CLOSED:
            raise SubAccountClosed(row.id)
        if row.status != status:
            conn.execute(t.sub_accounts.update().where(t.sub_accounts.c.id == row.id)
                         .values(status=status.value))
            audit(conn, actor, STATUS_ACTIONS[status], now, id=row.id, name=row.name,
                  before={"status": row.status}, after={"status": status.value})
        return sub_account_view(conn, row.id, now)

    return db.write(work)


@journals_refusals
def suspend_sub_account(db: Database, actor: Actor, sub: int | str,
                        now: datetime) -> SubAccountView:
    return _set_status(db, actor, sub, SubAccountStatus.SUSPENDED, now)


@journals_refusals
def reactivate_sub_account(db: Database, actor: Actor, sub: int | str,
                           now: datetime) -> SubAccountView:
    return _set_status(db, actor, sub, SubAccountStatus.ACTIVE, now)


@journals_refusals
def close_sub_account(db: Database, actor: Actor, sub: int | str,
                      now: datetime) -> SubAccountView:
    """Closed for good: history is kept, it cannot be reopened."""
    return _set_status(db, actor, sub, SubAccountStatus.CLOSED, now)


@journals_refusals
def near_limit_sub_accounts(db: Database, actor: Actor, now: datetime, percent: int = 80,
                            limit: int = 10) -> list[SubAccountView]:
    """Active sub-accounts with a limit that have used at least `percent` % of it this period,
    closest to their limit first: the dashboard's list, without loading every sub-account."""
    s, u = t.sub_accounts, t.usage
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        rows = conn.execute(
            _listing(this_month(conn, now), outer=False)
            .where(*([] if own is None else [s.c.id == own]), s.c.limit_kind != "none",
                   s.c.status == "active", s.c.limit_amount > 0,
                   u.c.used * 100 >= s.c.limit_amount * percent)
            .order_by((u.c.used * 1000 / s.c.limit_amount).desc(), s.c.name)
            .limit(max(1, limit))
        ).all()
    return _views(rows)
