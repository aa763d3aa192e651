"""The basket of credits: `buy` a pack, `basket ledger|correct`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..after_commit import after_commit
from ..common import Commands, company_zone, fields, send_now, services, voice, whole_number
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    buy = commands.add("buy", cmd_buy)
    buy.add_argument("pack", metavar="PACK", help=commands.help("buy pack"))
    buy.add_argument("--quantity", default="1")
    buy.add_argument("--key", help=commands.help("buy --key"))
    buy.add_argument("--po", default="", metavar="NUMBER", help=commands.help("buy --po"))

    basket = commands.actions(commands.add("basket"), "basket")
    ledger = basket.add("ledger", cmd_ledger)
    ledger.add_argument("--limit", default="50", help=basket.help("ledger --limit"))
    correct = basket.add("correct", cmd_correct)
    correct.add_argument("--credits", required=True, help=basket.help("correct --credits"))
    correct.add_argument("--reason", required=True)


def cmd_buy(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.buy(db, args.actor, args.pack, args.quantity, args.key, now=now,
                     purchase_order=args.po)
    # Committed: from here on a failure is left to the catch-up, never an error exit.
    done = after_commit(db, args, r.invoice_number,
                        lambda: send_now(db, args.actor, now, r.invoice_number))
    v = voice(args.lang)
    emit(args.json, {**fields(r), "document": done.document, "email": done.email},
         v.say("buy.done", count=r.credits, balance=v.number(r.balance),
               number=r.invoice_number, gross=v.money(r.gross_cents), due=v.day(r.due_date),
               email=v.say(f"email.{done.email}")))


def cmd_ledger(db: Database, args: argparse.Namespace, now: datetime) -> None:
    entries = services.list_ledger(db, args.actor, whole_number(args.limit, "limit"))
    tz, v = company_zone(db), voice(args.lang)
    rows = [[v.instant(e.at, tz), v.label(e.kind), e.sub_account or "", v.signed(e.credits),
             v.number(e.balance_after), e.note] for e in entries]
    emit(args.json, entries,
         table(rows, v.headers("ledger.headers")) or v.say("ledger.empty"))


def cmd_correct(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.correct_basket(db, args.actor, whole_number(args.credits, "credits"),
                                args.reason, now=now)
    v = voice(args.lang)
    emit(args.json, r, v.say("correct.done", credits=v.say("n.credits", count=r.credits,
                                                                    written=v.signed(r.credits)),
                             balance=v.number(r.balance)))
