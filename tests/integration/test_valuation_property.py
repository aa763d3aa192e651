"""Issue 15's acceptance: on generated histories (purchases at several prices, tasks, refunds,
expiry, credit notes, corrections), for every grouping the usage report's credits and euros
equal the ledger's and a FIFO valuation computed here by a separate, simple reference; the
prepaid value at a date is the sum over batches of credits left × price per credit.

The reference reads the ledger, the batches and the tasks through the services' listings and
replays them with plain lists (no queue head, no runs, no cache), exact in Fractions."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store.engine import open_database
from tests.conftest import NOW, copy_sqlite_template

ZONE = ZoneInfo("Europe/Paris")  # setup_company's
SERVICES = ("TRAD_TEXTE", "TRAD_DOC", "RELECTURE", "TRANSCRIPTION")
COMPLEXITIES = ("STANDARD", "TECHNIQUE", "EXPERT")
SUBS = (("Camille Martin", "Communication"), ("Hugo Bernard", "Juridique"),
        ("Inès Petit", "Communication"))
EVERY_GROUPING = (*s.GROUPINGS, *(f"{a},{b}" for a, b in itertools.permutations(s.GROUPINGS, 2)))

# --- the reference -----------------------------------------------------------------------


def half_up(value: Fraction) -> int:
    return int((value * 2 + 1) // 2)


@dataclass
class Reference:
    """Lots in the order they came, [batch id or None, credits left, price per credit]; what
    each task drew on, [lot, credits]."""

    lots: list[list[Any]] = field(default_factory=list)
    draws: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def take(self, credits: int, first: int | None = None) -> list[tuple[int, int]]:
        taken = []
        order = ([first] if first is not None else []) + list(range(len(self.lots)))
        for lot in order:
            n = min(self.lots[lot][1], credits)
            if n:
                self.lots[lot][1] -= n
                credits -= n
                taken.append((lot, n))
        assert credits == 0, "the ledger never takes more than the lots hold"
        return taken

    def value(self, task_id: int) -> Fraction:
        return sum((n * self.lots[lot][2] for lot, n in self.draws[task_id]), Fraction(0))


def reference(db: Any, until: datetime | None = None) -> Reference:
    batches = {b.id: b for b in s.list_batches(db, A)}
    by_invoice = {b.invoice_number: b.id for b in batches.values()}
    ref = Reference()
    lot_of_batch: dict[int, int] = {}
    for entry in reversed(s.list_ledger(db, A)):
        if until is not None and entry.at >= until:
            continue
        kind, credits = entry.kind.value, entry.credits
        if kind == "purchase":
            b = batches[entry.batch_id]
            lot_of_batch[b.id] = len(ref.lots)
            ref.lots.append([b.id, credits, Fraction(b.unit_price_cents * b.quantity, b.credits)])
        elif kind == "task":
            ref.draws[entry.task_id] = ref.take(-credits)
        elif kind == "refund":
            for lot, n in ref.draws[entry.task_id]:
                ref.lots[lot][1] += n
        elif kind == "credit_note":
            original = re.search(r"\((.+)\)$", entry.note)
            assert original is not None
            ref.take(-credits, lot_of_batch[by_invoice[original.group(1)]])
        elif credits > 0:
            ref.lots.append([None, credits, Fraction(0)])
        else:
            ref.take(-credits)
    return ref


def group_ids(task: Any, level: str, departments: dict[int, str]) -> str:
    return {"subaccount": str(task.sub_account_id), "department": departments[task.sub_account_id],
            "service": task.service_code, "complexity": task.complexity_code,
            "month": task.month}[level]


# --- histories ---------------------------------------------------------------------------

PACKS = st.lists(st.tuples(st.integers(7, 997), st.integers(1, 99_999)), min_size=1,
                 max_size=3)
STEP = st.one_of(
    st.tuples(st.just("buy"), st.integers(0, 2), st.integers(1, 2)),
    st.tuples(st.just("task"), st.integers(0, 2), st.integers(0, 3), st.integers(0, 2),
              st.integers(1, 40)),
    st.tuples(st.just("task"), st.integers(0, 2), st.integers(0, 3), st.integers(0, 2),
              st.integers(1, 40)),
    st.tuples(st.just("refund"), st.integers(0, 30)),
    st.tuples(st.just("credit_note"), st.integers(0, 5), st.booleans()),
    st.tuples(st.just("correction"), st.integers(-200, 200).filter(bool)),
    st.tuples(st.just("idle"), st.integers(0, 3)),  # a few days, or 13 months: the expiry
)


class History:
    """A company's history from NOW on, step by step; steps a rule refuses change nothing."""

    def __init__(self, db: Any, packs: list[tuple[int, int]]) -> None:
        self.db, self.packs, self.now = db, len(packs), NOW
        for n, (credits, price) in enumerate(packs):
            s.set_pack(db, A, f"LOT{n}", name=f"Lot {n}", credits=credits, price_cents=price,
                       now=NOW)
        self.subs = [s.add_sub_account(db, A, name=name, email=f"s{n}@atelier.fr",
                                       department=dept, now=NOW).id
                     for n, (name, dept) in enumerate(SUBS)]
        self.tasks: list[int] = []
        self.invoices: list[str] = []

    def play(self, steps: list[tuple[Any, ...]]) -> None:
        for step in steps:
            self.now += timedelta(hours=1)
            try:
                self.step(*step)
            except DeepetchError:
                pass

    def step(self, kind: str, *args: Any) -> None:
        db, now = self.db, self.now
        if kind == "buy":
            bought = s.buy(db, A, f"LOT{args[0] % self.packs}", args[1], now=now)
            self.invoices.append(bought.invoice_number)
        elif kind == "task":
            sub, service, complexity, units = args
            self.tasks.append(s.submit_task(
                db, A, sub_account=self.subs[sub], service_code=SERVICES[service],
                complexity_code=COMPLEXITIES[complexity], units=units, now=now).task_id)
        elif kind == "refund" and self.tasks:
            s.refund_task(db, A, self.tasks[args[0] % len(self.tasks)], now=now)
        elif kind == "credit_note" and self.invoices:
            s.issue_credit_note(db, A, self.invoices[args[0] % len(self.invoices)],
                                "Erreur de commande", now=now,
                                amount_cents=1000 if args[1] else None)
        elif kind == "correction":
            s.correct_basket(db, A, args[0], "Geste commercial", now=now)
        elif kind == "idle":
            self.now += timedelta(days=400) if args[0] == 0 else timedelta(days=args[0] * 9)
            s.catch_up(db, s.SCHEDULER, self.now, deliver_mail=False)


