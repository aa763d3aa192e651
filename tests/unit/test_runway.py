"""Issue 15, pure rules: the runway at a constant rate, the day a limit is reached, the cheapest
mix of packs checked against brute force, the valuation's rounding that adds up."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from deepetch_desktop.domain.catalogue import DEFAULT_PACKS
from deepetch_desktop.domain.limits import Limit, LimitKind
from deepetch_desktop.domain.runway import (
    PackOffer,
    cheapest_mix,
    credits_needed,
    reaches_limit_on,
    runs_out_on,
)
from deepetch_desktop.domain.valuation import Fifo, apportion, round_half_up

TODAY = date(2026, 12, 2)


def test_a_constant_rate_gives_the_day_the_basket_runs_out():
    # 900 credits in 90 days: 10 a day; 1 000 credits last 100 days
    assert runs_out_on(1000, 900, 90, TODAY) == TODAY + timedelta(days=100)
    assert runs_out_on(1009, 900, 90, TODAY) == TODAY + timedelta(days=100)  # not 101 whole days
    assert runs_out_on(1010, 900, 90, TODAY) == TODAY + timedelta(days=101)
    assert runs_out_on(0, 900, 90, TODAY) == TODAY
    assert runs_out_on(1000, 0, 90, TODAY) is None  # nothing used: no end in sight


def test_the_day_a_limit_is_reached():
    monthly = Limit(LimitKind.MONTHLY, 1000)
    # 300 used, 70 a day (700 in 10 days): 700 left last 10 days, before the month ends
    assert reaches_limit_on(monthly, 300, 700, 10, date(2026, 12, 2)) == date(2026, 12, 12)
    # later than the month's last day: the limit starts again first
    assert reaches_limit_on(monthly, 300, 100, 10, date(2026, 12, 2)) is None
    assert reaches_limit_on(monthly, 1000, 100, 10, TODAY) == TODAY  # already reached
    fixed = Limit(LimitKind.FIXED, 5000, date(2026, 1, 1), date(2027, 6, 30))
    assert reaches_limit_on(fixed, 1000, 400, 10, TODAY) == TODAY + timedelta(days=100)
    assert reaches_limit_on(fixed, 1000, 10, 10, TODAY) is None  # after 30 June 2027
    assert reaches_limit_on(Limit(), 0, 500, 10, TODAY) is None
    assert reaches_limit_on(monthly, 0, 0, 10, TODAY) is None


def test_credits_needed_until_a_day():
    # 10 a day from today through the 11th day: 110, less the 60 held
    assert credits_needed(60, 900, 90, TODAY, TODAY + timedelta(days=10)) == 50
    assert credits_needed(1000, 900, 90, TODAY, TODAY + timedelta(days=10)) == 0
    assert credits_needed(0, 1, 3, TODAY, TODAY) == 1  # a third of a credit: one to buy


def brute_force(packs: list[PackOffer], needed: int) -> tuple[int, int]:
    """The fewest euros, then credits, over every count of each pack up to covering alone."""
    ranges = [range(-(-needed // p.credits) + 1) for p in packs]
    best = None
    for counts in itertools.product(*ranges):
        credits = sum(n * p.credits for n, p in zip(counts, packs, strict=True))
        if credits >= needed:
            option = (sum(n * p.price_cents for n, p in zip(counts, packs, strict=True)),
                      credits)
            best = option if best is None or option < best else best
    assert best is not None
    return best


PACK = st.builds(lambda k, g, price: (k * g, price), st.integers(3, 12),
                 st.sampled_from([1, 1, 5, 10]), st.integers(1, 900))


@given(st.lists(PACK, min_size=1, max_size=3), st.integers(0, 120))
def test_the_cheapest_mix_is_that_of_brute_force(raw, needed):
    packs = [PackOffer(f"P{n}", credits, price) for n, (credits, price) in enumerate(raw)]
    mix = cheapest_mix(packs, needed)
    assert mix is not None
    by_code = {p.code: p for p in packs}
    assert mix.credits == sum(by_code[c].credits * n for c, n in mix.quantities) >= needed
    assert mix.price_cents == sum(by_code[c].price_cents * n for c, n in mix.quantities)
    assert (mix.price_cents, mix.credits) == (brute_force(packs, needed) if needed else (0, 0))


def test_the_catalogue_for_a_large_need_with_packs_forced():
    """123 456 credits from the default catalogue: most as Grand compte (the best price per
    credit) without search; brute force over the other packs' counts, the rest in Grand
    compte, agrees."""
    packs = [PackOffer(p.code, p.credits, p.price_cents) for p in DEFAULT_PACKS]
    needed = 123_456
    mix = cheapest_mix(packs, needed)
    assert mix is not None
    big = next(p for p in packs if p.code == "GRAND_COMPTE")
    others = [p for p in packs if p is not big]
    best = None
    for counts in itertools.product(*[range(needed // p.credits + 2) for p in others]):
        credits = sum(n * p.credits for n, p in zip(counts, others, strict=True))
        extra = max(0, -(-(needed - credits) // big.credits))
        option = (sum(n * p.price_cents for n, p in zip(counts, others, strict=True))
                  + extra * big.price_cents, credits + extra * big.credits)
        best = option if best is None or option < best else best
    assert (mix.price_cents, mix.credits) == best
    assert dict(mix.quantities)["GRAND_COMPTE"] >= 2


@given(st.lists(st.fractions(min_value=0, max_value=1000, max_denominator=97), max_size=30))
def test_lines_rounded_once_add_up_to_the_total_rounded_once(values):
    total = round_half_up(sum(values, Fraction(0)))
    cents = apportion(total, values)
    assert sum(cents) == total
    assert all(abs(c - v) < 1 for c, v in zip(cents, values, strict=True))


def test_refunds_go_back_to_their_batch_which_is_drawn_on_first():
    fifo = Fifo()
    fifo.buy(1, 10, Fraction(10))
    fifo.buy(2, 100, Fraction(9))
    fifo.use(1, 8)  # batch 1
    fifo.use(2, 5)  # 2 of batch 1, 3 of batch 2
    assert fifo.value_of(fifo.draws(2, 5)) == 2 * 10 + 3 * 9
    fifo.refund(1, 8)  # back to batch 1, the oldest: drawn on first again
    fifo.use(3, 4)
    assert fifo.value_of(fifo.draws(3, 4)) == 40
    assert [(lot.batch_id, lot.credits_left) for lot in fifo.lots()] == [(1, 4), (2, 97)]
    fifo.credit_note(2, 50)  # from its own batch
    fifo.take(10)  # an expiry or a correction: oldest first
    assert [lot.credits_left for lot in fifo.lots()] == [0, 41]


def test_value_runs_price_every_task_id_as_its_draws():
    """Credits added by a correction first (0 €), then a batch: the first tasks are worth 0,
    the next the batch's price, one across both its draws; every id falls in one run."""
    from deepetch_desktop.domain.valuation import LAST_ID, value_runs

    fifo = Fifo()
    fifo.add(100)
    fifo.use(1, 60)  # 0 €
    fifo.use(2, 30)  # 0 €
    fifo.buy(7, 1000, Fraction(9))
    fifo.use(3, 20)  # 10 at 0 €, 10 at 9 c: 90
    fifo.use(5, 10)  # 9 c (id 4: no task)
    worth = value_runs(fifo)
    assert worth.runs[0][0] == 0 and worth.runs[-1][1] == LAST_ID
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(worth.runs))

    def value(task_id: int, cost: int) -> Fraction:
        if task_id in worth.splits:
            return Fraction(worth.splits[task_id], worth.denominator)
        run = next(r for r in worth.runs if r[0] <= task_id <= r[1])
        return Fraction(cost * run[2], worth.denominator)

    assert [value(1, 60), value(2, 30), value(3, 20), value(5, 10)] == [0, 0, 90, 90]

    exact = Fifo()
    exact.add(100)
    exact.use(1, 100)  # the free lot exactly: 0 €
    exact.buy(8, 1000, Fraction(9))
    exact.use(2, 10)  # 90
    worth = value_runs(exact)
    assert [value(1, 100), value(2, 10)] == [0, 90]
