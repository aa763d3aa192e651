"""Numbers, money, dates and plurals as each language writes them, through Babel: the one way
they are written outside Qt (the command line, e-mails, notifications, error sentences).

Babel is imported by the first thing written with it (issue 12): a command that prints JSON
never loads it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from ..domain.money import cents_to_decimal, require_int
from .words import language

if TYPE_CHECKING:
    from babel import Locale

CURRENCY = "EUR"
NOTHING = "—"  # a value that is not there (no limit, no expiry date)
# A whole number, and a sentence chosen by how many: {"one": "1 crédit", "other": "… crédits"}.
Plural = Mapping[str, str]


@cache
def locale_of(lang: str | None) -> Locale:
    """The Babel locale of a language: fr_FR for French; for English the English locale asked
    for (en_GB, en_US...) when there is one, else Babel's plain "en"."""
    from babel import Locale, UnknownLocaleError

    if language(lang) == "fr":
        return Locale.parse("fr_FR")
    try:
        found = Locale.parse((lang or "en").split(".")[0].replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")
    return found if found.language == "en" else Locale.parse("en")


def number(value: int | None, lang: str | None = "fr") -> str:
    """12500 -> "12 500" (narrow no-break space) / "12,500"."""
    from babel.numbers import format_decimal

    if value is None:
        return NOTHING
    return format_decimal(require_int(value, "number"), locale=locale_of(lang))


def signed(value: int, lang: str | None = "fr") -> str:
    """A change of credits: "+500", "-1 200"."""
    return ("+" if value > 0 else "") + number(value, lang)


def money(cents: int | None, lang: str | None = "fr") -> str:
    """Integer cents, never through a float: -150 -> "-1,50 €" / "-€1.50"."""
    from babel.numbers import format_currency

    if cents is None:
        return NOTHING
    return format_currency(cents_to_decimal(cents), CURRENCY, locale=locale_of(lang))


def money_fine(millicents: int, lang: str | None = "fr") -> str:
    """A price per credit in thousandths of a cent, with a third decimal only when needed:
    "0,09 €", "0,085 €"."""
    from babel.numbers import format_currency

    loc = locale_of(lang)
    standard = loc.currency_formats["standard"].pattern.split(";")[0]
    return format_currency(Decimal(require_int(millicents, "millicents")) / 100_000, CURRENCY,
                           format=standard.replace("0.00", "0.00#"), locale=loc,
                           currency_digits=False)


def percent(whole: int, lang: str | None = "fr") -> str:
    """20 -> "20 %" / "20%"."""
    from babel.numbers import format_percent

    return format_percent(Decimal(whole) / 100, locale=locale_of(lang))


def rate(basis_points: int, lang: str | None = "fr") -> str:
    """A rate in hundredths of a percent: 1215 -> "12,15 %" / "12.15%"."""
    from babel.numbers import format_percent

    return format_percent(Decimal(require_int(basis_points, "basis_points")) / 10_000,
                          locale=locale_of(lang), decimal_quantization=False)


def factor(permille: int, lang: str | None = "fr") -> str:
    """A complexity factor: 1500 -> "×1,5" / "×1.5"."""
    from babel.numbers import format_decimal

    return "×" + format_decimal(Decimal(permille) / 1000, locale=locale_of(lang))


def day(value: date | None, lang: str | None = "fr") -> str:
    """29/11/2026 in French; in English the locale's medium date (Nov 29, 2026 / 29 Nov 2026),
    whose month in letters leaves no doubt about which number is the day."""
    from babel.dates import format_date

    if value is None:
        return NOTHING
    if language(lang) == "fr":
        return format_date(value, "dd/MM/yyyy", locale=locale_of(lang))
    return format_date(value, "medium", locale=locale_of(lang))


def instant(at: datetime | None, zone: tzinfo, lang: str | None = "fr") -> str:
    """An instant (stored in UTC) as the company reads it, in its own time zone, to the minute."""
    from babel.dates import format_time

    if at is None:
        return NOTHING
    local, loc = at.astimezone(zone), locale_of(lang)
    clock = format_time(local, "HH:mm" if language(lang) == "fr" else "short", locale=loc)
    return str(loc.datetime_formats["short"]).format(clock, day(local.date(), lang))


def month(key: str, lang: str | None = "fr") -> str:
    """A period key "2026-10" -> "octobre 2026" / "October 2026"."""
    from babel.dates import format_date

    year, number_ = key.split("-")
    return format_date(date(int(year), int(number_), 1), "LLLL y", locale=locale_of(lang))


def month_short(key: str, lang: str | None = "fr") -> str:
    """"2026-10" -> "oct." / "Oct", with the year in January ("janv. 26"): a chart's axis."""
    from babel.dates import format_date

    year, number_ = key.split("-")
    return format_date(date(int(year), int(number_), 1), "LLL yy" if number_ == "01" else "LLL",
                       locale=locale_of(lang))


def plural_form(count: int, forms: Plural, lang: str | None = "fr") -> str:
    """The form for `count` by the language's rules (French: 0 and 1 are singular); a
    "zero" form, when a sentence has one, says nothing left in words ("aujourd'hui")."""
    if count == 0 and "zero" in forms:
        return forms["zero"]
    return forms.get(locale_of(lang).plural_form(abs(count)), forms["other"])


def plural(count: int, forms: Plural, lang: str | None = "fr") -> str:
    """The form for `count`, its "{count}" written as a number: "3 jours", "1 day"."""
    return plural_form(count, forms, lang).replace("{count}", number(count, lang))
