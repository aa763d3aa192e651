"""Helpers every use case shares: the company, its time zone, privileges and the journal."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Row, bindparam, select

from ..domain.dates import local_day, month_key, zone
from ..domain.errors import NotFound, NotInitialised, NotPermitted
from ..domain.text import INTEGER, clean_text, parse_id
from ..domain.vocabulary import AuditAction, Privilege, SubAccountStatus
from ..store import tables as t
from ..store.chains import insert_chained
from .results import Actor

MAX_DETAIL = 1000  # characters of one text in a journal entry's details
PRIVILEGE_COLUMNS = {
    Privilege.SUBMIT_TASKS: "can_submit",
    Privilege.SEE_OWN_USAGE: "can_see_usage",
    Privilege.SEE_INVOICES: "can_see_invoices",
    Privilege.BUY_CREDITS: "can_buy",
    Privilege.ADMINISTER: "can_administer",
}


# Built once (issue 12): the statements every use case runs, found in SQLAlchemy's compiled
# cache on each call instead of built and compiled again.
_COMPANY = select(t.company).where(t.company.c.id == 1)
_COMPANY_ZONE = select(t.company.c.timezone).where(t.company.c.id == 1)
_SUB_ACCOUNT_BY_ID = select(t.sub_accounts).where(t.sub_accounts.c.id == bindparam("p_id"))
_SUB_ACCOUNT_BY_EMAIL = select(t.sub_accounts).where(
    t.sub_accounts.c.email == bindparam("p_email"))


def company_row(conn: Connection) -> Row:
    row = conn.execute(_COMPANY).first()
    if row is None:
        raise NotInitialised()
    return row


def company_zone(conn: Connection) -> ZoneInfo:
    name = conn.execute(_COMPANY_ZONE).scalar()
    if name is None:
        raise NotInitialised()
    return zone(name)


def today(conn: Connection, now: datetime) -> date:
    """The day `now` falls on in the company's time zone."""
    return local_day(now, company_zone(conn))


def this_month(conn: Connection, now: datetime) -> str:
    """The month `now` falls in, in the company's time zone: 'YYYY-MM'."""
    return month_key(today(conn, now))


def require(conn: Connection, actor: Actor, privilege: Privilege) -> None:
    """The administrator may do everything; a sub-account holder only what it was granted
    (`administer` grants everything an administrator does)."""
    if actor.is_administrator:
        return
    row = conn.execute(_SUB_ACCOUNT_BY_ID, {"p_id": actor.sub_account_id}).first()
    column = PRIVILEGE_COLUMNS[privilege]
    granted = row is not None and (getattr(row, column) or row.can_administer)
    if row is None or row.status != SubAccountStatus.ACTIVE or not granted:
        raise NotPermitted(privilege, actor.name)


def _journal_json(values: Mapping[str, object]) -> str:
    bounded = {k: v[:MAX_DETAIL] if isinstance(v, str) else v for k, v in values.items()}
    return json.dumps(bounded, default=str, ensure_ascii=False, sort_keys=True)


def _changed(values: object) -> str | None:
    """`before` or `after` (a mapping, or None: not a change of values) as the journal's JSON.
    Typed `object` so that callers may spread their details (**values) beside it."""
    if values is None:
        return None
    assert isinstance(values, Mapping)
    return _journal_json(values)


def audit(conn: Connection, actor: Actor, action: AuditAction, now: datetime, *,
          before: object = None, after: object = None, **details: object) -> None:
    """One journal entry, chained (store/chains.py): who (the actor's name, the person's
    e-mail; the database role on PostgreSQL is the database's own), what, and for a change the
    values `before` and `after` it. Each text is bounded (the inputs already are: this keeps
    the journal small whatever a future caller passes)."""
    insert_chained(conn, "journal", {
        "at": now, "actor": actor.name, "action": action.value, "details": _journal_json(details),
        "person": actor.email,
        "before": _changed(before), "after": _changed(after),
    })


def changed_values(row: Row, values: Mapping[str, object]) -> tuple[dict[str, object],
                                                                    dict[str, object]]:
    """(before, after) of the columns of `row` that `values` changes: what the journal keeps
    of a change."""
    old = row._mapping
    keys = [k for k in values if k in old and old[k] != values[k]]
    return {k: old[k] for k in keys}, {k: values[k] for k in keys}


def sub_account_key(sub: int | str) -> tuple[str, int | str]:
    """How SUB (an id or an e-mail) finds its sub-account: ("id", number) or ("email", text)."""
    text = clean_text(sub, "sub_account", required=True)
    if isinstance(sub, int) or INTEGER.fullmatch(text):
        return "id", parse_id(text, "sub_account")
    return "email", text.lower()


def find_sub_account(conn: Connection, sub: int | str) -> Row:
    """A sub-account by id or e-mail (the command line's SUB)."""
    by, value = sub_account_key(sub)
    if by == "id":
        row = conn.execute(_SUB_ACCOUNT_BY_ID, {"p_id": value}).first()
    else:
        row = conn.execute(_SUB_ACCOUNT_BY_EMAIL, {"p_email": value}).first()
    if row is None:
        raise NotFound("sub_account", sub)
    return row


def get_setting(conn: Connection, key: str, default: str) -> str:
    value = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).scalar()
    return default if value is None else str(value)


def put_setting(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(t.settings.c.key).where(t.settings.c.key == key)).first():
        conn.execute(t.settings.update().where(t.settings.c.key == key).values(value=value))
    else:
        conn.execute(t.settings.insert().values(key=key, value=value))
