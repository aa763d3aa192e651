"""After a command's transaction committed: its invoice's PDF and e-mail are made now when
they can be, and left for the catch-up when they cannot; the command still reports its result.

A purchase reported as failed after it committed would be bought again by a retry (without
--key): whatever fails after the commit is said in one sentence on stderr, and the exit status
stays 0.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import services as s
from ..domain.errors import DocumentNotRendered

SEND_FAILED = {
    "fr": "{what} est enregistrée, mais son envoi n'a pas abouti ({cause})\u00a0: il sera "
          "repris au prochain rattrapage.",
    "en": "{what} is recorded, but sending it did not succeed ({cause}): it will be retried "
          "at the next catch-up.",
}
WHAT = {"fr": "La facture {number}", "en": "Invoice {number}"}
NOT_RENDERED = {
    "fr": "Pas de PDF pour {numbers}\u00a0: il sera refait au prochain rattrapage une fois la "
          "cause corrigée (deepetch notifications list), le reste est fait.",
    "en": "No PDF for {numbers}: it will be made at the next catch-up once the cause is fixed "
          "(deepetch notifications list); the rest is done.",
}


@dataclass(frozen=True)
class AfterCommit:
    document: str  # "archived"; "pending" until a catch-up manages to render it
    email: str  # sent, queued, no_smtp, no_recipient (see EMAIL_WORDS)


def _lang(a: Any) -> str:
    from .main import _lang as chosen

    return chosen(getattr(a, "lang", None))


def warn(a: Any, code: str, message: str, details: dict[str, object]) -> None:
    """One sentence on stderr; with --json a {"warning", "message", "details"} line."""
    if getattr(a, "json", False):
        payload = {"warning": code, "message": message, "details": details}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stderr.write(f"deepetch : {message}\n")


def _cause(db: Any, number: str) -> str | None:
    try:
        return next((f.cause for f in s.document_failures(db) if f.number == number), None)
    except Exception:
        return None


def after_commit(db: Any, a: Any, number: str, send: Callable[[], str]) -> AfterCommit:
    """Run `send` (render, archive, deliver what the transaction queued) for invoice
    `number`; never raise: the business transaction is done and must be reported as done."""
    lang = _lang(a)
    try:
        email = send()
    except Exception as exc:  # a full disk, a database gone read-only...
        email = "queued"
        cause = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        warn(a, "after_commit_failed", SEND_FAILED[lang].format(
            what=WHAT[lang].format(number=number), cause=cause),
            {"number": number, "cause": cause})
    try:
        document = s.document_state(db, number)
    except Exception:
        document = "pending"
    if document == "pending":
        error = DocumentNotRendered(number, _cause(db, number) or "?")
        warn(a, error.code, s.describe(error, lang), error.details())
        if email == "sent":  # what went is another message: this invoice's waits for its PDF
            email = "queued"
    return AfterCommit(document, email)


def documents_warning(a: Any, numbers: tuple[str, ...]) -> None:
    """The catch-up's one sentence about the invoices it could not render this time."""
    lang = _lang(a)
    warn(a, "documents_not_rendered", NOT_RENDERED[lang].format(numbers=", ".join(numbers)),
         {"numbers": list(numbers)})
