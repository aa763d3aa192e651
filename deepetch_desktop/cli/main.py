"""Entry point: parse, open the database, run the command's handler, map errors to exit
statuses."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain.errors import DeepetchError
from ..domain.text import shown
from .common import voice
from .output import fail, fail_with
from .parser import UsageError, build_parser, chosen_language, speaking

if TYPE_CHECKING:
    from ..services import Actor, Database

log = logging.getLogger("deepetch")


def open_database(url: str | None = None, read_only: bool = False) -> Database:
    """bootstrap.open_database, imported only once a command needs the database: --help and
    a bad argument are answered without loading SQLAlchemy or Alembic."""
    from ..bootstrap import open_database as open_

    return open_(url, read_only=read_only)


def who_acts(db: Database, args: argparse.Namespace, now: datetime) -> Actor | None:
    """The person a command acts as (handlers read it as `args.actor`): the person logged in
    (cli/login.py: --user or DEEPETCH_USER with their password, else the login this computer
    remembers); the scheduler for `catch-up` (cron, systemd: no person); None for the commands
    that find out themselves who runs them (`init`, `demo`, `login`, `password`, ...)."""
    from .. import services
    from .login import logged_in

    who = getattr(args, "who", "person")
    if getattr(args, "read_only", False) and who != "self":
        # A copy looked at (--read-only): nobody can log in without writing (the login is
        # journalled), and whoever holds a SQLite file reads it all anyway; every write is
        # refused by the database itself.
        return services.ADMINISTRATOR
    if who == "scheduler":
        return services.SCHEDULER
    if who == "self":
        return None
    return logged_in(db, args, now)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    lang = chosen_language(argv)
    v = voice(lang)
    try:
        with speaking(lang):
            args = build_parser(lang).parse_args(argv)
    except UsageError as exc:
        words = str(shown(str(exc), 300))  # argparse echoes what was typed, escapes included
        return fail(as_json, 2, "bad_usage", f"{words[:1].upper()}{words[1:]}.", lang=lang)
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    args.lang = lang  # the language chosen, with the environment's English locale if any
    now = datetime.now(UTC)
    db = None
    try:
        if args.file_handler is not None:
            args.file_handler(args, now)
            return 0
        db = (open_database(args.db, read_only=True) if getattr(args, "read_only", False)
              else open_database(args.db))
        args.actor = who_acts(db, args, now)
        args.handler(db, args, now)
        return 0
    except DeepetchError as exc:
        return fail_with(as_json, exc, lang)
    except SystemExit as exc:
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return fail(as_json, 1, "interrupted", v.say("main.interrupted"), lang=lang)
    except Exception as exc:  # one sentence, never a traceback
        log.debug("unexpected error", exc_info=True)
        first = str(exc).splitlines()[0] if str(exc) else ""
        return fail(as_json, 1, "internal_error",
                    v.say("main.unexpected", error=f"{type(exc).__name__}: {first}"), lang=lang)
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
