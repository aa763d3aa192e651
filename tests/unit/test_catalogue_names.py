"""The shipped catalogue speaks English with --lang en; names somebody typed stay theirs."""

from __future__ import annotations

from deepetch_desktop.domain.catalogue import DEFAULT_COMPLEXITIES, DEFAULT_PACKS, DEFAULT_SERVICES
from deepetch_desktop.texts.catalogue_names import ENGLISH_NAMES, catalogue_name


def test_every_shipped_name_and_unit_has_an_english_name() -> None:
    shipped = [e.name for e in (*DEFAULT_PACKS, *DEFAULT_SERVICES, *DEFAULT_COMPLEXITIES)]
    assert set(shipped) | {s.unit for s in DEFAULT_SERVICES} <= set(ENGLISH_NAMES)


def test_a_shipped_name_is_translated_a_typed_one_is_not() -> None:
    assert catalogue_name("DECOUVERTE", "Découverte", "en") == "Discovery"
    assert catalogue_name("DECOUVERTE", "Découverte", "fr") == "Découverte"
    assert catalogue_name("DECOUVERTE", "Découverte maison", "en") == "Découverte maison"
    # The shipped name under another code is somebody's choice, not the shipped entry.
    assert catalogue_name("MON_PACK", "Équipe", "en") == "Équipe"
    assert catalogue_name("TRAD_TEXTE", "1 000 caractères", "en_GB") == "1,000 characters"
