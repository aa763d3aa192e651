"""People who log in (issue 11): administrators and sub-account holders, their passwords
(Argon2id hashes), one-time passwords, locks, and « remember me » tokens.

Five wrong passwords in a row lock a person for 15 minutes; the count and the lock live in the
database, so the lock holds on every workstation. Every login, failed attempt and lock is
journalled; a failed attempt is written in a transaction of its own, committed before the
refusal reaches the front end. A remembered login is a random token in the system keyring;
the database keeps only its SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import Connection, Row, bindparam, func, select

from ..domain.errors import (
    AccountLocked,
    BadCredentials,
    BadInput,
    LoginNotRemembered,
    NotAuthenticated,
    NotFound,
    NotPermitted,
)
from ..domain.identity import check_email, check_name
from ..domain.passwords import check_password as password_rule
from ..domain.passwords import normalised
from ..domain.text import clean_text
from ..domain.vocabulary import AuditAction, Privilege
from ..resources_path import resource
from ..store import tables as t
from ..store.engine import Database
from .common import audit, get_setting, require
from .installation import KEY as INSTALLATION_KEY
from .installation import installation_id
from .privileges import journals_refusals
from .results import Actor

LOCK_AFTER = 5  # wrong passwords in a row
LOCK_FOR = timedelta(minutes=15)
TOKEN_LIFETIME = timedelta(days=30)
TOKEN_BYTES = 32
# One-time passwords: 4 groups of 4 from letters and digits that cannot be mistaken for one
# another (no 0/o, 1/l/i), about 79 bits.
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    email: str
    is_administrator: bool
    sub_account_id: int | None
    must_change_password: bool
    locked: bool
    locked_until: datetime | None
    failed_attempts: int
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class Login:
    """Who logged in; `must_change_password` when it was with a one-time password (the
    person changes it before anything else)."""

    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class DemoLogin:
    name: str
    email: str
    password: str | None  # None when the person chose it (never printed back)
    is_administrator: bool


# --- the password rule ----------------------------------------------------------------------


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (resources/common_passwords.txt), lower-cased."""
    text = resource("common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def check_password(password: str) -> str:
    """The password rule: at least 10 characters, not a common password; BadInput on the
    field "password" otherwise (for the forms, as the password is typed)."""
    return password_rule(password, common_passwords())


def one_time_password() -> str:
    return "-".join("".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(4))
                    for _ in range(4))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# Argon2 (store/password_hashes) and the keyring (store/login_keyring) are imported when a
# password is hashed or checked, or a token kept: a command run with a remembered login checks
# a SHA-256 without loading Argon2, one run with a password never loads the keyring.


def hash_password(password: str) -> str:
    from ..store.password_hashes import hash_password as argon2_hash

    return argon2_hash(password)


def verify_password(stored: str, password: str) -> tuple[bool, str | None]:
    from ..store.password_hashes import verify_password as argon2_verify

    return argon2_verify(stored, password)


# --- reading --------------------------------------------------------------------------------


def _typed_email(email: str) -> str:
    """An e-mail typed to log in, as stored (lower-cased); never refused here: a wrong one is
    a wrong login, said like a wrong password."""
    try:
        return clean_text(email, "email").lower()
    except BadInput:  # control characters, lone surrogates, far too long: nobody's e-mail
        return ""


# The lookups of every command's login, built once (compiled once).
_PERSON_BY_EMAIL = select(t.people).where(t.people.c.email == bindparam("p_email"))
_ANYONE = select(t.people.c.id).limit(1)
_AN_ADMINISTRATOR = select(t.people.c.id).where(t.people.c.is_administrator.is_(True)).limit(1)
_PERSON_BY_TOKEN = (
    select(t.people).join(t.login_tokens, t.login_tokens.c.person_id == t.people.c.id)
    .where(t.login_tokens.c.token_hash == bindparam("p_hash"),
           t.login_tokens.c.revoked_at.is_(None),
           t.login_tokens.c.expires_at > bindparam("p_now")))


def _person(conn: Connection, email: str) -> Row | None:
    return conn.execute(_PERSON_BY_EMAIL, {"p_email": _typed_email(email)}).first()


def _existing_person(conn: Connection, email: str) -> Row:
    """The person of `email`, or NotFound naming it."""
    row = _person(conn, email)
    if row is None:
        raise NotFound("person", email)
    return row


