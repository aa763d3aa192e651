"""The shipped catalogue's names in English. The catalogue is the company's own (the
administrator renames and adds entries): a name is translated only while it is still the one
the catalogue was shipped with; a name somebody typed is shown as typed, in every language."""

from __future__ import annotations

from ..domain.catalogue import DEFAULT_COMPLEXITIES, DEFAULT_PACKS, DEFAULT_SERVICES
from .words import language

ENGLISH_NAMES: dict[str, str] = {
    "Découverte": "Discovery", "Équipe": "Team", "Entreprise": "Business",
    "Grand compte": "Key account",
    "Traduction de texte": "Text translation", "Traduction de document": "Document translation",
    "Relecture": "Proofreading", "Transcription": "Transcription",
    "Standard": "Standard", "Technique": "Technical", "Expert": "Expert",
    "1 000 caractères": "1,000 characters", "page": "page", "minute": "minute",
}
SHIPPED: dict[str, set[str]] = {}
for _entry in (*DEFAULT_PACKS, *DEFAULT_SERVICES, *DEFAULT_COMPLEXITIES):
    SHIPPED.setdefault(_entry.code, set()).add(_entry.name)
for _service in DEFAULT_SERVICES:
    SHIPPED[_service.code].add(_service.unit)


def catalogue_name(code: str, name: str, lang: str | None) -> str:
    """`name` (of the entry `code`, or its unit) in `lang`: the English of a shipped name left
    unchanged, else the name itself."""
    if language(lang) == "fr" or name not in SHIPPED.get(code, ()):
        return name
    return ENGLISH_NAMES.get(name, name)
