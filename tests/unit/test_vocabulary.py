"""Every word of the vocabulary has a French label, an English label and a CLI word."""

from __future__ import annotations

import enum
import inspect
import re

import pytest

from deepetch_desktop.domain import vocabulary
from deepetch_desktop.domain.vocabulary import (
    WORDS,
    AuditAction,
    InvoiceKind,
    LedgerKind,
    LimitKind,
    SubAccountStatus,
    Word,
)
from deepetch_desktop.texts import TABLES, cli_word, label, label_of, language

MEMBERS: list[Word] = [member for kind in WORDS for member in kind]
CLI_WORD = re.compile(r"^[a-z0-9]+([.-][a-z0-9]+)*$")


def test_words_lists_every_enum_of_the_vocabulary() -> None:
    declared = {value for value in vars(vocabulary).values()
                if inspect.isclass(value) and issubclass(value, enum.StrEnum)
                and value.__module__ == vocabulary.__name__}
    assert declared == set(WORDS)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_table_labels_every_member_and_nothing_else(lang: str) -> None:
    table = TABLES[language(lang)]
    assert set(table) == set(WORDS)
    for kind in WORDS:
        assert set(table[kind]) == set(kind), kind.__name__
        assert all(type(member) is kind for member in table[kind]), kind.__name__


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_a_french_label_an_english_label_and_a_cli_word(member: Word) -> None:
    french, english = label(member, "fr"), label(member, "en")
    assert french.strip() and english.strip()
    assert french != member.value and english != member.value, "a label, not the code"
    assert CLI_WORD.match(cli_word(member)), cli_word(member)


@pytest.mark.parametrize("kind", WORDS, ids=lambda k: k.__name__)
def test_labels_and_cli_words_tell_the_members_apart(kind: type[Word]) -> None:
    for lang in ("fr", "en"):
        shown = [label(member, lang) for member in kind]
        # Two audit actions may not read the same in the Journal, nor two statuses.
        assert len(set(shown)) == len(shown), (kind.__name__, lang, shown)
    words = [cli_word(member) for member in kind]
    assert len(set(words)) == len(words)


def test_the_codes_stay_what_the_database_and_the_json_hold() -> None:
    assert [m.value for m in LimitKind] == ["none", "monthly", "fixed"]
    assert [m.value for m in SubAccountStatus] == ["active", "suspended", "closed"]
    assert {m.value for m in AuditAction} >= {"limit.set", "credits.buy", "subaccount.closed",
                                              "catalogue.pack", "basket.correct"}
    assert LimitKind.MONTHLY == "monthly" and f"{LimitKind.MONTHLY}" == "monthly"


def test_the_ui_guides_words() -> None:
    assert label(LimitKind.MONTHLY, "fr") == "Limite mensuelle"
    assert label(LimitKind.MONTHLY, "en") == "Monthly limit"
    assert label(vocabulary.InvoiceStatus.CANCELLED, "fr") == "Annulée par avoir"
    assert label(vocabulary.InvoiceStatus.CANCELLED, "en") == "Cancelled by credit note"
    assert cli_word(LimitKind.MONTHLY) == "monthly"  # deepetch limits set --monthly N
    assert cli_word(InvoiceKind.CREDIT_NOTE) == "credit-note"  # deepetch invoices credit-note


def test_enums_sharing_a_code_keep_their_own_label() -> None:
    # InvoiceKind.CREDIT_NOTE == LedgerKind.CREDIT_NOTE as strings, and hash alike.
    assert InvoiceKind.CREDIT_NOTE == LedgerKind.CREDIT_NOTE
    assert label(InvoiceKind.CREDIT_NOTE, "en") == "Credit note"
    assert label(LedgerKind.CREDIT_NOTE, "en") == "Credit note"
    assert label(LedgerKind.PURCHASE, "en") == "Purchase"


def test_language_and_codes_read_back() -> None:
    assert language("en_GB") == "en" and language("EN") == "en"
    assert language("fr_FR") == "fr" and language(None) == "fr" and language("de") == "fr"
    assert label_of(LimitKind, "fixed", "en") == "Fixed limit"
    assert label_of(AuditAction, "smtp.set", "fr") == "Serveur d'envoi des e-mails modifié"
    # A code this version does not know (a newer version's) is shown as it is.
    assert label_of(AuditAction, "future.thing", "fr") == "future.thing"
