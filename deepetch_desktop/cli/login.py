"""Who runs a command (issue 11): `--user EMAIL` (or DEEPETCH_USER) with the password from
DEEPETCH_PASSWORD or typed at a prompt that does not echo it, else the login this computer
remembers (`deepetch login`). Passwords are never taken as arguments: they would show in the
shell's history and in the list of processes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.errors import (
    BadInput,
    NotAuthenticated,
    PasswordChangeRequired,
)
from .common import services, voice

if TYPE_CHECKING:
    from ..services import Actor, Database

USER_ENV = "DEEPETCH_USER"
PASSWORD_ENV = "DEEPETCH_PASSWORD"
NEW_PASSWORD_ENV = "DEEPETCH_NEW_PASSWORD"


def given_user(args: argparse.Namespace) -> str | None:
    """The e-mail given with --user, else DEEPETCH_USER, else None."""
    return getattr(args, "login_user", None) or os.environ.get(USER_ENV) or None


def _can_prompt() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed, or replaced by something that is not a file
        return False


def _prompt(text: str) -> str:
    try:
        return getpass.getpass(text)
    except EOFError:
        return ""


def password(args: argparse.Namespace, email: str, key: str = "login.password") -> str:
    """The password of `email`: DEEPETCH_PASSWORD, else typed without echo; refused as
    not_authenticated when there is neither (a cron job, a pipe)."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not _can_prompt():
        raise NotAuthenticated("no_password")
    return _prompt(voice(args.lang).say(key, email=email))


def new_password(args: argparse.Namespace, env: str = NEW_PASSWORD_ENV) -> str:
    """A new password: from `env`, else typed twice without echo (the two must agree)."""
    given = os.environ.get(env)
    if given:
        return given
    if not _can_prompt():
        raise BadInput("password", "not_typed")
    v = voice(args.lang)
    first = _prompt(v.say("login.new_password"))
    if _prompt(v.say("login.new_password_again")) != first:
        raise BadInput("password", "not_the_same")
    return first


def logged_in(db: Database, args: argparse.Namespace, now: datetime, *,
              changing_password: bool = False) -> Actor:
    """The person running the command: --user/DEEPETCH_USER with their password, else the
    login this computer remembers. A person with a one-time password may only change it."""
    if not services.has_people(db):
        if services.company(db) is None:
            # A new, empty database: nothing to protect yet, and nobody to log in; the
            # command says what it says without a company (most: run `deepetch init`).
            return services.ADMINISTRATOR
        raise NotAuthenticated("no_person")  # an old database: `people add-admin` first
    user = given_user(args)
    if user:
        login = services.authenticate(db, user, password(args, user), now)
        if login.must_change_password and not changing_password:
            raise PasswordChangeRequired()
        return login.actor
    actor = services.remembered_login(db, now)
    if actor is None:
        raise NotAuthenticated()
    return actor
