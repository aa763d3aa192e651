"""The default French catalogues: credit packs, services and complexity levels."""

from __future__ import annotations

from dataclasses import dataclass

from .pricing import Complexity, Service


@dataclass(frozen=True)
class Pack:
    """A credit type the administrator can buy; the bigger, the cheaper the credit."""

    code: str
    name: str
    credits: int
    price_cents: int  # excluding VAT
    active: bool = True

    @property
    def price_per_credit_millicents(self) -> int:
        return self.price_cents * 1000 // self.credits

    def saving_percent_vs(self, smallest: Pack) -> int:
        """Saving per credit against `smallest`, in whole percent (rounded down)."""
        base = smallest.price_cents * self.credits
        mine = self.price_cents * smallest.credits
        return max(0, (base - mine) * 100 // base)


DEFAULT_PACKS = (
    Pack("DECOUVERTE", "Découverte", 500, 5_000),
    Pack("EQUIPE", "Équipe", 2_000, 18_000),
    Pack("ENTREPRISE", "Entreprise", 10_000, 80_000),
    Pack("GRAND_COMPTE", "Grand compte", 50_000, 350_000),
)

DEFAULT_SERVICES = (
    Service("TRAD_TEXTE", "Traduction de texte", "1 000 caractères", 10),
    Service("TRAD_DOC", "Traduction de document", "page", 25),
    Service("RELECTURE", "Relecture", "1 000 caractères", 4),
    Service("TRANSCRIPTION", "Transcription", "minute", 6),
)

DEFAULT_COMPLEXITIES = (
    Complexity("STANDARD", "Standard", 1000),
    Complexity("TECHNIQUE", "Technique", 1500),
    Complexity("EXPERT", "Expert", 2000),
)
