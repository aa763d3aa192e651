"""The server invoices and reminders are sent through: `smtp set|show|test`; what waits to
be sent: `outbox list`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.errors import BadInput
from ..common import Commands, company_zone, services, voice
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    smtp = commands.actions(commands.add("smtp"), "smtp")
    change = smtp.add("set", cmd_smtp)
    change.add_argument("--host", required=True)
    change.add_argument("--port", required=True)
    change.add_argument("--security", required=True, choices=["none", "starttls", "tls"])
    change.add_argument("--sender", required=True, help=smtp.help("set --sender"))
    change.add_argument("--user", default="")
    change.add_argument("--cafile", metavar="FILE", help=smtp.help("set --cafile"))
    change.add_argument("--password-stdin", action="store_true",
                        help=smtp.help("set --password-stdin"))
    change.add_argument("--allow-cleartext-auth", action="store_true",
                        help=smtp.help("set --allow-cleartext-auth"))
    smtp.add("show", cmd_smtp)
    smtp.add("test", cmd_test).add_argument("address", metavar="ADDRESS",
                                            help=smtp.help("test ADDRESS"))
    outbox = commands.actions(commands.add("outbox"), "outbox")
    outbox.add("list", cmd_outbox)


def cmd_test(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """Queued and sent at once like an invoice's e-mail; `sent` false says it did not leave
    (no server, or the server failed: it then waits in the queue)."""
    v = voice(args.lang)
    outcome = services.send_test_email(db, args.actor, args.address, now=now, lang=v.lang)
    if outcome.sent:
        emit(args.json, outcome, v.say("smtp.test_sent", recipient=outcome.recipient))
        return
    report = outcome.report
    reason = (v.say("smtp.test_no_server") if not report.configured
              else v.say("smtp.test_waits", error=report.last_error or ""))
    emit(args.json, outcome, v.say("smtp.test_not_sent", recipient=outcome.recipient,
                                   reason=reason))


def cmd_outbox(db: Database, args: argparse.Namespace, now: datetime) -> None:
    waiting, v = services.waiting_emails(db, args.actor), voice(args.lang)

    def text() -> str:
        zone = company_zone(db)
        rows = [[str(m.id), v.instant(m.created_at, zone), m.recipient, m.subject,
                 str(m.attempts), v.instant(m.next_attempt_at, zone), m.last_error or ""]
                for m in waiting]
        return table(rows, v.headers("outbox.headers")) or v.say("outbox.empty")

    emit(args.json, waiting, text)


def cmd_smtp(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.action == "set":
        password = None
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise BadInput("password", "required", "")
        view = services.set_smtp(db, args.actor, host=args.host, port=args.port,
                                 security=args.security, sender=args.sender, user=args.user,
                                 password=password, cafile=args.cafile,
                                 allow_cleartext_auth=args.allow_cleartext_auth, now=now)
    else:
        view = services.smtp_view(db, args.actor)
    v = voice(args.lang)
    if not view.configured:
        emit(args.json, view, v.say("smtp.none"))
        return
    text = v.say("smtp.server", host=view.host, port=view.port, security=view.security,
                 sender=view.sender)
    if view.user:
        text += v.say("smtp.user", user=view.user)
    if view.allow_cleartext_auth:
        text += v.say("smtp.cleartext")
    emit(args.json, view, text + ".")