def local_day(at: datetime) -> date:
    return at.astimezone(ZONE).date()


def end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, ZONE)


def check_report(db: Any, ref: Reference, start: date, end: date, by: str) -> None:
    report = s.usage_report(db, A, start, end, by)
    levels = by.split(",")
    departments = {sub.id: sub.department for sub in s.list_sub_accounts(db, A, NOW)}
    counted = [x for x in s.list_tasks(db, A) if x.refunded_at is None
               and start <= local_day(x.submitted_at) <= end]
    expected: dict[tuple[str, ...], list[Any]] = {}
    for task in counted:
        key = tuple(group_ids(task, level, departments) for level in levels)
        acc = expected.setdefault(key, [0, 0, Fraction(0)])
        acc[0] += 1
        acc[1] += task.cost
        acc[2] += ref.value(task.id)
    got = {line.ids: line for line in report.lines}
    assert {k: (v[0], v[1]) for k, v in expected.items()} == {
        k: (x.tasks, x.credits) for k, x in got.items()}, by
    exact_total = sum((v[2] for v in expected.values()), Fraction(0))
    # each line its exact value rounded down or up once; the lines add up to the total, the
    # exact total rounded half up once
    for key, (_n, _credits, exact) in expected.items():
        assert abs(got[key].value_cents - exact) < 1, (by, key)
    assert report.total_value_cents == half_up(exact_total)
    assert sum(x.value_cents for x in report.lines) == report.total_value_cents
    assert report.total_credits == sum(x.cost for x in counted)
    if len(levels) == 2:  # each first-level group's lines add up to it rounded once
        for parent in {k[0] for k in expected}:
            exact = sum((v[2] for k, v in expected.items() if k[0] == parent), Fraction(0))
            cents = sum(x.value_cents for k, x in got.items() if k[0] == parent)
            assert abs(cents - exact) < 1, (by, parent)


def check_ledger(db: Any, ref: Reference, start: date, end: date) -> None:
    """The report's totals are the ledger's: its task entries of the period less those
    refunded since, in credits and valued by the reference."""
    entries = s.list_ledger(db, A)
    refunded = {e.task_id for e in entries if e.kind.value == "refund"}
    used = [e for e in entries if e.kind.value == "task" and e.task_id not in refunded
            and start <= local_day(e.at) <= end]
    report = s.usage_report(db, A, start, end, "month")
    assert report.total_credits == -sum(e.credits for e in used)
    assert report.total_value_cents == half_up(
        sum((ref.value(e.task_id) for e in used), Fraction(0)))


