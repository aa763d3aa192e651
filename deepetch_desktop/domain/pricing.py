"""What a task costs: ceil(units x rate x complexity factor), at least 1 credit."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import BadInput
from .money import require_int
from .text import parse_int

MAX_UNITS = 10_000_000


@dataclass(frozen=True)
class Service:
    """A billable service: `rate` credits per unit (e.g. per 1 000 characters)."""

    code: str
    name: str
    unit: str
    rate: int
    active: bool = True


@dataclass(frozen=True)
class Complexity:
    """A complexity level; `factor_permille` 1500 means x1.5."""

    code: str
    name: str
    factor_permille: int


def parse_units(text: object) -> int:
    return parse_int(text, "units", minimum=1, maximum=MAX_UNITS)


def task_cost(units: int, service: Service, complexity: Complexity) -> int:
    require_int(units, "units")
    if units <= 0:
        raise BadInput("units", "must_be_positive", units)
    numerator = units * service.rate * complexity.factor_permille
    return max(1, -(-numerator // 1000))
