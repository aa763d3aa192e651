"""After a command's transaction committed: its invoice's PDF and e-mail are made now when
they can be, and left for the catch-up when they cannot; the command still reports its result.

A purchase reported as failed after it committed would be bought again by a retry (without
--key): whatever fails after the commit is said in one sentence on stderr, and the exit status
stays 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.errors import DocumentNotRendered
from .common import services, voice
from .output import said

if TYPE_CHECKING:
    from ..services import Database

@dataclass(frozen=True)
class AfterCommit:
    document: str  # "archived"; "pending" until a catch-up manages to render it
    email: str  # sent, queued, no_smtp, no_recipient (the catalogue's email.*)


def warn(args: argparse.Namespace, code: str, message: str, details: dict[str, object]) -> None:
    """One sentence on stderr; with --json a {"warning", "message", "details"} line."""
    if args.json:
        payload = {"warning": code, "message": message, "details": details}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stderr.write(said(message, args.lang))


def _cause(db: Database, args: argparse.Namespace, number: str) -> str | None:
    try:
        failures = services.document_failures(db, args.actor)
        return next((f.cause for f in failures if f.number == number), None)
    except Exception:
        return None


def after_commit(db: Database, args: argparse.Namespace, number: str,
                 send: Callable[[], str]) -> AfterCommit:
    """Run `send` (render, archive, deliver what the transaction queued) for invoice
    `number`; never raise: the business transaction is done and must be reported as done."""
    try:
        email = send()
    except Exception as exc:  # a full disk, a database gone read-only...
        email = "queued"
        cause = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        warn(args, "after_commit_failed",
             voice(args.lang).say("after_commit.failed", number=number, cause=cause),
             {"number": number, "cause": cause})
    try:
        document = services.document_state(db, args.actor, number)
    except Exception:
        document = "pending"
    if document == "pending":
        error = DocumentNotRendered(number, _cause(db, args, number) or "?")
        warn(args, error.code, services.describe(error, args.lang), error.details())
        if email == "sent":  # what went is another message: this invoice's waits for its PDF
            email = "queued"
    return AfterCommit(document, email)


def documents_warning(args: argparse.Namespace, numbers: tuple[str, ...]) -> None:
    """The catch-up's one sentence about the invoices it could not render this time."""
    warn(args, "documents_not_rendered",
         voice(args.lang).say("after_commit.not_rendered", numbers=", ".join(numbers)),
         {"numbers": list(numbers)})