def check_prepaid(db: Any, day: date) -> None:
    ref = reference(db, end_of(day))
    prepaid = s.prepaid(db, A, day)
    left = [lot for lot in ref.lots if lot[1]]
    assert [(b.batch_id, b.credits_left) for b in prepaid.batches] == [
        (lot[0], lot[1]) for lot in left if lot[0] is not None]
    exact = sum((lot[1] * lot[2] for lot in left), Fraction(0))
    assert prepaid.value_cents == half_up(exact)
    assert sum(b.value_cents for b in prepaid.batches) == prepaid.value_cents
    for b, lot in zip(prepaid.batches, [x for x in left if x[0] is not None], strict=True):
        assert abs(b.value_cents - lot[1] * lot[2]) < 1
        assert b.price_per_credit_millicents == half_up(lot[2] * 1000)
    assert prepaid.credits == sum(lot[1] for lot in left)
    assert prepaid.unpriced_credits == sum(lot[1] for lot in left if lot[0] is None)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return itertools.count(), tmp_path_factory.mktemp("histories")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(packs=PACKS, steps=st.lists(STEP, min_size=1, max_size=24), data=st.data())
def test_reports_equal_the_ledger_and_a_simple_fifo(company_sqlite_template: Path, files: Any,
                                                    packs: list[tuple[int, int]],
                                                    steps: list[tuple[Any, ...]],
                                                    data: st.DataObject) -> None:
    counter, folder = files
    db = open_database(copy_sqlite_template(company_sqlite_template,
                                            folder / f"h{next(counter)}.sqlite3"))
    try:
        history = History(db, packs)
        history.play(steps[:len(steps) // 2])
        # the ledger's replay is kept for this database, then carried on from its last entry
        s.usage_report(db, A, NOW.date(), local_day(history.now), "subaccount")
        history.play(steps[len(steps) // 2:])
        first_day, last_day = NOW.date(), local_day(history.now)
        ref = reference(db)
        span = (last_day - first_day).days
        a = first_day + timedelta(days=data.draw(st.integers(0, span), "start"))
        b = a + timedelta(days=data.draw(st.integers(0, (last_day - a).days), "end"))
        for start, end in ((first_day, last_day), (a, b)):
            for by in EVERY_GROUPING:
                check_report(db, ref, start, end, by)
            check_ledger(db, ref, start, end)
        check_prepaid(db, last_day)
        check_prepaid(db, a)
    finally:
        db.dispose()


ODD_PACKS = [(999_983, 700_000), (999_979, 690_000), (300, 1_000)]  # primes: lcm ~ 10¹⁸
FIXED_STEPS: list[tuple[Any, ...]] = [
    ("buy", 2, 1), ("buy", 0, 1), ("buy", 1, 1), ("buy", 2, 2),
    ("task", 0, 0, 0, 20), ("task", 1, 1, 1, 9), ("task", 2, 2, 2, 40), ("refund", 1),
    ("task", 0, 3, 0, 40), ("credit_note", 0, True), ("correction", 150),
    ("task", 1, 0, 2, 30), ("correction", -50), ("task", 2, 1, 0, 12), ("task", 0, 1, 2, 14),
    ("idle", 0), ("buy", 2, 2), ("task", 0, 0, 1, 25), ("task", 1, 1, 1, 12),
]


@pytest.mark.parametrize("runs_per_query", [2000, 1])
def test_odd_packs_and_many_ranges_against_the_reference(db: Any, runs_per_query: int,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Packs of prime sizes make values too large for the database's integers (the report
    adds them up in Python then); one range of task ids per query makes the report merge its
    queries' groups. Both on SQLite and PostgreSQL, against the reference."""
    from deepetch_desktop.domain.valuation import value_runs
    from deepetch_desktop.services import reports
    from deepetch_desktop.services.valuation import whole_ledger
    from tests.conftest import setup_company

    monkeypatch.setattr(reports, "RUNS_PER_QUERY", runs_per_query)
    setup_company(db, credits_packs=0)
    packs = ODD_PACKS if runs_per_query > 1 else [(370, 1_000), (410, 990), (300, 1_000)]
    history = History(db, packs)
    history.play(FIXED_STEPS)
    with db.read() as conn, whole_ledger(db, conn) as fifo:
        worth = value_runs(fifo)
    assert worth.fits() is (runs_per_query == 1)
    assert len(worth.runs) > 2 and worth.splits
    ref = reference(db)
    first, last = NOW.date(), local_day(history.now)
    for by in EVERY_GROUPING:
        check_report(db, ref, first, last, by)
    check_ledger(db, ref, first, last)
    check_prepaid(db, last)
