"""Sub-accounts and their limits: `subaccounts add|list|show|suspend|reactivate|close`,
`limits set|show`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.vocabulary import LimitKind
from ..common import Commands, optional_day, services, voice, whole_number
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database
    from ...services.results import SubAccountView


def register(commands: Commands) -> None:
    subs = commands.actions(commands.add("subaccounts"), "subaccounts")
    add = subs.add("add", cmd_add)
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--department", default="", help=subs.help("add --department"))
    add.add_argument("--phone", default="")
    add.add_argument("--role", default="", help=subs.help("add --role"))
    limit = add.add_mutually_exclusive_group()  # none by default, as before
    limit.add_argument("--monthly", metavar="N", help=subs.help("add --monthly"))
    limit.add_argument("--fixed", metavar="N", help=subs.help("add --fixed"))
    subs.add("list", cmd_list)
    subs.add("show", cmd_show).add_argument("sub", metavar="SUB", help=subs.help("SUB"))
    for action in ("suspend", "reactivate", "close"):
        subs.add(action, cmd_status).add_argument("sub", metavar="SUB", help=subs.help("SUB"))

    limits = commands.actions(commands.add("limits"), "limits")
    change = limits.add("set", cmd_set_limit)
    change.add_argument("sub", metavar="SUB", help=limits.help("SUB"))
    kind = change.add_mutually_exclusive_group(required=True)
    kind.add_argument("--monthly", metavar="N", help=limits.help("set --monthly"))
    kind.add_argument("--fixed", metavar="N", help=limits.help("set --fixed"))
    kind.add_argument("--none", action="store_true", help=limits.help("set --none"))
    change.add_argument("--from", dest="valid_from", metavar="DATE",
                        help=limits.help("set --from"))
    change.add_argument("--to", dest="valid_to", metavar="DATE", help=limits.help("set --to"))
    limits.add("show", cmd_show_limit).add_argument("sub", metavar="SUB",
                                                    help=limits.help("SUB"))


def sub_account_text(s: SubAccountView, lang: str) -> str:
    v = voice(lang)
    limit = v.label(s.limit_kind) + (f" {v.number(s.limit_amount)}" if s.limit_amount else "")
    if s.limit_from or s.limit_to:
        limit += v.say("subaccount.period", start=v.day(s.limit_from), end=v.day(s.limit_to))
    return v.say("subaccount.line", id=s.id, name=s.name, email=s.email,
                 department=s.department, status=v.label(s.status), limit=limit,
                 used=v.number(s.used), remaining=v.number(s.remaining))


def typed_limit(args: argparse.Namespace) -> tuple[LimitKind, int | None]:
    """--monthly N, --fixed N or (--none, or neither) no limit."""
    if args.monthly is not None:
        return LimitKind.MONTHLY, whole_number(args.monthly, "amount")
    if args.fixed is not None:
        return LimitKind.FIXED, whole_number(args.fixed, "amount")
    return LimitKind.NONE, None


def cmd_add(db: Database, args: argparse.Namespace, now: datetime) -> None:
    kind, amount = typed_limit(args)
    s = services.add_sub_account(db, args.actor, name=args.name, email=args.email,
                                 department=args.department, phone=args.phone, role=args.role,
                                 limit_kind=kind.value, limit_amount=amount, now=now)
    emit(args.json, s, voice(args.lang).say("subaccount.added", line=sub_account_text(s,
                                                                                      args.lang)))


def cmd_list(db: Database, args: argparse.Namespace, now: datetime) -> None:
    subs, v = services.list_sub_accounts(db, args.actor, now), voice(args.lang)
    rows = [[str(s.id), s.name, s.email, s.department, v.label(s.limit_kind),
             v.number(s.limit_amount), v.number(s.used), v.number(s.remaining),
             v.label(s.status)] for s in subs]
    emit(args.json, subs,
         table(rows, v.headers("subaccounts.headers")) or v.say("subaccounts.empty"))


def cmd_show(db: Database, args: argparse.Namespace, now: datetime) -> None:
    s = services.get_sub_account(db, args.actor, args.sub, now)
    emit(args.json, s, sub_account_text(s, args.lang))


def cmd_status(db: Database, args: argparse.Namespace, now: datetime) -> None:
    change = {"suspend": services.suspend_sub_account,
              "reactivate": services.reactivate_sub_account,
              "close": services.close_sub_account}[args.action]
    s = change(db, args.actor, args.sub, now)
    emit(args.json, s, sub_account_text(s, args.lang))


def cmd_show_limit(db: Database, args: argparse.Namespace, now: datetime) -> None:
    s = services.get_sub_account(db, args.actor, args.sub, now)
    data = {"sub_account_id": s.id, "limit_kind": s.limit_kind, "limit_amount": s.limit_amount,
            "limit_from": s.limit_from, "limit_to": s.limit_to, "used": s.used,
            "remaining": s.remaining}
    emit(args.json, data, sub_account_text(s, args.lang))


def cmd_set_limit(db: Database, args: argparse.Namespace, now: datetime) -> None:
    kind, amount = typed_limit(args)
    change = services.set_limit(db, args.actor, args.sub, kind, amount,
                                optional_day(args.valid_from, "valid_from"),
                                optional_day(args.valid_to, "valid_to"), now=now)
    v = voice(args.lang)
    text = v.say("limit.saved", kind=v.label(change.limit_kind))
    if change.limit_amount:
        text += v.say("limit.amount",
                      credits=v.say("n.credits", count=change.limit_amount))
    emit(args.json, change, text + v.say("limit.reset" if change.used_reset else "limit.end"))
