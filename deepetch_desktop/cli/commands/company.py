"""The company account: `init`, `company show|set`, `terms`, `status` and `demo`."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.errors import BadInput, NotInitialised
from ...domain.identity import check_email, check_name
from ..common import Commands, company_zone, fields, services, voice
from ..login import PASSWORD_ENV, USER_ENV, logged_in, new_password
from ..output import emit

if TYPE_CHECKING:
    from ...services import Database
    from ...services.results import CompanyView

# option -> the company's field; only the options given change
OPTIONS = {"name": "name", "legal_form": "legal_form", "siren": "siren", "vat": "vat_number",
           "address": "address", "country": "country",
           "einvoicing_address": "einvoicing_address", "email": "billing_email",
           "timezone": "timezone"}


def register(commands: Commands) -> None:
    init = commands.add("init", cmd_init)
    init.add_argument("--company", required=True, help=commands.help("init --company"))
    init.add_argument("--siren", default="", help=commands.help("init --siren"))
    init.add_argument("--vat", help=commands.help("init --vat"))
    init.add_argument("--legal-form", default="", help=commands.help("init --legal-form"))
    init.add_argument("--address", default="", help=commands.help("init --address"))
    init.add_argument("--country", default="FR", help=commands.help("init --country"))
    init.add_argument("--einvoicing-address", default="",
                      help=commands.help("init --einvoicing-address"))
    init.add_argument("--email", default="", help=commands.help("init --email"))
    init.add_argument("--timezone", default="Europe/Paris", help=commands.help("init --timezone"))
    init.add_argument("--admin-name", help=commands.help("init --admin-name"))
    init.add_argument("--admin-email", help=commands.help("init --admin-email"))
    init.set_defaults(who="self")  # the first administrator is created here

    actions = commands.actions(commands.add("company"), "company")
    actions.add("show", cmd_company_show)
    change = actions.add("set", cmd_company_set)
    for option in ("--name", "--legal-form", "--siren", "--vat", "--address", "--country",
                   "--einvoicing-address", "--email", "--timezone"):
        change.add_argument(option, help=actions.help(f"set {option}"))

    commands.add("terms", cmd_terms).add_argument("action", choices=["approve", "show"],
                                                  help=commands.help("terms action"))
    commands.add("status", cmd_status)
    commands.add("demo", cmd_demo).set_defaults(who="self")


def cmd_init(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """The company and its first administrator (--admin-name, --admin-email, by default
    DEEPETCH_USER; the password from DEEPETCH_PASSWORD or typed twice), all checked before
    anything is written. Where an administrator exists already, one of them runs it."""
    admin: tuple[str, str, str] | None = None
    if services.has_administrator(db):
        actor = logged_in(db, args, now)
    else:
        typed = args.admin_email or os.environ.get(USER_ENV) or ""
        if not typed.strip():
            raise BadInput("admin_email", "required")
        try:
            email = check_email(typed).lower()
        except BadInput as refused:
            raise BadInput("admin_email", refused.problem, typed) from None
        name = check_name(args.admin_name or email)
        chosen = services.check_password(new_password(args, PASSWORD_ENV))
        admin, actor = (name, email, chosen), services.Actor(name, None, None, email)
    view = services.init_company(
        db, actor, name=args.company, siren=args.siren, vat_number=args.vat,
        legal_form=args.legal_form, address=args.address.replace("\\n", "\n"), email=args.email,
        timezone=args.timezone, country=args.country,
        einvoicing_address=args.einvoicing_address, now=now)
    v = voice(args.lang)
    text = v.say("init.done", name=view.name, siren=view.siren)
    if admin is not None:
        person = services.create_first_administrator(db, *admin, now)
        text += "\n" + v.say("init.admin", name=person.name, email=person.email)
    emit(args.json, view, text)


def company_text(view: CompanyView, lang: str) -> str:
    return voice(lang).say(
        "company.details", name=view.name + (f" {view.legal_form}" if view.legal_form else ""),
        siren=view.siren or "—", vat=view.vat_number or "—",
        address=view.address.replace("\n", ", ") or "—", country=view.country,
        einvoicing=view.einvoicing_address or "—", email=view.billing_email or "—",
        timezone=view.timezone)


def cmd_company_show(db: Database, args: argparse.Namespace, now: datetime) -> None:
    view = services.company(db)
    if view is None:
        raise NotInitialised()
    emit(args.json, view, company_text(view, args.lang))


def cmd_company_set(db: Database, args: argparse.Namespace, now: datetime) -> None:
    given = {field: getattr(args, option) for option, field in OPTIONS.items()
             if getattr(args, option) is not None}
    if "address" in given:
        given["address"] = given["address"].replace("\\n", "\n")
    update = services.update_company(db, args.actor, now=now, **given)
    v = voice(args.lang)
    head = (v.say("company.changed", fields=", ".join(v.say(f"company.{f}")
                                                      for f in update.changed))
            if update.changed else v.say("company.unchanged"))
    emit(args.json, {**fields(update.company), "changed": list(update.changed)},
         head + "\n" + company_text(update.company, args.lang))


def cmd_terms(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.action == "approve":
        view = services.approve_terms(db, args.actor, now)
    elif (found := services.company(db)) is not None:
        view = found
    else:
        raise NotInitialised()
    data = {"terms_approved": view.terms_approved_at is not None,
            "terms_approved_at": view.terms_approved_at,
            "terms_approved_by": view.terms_approved_by}
    v = voice(args.lang)
    text = (v.say("terms.approved",
                  day=v.day(view.terms_approved_at.astimezone(company_zone(db)).date()),
                  who=view.terms_approved_by)
            if view.terms_approved_at else v.say("terms.not_approved"))
    emit(args.json, data, text)


def cmd_status(db: Database, args: argparse.Namespace, now: datetime) -> None:
    s = services.status(db, args.actor, now)
    data = {
        "company": s.company, "balance": s.balance, "used_this_month": s.used_this_month,
        "month": s.month, "last_use": s.last_use, "expires_on": s.expires_on,
        "days_left": s.days_left, "unpaid_invoices": s.unpaid_count,
        "unpaid_cents": s.unpaid_cents, "overdue_invoices": s.overdue_count,
        "terms_approved": s.terms_approved,
    }

    def text() -> str:
        v = voice(args.lang)
        expiry = v.say("status.expiry", day=v.day(s.expires_on))
        if s.days_left is not None:
            expiry += v.say("status.days_left", count=s.days_left)
        return "\n".join([
            s.company,
            v.say("status.balance", credits=v.say("n.credits", count=s.balance)),
            v.say("status.used", month=v.month(s.month),
                  credits=v.say("n.credits", count=s.used_this_month)),
            expiry,
            v.say("status.unpaid", count=s.unpaid_count, amount=v.money(s.unpaid_cents),
                  overdue=v.number(s.overdue_count)),
        ])

    emit(args.json, data, text)  # the text only without --json: no Babel for a script


def cmd_demo(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """The demo company and its logins: an administrator (the person of DEEPETCH_USER and
    DEEPETCH_PASSWORD when both are set, else one with a generated password) and the holder
    of its first sub-account; generated passwords are printed."""
    user, chosen = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    services.create_demo(db, now)
    logins = services.create_demo_logins(
        db, now, admin_name=user if user and chosen else None,
        admin_email=user if user and chosen else None,
        admin_password=chosen if user and chosen else None)
    s = services.status(db, services.SCHEDULER, now)
    v = voice(args.lang)
    lines = [v.say("demo.done", company=s.company, credits=v.say("n.credits", count=s.balance))]
    for login in logins:
        lines.append(v.say("demo.login", name=login.name, email=login.email,
                           role=v.say("people.administrator") if login.is_administrator
                           else v.say("people.holder_plain"),
                           password=login.password or v.say("demo.your_password")))
    emit(args.json, {"company": s.company, "balance": s.balance,
                     "logins": [{"name": login.name, "email": login.email,
                                 "password": login.password,
                                 "is_administrator": login.is_administrator}
                                for login in logins]},
         "\n".join(lines))
