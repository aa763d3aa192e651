"""French (fr_FR) amounts, rates, dates and legal payment sentences for printed documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from ..domain.money import cents_to_decimal, require_int

LOCALE = "fr_FR"
CURRENCY = "EUR"
# The fr_FR currency pattern ("#,##0.00 ¤" with a no-break space), without forced decimals.
_WHOLE_EUROS_PATTERN = "#,##0.##\u00a0¤"

_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf"
).split()
_LARGE_SCALES = ((10**9, "milliard", "milliards"), (10**6, "million", "millions"))
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def clipped(text: str, limit: int, lines: int = 6) -> str:
    """`text` cut to `limit` characters and `lines` lines, with « … » where it was cut: an
    address or a name that would not fit the page must not stop the document from printing
    (the Factur-X XML keeps it whole)."""
    kept = text.splitlines()[:lines]
    short = "\n".join(kept)
    if len(short) > limit:
        short = short[:limit].rstrip()
    return short if short == text else f"{short.rstrip()}\u2026"


def country_name(code: str) -> str:
    """``"DE"`` -> ``"Allemagne"``: the country as a French reader names it."""
    from babel import Locale

    return str(Locale.parse(LOCALE).territories.get(code, code))


def postal_address(address: str, country_code: str) -> str:
    """The address and its country's name on the last line, unless the address ends with it
    already (« 75011 Paris / France »)."""
    name = country_name(country_code)
    lines = [line for line in address.splitlines() if line.strip()]
    if lines and lines[-1].strip().casefold() == name.casefold():
        return address
    return "\n".join([*lines, name])


def money(cents: int) -> str:
    """``123456`` -> ``"1 234,56 €"`` (Babel's narrow no-break space grouping)."""
    return format_currency(cents_to_decimal(cents), CURRENCY, locale=LOCALE)


def money_short(cents: int) -> str:
    """Like `money` but without ",00" for whole euros: ``4000`` -> ``"40 €"``."""
    if cents % 100:
        return money(cents)
    return format_currency(
        cents_to_decimal(cents),
        CURRENCY,
        format=_WHOLE_EUROS_PATTERN,
        currency_digits=False,
        locale=LOCALE,
    )


def rate(basis_points: int) -> str:
    """``1215`` -> ``"12,15 %"``, ``2000`` -> ``"20 %"``, ``550`` -> ``"5,5 %"``."""
    value = Decimal(require_int(basis_points, "basis_points")) / 10_000
    return format_percent(value, locale=LOCALE, decimal_quantization=False)


def quantity(value: int) -> str:
    """``12000`` -> ``"12 000"``."""
    return format_decimal(require_int(value, "quantity"), locale=LOCALE)


def day(value: date) -> str:
    """``date(2026, 11, 29)`` -> ``"29/11/2026"``."""
    return format_date(value, "dd/MM/yyyy", locale=LOCALE)


def penalty_sentence(rate_bp: int) -> str:
    """The late-payment penalty mention (C. com. L441-10), with the annual rate."""
    return (
        f"En cas de retard de paiement, des pénalités au taux annuel de {rate(rate_bp)} sont "
        "exigibles à compter du jour suivant la date d'échéance, sans qu'un rappel soit nécessaire."
    )


def indemnity_sentence(cents: int) -> str:
    """The fixed recovery indemnity mention (C. com. D441-5), amount in figures and in words."""
    return (
        f"Indemnité forfaitaire pour frais de recouvrement\u00a0: {money_short(cents)} "
        f"({euros_in_words(cents)}), due en cas de retard de paiement "
        "(articles L441-10 et D441-5 du Code de commerce)."
    )


def _below_100(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix..., quatre-vingt-dix...
        base = "soixante" if tens == 7 else "quatre-vingt"
        joiner = " et " if n == 71 else "-"
        return f"{base}{joiner}{_UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if unit == 0:
        return _TENS[tens]
    joiner = " et " if unit == 1 else "-"
    return f"{_TENS[tens]}{joiner}{_UNITS[unit]}"


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")
    return f"{head} {_below_100(rest)}"


def number_in_words(n: int) -> str:
    """Cardinal number in French words (traditional spelling), 0 to 999 999 999 999."""
    require_int(n, "n")
    if not 0 <= n < 10**12:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "zéro"
    words: list[str] = []
    for scale, singular, plural in _LARGE_SCALES:
        count, n = divmod(n, scale)
        if count:
            words.append(f"{number_in_words(count)} {singular if count == 1 else plural}")
    thousands, n = divmod(n, 1000)
    if thousands:
        # "mille" never takes an s, and "quatre-vingts"/"cents" lose theirs before it.
        head = _below_1000(thousands)
        if head.endswith(("vingts", "cents")):
            head = head[:-1]
        words.append("mille" if thousands == 1 else f"{head} mille")
    if n:
        words.append(_below_1000(n))
    return " ".join(words)


def euros_in_words(cents: int) -> str:
    """``4000`` -> ``"quarante euros"``, ``150`` -> ``"un euro et cinquante centimes"``."""
    euros, rest = divmod(require_int(cents, "cents"), 100)
    if euros < 0:
        raise ValueError("negative amount")
    text = f"{number_in_words(euros)} {'euro' if euros <= 1 else 'euros'}"
    if euros >= 10**6 and euros % 10**6 == 0:
        text = text.replace(" euros", " d'euros")
    if rest:
        text += f" et {number_in_words(rest)} {'centime' if rest == 1 else 'centimes'}"
    return text
