"""People who log in (issue 11): `people list|add-admin|reset-password|lock|unlock`, `login`,
`logout` and `password`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, company_zone, fields, services, voice
from ..login import PASSWORD_ENV, given_user, logged_in, new_password, password
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database
    from ...services.people import PersonView

SELF = "self"  # the handler finds out who runs it (main.who_acts leaves args.actor None)


def register(commands: Commands) -> None:
    people = commands.actions(commands.add("people"), "people")
    people.add("list", cmd_list)
    add = people.add("add-admin", cmd_add_admin)
    add.set_defaults(who=SELF)
    add.add_argument("--name", required=True, help=people.help("add-admin --name"))
    add.add_argument("--email", required=True, help=people.help("add-admin --email"))
    for action, handler in (("reset-password", cmd_reset), ("lock", cmd_lock),
                            ("unlock", cmd_unlock)):
        people.add(action, handler).add_argument("email", metavar="EMAIL",
                                                 help=people.help(f"{action} EMAIL"))
    commands.add("login", cmd_login).set_defaults(who=SELF)
    commands.add("logout", cmd_logout).set_defaults(who=SELF)
    commands.add("password", cmd_password).set_defaults(who=SELF)


def person_data(p: PersonView) -> dict[str, object]:
    return fields(p)


def person_text(p: PersonView, lang: str, db: Database) -> str:
    v = voice(lang)
    role = (v.say("people.administrator") if p.is_administrator
            else v.say("people.holder", sub=p.sub_account_id))
    states = []
    if p.locked:
        states.append(v.say("people.locked"))
    elif p.locked_until is not None:
        states.append(v.say("people.locked_until", at=v.instant(p.locked_until,
                                                                company_zone(db))))
    if p.must_change_password:
        states.append(v.say("people.one_time"))
    return v.say("people.line", name=p.name, email=p.email, role=role,
                 state=", ".join(states) or v.say("people.active"))


def cmd_list(db: Database, args: argparse.Namespace, now: datetime) -> None:
    found, v = services.list_people(db, args.actor), voice(args.lang)
    rows = [[str(p.id), p.name, p.email,
             v.say("people.administrator") if p.is_administrator
             else v.say("people.holder", sub=p.sub_account_id),
             v.say("people.yes") if p.locked or (p.locked_until and p.locked_until > now)
             else "", v.say("people.yes") if p.must_change_password else ""]
            for p in found]
    emit(args.json, [person_data(p) for p in found],
         table(rows, v.headers("people.headers")) or v.say("people.empty"))


def cmd_add_admin(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """Allowed without logging in only while there is no administrator: it then creates the
    first one, with the password from DEEPETCH_PASSWORD or typed twice."""
    v = voice(args.lang)
    if services.has_administrator(db):
        actor = logged_in(db, args, now)
        person, one_time = services.add_administrator(db, actor, args.name, args.email, now)
        emit(args.json, {**person_data(person), "one_time_password": one_time},
             v.say("people.added_admin", name=person.name, email=person.email,
                   password=one_time))
        return
    chosen = services.check_password(new_password(args, PASSWORD_ENV))
    person = services.create_first_administrator(db, args.name, args.email, chosen, now)
    emit(args.json, {**person_data(person), "one_time_password": None},
         v.say("people.first_admin", name=person.name, email=person.email))


def cmd_reset(db: Database, args: argparse.Namespace, now: datetime) -> None:
    one_time = services.give_one_time_password(db, args.actor, args.email, now)
    emit(args.json, {"email": args.email.strip().lower(), "one_time_password": one_time},
         voice(args.lang).say("people.reset", email=args.email.strip().lower(),
                              password=one_time))


def cmd_lock(db: Database, args: argparse.Namespace, now: datetime) -> None:
    person = services.lock_person(db, args.actor, args.email, now)
    emit(args.json, person_data(person), person_text(person, args.lang, db))


def cmd_unlock(db: Database, args: argparse.Namespace, now: datetime) -> None:
    person = services.unlock_person(db, args.actor, args.email, now)
    emit(args.json, person_data(person), person_text(person, args.lang, db))


def cmd_login(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """Log in and have this computer remember it (a token in the keyring, 30 days)."""
    user = given_user(args)
    if not user:
        raise services.NotAuthenticated()
    if not services.can_remember_login():  # refused before the login is written anywhere
        raise services.LoginNotRemembered("")
    login = services.log_in(db, user, password(args, user), now)
    if login.must_change_password:
        raise services.PasswordChangeRequired()
    services.remember_login(db, login.actor, now)
    actor = login.actor
    emit(args.json, {"name": actor.name, "email": actor.email,
                     "sub_account_id": actor.sub_account_id, "remembered": True},
         voice(args.lang).say("login.done", name=actor.name, email=actor.email))


def cmd_logout(db: Database, args: argparse.Namespace, now: datetime) -> None:
    services.forget_login(db, now)
    emit(args.json, {"logged_out": True}, voice(args.lang).say("logout.done"))


def cmd_password(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """Change one's own password: who from --user/DEEPETCH_USER or the login remembered,
    the current password from DEEPETCH_PASSWORD or a prompt, the new one from
    DEEPETCH_NEW_PASSWORD or typed twice."""
    email = given_user(args)
    if not email:
        remembered = services.remembered_login(db, now)
        if remembered is None or remembered.email is None:
            raise services.NotAuthenticated()
        email = remembered.email
    old = password(args, email, "login.current_password")
    new = new_password(args)
    actor = services.change_password(db, email, old, new, now)
    emit(args.json, {"name": actor.name, "email": actor.email, "password_changed": True},
         voice(args.lang).say("password.done", name=actor.name))
