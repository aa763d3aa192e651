"""French formatting of printed amounts, rates, dates and amounts in words."""

from __future__ import annotations

from datetime import date

import pytest

from deepetch_desktop.documents import formatting as fmt

NNBSP = "\u202f"  # narrow no-break space: Babel's fr_FR grouping separator
NBSP = "\u00a0"


def test_money_uses_babel_french_format() -> None:
    assert fmt.money(123456) == f"1{NNBSP}234,56{NBSP}€"
    assert fmt.money(54000) == f"540,00{NBSP}€"
    assert fmt.money(5) == f"0,05{NBSP}€"
    assert fmt.money(123456789012) == f"1{NNBSP}234{NNBSP}567{NNBSP}890,12{NBSP}€"


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        fmt.money(12.5)  # type: ignore[arg-type]


def test_money_short_drops_zero_cents_only() -> None:
    assert fmt.money_short(4000) == f"40{NBSP}€"
    assert fmt.money_short(4050) == f"40,50{NBSP}€"
    assert fmt.money_short(1_000_000) == f"10{NNBSP}000{NBSP}€"


@pytest.mark.parametrize(
    ("basis_points", "expected"),
    [(1215, "12,15 %"), (2000, "20 %"), (550, "5,5 %"), (786, "7,86 %"), (0, "0 %")],
)
def test_rate_from_basis_points(basis_points: int, expected: str) -> None:
    assert fmt.rate(basis_points).replace(NBSP, " ") == expected


def test_dates_are_day_month_year() -> None:
    assert fmt.day(date(2026, 11, 29)) == "29/11/2026"
    assert fmt.day(date(2027, 1, 5)) == "05/01/2027"


def test_quantity_grouping() -> None:
    assert fmt.quantity(3) == "3"
    assert fmt.quantity(12000) == f"12{NNBSP}000"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zéro"),
        (1, "un"),
        (17, "dix-sept"),
        (21, "vingt et un"),
        (40, "quarante"),
        (71, "soixante et onze"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (99, "quatre-vingt-dix-neuf"),
        (100, "cent"),
        (200, "deux cents"),
        (201, "deux cent un"),
        (1000, "mille"),
        (2080, "deux mille quatre-vingts"),
        (80_000, "quatre-vingt mille"),
        (200_000, "deux cent mille"),
        (1_000_000, "un million"),
        (2_300_000, "deux millions trois cent mille"),
    ],
)
def test_number_in_words(n: int, words: str) -> None:
    assert fmt.number_in_words(n) == words


def test_euros_in_words() -> None:
    assert fmt.euros_in_words(4000) == "quarante euros"
    assert fmt.euros_in_words(100) == "un euro"
    assert fmt.euros_in_words(150) == "un euro et cinquante centimes"
    assert fmt.euros_in_words(200_000_000) == "deux millions d'euros"
    with pytest.raises(ValueError):
        fmt.euros_in_words(-100)


def test_legal_payment_sentences() -> None:
    penalty = fmt.penalty_sentence(1215).replace(NBSP, " ")
    assert "au taux annuel de 12,15 % sont exigibles" in penalty
    assert penalty.endswith("sans qu'un rappel soit nécessaire.")
    indemnity = fmt.indemnity_sentence(4000).replace(NBSP, " ")
    assert indemnity.startswith(
        "Indemnité forfaitaire pour frais de recouvrement : 40 € (quarante euros)")
