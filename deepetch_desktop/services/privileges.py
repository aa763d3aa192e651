"""Who may do what (issue 11). Every service a front end calls takes the actor and checks it in
its own transaction: an administrator, or a holder granted `administer`, may do everything; any
other holder acts on their own sub-account only, within the privileges granted to it. A refusal
is `NotPermitted`, and `journals_refusals` writes it to the journal in a transaction of its own
(the refused one rolls back) before it reaches the front end."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, bindparam, select

from ..domain.errors import NotPermitted
from ..domain.vocabulary import AuditAction, Privilege, SubAccountStatus
from ..store import tables as t
from ..store.engine import Database
from .common import audit, require
from .results import Actor

P = ParamSpec("P")
R = TypeVar("R")

_JOURNALLED = "_journalled"  # set on a refusal once written, so nested services write it once


# Built once (issue 12).
_ADMINISTERS = select(t.sub_accounts.c.can_administer).where(
    t.sub_accounts.c.id == bindparam("p_id"),
    t.sub_accounts.c.status == SubAccountStatus.ACTIVE.value)


def administers(conn: Connection, actor: Actor) -> bool:
    """An administrator, or the holder of an active sub-account granted `administer`."""
    if actor.is_administrator:
        return True
    granted = conn.execute(_ADMINISTERS, {"p_id": actor.sub_account_id}).scalar()
    return bool(granted)


def require_any(conn: Connection, actor: Actor, first: Privilege, *others: Privilege) -> None:
    """One of the privileges; refused as lacking `first`."""
    for privilege in others:
        try:
            require(conn, actor, privilege)
            return
        except NotPermitted:
            continue
    require(conn, actor, first)


def own_scope(conn: Connection, actor: Actor, privilege: Privilege) -> int | None:
    """Check `privilege`, then say whose data the actor sees: None for everyone's (an
    administrator's), else the holder's own sub-account id, the only one they may see."""
    require(conn, actor, privilege)
    return None if administers(conn, actor) else actor.sub_account_id


def require_own(conn: Connection, actor: Actor, privilege: Privilege, sub_account_id: int) -> None:
    """`privilege` on the sub-account `sub_account_id`: a holder's own only; another's is an
    administrator's, so refused as lacking `administer`."""
    scope = own_scope(conn, actor, privilege)
    if scope is not None and scope != sub_account_id:
        raise NotPermitted(Privilege.ADMINISTER, actor.name)


def _when(args: tuple[object, ...], kwargs: dict[str, object]) -> datetime:
    now = kwargs.get("now")
    if isinstance(now, datetime) and now.tzinfo is not None:
        return now
    dated = [a for a in args if isinstance(a, datetime) and a.tzinfo is not None]
    return dated[0] if dated else datetime.now(UTC)


def record_refusal(db: Database, actor: Actor, attempted: str, refusal: NotPermitted,
                   now: datetime) -> None:
    """The refusal in the journal, committed on its own: who, which privilege was missing,
    what was attempted."""
    if getattr(refusal, _JOURNALLED, False):
        return

    def work(conn: Connection) -> None:
        audit(conn, actor, AuditAction.ACCESS_REFUSED, now, privilege=refusal.privilege.value,
              attempted=attempted, sub_account=actor.sub_account_id)

    db.write(work)
    setattr(refusal, _JOURNALLED, True)


def journals_refusals(
    service: Callable[Concatenate[Database, Actor, P], R],
) -> Callable[Concatenate[Database, Actor, P], R]:
    """Decorate a service `(db, actor, ...)`: a `NotPermitted` it raises is journalled (in its
    own transaction, dated by the call's `now` when it has one) and raised again."""

    @functools.wraps(service)
    def guarded(db: Database, actor: Actor, /, *args: P.args, **kwargs: P.kwargs) -> R:
        if not isinstance(actor, Actor):
            raise TypeError(f"{service.__name__}: the second argument is the Actor")
        try:
            return service(db, actor, *args, **kwargs)
        except NotPermitted as refusal:
            record_refusal(db, actor, service.__name__, refusal, _when(args, dict(kwargs)))
            raise

    return guarded
