"""The legal interest rate (taux de l'intérêt légal) for creditors other than private persons,
set each half-year by arrêté (C. monétaire et financier L313-2 and D313-1-A), and the floor it
puts under the late-payment penalty rate: never below three times it (C. com. L441-10 II,
fined under L441-16).

OFFICIAL_RATES holds the published values, from the half-year they apply; a later one is added
with `deepetch seller legal-rate --from DATE --rate X` (stored in the settings), so that the
check never needs a new version of the program. Sources (JORF arrêtés, as reported):
- 2024 S1 5,07 %: arrêté du 21 décembre 2023 (infonet.fr; medef.nc);
- 2024 S2 4,92 %: arrêté du 26 juin 2024 (bpifrance-creation.fr);
- 2025 S1 3,71 %, 2025 S2 2,76 %: arrêté du 19 juin 2025, JO du 24 (ksca.fr, Lefebvre Dalloz);
- 2026 S1 2,62 %: arrêté du 15 décembre 2025 (legifiscal.fr).
The value for 2026 S2 (from 1 July 2026) was not found in the sources searched: add it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from .errors import BadInput

# L441-10 II: the rate « ne peut être inférieur à trois fois le taux d'intérêt légal ».
PENALTY_FLOOR_FACTOR = 3

OFFICIAL_RATES: dict[date, int] = {  # first day it applies -> basis points (262 = 2,62 %)
    date(2024, 1, 1): 507,
    date(2024, 7, 1): 492,
    date(2025, 1, 1): 371,
    date(2025, 7, 1): 276,
    date(2026, 1, 1): 262,
}


def rate_table(added: Mapping[date, int] | Iterable[tuple[date, int]] = ()) -> dict[date, int]:
    """The official values with those added since (an added one replaces the same date's)."""
    table = dict(OFFICIAL_RATES)
    table.update(dict(added))
    return dict(sorted(table.items()))


def legal_rate_on(day: date, table: Mapping[date, int]) -> int:
    """The rate in force on `day`: the latest whose first day is not after it."""
    known = [start for start in table if start <= day]
    if not known:
        raise ValueError(f"no legal interest rate known on {day}")
    return table[max(known)]


def penalty_floor(day: date, table: Mapping[date, int]) -> int:
    return PENALTY_FLOOR_FACTOR * legal_rate_on(day, table)


def check_penalty_rate(rate_bp: int, day: date, table: Mapping[date, int]) -> int:
    """Refuse a penalty rate below three times the legal rate in force on `day`."""
    if rate_bp < penalty_floor(day, table):
        raise BadInput("penalty_rate", "below_legal_minimum", rate_bp)
    return rate_bp


def check_legal_rate(rate_bp: object) -> int:
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or not 0 < rate_bp <= 5_000:
        raise BadInput("legal_rate", "out_of_range", rate_bp)
    return rate_bp
