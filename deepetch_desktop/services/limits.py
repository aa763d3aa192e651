"""Setting a sub-account's limit: a change of kind sets the used count back to 0."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection

from ..domain.errors import BadInput, SubAccountClosed
from ..domain.limits import Limit, LimitKind, change_limit
from ..domain.vocabulary import AuditAction, Privilege, SubAccountStatus
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import used_in
from .common import audit, find_sub_account, require, today
from .privileges import journals_refusals
from .results import Actor, LimitChange, SubAccountView
from .subaccounts import limit_of, sub_account_view


def parse_kind(kind: str) -> LimitKind:
    try:
        return LimitKind(str(kind).strip().lower())
    except ValueError:
        raise BadInput("kind", "unknown_limit_kind", kind) from None


@dataclass(frozen=True)
class LimitSaved:
    """What the window shows after a change of limit: the change, and the sub-account's row
    as it now is (used, remaining), read in the transaction that made the change."""

    change: LimitChange
    sub_account: SubAccountView


@journals_refusals
def set_limit(
    db: Database,
    actor: Actor,
    sub: int | str,
    kind: str,
    amount: int | None,
    valid_from: date | None = None,
    valid_to: date | None = None,
    *,
    now: datetime,
) -> LimitChange:
    new_kind = parse_kind(kind)
    return db.write(lambda conn: _set_limit(conn, actor, sub, new_kind, amount, valid_from,
                                            valid_to, now))


@journals_refusals
def save_limit(
    db: Database,
    actor: Actor,
    sub: int | str,
    kind: str,
    amount: int | None,
    valid_from: date | None = None,
    valid_to: date | None = None,
    *,
    now: datetime,
) -> LimitSaved:
    """`set_limit`, returning the sub-account as the list shows it too (one transaction)."""
    new_kind = parse_kind(kind)

    def work(conn: Connection) -> LimitSaved:
        change = _set_limit(conn, actor, sub, new_kind, amount, valid_from, valid_to, now)
        return LimitSaved(change, sub_account_view(conn, change.sub_account_id, now))

    return db.write(work)


def _limit_values(limit: Limit) -> dict[str, object]:
    return {"kind": limit.kind.value, "amount": limit.amount, "valid_from": limit.valid_from,
            "valid_to": limit.valid_to, "generation": limit.generation}


def _set_limit(conn: Connection, actor: Actor, sub: int | str, new_kind: LimitKind,
               amount: int | None, valid_from: date | None, valid_to: date | None,
               now: datetime) -> LimitChange:
    require(conn, actor, Privilege.ADMINISTER)
    row = find_sub_account(conn, sub)
    if row.status == SubAccountStatus.CLOSED:
        raise SubAccountClosed(row.id)
    current = limit_of(row)
    new = change_limit(current, new_kind, amount, valid_from, valid_to)
    conn.execute(t.sub_accounts.update().where(t.sub_accounts.c.id == row.id).values(
        limit_kind=new.kind.value, limit_amount=new.amount, limit_from=new.valid_from,
        limit_to=new.valid_to, limit_generation=new.generation,
    ))
    reset = new.generation != current.generation
    audit(conn, actor, AuditAction.LIMIT_SET, now, id=row.id, name=row.name,
          kind=new.kind.value, amount=new.amount, valid_from=new.valid_from,
          valid_to=new.valid_to,
          previous_kind=current.kind.value, previous_amount=current.amount,
          used_reset=reset, before=_limit_values(current), after=_limit_values(new))
    period = new.period_key(today(conn, now))
    used = used_in(conn, row.id, new.generation, period)
    return LimitChange(row.id, new.kind, new.amount, new.valid_from, new.valid_to,
                       used, new.remaining(used), reset)
