"""SMTP settings: in the database, except the password, which lives in the system keyring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from ..domain.errors import BadInput
from ..domain.text import clean_text, parse_int
from ..domain.vocabulary import AuditAction, Privilege
from ..mail.message import SmtpSettings, check_smtp_settings, sends_password_in_clear
from ..mail.secrets import (
    PASSWORD_ENV_VAR,
    NoKeyring,
    keyring_available,
    load_password,
    store_password,
)
from ..store.engine import Database
from .common import audit, get_setting, put_setting, require
from .privileges import journals_refusals
from .results import Actor

# For the front ends, which never import mail/: the refusal to expect on a machine without a
# keyring, the variable that gives the password instead, and when a password goes in clear.
__all__ = ["PASSWORD_ENV_VAR", "NoKeyring", "SmtpView", "sends_password_in_clear", "set_smtp",
           "smtp_problems", "smtp_view"]


@dataclass(frozen=True)
class SmtpView:
    configured: bool
    host: str
    port: int
    security: str
    sender: str
    user: str
    cafile: str | None
    password_stored: bool
    keyring_available: bool
    allow_cleartext_auth: bool = False  # the password goes unencrypted, as someone allowed


def settings_of(conn: Connection) -> SmtpSettings | None:
    host = get_setting(conn, "smtp.host", "")
    if not host:
        return None
    return SmtpSettings(
        host=host, port=int(get_setting(conn, "smtp.port", "587")),
        security=get_setting(conn, "smtp.security", "starttls"),
        sender=get_setting(conn, "smtp.sender", ""), user=get_setting(conn, "smtp.user", ""),
        cafile=get_setting(conn, "smtp.cafile", "") or None,
        allow_cleartext_auth=get_setting(conn, "smtp.allow_cleartext_auth", "") == "yes",
    )


@journals_refusals
def smtp_view(db: Database, actor: Actor) -> SmtpView:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        current = settings_of(conn)
    return smtp_view_of(current)  # the keyring is asked once the transaction is over


def smtp_view_of(current: SmtpSettings | None) -> SmtpView:
    """The settings as the front ends show them: the password only as « stored or not »."""
    if current is None:
        return SmtpView(False, "", 587, "starttls", "", "", None, False, keyring_available())
    stored = bool(current.user) and load_password(current.host, current.user) is not None
    return SmtpView(True, current.host, current.port, current.security, current.sender,
                    current.user, current.cafile, stored, keyring_available(),
                    current.allow_cleartext_auth)


def parse_port(value: object) -> int:
    return parse_int(value, "port", minimum=1, maximum=65535)


def _typed(host: str, port: object, sender: str, user: str) -> tuple[str, int, str, str]:
    """Host, port, sender and user as typed, cleaned and bounded (BadInput naming the field)."""
    port_number = parse_port(port)  # first: the order in which refusals are said
    return (clean_text(host, "host"), port_number, clean_text(sender, "sender"),
            clean_text(user, "user"))


def smtp_problems(host: str, port: object, security: str, sender: str,
                  user: str) -> dict[str, BadInput]:
    """For a form: what `set_smtp` would refuse in these fields, by its own checks. A password
    sent in clear is not a mistake to show under a field: it is asked about when saving."""
    try:
        host, port_number, sender, user = _typed(host, port, sender, user)
        check_smtp_settings(host, port_number, security, sender, user, allow_cleartext_auth=True)
    except BadInput as error:
        return {error.field: error}
    return {}


def _cafile(path: str | None) -> str:
    """A certificate file to trust: it must exist when it is given."""
    text = clean_text(path, "cafile")
    if not text:
        return ""
    try:
        found = Path(text).expanduser().resolve()
        if not found.is_file():
            raise BadInput("cafile", "not_a_file", path)
    except OSError:  # a name too long for the file system, a loop of links...
        raise BadInput("cafile", "not_a_file", path) from None
    return str(found)


@journals_refusals
def set_smtp(
    db: Database, actor: Actor, *, host: str, port: object, security: str, sender: str,
    now: datetime, user: str = "", password: str | None = None, cafile: str | None = None,
    allow_cleartext_auth: bool = False,
) -> SmtpView:
    """Save the settings; the password (if given) goes to the keyring first, so a machine
    without one refuses with NoKeyring before anything is written. A user without encryption
    is refused unless `allow_cleartext_auth`, which is then recorded (and journalled)."""
    host, port_number, sender, user = _typed(host, port, sender, user)
    certificates = _cafile(cafile)
    if password is not None:
        clean_text(password, "password")
    check_smtp_settings(host, port_number, security, sender, user, allow_cleartext_auth)
    if password:
        store_password(host, user, password)
    values = {"host": host, "port": str(port_number), "security": security, "sender": sender,
              "user": user, "cafile": certificates}
    # Recorded only where it changes something, so "yes" always means a password in clear.
    cleartext = allow_cleartext_auth and sends_password_in_clear(security, user)
    values["allow_cleartext_auth"] = "yes" if cleartext else ""

    def work(conn: Connection) -> None:
        require(conn, actor, Privilege.ADMINISTER)
        was = {key: get_setting(conn, f"smtp.{key}", "") for key in values}
        for key, value in values.items():
            put_setting(conn, f"smtp.{key}", value)
        changed = [key for key in values if was[key] != values[key]]
        audit(conn, actor, AuditAction.SMTP_SET, now, **{k: v for k, v in values.items()},
              before={k: was[k] for k in changed}, after={k: values[k] for k in changed})

    db.write(work)
    return smtp_view(db, actor)
