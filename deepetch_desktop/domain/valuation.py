"""Credits valued in euros: FIFO over the batches bought, exact, rounded once.

Every use of credits (a task, an expiry, a credit note, a correction that removes credits) draws
on the batches oldest first and is valued at the price per credit of each batch it draws on
(the pack's price excl. VAT ÷ its credits: an exact fraction of a cent, never a float). A refund
gives the credits back to the very batches the task drew on, which keep their place in the
queue: the next use draws on them first again if they are the oldest. A credit note takes its
credits from the batch of the invoice it corrects first, then oldest first. Credits added by a
correction have no purchase price: a lot of their own at 0 €.

Money: exact values are whole numbers of `1/denominator` cents, `denominator` the least common
multiple of the packs' credits, so adding them up is exact. A line is its exact value rounded
once to the cent; the lines of a report are rounded together by the largest remainders
(`apportion`): each line is its exact value rounded down or up, never by more than a cent, and
the lines add up to the total, which is the exact total rounded half up once.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import lcm

UNKNOWN = -1  # a task the replay has not seen
SPLIT = -2  # a task that drew on more than one lot: its draws are in `Fifo.splits`


@dataclass(frozen=True)
class Draw:
    lot: int
    credits: int


@dataclass(frozen=True)
class LotView:
    """A lot of credits: a batch bought (`batch_id`), or credits added by a correction (None)."""

    lot: int
    batch_id: int | None
    credits_left: int
    price_per_credit: Fraction  # cents, excl. VAT

    @property
    def value(self) -> Fraction:  # cents
        return self.credits_left * self.price_per_credit


def price_per_credit(pack_price_cents: int, pack_credits: int) -> Fraction:
    """Cents per credit of a pack, exact."""
    return Fraction(pack_price_cents, pack_credits)


def millicents(price: Fraction) -> int:
    """A price per credit in thousandths of a cent, rounded half up (for display)."""
    return round_half_up(price * 1000)


def round_half_up(value: Fraction) -> int:
    """The whole number nearest `value`, halves away from zero."""
    whole = (abs(value.numerator) * 2 + value.denominator) // (2 * value.denominator)
    return whole if value >= 0 else -whole


def apportion(total: int, exact: Sequence[Fraction]) -> list[int]:
    """Round each of `exact` down or up so that they add up to `total` (the largest remainders
    go up, the earliest first on a tie). `total` must be within the rounded-down sum and that
    sum plus one per value, as the exact sum rounded half up is."""
    denominator = lcm(1, *(v.denominator for v in exact))
    return apportion_units(total, [v.numerator * (denominator // v.denominator) for v in exact],
                           denominator)


def apportion_units(total: int, units: Sequence[int], denominator: int) -> list[int]:
    """`apportion` of values given as whole numbers of `1/denominator`."""
    if denominator == 1:  # whole cents already: nothing to round
        if total != sum(units):
            raise ValueError(f"cannot apportion {total} over {len(units)} values")
        return list(units)
    floors = [u // denominator for u in units]
    rest = total - sum(floors)
    if not 0 <= rest <= len(units):
        raise ValueError(f"cannot apportion {total} over {len(units)} values")
    if rest:  # a stable sort: on a tie, the earliest first
        remainders = [u % denominator for u in units]
        for i in sorted(range(len(units)), key=remainders.__getitem__, reverse=True)[:rest]:
            floors[i] += 1
    return floors


def round_units(units: int, denominator: int) -> int:
    """`units / denominator` rounded half up (units >= 0)."""
    return (2 * units + denominator) // (2 * denominator)


class Fifo:
    """The lots of credits and what each task drew on, replayed from the ledger in its order."""

    def __init__(self) -> None:
        self.batch: list[int | None] = []
        self.price: list[Fraction] = []
        self.left: list[int] = []
        self.head = 0  # no lot before this one holds credits
        self.added = 0
        self.task_lot = array("i")  # task id -> its lot, SPLIT or UNKNOWN
        # Task ids in runs drawn on one lot, in id order: [first id, last id, lot]; None when a
        # task came out of id order (rebuilt from `task_lot` when read).
        self._runs: list[list[int]] | None = []
        self.splits: dict[int, tuple[Draw, ...]] = {}
        self.refunded: set[int] = set()
        self._lot_of_batch: dict[int, int] = {}

    # -- what the ledger records ------------------------------------------------------------

    def buy(self, batch_id: int | None, credits: int, price: Fraction) -> int:
        """A lot at the end of the queue; its number."""
        self.batch.append(batch_id)
        self.price.append(price)
        self.left.append(credits)
        self.added += credits
        lot = len(self.left) - 1
        if batch_id is not None:
            self._lot_of_batch[batch_id] = lot
        return lot

    def add(self, credits: int) -> int:
        """Credits added by a correction: no purchase price."""
        return self.buy(None, credits, Fraction(0))

    def use(self, task_id: int, credits: int) -> None:
        """A task: drawn oldest lot first (the common case, one lot, kept in an array)."""
        left, head = self.left, self.head
        if head < len(left) and left[head] > credits:
            left[head] -= credits
            self._record(task_id, head)
            return
        draws = self.take(credits)
        if len(draws) == 1:
            self._record(task_id, draws[0].lot)
        else:
            self._record(task_id, SPLIT)
            self.splits[task_id] = draws

    def take(self, credits: int, first: int | None = None) -> tuple[Draw, ...]:
        """Credits drawn on lot `first` (when given) and then oldest first."""
        draws: list[Draw] = []
        need = credits
        if first is not None and need:
            taken = min(self.left[first], need)
            if taken:
                self.left[first] -= taken
                need -= taken
                draws.append(Draw(first, taken))
        left = self.left
        lot = self.head
        while need and lot < len(left):
            taken = min(left[lot], need)
            if taken:
                left[lot] -= taken
                need -= taken
                draws.append(Draw(lot, taken))
            if not left[lot]:
                lot += 1
        while self.head < len(left) and not left[self.head]:
            self.head += 1
        if need:  # more than the lots hold (a history the replay cannot explain): 0 €
            lot = self.add(need)
            self.left[lot] = 0
            draws.append(Draw(lot, need))
        return tuple(draws)

    def refund(self, task_id: int, credits: int) -> tuple[Draw, ...]:
        """The task's credits (its cost) back to the lots it drew on."""
        draws = self.draws(task_id, credits)
        if not draws or sum(d.credits for d in draws) != credits or task_id in self.refunded:
            lot = self.add(credits)  # not drawn here: credits without a price
            self.head = min(self.head, lot)
            return (Draw(lot, credits),)
        self.refunded.add(task_id)
        for d in draws:
            self.left[d.lot] += d.credits
            self.head = min(self.head, d.lot)
        return draws

    def credit_note(self, batch_id: int | None, credits: int) -> tuple[Draw, ...]:
        return self.take(credits, self._lot_of_batch.get(batch_id) if batch_id else None)

    # -- reading ----------------------------------------------------------------------------

    def _record(self, task_id: int, lot: int) -> None:
        tl = self.task_lot
        if task_id >= len(tl):
            tl.extend([UNKNOWN] * (task_id + 1 - len(tl) + len(tl) // 4))
        tl[task_id] = lot
        runs = self._runs
        if runs is None:
            return
        if not runs or task_id > runs[-1][1]:
            if runs and runs[-1][2] == lot != SPLIT:
                runs[-1][1] = task_id
            else:
                runs.append([task_id, task_id, lot])
        else:
            self._runs = None

    def runs(self) -> list[tuple[int, int, int]]:
        """(first task id, last task id, lot) over every id from 0 on, in order: the ids in
        no run of tasks seen (gaps, ids not in the ledger) in runs of UNKNOWN; each task drawn
        on several lots in a run of its own (SPLIT)."""
        if self._runs is None:
            self._runs = []
            for task_id, lot in enumerate(self.task_lot):
                if lot == UNKNOWN:
                    continue
                if self._runs and self._runs[-1][2] == lot != SPLIT:
                    self._runs[-1][1] = task_id
                else:
                    self._runs.append([task_id, task_id, lot])
        tiled: list[tuple[int, int, int]] = []
        following = 0
        for first, last, lot in self._runs:
            if first > following:
                tiled.append((following, first - 1, UNKNOWN))
            tiled.append((first, last, lot))
            following = last + 1
        return tiled

    def lot_of(self, task_id: int) -> int:
        """The lot a task drew all its credits on, else SPLIT or UNKNOWN."""
        return self.task_lot[task_id] if 0 <= task_id < len(self.task_lot) else UNKNOWN

    def draws(self, task_id: int, cost: int) -> tuple[Draw, ...]:
        """What the task of `cost` credits drew on (nothing: a task the replay has not seen)."""
        lot = self.lot_of(task_id)
        if lot == UNKNOWN:
            return ()
        return self.splits[task_id] if lot == SPLIT else (Draw(lot, cost),)

    def value_of(self, draws: Iterable[Draw]) -> Fraction:
        return sum((d.credits * self.price[d.lot] for d in draws), Fraction(0))

    def lots(self) -> tuple[LotView, ...]:
        return tuple(LotView(i, b, n, p) for i, (b, n, p)
                     in enumerate(zip(self.batch, self.left, self.price, strict=True)))

    def credits_left(self) -> int:
        return sum(self.left)

    def scale(self) -> Scale:
        return Scale(self.price)

    def credits_added(self) -> int:
        """Every credit a lot was given (bought or added): the tasks not refunded used no more."""
        return self.added


class Scale:
    """Prices as whole numbers of `1/denominator` cents, so that values add up exactly."""

    def __init__(self, prices: Sequence[Fraction]) -> None:
        self.denominator = lcm(1, *(p.denominator for p in prices))
        self.units = [p.numerator * (self.denominator // p.denominator) for p in prices]

    def exact(self, units: int) -> Fraction:
        """Cents."""
        return Fraction(units, self.denominator)


LAST_ID = 2**62  # beyond any task id: the last run goes up to it


@dataclass(frozen=True)
class ValueRuns:
    """What the tasks are worth by ranges of their ids, for a database to add up: each run
    (first id, last id, value of a credit in `1/denominator` cents) covers the ids from 0 to
    LAST_ID once; a task drawn on lots of different prices is worth `splits[id]` units (its
    run says 0); a task the replay has not seen, what its run says (one after the last seen,
    written meanwhile: at the price of the last)."""

    denominator: int
    runs: tuple[tuple[int, int, int], ...]
    splits: dict[int, int]
    largest_sum: int  # bound on any sum of task values in units: credits added × dearest

    def within(self, first: int, last: int) -> tuple[tuple[int, int, int], ...]:
        """The runs that hold task ids from `first` to `last`."""
        return tuple((max(a, first), min(b, last), u) for a, b, u in self.runs
                     if b >= first and a <= last)

    def fits(self, bits: int = 62) -> bool:
        """Whether every product and sum fits a database's 64-bit integers."""
        return self.largest_sum < 2**bits


def value_runs(fifo: Fifo) -> ValueRuns:
    scale = fifo.scale()
    units = scale.units
    splits: dict[int, int] = {}
    same_price: dict[int, int] = {}  # a task drawn on lots of one price: that price
    for task_id, draws in fifo.splits.items():
        prices = {units[d.lot] for d in draws}
        if len(prices) == 1:
            same_price[task_id] = prices.pop()
        else:
            splits[task_id] = sum(d.credits * units[d.lot] for d in draws)
    merged: list[list[int]] = []
    for first, last, lot in fifo.runs():
        if lot == UNKNOWN:  # ids of no task the replay saw: the next run covers them
            continue
        price = units[lot] if lot >= 0 else same_price.get(first, 0)
        split = first in splits
        if merged and merged[-1][2] == price and not split and merged[-1][3] == 0:
            merged[-1][1] = last
        else:
            merged.append([merged[-1][1] + 1 if merged else 0, last, price, int(split)])
    if not merged:
        merged.append([0, LAST_ID, 0, 0])
    merged[-1][1] = LAST_ID  # one after the last seen (written meanwhile): valued as it
    largest = fifo.credits_added() * max(units, default=0)
    return ValueRuns(scale.denominator, tuple((a, b, c) for a, b, c, _split in merged), splits,
                     largest)
