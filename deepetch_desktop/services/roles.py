"""`deepetch roles setup`: PostgreSQL's roles for a shared database (issue 11)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..domain.errors import DatabaseRefused, RoleRefused
from ..store import roles
from ..store.engine import Database
from .installation import installation_id

INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True)
class RolesSetup:
    """`owner` owns the schema; workstations log in as members of `admin_role` or
    `member_role`. `created`: the roles made by this run (none when they existed); `owned`:
    how many tables, sequences and functions were given to the owner by this run; `tables`:
    those the two group roles have rights on; `unruled`: tables of the schema this program has
    no rule for (granted nothing)."""

    owner: str
    admin_role: str
    member_role: str
    created: list[str]
    owned: int
    tables: list[str]
    unruled: list[str]


def require_postgresql(url: str) -> None:
    """Refuse, before anything is opened (a SQLite file would be created), a database that is
    not PostgreSQL's: on SQLite the file's permissions are the boundary."""
    try:
        backend = make_url(url).get_backend_name()
    except (ArgumentError, ValueError):
        raise DatabaseRefused("bad_url", url) from None
    if backend != "postgresql":
        raise DatabaseRefused("roles_need_postgresql", make_url(url).database or url)


def setup_roles(db: Database) -> RolesSetup:
    """Create (if missing) the schema's owner role and the two group roles, give the owner
    every table, sequence and function of the schema, grant each group its rules. Run once by a
    superuser or the database's owner, after the migrations (the database is open: they ran);
    again after an upgrade that added tables changes nothing else."""
    if db.dialect != "postgresql":
        raise DatabaseRefused("roles_need_postgresql", db.location)
    try:
        # Made now, by the owner: a member's role may not add a setting, and a holder's
        # « remember me » needs the id (the keyring entry is named after it).
        installation_id(db)
        done = db.write(roles.setup)
    except RoleRefused:  # what the database refuses this role (Database.write says so)
        raise DatabaseRefused("roles_not_permitted", db.location) from None
    except DBAPIError as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise DatabaseRefused("roles_not_permitted", db.location) from None
        raise
    return RolesSetup(done.owner, done.admin_role, done.member_role, done.created, done.owned,
                      done.tables, done.unruled)


def acts_as_admin(db: Database) -> bool:
    """Whether the role this program is connected as may do an administrator's work in the
    database (a superuser, the schema's owner, a member of deepetch_admin): what a window
    asks before running the catch-up on a colleague's workstation, whose role (in
    deepetch_member) may not send the outbox, archive invoices or record an expiry. On SQLite,
    always: whoever can write the file is the administrator."""
    if db.dialect != "postgresql":
        return True
    with db.read() as conn:
        return roles.acts_as_admin(conn)
