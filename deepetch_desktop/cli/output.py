"""Printing results: JSON with stable keys on stdout, or text for people; errors and
warnings in one sentence on stderr (one JSON line with --json)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from ..domain.errors import DeepetchError
from ..domain.money import cents_to_decimal
from ..texts.words import language


def euros(cents: int | None) -> str | None:
    return None if cents is None else str(cents_to_decimal(cents))


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):  # the vocabulary's words: their code, as the database has it
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def money_keys(data: dict[str, object]) -> dict[str, object]:
    """`*_cents` integers become `*_eur` decimal strings ("540.00"): never a float."""
    out: dict[str, object] = {}
    for key, value in data.items():
        if key.endswith("_cents") and (value is None or isinstance(value, int)):
            out[key[: -len("_cents")] + "_eur"] = euros(value)
        elif isinstance(value, dict):
            out[key] = money_keys(value)
        elif isinstance(value, list):
            out[key] = [money_keys(v) if isinstance(v, dict) else v for v in value]
        else:
            out[key] = value
    return out


def to_json(value: object) -> object:
    plain = _plain(value)
    if isinstance(plain, dict):
        return money_keys(plain)
    if isinstance(plain, list):
        return [money_keys(v) if isinstance(v, dict) else v for v in plain]
    return plain


def details_text(details: object) -> str:
    """A journal entry's details on one line: "credits=500, reason=Geste commercial"."""
    plain = to_json(details)
    if not isinstance(plain, dict):
        return "" if plain is None else str(plain)
    return ", ".join(f"{k}={v}" for k, v in plain.items())


def emit(as_json: bool, value: object, text: str | Callable[[], str]) -> None:
    """`value` as JSON, else `text`: a function gives the text only when it is printed (with
    --json, numbers and dates are then never written for people, and Babel never loaded)."""
    if as_json:
        json.dump(to_json(value), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        words = text() if callable(text) else text
        sys.stdout.write(words.rstrip("\n") + "\n")


def said(message: str, lang: str | None) -> str:
    """A sentence on stderr, after the command's name as each language punctuates it."""
    before_colon = "\u00a0" if language(lang) == "fr" else ""  # « deepetch : », "deepetch:"
    return f"deepetch{before_colon}: {message}\n"


def fail(as_json: bool, status: int, code: str, message: str,
         details: dict[str, object] | None = None, lang: str | None = "fr") -> int:
    if as_json:
        payload = {"error": code, "message": message, "details": to_json(details or {})}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stderr.write(said(message, lang))
    return status


def fail_with(as_json: bool, error: DeepetchError, lang: str) -> int:
    from ..services.messages import describe

    return fail(as_json, error.exit_status, error.code, describe(error, lang), error.details(),
                lang)


def table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return ""
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))]
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))
    return "\n".join(lines)
