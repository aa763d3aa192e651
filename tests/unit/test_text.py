"""Typed text and numbers: one table of limits, clean text, strict whole numbers."""

from __future__ import annotations

import pytest

from deepetch_desktop.domain import text as tx
from deepetch_desktop.domain.dates import parse_day, parse_month
from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.identity import check_bic, check_iban, check_siren, check_vat_number
from deepetch_desktop.domain.money import parse_euros
from deepetch_desktop.services import describe


def refused(call, *args, **kwargs) -> BadInput:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput) as caught:
        call(*args, **kwargs)
    return caught.value


def test_text_is_tidied_not_changed():
    assert tx.clean_text("  Atelier   Lumière ", "company") == "Atelier Lumière"
    assert tx.clean_text(" 8 quai \r\n\n 33000  Bordeaux ", "address") == "8 quai\n33000 Bordeaux"
    typed = "Café 日本語 🙂 'x' \"y\" %s {0}"
    assert tx.clean_text(typed, "name") == typed
    assert tx.clean_text(None, "title") == "" and tx.clean_optional("  ", "key") is None


@pytest.mark.parametrize("value", ["a\x00b", "\x1b[31mrouge", "bell\x07", "del\x7f", "c1\x85",
                                   "csi\x9b2J", "\u202eevil", "\u202aembed", "\u2066iso\u2069",
                                   "line\u2028sep", "surrogate\udcff", "tab\there"])
def test_control_characters_and_bidi_overrides_are_refused(value):
    error = refused(tx.clean_text, value, "name")
    assert (error.field, error.problem) == ("name", "control_characters")
    assert "\x1b" not in describe(error) and "\u202e" not in str(error.details())


def test_a_newline_only_where_lines_are_allowed():
    assert refused(tx.clean_text, "deux\nlignes", "company").problem == "control_characters"
    assert tx.clean_text("deux\nlignes", "address") == "deux\nlignes"


def test_lengths_lines_and_what_the_message_says():
    assert tx.clean_text("x" * 120, "company") == "x" * 120
    error = refused(tx.clean_text, "x" * 121, "company")
    assert error.problem == "too_long"
    assert describe(error) == "Le nom de l'entreprise dépasse 120 caractères."
    six = "\n".join(["y" * 70] * 6)
    assert tx.clean_text(six, "address") == six
    error = refused(tx.clean_text, six + "\nz", "address")
    assert describe(error) == "L'adresse dépasse 6 lignes."
    error = refused(tx.clean_text, "y" * 71, "address")
    assert describe(error, "en") == "The address has a line longer than 70 characters."
    assert refused(tx.clean_text, "r" * 10_000_000, "reason").problem == "too_long"
    assert refused(tx.clean_text, "  ", "reason", required=True).problem == "required"


def test_what_an_error_echoes_is_short_and_harmless():
    error = refused(tx.clean_text, "\x1b[2J" + "x" * 10_000_000, "reason")
    shown = str(error.details()["value"])
    assert len(shown) <= 80 and "\x1b" not in shown


@pytest.mark.parametrize("text, number", [("12", 12), (" 12 ", 12), ("+5", 5), ("-3", -3),
                                          ("9223372036854775807", 2**63 - 1)])
def test_whole_numbers(text, number):
    assert tx.parse_int(text, "units") == number


@pytest.mark.parametrize("text, problem", [
    ("²", "not_a_whole_number"), ("٣", "not_a_whole_number"), ("¹²³", "not_a_whole_number"),
    ("1e9", "not_a_whole_number"), ("0x10", "not_a_whole_number"), ("1.0", "not_a_whole_number"),
    ("1_000", "not_a_whole_number"), ("--5", "not_a_whole_number"), ("", "not_a_whole_number"),
    ("9" * 29, "too_large"), (str(2**63), "too_large"), ("a\x00", "not_a_whole_number")])
def test_whole_numbers_are_strict(text, problem):
    assert refused(tx.parse_int, text, "units").problem == problem


def test_bounds_and_ids():
    assert refused(tx.parse_int, "0", "quantity", minimum=1).problem == "must_be_positive"
    assert refused(tx.parse_int, "1001", "quantity", maximum=1000).problem == "too_large"
    assert refused(tx.parse_id, "-1", "task").problem == "must_be_positive"
    assert refused(tx.parse_int, 1.5, "units").problem == "not_a_whole_number"
    assert refused(tx.parse_int, True, "units").problem == "not_a_whole_number"


@pytest.mark.parametrize("text", ["²", "٣", "1e9", "0x10", "NaN", "inf", "1,234", "--1", "1.2.3"])
def test_amounts_are_ascii_decimals(text):
    refused(parse_euros, text)


@pytest.mark.parametrize("text", ["2026-W48-1", "20261129", "٢٠٢٦-١١-٢٩", "2026-11-29T00:00",
                                  "1999-12-31", "9999-12-31", "2026-02-30", "29/11/26"])
def test_dates_are_strict(text):
    refused(parse_day, text)


def test_dates_and_months_that_are_fine():
    assert parse_day(" 2026-11-29 ").isoformat() == "2026-11-29"
    assert parse_day("1/2/2026").isoformat() == "2026-02-01"
    assert parse_month("2026-01") == (2026, 1)
    refused(parse_month, "٢٠٢٦-٠١")


def test_identifiers():
    assert check_iban("fr76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189"
    assert refused(check_iban, "FR7630006000011234567890188").problem == "invalid_iban"
    assert refused(check_iban, "FR76" + "0" * 60).problem == "too_long"
    assert check_bic(" agrifrppxxx ") == "AGRIFRPPXXX" and check_bic("AGRIFRPP") == "AGRIFRPP"
    assert refused(check_bic, "AGRIFRPPXXXX").problem in ("too_long", "invalid_bic")
    assert refused(check_siren, "²" * 9).problem == "invalid_siren"
    assert refused(check_vat_number, "FR12ABCDEFGHI").problem == "invalid_vat_number"
