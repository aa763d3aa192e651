"""One clear sentence for each error, in French (the default) or English: the sentences are
the text layer's (texts/errors_*.py), the values written as each language writes them."""

from __future__ import annotations

from datetime import date

from ..domain.errors import DeepetchError
from ..domain.text import LIMITS
from ..domain.vocabulary import Privilege
from ..texts.errors_en import ERRORS_ENGLISH
from ..texts.errors_fr import ERRORS_FRENCH
from ..texts.voice import Voice
from ..texts.words import label_of

LAG_UNITS = ((86_400, "lag.day"), (3_600, "lag.hour"), (60, "lag.minute"))


def voice(lang: str | None) -> Voice:
    return Voice(lang, {"fr": ERRORS_FRENCH, "en": ERRORS_ENGLISH})


def describe(error: DeepetchError, lang: str = "fr") -> str:
    v, code, details = voice(lang), error.code, error.details()
    if code == "bad_input":
        return _bad_input(v, str(details["field"]), str(details["problem"]))
    reason = str(details.get("reason"))
    if code == "database_refused" and reason == "newer_schema" and details.get("version"):
        return v.say("refusal.newer_program", location=details["location"],
                     version=details["version"])
    if code == "database_refused" and v.knows(f"refusal.{reason}"):
        return v.say(f"refusal.{reason}", location=details["location"])
    if not v.knows(f"error.{code}"):
        return f"{code}: {details}"
    if code == "not_authenticated" and v.knows(f"error.{code}.{reason}"):
        return v.say(f"error.{code}.{reason}")
    if code == "account_locked" and details.get("until") is not None:
        return v.fill("error.account_locked.attempts",
                      {"minutes": v.number(int(str(details.get("minutes") or 1)))})
    values = {key: written(v, value) for key, value in details.items()}
    left = int(str(details.get("remaining") or 0))
    if code in ("limit_reached", "fixed_limit_exhausted") and left > 0:
        # Not reached: what is left is less than the task costs, and the sentence says so.
        return v.fill(f"error.{code}.too_big", values, left)
    if code == "invoice_rule":
        values["rule"] = _word(v, "rule", str(details["rule"]))
        if not details.get("number"):  # refused before any number was drawn
            return v.fill("error.invoice_rule.unnumbered", values)
    elif code == "database_refused":
        values["reason"] = _word(v, "reason", reason)
    elif code == "not_found":
        values["kind"] = _word(v, "thing", str(details["kind"]))
    elif code == "not_permitted":
        values["privilege"] = label_of(Privilege, str(details["privilege"]), v.language)
    elif code == "unreachable_amount":
        values = {key: v.money(int(str(details[f"{key}_cents"])))
                  for key in ("requested", "below", "above")}
        values["rate"] = v.rate(int(str(details["vat_bp"])))
    elif code == "clock_behind":
        values["lag"] = lag_text(int(str(details["lag_seconds"])), lang)
    return v.fill(f"error.{code}", values)


def _word(v: Voice, kind: str, code: str) -> str:
    return v.say(f"{kind}.{code}") if v.knows(f"{kind}.{code}") else code


def written(v: Voice, value: object) -> object:
    """A detail as the sentence shows it: numbers grouped, dates in the language's format."""
    if value is None:
        return "…"
    if isinstance(value, int) and not isinstance(value, bool):
        return v.number(value)
    if isinstance(value, date):
        return v.day(value)
    return value


def _bad_input(v: Voice, name: str, problem: str) -> str:
    """« L'adresse a une ligne de plus de 70 caractères. »: the field's limit, from the one
    table of limits, when the problem is about length."""
    limit = LIMITS.get(name)
    maximum = {"too_long": limit.length if limit else None, "line_too_long":
               limit.line_length if limit else None, "too_many_lines":
               limit.lines if limit else None}.get(problem)
    if problem == "too_long" and maximum is not None:
        problem = "longer_than"
    field = _word(v, "field", name)
    if not v.knows(f"problem.{problem}"):
        return f"{field} {problem}."
    return f"{field} {v.say(f'problem.{problem}', maximum=v.number(maximum))}."


def lag_text(seconds: int, lang: str = "fr") -> str:
    """A clock's lag in its largest whole unit: « 364 jours », « 3 heures », « 11 minutes »."""
    v = voice(lang)
    size, key = next((size, key) for size, key in LAG_UNITS if seconds >= size or size == 60)
    return v.say(key, count=max(seconds // size, 1))
