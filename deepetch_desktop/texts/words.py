"""The product's words for people (a label per language) and for the command line (a CLI word)."""

from __future__ import annotations

from typing import TypeVar

from ..domain.vocabulary import Word, known
from .labels_en import ENGLISH
from .labels_fr import FRENCH
from .table import Labels, Lang

W = TypeVar("W", bound=Word)
TABLES: dict[Lang, Labels] = {"fr": FRENCH, "en": ENGLISH}


def language(lang: str | None) -> Lang:
    """'en' for any English ('en', 'en_GB', 'EN-us'), French otherwise: French is the source."""
    return "en" if (lang or "").lower().startswith("en") else "fr"


def label(member: Word, lang: str | None = "fr") -> str:
    """The member in the product's words: `label(LimitKind.MONTHLY, "en")` -> "Monthly limit".

    The table is looked up by the member's enum first: two enums may share a value
    ("credit_note" is an invoice kind and a ledger kind), and a StrEnum hashes as its value."""
    return TABLES[language(lang)][type(member)][member]


def label_of(kind: type[W], code: str, lang: str | None = "fr") -> str:
    """The label of a code read back as text (a journal entry's details), or the code itself
    when this version does not know it (a newer version's, on a shared database)."""
    member = known(kind, code)
    return label(member, lang) if isinstance(member, kind) else code


def cli_word(member: Word) -> str:
    """How the command line spells the member in its arguments: the code with hyphens for
    underscores (`--monthly`, `partly-paid`, `credit-note`, `limit.set`), the same in every
    language. The JSON keeps the code itself."""
    return member.value.replace("_", "-")
