"""Sentences of one language from a catalogue, with numbers, money and dates written the way
that language writes them: what a front end outside Qt says to people."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from typing import TypeAlias

from ..domain.vocabulary import Word
from . import formats
from .formats import Plural
from .table import Lang
from .words import label, language

# A sentence with {named} places, or its forms by number ({"one": ..., "other": ...}).
Template: TypeAlias = str | Plural
Catalogue: TypeAlias = Mapping[str, Template]


class Voice:
    """One language's texts: `say("buy.done", credits=...)` picks the sentence of the language
    (French when a key has no translation yet: French is the source), `number`, `money`, `day`...
    write values for it."""

    def __init__(self, lang: str | None, catalogues: Mapping[Lang, Catalogue]) -> None:
        self.lang: str = lang or "fr"  # kept whole: "en_GB" writes dates the British way
        self.language: Lang = language(lang)
        self.catalogue = catalogues[self.language]
        self.source = catalogues["fr"]

    def knows(self, key: str) -> bool:
        return key in self.catalogue or key in self.source

    def template(self, key: str) -> Template:
        found = self.catalogue.get(key)
        return self.source[key] if found is None else found

    def say(self, key: str, count: int | None = None, written: str | None = None,
            **values: object) -> str:
        """The sentence `key` with `values` in its places; `count` chooses among plural forms
        and fills "{count}" (as `written` when given: "+500")."""
        return self.fill(key, values, count, written)

    def fill(self, key: str, values: Mapping[str, object], count: int | None = None,
             written: str | None = None) -> str:
        """`say` for values gathered in a mapping (an error's details)."""
        template = self.template(key)
        if count is not None:
            values = {"count": self.number(count) if written is None else written, **values}
        if not isinstance(template, str):
            if count is None:
                raise ValueError(f"{key} has plural forms: give its count")
            template = formats.plural_form(count, template, self.lang)
        return template.format(**values) if values else template

    def headers(self, key: str) -> list[str]:
        """A table's column titles, written in the catalogue as "Code|Name|Credits"."""
        return self.say(key).split("|")

    def label(self, member: Word) -> str:
        return label(member, self.language)

    def number(self, value: int | None) -> str:
        return formats.number(value, self.lang)

    def signed(self, value: int) -> str:
        return formats.signed(value, self.lang)

    def money(self, cents: int | None) -> str:
        return formats.money(cents, self.lang)

    def money_fine(self, millicents: int) -> str:
        return formats.money_fine(millicents, self.lang)

    def percent(self, whole: int) -> str:
        return formats.percent(whole, self.lang)

    def rate(self, basis_points: int) -> str:
        return formats.rate(basis_points, self.lang)

    def factor(self, permille: int) -> str:
        return formats.factor(permille, self.lang)

    def day(self, value: date | None) -> str:
        return formats.day(value, self.lang)

    def instant(self, at: datetime | None, zone: tzinfo) -> str:
        return formats.instant(at, zone, self.lang)

    def month(self, key: str) -> str:
        return formats.month(key, self.lang)

    def month_short(self, key: str) -> str:
        return formats.month_short(key, self.lang)
