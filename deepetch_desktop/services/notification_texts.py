"""The words of notifications and of the alert e-mails, in French (default) or English: the
sentences are the text layer's (texts/notices_*.py), the values written by Babel."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from ..domain.errors import BadInput
from ..domain.money import parse_euros
from ..texts.notices_en import NOTICES_ENGLISH
from ..texts.notices_fr import NOTICES_FRENCH
from ..texts.voice import Voice

# Rows written by older versions hold these already written in French ("29/11/2026",
# "1 234,56 €"): they are read back so that English shows them the English way.
DATE_KEYS = {"expires_on", "due_date"}
MONEY_KEYS = {"left"}
DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$|^(\d\d)/(\d\d)/(\d{4})$")


def notification_text(kind: str, data: Mapping[str, object],
                      lang: str = "fr") -> tuple[str, str]:
    """The title and body of a notification of `kind` with its recorded `data`."""
    v = Voice(lang, {"fr": NOTICES_FRENCH, "en": NOTICES_ENGLISH})
    if not v.knows(f"{kind}.title"):  # a kind of a newer version, on a shared database
        return kind, ", ".join(f"{k}: {x}" for k, x in data.items())
    values = {key.removesuffix("_cents"): _written(v, key, value) for key, value in data.items()}
    if isinstance(month := values.get("month"), str):  # « d'octobre », « de novembre »
        values["of_month"] = ("d'" if month[:1] in "aeiouAEIOU" else "de ") + month
    # What a sentence with plural forms counts: days left before expiry (rows of older
    # versions: the reminder's offset), limits reset.
    count = next((n for key in ("days_left", "days_before", "count")
                  if isinstance(n := data.get(key), int)), None)
    try:
        return v.fill(f"{kind}.title", values, count), v.fill(f"{kind}.body", values, count)
    except (KeyError, IndexError, ValueError):  # data recorded by another version
        return v.say(f"{kind}.title", count=0), kind


def _written(v: Voice, key: str, value: object) -> object:
    if key == "month" and isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d", value):
        return v.month(value)
    if key == "percent" and isinstance(value, int):
        return v.percent(value)
    if key.endswith("_cents") and isinstance(value, int):
        return v.money(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return v.number(value)
    if key in DATE_KEYS and isinstance(value, str) and (day := _day(value)):
        return v.day(day)
    if key in MONEY_KEYS and isinstance(value, str):
        try:
            return v.money(parse_euros(value))
        except BadInput:
            return value
    return value


def _day(text: str) -> date | None:
    found = DAY.match(text)
    if not found:
        return None
    y, m, d, d2, m2, y2 = found.groups()
    try:
        return (datetime(int(y), int(m), int(d)) if y else
                datetime(int(y2), int(m2), int(d2))).date()
    except ValueError:
        return None
