"""Printing results: JSON with stable keys on stdout, or short French text."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from ..domain.errors import DeepetchError
from ..domain.money import cents_to_decimal
from ..services import describe


def euros(cents: int | None) -> str | None:
    return None if cents is None else str(cents_to_decimal(cents))


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def money_keys(data: dict[str, Any]) -> dict[str, Any]:
    """`*_cents` integers become `*_eur` decimal strings ("540.00"): never a float."""
    out: dict[str, Any] = {}
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


def to_json(value: Any) -> Any:
    plain = _plain(value)
    if isinstance(plain, dict):
        return money_keys(plain)
    if isinstance(plain, list):
        return [money_keys(v) if isinstance(v, dict) else v for v in plain]
    return plain


def emit(as_json: bool, value: Any, text: str) -> None:
    if as_json:
        json.dump(to_json(value), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def fail(as_json: bool, status: int, code: str, message: str,
         details: dict[str, Any] | None = None) -> int:
    if as_json:
        payload = {"error": code, "message": message, "details": to_json(details or {})}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stderr.write(f"deepetch : {message}\n")
    return status


def fail_with(as_json: bool, error: DeepetchError, lang: str) -> int:
    return fail(as_json, error.exit_status, error.code, describe(error, lang), error.details())


def fmt_int(n: int | None) -> str:
    return "—" if n is None else f"{n:,}".replace(",", "\u202f")


def fmt_eur(cents: int | None) -> str:
    if cents is None:
        return "—"
    whole, frac = divmod(cents, 100)
    return f"{fmt_int(whole)},{frac:02d}\u00a0€"


def fmt_eur_fine(millicents: int) -> str:
    """A price per credit, in thousandths of a cent: '0,10 €', or '0,085 €' when needed."""
    whole, rest = divmod(millicents, 100_000)
    digits = f"{rest:05d}".rstrip("0").ljust(2, "0")[:3]
    return f"{fmt_int(whole)},{digits}\u00a0€"


def fmt_day(day: date | None) -> str:
    return "—" if day is None else day.strftime("%d/%m/%Y")


def fmt_instant(at: datetime, tz: tzinfo) -> str:
    """An instant as the company reads it, in its own time zone (stored in UTC)."""
    return at.astimezone(tz).strftime("%d/%m/%Y %H:%M")


def table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return ""
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))]
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))
    return "\n".join(lines)
