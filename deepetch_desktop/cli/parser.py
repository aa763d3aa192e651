"""The argument parser, in the language asked for: the global options here, and each command
group adds its own commands (cli/commands/)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from ..texts.argparse_fr import ARGPARSE_FRENCH
from ..texts.words import language
from .commands import GROUPS
from .common import Commands, Parser, UsageError, voice

__all__ = ["Parser", "UsageError", "build_parser", "chosen_language", "speaking"]


def build_parser(lang: str | None = "fr") -> Parser:
    """`deepetch` and every command, their help in `lang` (argparse's own words too)."""
    v = voice(lang)
    with speaking(lang):
        parser = Parser(prog="deepetch", description=v.say("help.deepetch"))
        parser.add_argument("--db", metavar="URL", help=v.say("help.--db"))
        parser.add_argument("--user", dest="login_user", metavar="EMAIL",
                            help=v.say("help.--user"))
        parser.add_argument("--read-only", action="store_true", help=v.say("help.--read-only"))
        parser.add_argument("--json", action="store_true", help=v.say("help.--json"))
        parser.add_argument("--lang", choices=["fr", "en"], help=v.say("help.--lang"))
        parser.add_argument("--version", action=_Version, help=v.say("help.--version"))
        parser.set_defaults(handler=None, file_handler=None)
        commands = Commands(parser, v)
        for group in GROUPS:
            group.register(commands)
    return parser


class _Version(argparse.Action):
    """--version, as argparse's own but the installed version looked up only when asked
    (importlib.metadata: tens of milliseconds every command would pay)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> NoReturn:
        from ..about import version

        sys.stdout.write(f"deepetch {version()}\n")
        parser.exit()


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """argparse's own words ("usage:", "options", its errors) in `lang` while parsing: its
    messages go through a gettext function looked up in its module at each call."""
    words = ARGPARSE_FRENCH if language(lang) == "fr" else {}

    def gettext(text: str) -> str:
        return words.get(text, text)

    def ngettext(one: str, many: str, count: int) -> str:
        return gettext(one if count == 1 else many)

    saved: list[Callable[..., str]] = [argparse._, argparse.ngettext]  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def chosen_language(argv: Sequence[str]) -> str:
    """The language the command speaks, known before parsing so that --help is in it: --lang
    (among the global options, before the command), else the environment's; French by default.
    English keeps the environment's English locale (en_GB writes dates the British way)."""
    asked: str | None = None
    words = iter(argv)
    for word in words:
        if word == "--lang":
            asked = next(words, None)
        elif word.startswith("--lang="):
            asked = word.removeprefix("--lang=")
        elif word in ("--db", "--user"):
            next(words, None)
        elif not word.startswith("-"):
            break  # the command: what follows is its own
    # The environment's variables only: with none set, Python's locale.getlocale() reports the
    # C.UTF-8 it coerced to as "en_US", which would make English the default (cron, systemd).
    env = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
           or "")
    english_env = env if language(env) == "en" else "en"
    if asked in ("fr", "en"):
        return english_env if asked == "en" else "fr"
    return english_env if language(env) == "en" else "fr"
