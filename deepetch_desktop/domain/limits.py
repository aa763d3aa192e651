"""Sub-account limits: none, monthly (a fresh count every calendar month) or fixed (no reset).

Usage is keyed by (sub-account, limit generation, period): the period is 'YYYY-MM' in the
company's time zone for a monthly limit and 'fixed' otherwise, so a new month starts at zero
whether or not any job ran, and a change of kind (a new generation) starts at zero too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .dates import month_key
from .errors import (
    BadInput,
    FixedLimitExhausted,
    LimitReached,
    OutsideLimitPeriod,
)
from .vocabulary import LimitKind

MAX_LIMIT = 10**12
FIXED_PERIOD = "fixed"  # the one period a fixed limit counts in


@dataclass(frozen=True)
class Limit:
    kind: LimitKind = LimitKind.NONE
    amount: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    generation: int = 1

    def period_key(self, local_day: date) -> str:
        """A fixed limit counts in one period; monthly and no limit count per month."""
        if self.kind is LimitKind.FIXED:
            return FIXED_PERIOD
        return month_key(local_day)

    def remaining(self, used: int) -> int | None:
        return remaining(self.kind, self.amount, used)


def remaining(kind: LimitKind, amount: int | None, used: int) -> int | None:
    """What a limit leaves of its period's credits (never below 0); None without a limit."""
    if kind is LimitKind.NONE or amount is None:
        return None
    return max(0, amount - used)


def period_ended(kind: LimitKind, valid_to: date | None, local_day: date) -> bool:
    """A fixed limit whose validity period is over (the day after its last day, in the
    company's time zone): nothing can be used any more, whatever is left of its amount."""
    return kind is LimitKind.FIXED and valid_to is not None and local_day > valid_to


def validate_limit(
    kind: LimitKind, amount: int | None, valid_from: date | None, valid_to: date | None
) -> None:
    """Raise BadInput naming the field when the limit as typed cannot be saved."""
    if kind is LimitKind.NONE:
        if amount is not None or valid_from or valid_to:
            raise BadInput("amount", "not_allowed_without_limit", amount)
        return
    if amount is None:
        raise BadInput("amount", "required", amount)
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise BadInput("amount", "not_a_whole_number", amount)
    if amount <= 0:
        raise BadInput("amount", "must_be_positive", amount)
    if amount > MAX_LIMIT:
        raise BadInput("amount", "too_large", amount)
    if kind is LimitKind.MONTHLY and (valid_from or valid_to):
        raise BadInput("valid_from", "period_only_for_fixed", valid_from or valid_to)
    if valid_from and valid_to and valid_to < valid_from:
        raise BadInput("valid_to", "before_start", valid_to)


def change_limit(
    current: Limit,
    kind: LimitKind,
    amount: int | None,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> Limit:
    """The new limit: a change of kind opens a new generation (used back to 0); an amount or
    period change keeps the generation, and so the used count."""
    validate_limit(kind, amount, valid_from, valid_to)
    generation = current.generation + (1 if kind is not current.kind else 0)
    return replace(
        current,
        kind=kind,
        amount=amount,
        valid_from=valid_from,
        valid_to=valid_to,
        generation=generation,
    )


def check_limit(limit: Limit, used: int, cost: int, local_day: date) -> None:
    """Raise the precise refusal when a task of `cost` may not be counted against `limit`."""
    left = limit.remaining(used)
    if left is None or limit.amount is None:
        return
    if limit.kind is LimitKind.FIXED:
        outside = (limit.valid_from and local_day < limit.valid_from) or (
            limit.valid_to and local_day > limit.valid_to
        )
        if outside:
            raise OutsideLimitPeriod(limit.valid_from, limit.valid_to, local_day)
        if used + cost > limit.amount:
            raise FixedLimitExhausted(limit.amount, used, cost, left)
        return
    if used + cost > limit.amount:
        raise LimitReached(limit.amount, used, cost, left)
