"""The server invoices and reminders are sent through: `smtp set|show`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.errors import BadInput
from ..common import Commands, services, voice
from ..output import emit

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
