"""Tasks: `tasks estimate|submit|list|refund`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, company_zone, services, voice
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    tasks = commands.actions(commands.add("tasks"), "tasks")
    estimate = tasks.add("estimate", cmd_estimate)
    estimate.add_argument("--service", required=True, help=tasks.help("--service"))
    estimate.add_argument("--complexity", default="STANDARD", help=tasks.help("--complexity"))
    estimate.add_argument("--units", required=True)
    submit = tasks.add("submit", cmd_submit)
    submit.add_argument("--subaccount", required=True, metavar="SUB", help=tasks.help("SUB"))
    submit.add_argument("--service", required=True, help=tasks.help("--service"))
    submit.add_argument("--complexity", default="STANDARD", help=tasks.help("--complexity"))
    submit.add_argument("--units", required=True)
    submit.add_argument("--title", default="")
    submit.add_argument("--key", help=tasks.help("submit --key"))
    listing = tasks.add("list", cmd_list)
    listing.add_argument("--subaccount", metavar="SUB", help=tasks.help("SUB"))
    listing.add_argument("--month", metavar="YYYY-MM")
    tasks.add("refund", cmd_refund).add_argument("task_id", metavar="TASK_ID")


def cmd_estimate(db: Database, args: argparse.Namespace, now: datetime) -> None:
    e = services.estimate_task(db, args.actor, args.service, args.complexity, args.units)
    v = voice(args.lang)
    emit(args.json, e, v.say("tasks.estimate", credits=v.say("n.credits", count=e.cost)))


def cmd_submit(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.submit_task(db, args.actor, sub_account=args.subaccount,
                             service_code=args.service, complexity_code=args.complexity,
                             units=args.units, title=args.title, key=args.key, now=now)
    v = voice(args.lang)
    emit(args.json, r, v.say("tasks.submitted", task=r.task_id,
                             credits=v.say("n.credits", count=r.cost),
                             balance=v.number(r.balance), remaining=v.number(r.remaining)))


def cmd_list(db: Database, args: argparse.Namespace, now: datetime) -> None:
    tasks = services.list_tasks(db, args.actor, args.subaccount, args.month)
    tz, v = company_zone(db), voice(args.lang)
    rows = [[str(t.id), v.day(t.submitted_at.astimezone(tz).date()), t.sub_account_name,
             t.service_code, t.complexity_code, v.number(t.units), v.number(t.cost), t.title,
             v.say("tasks.refunded") if t.refunded_at else ""] for t in tasks]
    emit(args.json, tasks, table(rows, v.headers("tasks.headers")) or v.say("tasks.empty"))


def cmd_refund(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.refund_task(db, args.actor, args.task_id, now=now)
    v = voice(args.lang)
    emit(args.json, r, v.say("tasks.refund", task=r.task_id,
                             credits=v.say("n.credits", count=r.credits),
                             balance=v.number(r.balance)))
