"""Runway and advice: at the rate of a recent window, when the basket runs out, when a limited
sub-account reaches its limit, and the cheapest packs that last until a chosen day.

The rate is what the window used (credits) ÷ its days, constant from today on: `credits` last
`credits × window ÷ used` days, rounded down (the last whole day they cover), counted from
today.

The cheapest mix is exact: the fewest euros (then the fewest credits) whose credits cover
what is needed, by dynamic programming over the credits. Its size is bounded by an exchange
argument: among any `c/g` packs other than the one of the lowest price per credit (`c` its
credits, `g` the greatest common divisor of the packs' credits) some have credits adding up to
a multiple of `c`, and as many of that pack cost no more. So an optimal mix has fewer than
`c/g` other packs, and all but the last `(c/g - 1) × largest + c` credits needed are bought
as that pack.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from math import gcd

from .limits import Limit, LimitKind

MAX_STATES = 2_000_000  # beyond: the catalogue is too irregular to search exactly


def days_covered(credits: int, used: int, window_days: int) -> int | None:
    """Whole days `credits` last at `used` credits per `window_days` (None: nothing used)."""
    if used <= 0:
        return None
    return max(0, credits) * window_days // used


def runs_out_on(balance: int, used: int, window_days: int, today: date) -> date | None:
    days = days_covered(balance, used, window_days)
    return None if days is None else today + timedelta(days=days)


def period_end(limit: Limit, today: date) -> date | None:
    """The last day the limit's current period counts (None: no limit)."""
    if limit.kind is LimitKind.MONTHLY:
        return today.replace(day=monthrange(today.year, today.month)[1])
    if limit.kind is LimitKind.FIXED:
        return limit.valid_to
    return None


def reaches_limit_on(limit: Limit, used_in_period: int, used_in_window: int, window_days: int,
                     today: date) -> date | None:
    """The day a sub-account's use reaches its limit at its own rate; None when it has no
    limit, uses nothing, or its period ends first (a monthly limit starts again)."""
    if limit.kind is LimitKind.NONE or limit.amount is None:
        return None
    if used_in_period >= limit.amount:
        return today
    days = days_covered(limit.amount - used_in_period, used_in_window, window_days)
    if days is None:
        return None
    day = today + timedelta(days=days)
    end = period_end(limit, today)
    return None if end is not None and day > end else day


def credits_needed(balance: int, used: int, window_days: int, today: date,
                   until: date) -> int:
    """Credits to buy so that the basket lasts through `until` at the rate (0: it does)."""
    rate = Fraction(used, window_days) if window_days > 0 else Fraction(0)
    days = (until - today).days + 1  # today's use too
    need = rate * max(0, days) - balance
    return max(0, -(-need.numerator // need.denominator))


@dataclass(frozen=True)
class PackOffer:
    code: str
    credits: int
    price_cents: int  # excl. VAT


@dataclass(frozen=True)
class Mix:
    """Quantities per pack code (those bought), their credits and price."""

    quantities: tuple[tuple[str, int], ...]
    credits: int
    price_cents: int


def cheapest_mix(packs: list[PackOffer], needed: int) -> Mix | None:
    """The fewest euros, then the fewest credits, covering `needed` credits; None when there
    is no pack, or the catalogue is too irregular (see MAX_STATES)."""
    packs = [p for p in packs if p.credits > 0]
    if needed <= 0:
        return Mix((), 0, 0)
    if not packs:
        return None
    best = min(packs, key=lambda p: (Fraction(p.price_cents, p.credits), -p.credits))
    g = 0
    for p in packs:
        g = gcd(g, p.credits)
    others = [p for p in packs if p is not best]
    largest = max(p.credits for p in packs)
    tail = (best.credits // g - 1) * largest + best.credits if others else best.credits
    forced = max(0, -(-(needed - tail) // best.credits))
    rest = needed - forced * best.credits
    states = -(-rest // g)
    if states > MAX_STATES:
        return None
    units = [(p, p.credits // g) for p in packs]
    # cost[x]: the cheapest (euros, credits) covering x × g credits, and the pack it ends with
    cost: list[tuple[int, int]] = [(0, 0)] * (states + 1)
    last: list[int] = [-1] * (states + 1)
    for x in range(1, states + 1):
        found: tuple[int, int] | None = None
        for i, (p, u) in enumerate(units):
            before = cost[max(0, x - u)]
            option = (before[0] + p.price_cents, before[1] + p.credits)
            if found is None or option < found:
                found, last[x] = option, i
        assert found is not None
        cost[x] = found
    counts = {p.code: 0 for p in packs}
    counts[best.code] += forced
    x = states
    while x > 0:
        p, u = units[last[x]]
        counts[p.code] += 1
        x = max(0, x - u)
    chosen = tuple((p.code, counts[p.code]) for p in packs if counts[p.code])
    by_code = {p.code: p for p in packs}
    return Mix(chosen, sum(by_code[c].credits * n for c, n in chosen),
               sum(by_code[c].price_cents * n for c, n in chosen))
