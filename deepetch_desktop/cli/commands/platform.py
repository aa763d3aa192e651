"""The approved e-invoicing platform's exchange folders: `pa set|show|sync`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, services, voice
from ..output import emit

if TYPE_CHECKING:
    from ...services import Database
    from ...services.results import PlatformChannel


def register(commands: Commands) -> None:
    pa = commands.actions(commands.add("pa"), "pa")
    change = pa.add("set", cmd_show)
    change.add_argument("--outgoing", required=True, metavar="DIR",
                        help=pa.help("set --outgoing"))
    change.add_argument("--incoming", required=True, metavar="DIR",
                        help=pa.help("set --incoming"))
    change.add_argument("--xml-only", action="store_true", help=pa.help("set --xml-only"))
    pa.add("show", cmd_show)
    pa.add("sync", cmd_sync)


def cmd_show(db: Database, args: argparse.Namespace, now: datetime) -> None:
    channel: PlatformChannel | None
    if args.action == "set":
        channel = services.set_platform_channel(db, args.actor, outgoing=args.outgoing,
                                                incoming=args.incoming,
                                                xml_only=args.xml_only, now=now)
    else:
        channel = services.platform_channel(db, args.actor)
    v = voice(args.lang)
    if channel is None:
        emit(args.json, {"configured": False}, v.say("pa.none"))
        return
    emit(args.json, {"configured": True, "outgoing": channel.outgoing,
                     "incoming": channel.incoming, "xml_only": channel.xml_only,
                     "since": channel.since},
         v.say("pa.channel", outgoing=channel.outgoing, incoming=channel.incoming,
               what=v.say("pa.xml_only") if channel.xml_only else ""))


def cmd_sync(db: Database, args: argparse.Namespace, now: datetime) -> None:
    r = services.sync_platform(db, args.actor, now)
    v = voice(args.lang)
    if not r.configured:
        emit(args.json, {"configured": False, "deposited": [], "statuses": 0,
                         "set_aside": [], "failed": [], "cashed": []}, v.say("pa.none"))
        return
    channel = services.platform_channel(db, args.actor)
    refused = ""
    if r.set_aside and channel is not None:
        refused = v.say("n.refused_files", count=len(r.set_aside),
                        folder=f"{channel.incoming}/refused")
    emit(args.json, {"configured": True, "deposited": list(r.deposited),
                     "statuses": r.statuses, "set_aside": list(r.set_aside),
                     "failed": list(r.failed), "cashed": list(r.cashed)},
         v.say("pa.sync", deposited=v.say("n.deposited", count=len(r.deposited)),
               statuses=v.say("n.statuses", count=r.statuses), problems=refused))
