"""What every command group shares: the handler types, how a group adds its commands, the
services loaded on first use, and the small helpers the handlers have in common."""

from __future__ import annotations

import argparse
import importlib
import os
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn, Protocol
from zoneinfo import ZoneInfo

from ..domain.dates import parse_day, zone
from ..domain.errors import BadInput
from ..domain.text import clean_text, parse_int
from ..texts.cli_en import ENGLISH
from ..texts.cli_fr import FRENCH
from ..texts.voice import Voice

if TYPE_CHECKING:
    from .. import services
    from ..services import Actor, Database
else:
    class _OnFirstUse(ModuleType):
        """The services, imported when a handler first uses them: `deepetch --help` and a bad
        argument answer without loading SQLAlchemy, Alembic or ReportLab."""

        def __getattr__(self, name: str) -> object:
            return getattr(importlib.import_module("deepetch_desktop.services"), name)

    services = _OnFirstUse("deepetch_desktop.services")


class Handler(Protocol):
    """A command that works on the database: `main` opens it, the handler prints the result."""

    def __call__(self, db: Database, args: argparse.Namespace, now: datetime) -> None: ...


class FileHandler(Protocol):
    """A command that works on the database file itself (restore) or without it (schedule):
    opening it would hold it, and a damaged file could not be opened at all."""

    def __call__(self, args: argparse.Namespace, now: datetime) -> None: ...


class Parser(argparse.ArgumentParser):
    """Bad arguments raise UsageError instead of exiting: `main` says them in one sentence."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


class UsageError(Exception):
    """What argparse found wrong with the arguments (in the language of the help)."""


class Commands:
    """A level of sub-commands (`deepetch COMMAND`, `deepetch packs ACTION`) and the language
    their help is written in: each group adds its commands through one of these."""

    def __init__(self, parent: argparse.ArgumentParser, voice: Voice, path: str = "",
                 dest: str = "command", metavar: str = "COMMAND") -> None:
        self.voice, self.path = voice, path
        self.choices = parent.add_subparsers(dest=dest, metavar=voice.say(f"metavar.{metavar}"),
                                             parser_class=Parser, required=True)

    def add(self, name: str, handler: Handler | None = None) -> Parser:
        """The command `name`, its help from the catalogue ("help.packs set"), run by
        `handler` (None when it has actions of its own)."""
        text = self.help(name)
        parser: Parser = self.choices.add_parser(name, help=text, description=text)
        if handler is not None:
            parser.set_defaults(handler=handler)
        return parser

    def add_file_command(self, name: str, handler: FileHandler) -> Parser:
        parser = self.add(name)
        parser.set_defaults(file_handler=handler)
        return parser

    def actions(self, parser: Parser, name: str) -> Commands:
        """The actions of the command `name` (`list`, `set`...)."""
        return Commands(parser, self.voice, f"{self.path}{name} ", "action", "ACTION")

    def help(self, what: str) -> str:
        """The help of `what` below this level: "set", or an option such as "set --price"."""
        return self.voice.say(f"help.{self.path}{what}")


def voice(lang: str | None) -> Voice:
    """The command line's texts in `lang` (`main` puts the language chosen in `args.lang`)."""
    return Voice(lang, {"fr": FRENCH, "en": ENGLISH})


def whole_number(text: str, field: str) -> int:
    """Signs are left to the rule that knows them (a limit of -5 says "must be positive")."""
    return parse_int(text, field)


def optional_day(text: str | None, field: str) -> date | None:
    return None if text is None else parse_day(text, field)


def company_zone(db: Database) -> ZoneInfo:
    """The time zone instants are shown in (Paris before the company exists)."""
    company = services.company(db)
    return zone(company.timezone if company else "Europe/Paris")


def fields(result: object) -> dict[str, object]:
    """A result's fields, to add a few keys to before printing it."""
    assert is_dataclass(result) and not isinstance(result, type)
    return asdict(result)


def send_now(db: Database, actor: Actor, now: datetime, number: str) -> str:
    """Render and send what is queued, right after the commit; say what became of the e-mail
    of invoice `number` (not of the rest of the outbox)."""
    report = services.send_outbox_now(db, actor, now)  # the window's « send now » too
    if not report.configured:
        return "no_smtp"
    return services.invoice_email_state(db, actor, number) or "no_recipient"


def output_path(text: str) -> Path:
    """Where a file will be written, checked before any work: a new or regular file (never a
    folder or a device such as /dev/null) in an existing folder this user may write in."""
    target = Path(clean_text(text, "output", required=True)).expanduser()
    try:
        exists, regular, folder = target.exists(), target.is_file(), target.parent.is_dir()
    except OSError:  # a name too long for the file system, a loop of links...
        raise BadInput("output", "cannot_write", text) from None
    if exists and not regular:
        raise BadInput("output", "not_a_regular_file", text)
    if not folder:
        raise BadInput("output", "no_such_folder", text)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise BadInput("output", "cannot_write", text)
    return target


def write_file(path: Path, data: bytes) -> None:
    """Write next to the target then rename: a full disk never leaves half a file behind."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BadInput("output", "cannot_write", f"{path}: {exc.strerror}") from None