def _view_of(conn: Connection, person_id: int) -> PersonView:
    """The person as they are now, after a change in this transaction."""
    return _view(conn.execute(select(t.people).where(t.people.c.id == person_id)).one())


def _view(row: Row) -> PersonView:
    return PersonView(row.id, row.name, row.email, bool(row.is_administrator),
                      row.sub_account_id, bool(row.must_change_password), bool(row.locked),
                      row.locked_until, row.failed_attempts, row.created_at, row.last_login_at)


def actor_of(row: Row) -> Actor:
    """The Actor a person acts as: an administrator has no sub-account, a holder theirs."""
    return Actor(row.name, None if row.is_administrator else row.sub_account_id, row.id,
                 row.email)


def _locked_until(row: Row, now: datetime) -> datetime | None:
    return row.locked_until if row.locked_until is not None and row.locked_until > now else None


def _refusal_if_locked(row: Row, now: datetime) -> AccountLocked | None:
    if row.locked:
        return AccountLocked()
    until = _locked_until(row, now)
    if until is not None:
        minutes = max(1, -(-int((until - now).total_seconds()) // 60))
        return AccountLocked(until, minutes)
    return None


def has_people(db: Database) -> bool:
    """Whether anyone may log in to this database (an old database upgraded has nobody)."""
    with db.read() as conn:
        return conn.execute(_ANYONE).first() is not None


def has_administrator(db: Database) -> bool:
    with db.read() as conn:
        return _has_administrator(conn)


def _has_administrator(conn: Connection) -> bool:
    return conn.execute(_AN_ADMINISTRATOR).first() is not None


@journals_refusals
def list_people(db: Database, actor: Actor) -> list[PersonView]:
    """Everyone who may log in, administrators first (an administrator's)."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        rows = conn.execute(select(t.people).order_by(
            t.people.c.is_administrator.desc(), t.people.c.name, t.people.c.id)).all()
    return [_view(row) for row in rows]


# --- creating people ------------------------------------------------------------------------


def _insert_person(conn: Connection, *, name: str, email: str, password_hash: str,
                   now: datetime, administrator: bool, sub_account_id: int | None = None,
                   must_change: bool) -> Row:
    from ..store.ops import new_id  # the write path's statements: not for logging in

    if _person(conn, email) is not None:
        raise BadInput("email", "already_used", email)
    person_id = new_id(conn.execute(t.people.insert().values(
        name=name, email=email, is_administrator=administrator,
        sub_account_id=sub_account_id, password_hash=password_hash,
        must_change_password=must_change, locked=False, failed_attempts=0,
        locked_until=None, created_at=now)))
    row = conn.execute(select(t.people).where(t.people.c.id == person_id)).one()
    return row


def create_first_administrator(db: Database, name: str, email: str, password: str,
                               now: datetime) -> PersonView:
    """The first administrator, with the password they chose; only while there is none
    (NotPermitted afterwards: an administrator adds the others)."""
    name, email = check_name(name), check_email(email).lower()
    if not email:
        raise BadInput("email", "required")
    hashed = hash_password(check_password(password))  # slow: before the transaction

    def work(conn: Connection) -> PersonView:
        if _has_administrator(conn):
            raise NotPermitted(Privilege.ADMINISTER, name)
        row = _insert_person(conn, name=name, email=email, password_hash=hashed, now=now,
                             administrator=True, must_change=False)
        audit(conn, actor_of(row), AuditAction.PERSON_ADDED, now, email=email,
              administrator=True, first=True)
        return _view(row)

    return db.write(work)


@journals_refusals
def add_administrator(db: Database, actor: Actor, name: str, email: str,
                      now: datetime) -> tuple[PersonView, str]:
    """Another administrator, with a one-time password (returned, to hand over) that they
    change at their first login."""
    name, email = check_name(name), check_email(email).lower()
    if not email:
        raise BadInput("email", "required")
    password = one_time_password()
    hashed = hash_password(password)

    def work(conn: Connection) -> PersonView:
        require(conn, actor, Privilege.ADMINISTER)
        row = _insert_person(conn, name=name, email=email, password_hash=hashed, now=now,
                             administrator=True, must_change=True)
        audit(conn, actor, AuditAction.PERSON_ADDED, now, email=email, administrator=True)
        return _view(row)

    return db.write(work), password


def _revoke_tokens(conn: Connection, person_id: int, now: datetime) -> None:
    conn.execute(t.login_tokens.update().where(
        t.login_tokens.c.person_id == person_id,
        t.login_tokens.c.revoked_at.is_(None)).values(revoked_at=now))


@journals_refusals
def give_one_time_password(db: Database, actor: Actor, email: str, now: datetime) -> str:
    """A new one-time password for the person with this e-mail (a reset: their remembered
    logins end, a lock after wrong passwords is lifted). For a sub-account's e-mail with no
    person yet, the sub-account's holder is created. The password is returned to hand over;
    it must be changed at the first login."""
    wanted = check_email(email).lower()
    if not wanted:
        raise BadInput("email", "required")
    password = one_time_password()
    hashed = hash_password(password)

    def work(conn: Connection) -> str:
        require(conn, actor, Privilege.ADMINISTER)
        row = _person(conn, wanted)
        if row is None:
            sub = conn.execute(select(t.sub_accounts).where(
                func.lower(t.sub_accounts.c.email) == wanted)).first()
            if sub is None:
                raise NotFound("person", wanted)
            row = _insert_person(conn, name=sub.name, email=wanted, password_hash=hashed,
                                 now=now, administrator=False, sub_account_id=sub.id,
                                 must_change=True)
            audit(conn, actor, AuditAction.PERSON_ADDED, now, email=wanted,
                  sub_account=sub.id)
        else:
            conn.execute(t.people.update().where(t.people.c.id == row.id).values(
                password_hash=hashed, must_change_password=True, failed_attempts=0,
                locked_until=None))
            _revoke_tokens(conn, row.id, now)
        audit(conn, actor, AuditAction.PERSON_PASSWORD_RESET, now, email=wanted)
        return password

    return db.write(work)


reset_password = give_one_time_password


# --- locks ----------------------------------------------------------------------------------


@journals_refusals
def lock_person(db: Database, actor: Actor, email: str, now: datetime) -> PersonView:
    """Lock someone out until an administrator unlocks them; their remembered logins end."""
    wanted = check_email(email).lower()

    def work(conn: Connection) -> PersonView:
        require(conn, actor, Privilege.ADMINISTER)
        row = _existing_person(conn, wanted)
        if actor.person_id is not None and row.id == actor.person_id:
            raise BadInput("email", "is_yourself", wanted)
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(locked=True))
        _revoke_tokens(conn, row.id, now)
        audit(conn, actor, AuditAction.PERSON_LOCKED, now, email=wanted,
              by="administrator")
        return _view_of(conn, row.id)

    return db.write(work)


@journals_refusals
def unlock_person(db: Database, actor: Actor, email: str, now: datetime) -> PersonView:
    """Lift a lock, an administrator's or the one wrong passwords brought."""
    wanted = check_email(email).lower()

    def work(conn: Connection) -> PersonView:
        require(conn, actor, Privilege.ADMINISTER)
        row = _existing_person(conn, wanted)
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(
            locked=False, failed_attempts=0, locked_until=None))
        audit(conn, actor, AuditAction.PERSON_UNLOCKED, now, email=wanted)
        return _view_of(conn, row.id)

    return db.write(work)


# --- logging in -----------------------------------------------------------------------------


@cache
def _decoy_hash() -> str:
    """A hash to check an unknown e-mail's password against: the refusal takes as long as
    for a known one, and so does not tell who has an account."""
    return hash_password(secrets.token_urlsafe(16))


def _failed(db: Database, email: str, reason: str, now: datetime) -> AccountLocked | None:
    """A failed attempt counted and journalled, committed on its own; the lock it brings on
    the LOCK_AFTER-th in a row (journalled too)."""

    def work(conn: Connection) -> AccountLocked | None:
        row = _person(conn, email)
        if row is None:
            audit(conn, Actor(email or "?"), AuditAction.PERSON_LOGIN_FAILED, now,
                  email=email, reason=reason)
            return None
        who = actor_of(row)
        if reason != "wrong_password":
            audit(conn, who, AuditAction.PERSON_LOGIN_FAILED, now, email=row.email,
                  reason=reason)
            return None
        # Counted by the database itself: two workstations failing at once both count.
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(
            failed_attempts=t.people.c.failed_attempts + 1))
        attempts = conn.execute(select(t.people.c.failed_attempts).where(
            t.people.c.id == row.id)).scalar_one()
        audit(conn, who, AuditAction.PERSON_LOGIN_FAILED, now, email=row.email,
              reason=reason, attempts=attempts)
        if attempts < LOCK_AFTER:
            return None
        until = now + LOCK_FOR
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(
            failed_attempts=0, locked_until=until))
        _revoke_tokens(conn, row.id, now)
        audit(conn, who, AuditAction.PERSON_LOCKED, now, email=row.email, by="attempts",
              until=until.isoformat())
        return AccountLocked(until, int(LOCK_FOR.total_seconds() // 60))

    return db.write(work)


def _check(db: Database, email: str, password: str, now: datetime) -> tuple[Row, str | None]:
    """The person whose e-mail and password these are, and a new hash when theirs was made
    with older parameters; the refusal otherwise (written to the journal first)."""
    wanted = _typed_email(email)
    with db.read() as conn:
        row = _person(conn, wanted)
    if row is None:
        verify_password(_decoy_hash(), normalised(str(password or "")))
        _failed(db, wanted, "unknown_email", now)
        raise BadCredentials()
    refusal = _refusal_if_locked(row, now)
    if refusal is not None:
        _failed(db, wanted, "locked", now)
        raise refusal
    ok, rehashed = verify_password(row.password_hash, normalised(str(password or "")))
    if not ok:
        locked = _failed(db, wanted, "wrong_password", now)
        raise locked or BadCredentials()
    return row, rehashed


def log_in(db: Database, email: str, password: str, now: datetime) -> Login:
    """Log in (the window, `deepetch login`): journalled as a login; wrong e-mail or password
    BadCredentials, a locked person AccountLocked; the count of wrong passwords restarts."""
    row, rehashed = _check(db, email, password, now)

    def work(conn: Connection) -> Row:
        values: dict[str, object] = {"failed_attempts": 0, "locked_until": None,
                                     "last_login_at": now}
        if rehashed is not None:
            values["password_hash"] = rehashed
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(**values))
        audit(conn, actor_of(row), AuditAction.PERSON_LOGIN, now, email=row.email,
              one_time=bool(row.must_change_password))
        return conn.execute(select(t.people).where(t.people.c.id == row.id)).one()

    done = db.write(work)
    return Login(actor_of(done), bool(done.must_change_password))


def authenticate(db: Database, email: str, password: str, now: datetime) -> Login:
    """Check a person's e-mail and password for one command of the command line (`--user`):
    refused and journalled like a login, but a success writes nothing unless it must (the
    count of wrong passwords to restart, a hash to upgrade): what the command does is
    journalled under the person's name, and a refused command leaves the database as it was."""
    row, rehashed = _check(db, email, password, now)
    if rehashed is not None or row.failed_attempts or row.locked_until is not None:

        def work(conn: Connection) -> None:
            values: dict[str, object] = {"failed_attempts": 0, "locked_until": None}
            if rehashed is not None:
                values["password_hash"] = rehashed
            conn.execute(t.people.update().where(t.people.c.id == row.id).values(**values))

        db.write(work)
    return Login(actor_of(row), bool(row.must_change_password))


def change_password(db: Database, email: str, old_password: str, new_password: str,
                    now: datetime) -> Actor:
    """A person changes their own password (a one-time one first of all): the old one is
    checked like a login, the new one by the rule; every remembered login ends."""
    new = check_password(new_password)
    if new == normalised(str(old_password or "")):
        raise BadInput("password", "same_as_old")
    hashed = hash_password(new)
    row, _ = _check(db, email, old_password, now)

    def work(conn: Connection) -> Row:
        conn.execute(t.people.update().where(t.people.c.id == row.id).values(
            password_hash=hashed, must_change_password=False, failed_attempts=0,
            locked_until=None, password_changed_at=now))
        _revoke_tokens(conn, row.id, now)
        audit(conn, actor_of(row), AuditAction.PERSON_PASSWORD_CHANGED, now, email=row.email)
        return conn.execute(select(t.people).where(t.people.c.id == row.id)).one()

    return actor_of(db.write(work))


# --- « remember me » ------------------------------------------------------------------------


def remember_login(db: Database, actor: Actor, now: datetime) -> None:
    """Keep a new random token for `actor` in this computer's keyring (the database keeps its
    SHA-256, valid 30 days); LoginNotRemembered when no keyring works here."""
    from ..store import login_keyring

    if actor.person_id is None:
        raise NotAuthenticated()
    if not login_keyring.available():
        raise login_keyring.unavailable()
    installation = installation_id(db)
    token = secrets.token_urlsafe(TOKEN_BYTES)

    def work(conn: Connection) -> None:
        conn.execute(t.login_tokens.insert().values(
            person_id=actor.person_id, token_hash=token_hash(token), created_at=now,
            expires_at=now + TOKEN_LIFETIME, revoked_at=None))

    db.write(work)
    try:
        login_keyring.save_token(installation, token)
    except LoginNotRemembered:
        _revoke(db, token, now)
        raise


def _revoke(db: Database, token: str, now: datetime) -> None:
    def work(conn: Connection) -> None:
        conn.execute(t.login_tokens.update().where(
            t.login_tokens.c.token_hash == token_hash(token),
            t.login_tokens.c.revoked_at.is_(None)).values(revoked_at=now))

    db.write(work)


def can_remember_login() -> bool:
    """Whether this computer has a keyring that may keep a login (asked before logging in,
    so that `deepetch login` without one refuses before anything is written)."""
    from ..store import login_keyring

    return login_keyring.available()


def _known_installation(db: Database) -> str | None:
    """This database's installation id when it has one already (a read: no token can have
    been kept for a database that has none yet)."""
    with db.read() as conn:
        return get_setting(conn, INSTALLATION_KEY, "") or None


def remembered_login(db: Database, now: datetime) -> Actor | None:
    """The person this computer remembers for this database: their token from the keyring,
    when it is neither expired nor revoked and the person is not locked; else None. Reads
    only."""
    from ..store import login_keyring

    installation = _known_installation(db)
    token = login_keyring.load_token(installation) if installation else None
    if not token:
        return None
    with db.read() as conn:
        row = conn.execute(_PERSON_BY_TOKEN,
                           {"p_hash": token_hash(token), "p_now": now}).first()
    if row is None or _refusal_if_locked(row, now) is not None or row.must_change_password:
        return None
    return actor_of(row)


def forget_login(db: Database, now: datetime) -> None:
    """Log out on this computer: the token is revoked and leaves the keyring."""
    from ..store import login_keyring

    installation = _known_installation(db)
    if installation is None:
        return
    token = login_keyring.load_token(installation)
    if token:
        _revoke(db, token, now)
    login_keyring.delete_token(installation)


# --- the demo -------------------------------------------------------------------------------


def create_demo_logins(db: Database, now: datetime, *, admin_name: str | None = None,
                       admin_email: str | None = None,
                       admin_password: str | None = None) -> list[DemoLogin]:
    """The demo company's logins: its administrator (the one given, with the password they
    chose, else Claire Dubois with a generated password) and the holder of its first
    sub-account (a generated password). Generated passwords are returned to be shown; they
    need no change, this being a demo."""
    name = admin_name or "Claire Dubois"
    email = (admin_email or "direction@atelier-lumiere.fr").lower()
    password = one_time_password() if admin_password is None else admin_password
    create_first_administrator(db, name, email, password, now)
    logins = [DemoLogin(name, email, None if admin_password is not None else password, True)]
    with db.read() as conn:
        sub = conn.execute(select(t.sub_accounts).order_by(t.sub_accounts.c.id).limit(1)).first()
    if sub is not None:
        holder_password = one_time_password()
        hashed = hash_password(holder_password)

        def work(conn: Connection) -> None:
            row = _insert_person(conn, name=sub.name, email=sub.email.lower(),
                                 password_hash=hashed, now=now, administrator=False,
                                 sub_account_id=sub.id, must_change=False)
            audit(conn, actor_of(row), AuditAction.PERSON_ADDED, now, email=row.email,
                  sub_account=sub.id, demo=True)

        db.write(work)
        logins.append(DemoLogin(sub.name, sub.email.lower(), holder_password, False))
    return logins
