"""Scheduled work: `catch-up`, `notifications list|read`, `reminders set|show`, and
`schedule install|remove` (the system runs `deepetch catch-up` without the application)."""

from __future__ import annotations

import argparse
import os
import re
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.urls import masked_url
from ..after_commit import documents_warning
from ..common import Commands, company_zone, services, voice
from ..output import emit

if TYPE_CHECKING:
    from ...scheduling.system_timer import ScheduleReport
    from ...services import Database
    from ...texts.voice import Voice


def register(commands: Commands) -> None:
    commands.add("catch-up", cmd_catch_up).set_defaults(who="scheduler")  # no person
    commands.add("notifications", cmd_notifications).add_argument(
        "action", choices=["list", "read"], help=commands.help("notifications action"))
    reminders = commands.actions(commands.add("reminders"), "reminders")
    change = reminders.add("set", cmd_reminders)
    # "-5,1,15,30" is a value, not an option: argparse takes only "-5" for a negative number.
    change._negative_number_matcher = re.compile(r"^-\d[\d,]*$")
    change.add_argument("--expiry-days", required=True, metavar="30,7,1",
                        help=reminders.help("set --expiry-days"))
    change.add_argument("--invoice-days", required=True, metavar="-5,1,15,30",
                        help=reminders.help("set --invoice-days"))
    reminders.add("show", cmd_reminders)
    schedule = commands.actions(commands.add("schedule"), "schedule")
    install = schedule.add_file_command("install", cmd_schedule_install)
    install.add_argument("--using", choices=["auto", "systemd", "cron"], default="auto",
                         help=schedule.help("install --using"))
    schedule.add_file_command("remove", cmd_schedule_remove)


def cmd_catch_up(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.catch_up(db, services.SCHEDULER, now)  # the scheduler, no person
    outbox = r.outbox
    if r.documents_failed:  # said, but not a failure: the rest was done, they wait for a fix
        documents_warning(args, r.documents_failed)
    sent, waiting = (outbox.sent, outbox.waiting) if outbox else (0, 0)
    data = {"month_ends": list(r.month_ends), "expiry_reminder_days": r.expiry_reminder_days,
            "expired_credits": r.expired_credits, "limit_alerts": r.limit_alerts,
            "invoice_reminders": r.invoice_reminders, "archived_documents": r.archived,
            "documents_failed": list(r.documents_failed), "emails_sent": sent,
            "emails_waiting": waiting, "smtp_configured": bool(outbox and outbox.configured),
            "daily_backup": r.daily_backup,
            "platform": {"configured": r.platform.configured,
                         "deposited": list(r.platform.deposited),
                         "statuses": r.platform.statuses,
                         "set_aside": list(r.platform.set_aside),
                         "failed": list(r.platform.failed),
                         "cashed": list(r.platform.cashed)}}
    v = voice(args.lang)
    done = ", ".join([
        v.say("catch_up.month_ends", count=len(r.month_ends)),
        v.say("catch_up.limit_alerts", count=r.limit_alerts),
        v.say("catch_up.reminders", count=r.invoice_reminders),
        v.say("catch_up.expired", count=r.expired_credits),
        v.say("catch_up.sent", count=sent),
        v.say("catch_up.waiting", count=waiting),
    ])
    text = v.say("catch_up.done", done=done)
    if r.daily_backup.status == "taken":
        text += "\n" + v.say("catch_up.backup", path=r.daily_backup.path)
    elif r.daily_backup.status == "failed":
        text += "\n" + v.say("catch_up.backup_failed", error=r.daily_backup.error)
    emit(args.json, data, text)


def cmd_notifications(db: Database, args: argparse.Namespace, now: datetime) -> None:
    v = voice(args.lang)
    if args.action == "read":
        count = services.mark_notifications_read(db, args.actor, now)
        emit(args.json, {"marked_read": count}, v.say("notifications.read", count=count))
        return
    notes, tz = services.list_notifications(db, args.actor, lang=v.language), company_zone(db)
    lines = [f"{v.instant(n.at, tz)} {'  ' if n.read else '• '}"
             + v.say("notifications.line", title=n.title, body=n.body) for n in notes]
    emit(args.json, notes, "\n".join(lines) or v.say("notifications.empty"))


def cmd_reminders(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.action == "set":
        r = services.set_reminders(db, args.actor, expiry_days=args.expiry_days,
                                   invoice_days=args.invoice_days, now=now)
    else:
        r = services.reminder_settings(db, args.actor)
    v = voice(args.lang)
    expiry = [v.say("reminders.day", days=f"-{d}") for d in r.expiry_days]
    invoice = [v.say("reminders.day", days=f"{d:+d}") for d in r.invoice_days]
    emit(args.json, r, v.say("reminders.show", expiry=", ".join(expiry),
                             invoice=", ".join(invoice)))


def shown_command(command: tuple[str, ...]) -> str:
    return masked_url(" ".join(command)) if "--db" in command else " ".join(command)


def cmd_schedule_remove(args: argparse.Namespace, now: datetime) -> None:
    """Works without opening the database: a timer can be removed even when it cannot open."""
    from ...scheduling import system_timer

    removed, v = system_timer.remove(), voice(args.lang)
    text = (v.say("schedule.removed", what=", ".join(removed.removed)) if removed.removed
            else v.say("schedule.nothing"))
    if removed.problem:
        text += "\n" + v.say("schedule.warning", problem=removed.problem)
    emit(args.json, removed, text)


def cmd_schedule_install(args: argparse.Namespace, now: datetime) -> None:
    from ...bootstrap import ENV_URL
    from ...scheduling import system_timer

    # The timer works on the database this command would use: --db, else the variable.
    report = system_timer.install(args.db or os.environ.get(ENV_URL) or None, args.using)
    data = {**vars(report), "command": shown_command(report.command), "files": report.files}
    emit(args.json, data, install_text(report, voice(args.lang)))


def install_text(r: ScheduleReport, v: Voice) -> str:
    if r.activated:
        head = v.say("schedule.systemd_on" if r.using == "systemd" else "schedule.cron_on")
    else:
        head = v.say("schedule.systemd_off" if r.using == "systemd" else "schedule.cron_off",
                     problem=r.problem, to_do=r.to_do)
    lines = [head]
    if r.files:
        lines.append(v.say("schedule.files", files=", ".join(r.files)))
    lines.append(v.say("schedule.command", command=shown_command(r.command)))
    lines.append(v.say("schedule.log", folder=r.log_dir))
    if r.linger is False:
        lines.append(v.say("schedule.linger"))
    return "\n".join(lines)
