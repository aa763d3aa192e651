"""Copies of the SQLite database: `backup FILE` while in use, `restore BACKUP` in its place."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, services, voice
from ..output import emit

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    backup = commands.add("backup", cmd_backup)
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--replace", action="store_true", help=commands.help("backup --replace"))
    commands.add_file_command("restore", cmd_restore).add_argument("backup", metavar="BACKUP")


def cmd_backup(db: Database, args: argparse.Namespace, now: datetime) -> None:
    result, v = services.backup(db, args.actor, args.file, replace=args.replace), voice(args.lang)
    emit(args.json, result, v.say("backup.saved", path=result.path, count=result.bytes))


def cmd_restore(args: argparse.Namespace, now: datetime) -> None:
    """Works on the file itself, never opened as a database here: opening would hold it."""
    from ...bootstrap import default_database_url

    result = services.restore(args.db or default_database_url(), args.backup, now)
    v = voice(args.lang)
    text = v.say("restore.done", backup=result.backup, path=result.path)
    if result.kept:
        text += " " + v.say("restore.kept", kept=result.kept)
    emit(args.json, result, text)
