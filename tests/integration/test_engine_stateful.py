"""The credit engine against an in-memory model: a Hypothesis state machine on real SQLite.

Every rule calls the real services (one transaction each) and the model predicts the outcome:
the new balance, the used count of the limit the task counts against, or the exact refusal
(which must change nothing). After every step the invariants compare the database with the
model: balance >= 0, status balance == model == ledger sum (verify ok), each sub-account's
used in the current period == model and <= its limit, one task and one debit per key.

Time is only the `now=` argument (UTC); the company zone is Europe/Paris, so months are local.
The same machine runs on SQLite (a copy of a template file per example) and on PostgreSQL
(`CREATE DATABASE ... TEMPLATE` per example, from a template database made once per session;
DEEPETCH_TEST_PG_URL, skipped without it, failed without it in CI).
Examples: DEEPETCH_STATEFUL_EXAMPLES (SQLite, 200 by default) and
DEEPETCH_STATEFUL_PG_EXAMPLES (PostgreSQL, 40 by default).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import func, select

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.services.results import ADMINISTRATOR, Privileges
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import NOW, pg_admin_url, setup_company

PARIS = ZoneInfo("Europe/Paris")

# The model's own copy of the default catalogues (not the engine's objects).
PACKS = {"DECOUVERTE": 500, "EQUIPE": 2_000, "ENTREPRISE": 10_000}
RATES = {"TRAD_TEXTE": 10, "TRAD_DOC": 25, "RELECTURE": 4, "TRANSCRIPTION": 6}
FACTORS = {"STANDARD": 1000, "TECHNIQUE": 1500, "EXPERT": 2000}
TITLES = ("", "Contrat cadre")
MAX_SUBS = 6
INITIAL_SUBS = 2


def _settings(examples_env: str, default: int) -> settings:
    return settings(
        max_examples=int(os.environ.get(examples_env, str(default))),
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


SETTINGS = _settings("DEEPETCH_STATEFUL_EXAMPLES", 200)
PG_SETTINGS = _settings("DEEPETCH_STATEFUL_PG_EXAMPLES", 40)

# A fresh database for one example, and what to call after it (dispose, then delete or drop).
Fresh = Callable[[], tuple[Database, Callable[[], None]]]


def _initialise(db: Database) -> None:
    """What every template holds: the company, approved terms, INITIAL_SUBS sub-accounts."""
    setup_company(db, credits_packs=0)
    for i in range(1, INITIAL_SUBS + 1):
        s.add_sub_account(db, ADMINISTRATOR, name=f"Service {i}",
                          email=f"service{i}@atelier-lumiere.fr", now=NOW)


# --- one migrated, initialised SQLite file per session, copied for every example -------------

_workdir: Path | None = None
_template: Path | None = None


def _side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _template_file() -> Path:
    global _workdir, _template
    if _template is None:
        _workdir = Path(tempfile.mkdtemp(prefix="deepetch-stateful-"))
        atexit.register(shutil.rmtree, _workdir, True)
        path = _workdir / "template.sqlite3"
        db = open_database(f"sqlite:///{path}")
        try:
            _initialise(db)
        finally:
            db.dispose()
        assert not _side_files(path), "the template still has -wal/-shm files after dispose()"
        _template = path
    return _template


def fresh_sqlite() -> tuple[Database, Callable[[], None]]:
    template = _template_file()
    assert _workdir is not None
    path = _workdir / f"{uuid.uuid4().hex}.sqlite3"
    shutil.copy(template, path)
    db = open_database(f"sqlite:///{path}")

    def cleanup() -> None:
        db.dispose()
        for p in (path, *_side_files(path)):
            p.unlink(missing_ok=True)

    return db, cleanup


# --- one migrated, initialised PostgreSQL template per session, cloned for every example ----


class PgTemplate:
    """`CREATE DATABASE x TEMPLATE tpl` needs no other session on tpl: the template is
    initialised through an engine that is disposed, then closed to connections altogether."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin = make_url(admin_url)
        self.dsn = self.admin.set(drivername="postgresql").render_as_string(hide_password=False)
        self.name = f"deepetch_stateful_tpl_{uuid.uuid4().hex[:12]}"

    def _admin(self, *statements: str) -> list[tuple[object, ...]]:
        import psycopg

        rows: list[tuple[object, ...]] = []
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            for sql in statements:
                cur = conn.execute(sql)  # type: ignore[arg-type]
                if cur.description is not None:
                    rows += cur.fetchall()
        return rows

    def url(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def create(self) -> None:
        self._admin(f'CREATE DATABASE "{self.name}"')
        db = open_database(self.url(self.name))
        try:
            _initialise(db)
        finally:
            db.dispose()
        self._admin(f'ALTER DATABASE "{self.name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
        self._assert_no_session(self.name)

    def drop(self) -> None:
        self._admin(f'ALTER DATABASE "{self.name}" WITH IS_TEMPLATE false',
                    f'DROP DATABASE IF EXISTS "{self.name}"')

    def _assert_no_session(self, name: str) -> None:
        open_sessions = self._admin(
            f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}'")[0][0]
        assert open_sessions == 0, f"{open_sessions} session(s) still open on {name}"

    def fresh(self) -> tuple[Database, Callable[[], None]]:
        name = f"deepetch_stateful_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        try:
            db = open_database(self.url(name))
        except BaseException:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            raise

        def cleanup() -> None:
            db.dispose()
            try:
                # Not WITH (FORCE): a session left open by the engine would be a leak.
                self._assert_no_session(name)
            finally:
                self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        return db, cleanup


# --- the model ------------------------------------------------------------------------------


def model_cost(service: str, complexity: str, units: int) -> int:
    return max(1, -(-(units * RATES[service] * FACTORS[complexity]) // 1000))


COMBOS_BY_COST: dict[int, list[tuple[str, str, int]]] = {}
for _service in RATES:
    for _complexity in FACTORS:
        for _units in range(1, 51):
            COMBOS_BY_COST.setdefault(model_cost(_service, _complexity, _units), []).append(
                (_service, _complexity, _units))


FITTING_COSTS = sorted(c for c in COMBOS_BY_COST if c <= 600)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass
class MSub:
    id: int
    status: str = "active"
    can_submit: bool = True
    kind: str = "none"
    amount: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    generation: int = 1

    def period(self, day: date) -> str:
        return "fixed" if self.kind == "fixed" else month_of(day)


@dataclass
class MTask:
    id: int
    sub: int
    cost: int
    generation: int
    period: str
    month: str
    params: tuple[object, ...]
    refunded: bool = False


@dataclass
class Model:
    now: datetime
    balance: int = 0
    last_use: datetime | None = None
    subs: dict[int, MSub] = field(default_factory=dict)
    tasks: dict[int, MTask] = field(default_factory=dict)
    usage: dict[tuple[int, int, str], int] = field(default_factory=dict)
    keys: dict[str, int] = field(default_factory=dict)  # key -> task id (accepted only)
    tried_keys: list[str] = field(default_factory=list)
    # (sub, generation, period) whose amount was lowered below what was already used.
    lowered: set[tuple[int, int, str]] = field(default_factory=set)

    @property
    def day(self) -> date:
        return self.now.astimezone(PARIS).date()

    def used(self, sub: MSub) -> int:
        return self.usage.get((sub.id, sub.generation, sub.period(self.day)), 0)

    def predict_submit(self, sub: MSub, cost: int) -> str | None:
        """The refusal code, in the engine's order (status, limit, then basket), or None."""
        if sub.status == "closed":
            return "subaccount_closed"
        if sub.status == "suspended":
            return "subaccount_suspended"
        if not sub.can_submit:
            return "not_permitted"
        used = self.used(sub)
        if sub.kind == "fixed":
            day = self.day
            if (sub.valid_from and day < sub.valid_from) or (sub.valid_to and day > sub.valid_to):
                return "outside_limit_period"
            if used + cost > sub.amount:  # type: ignore[operator]
                return "fixed_limit_exhausted"
        elif sub.kind == "monthly" and used + cost > sub.amount:  # type: ignore[operator]
            return "limit_reached"
        if self.balance < cost:
            return "insufficient_credits"
        return None


def fingerprint(db: Database, journal: bool = True) -> tuple[object, ...]:
    """Everything a refused operation must leave untouched (the journal apart for a refusal
    of privilege: it is journalled, issue 11)."""
    counts = [
        select(func.count()).select_from(table).scalar_subquery()
        for table in (t.ledger, t.tasks, t.usage, *([t.audit_log] if journal else []),
                      t.batches, t.invoices, t.sub_accounts, t.outbox)
    ]
    refunded = select(func.count()).where(t.tasks.c.refunded_at.is_not(None)).scalar_subquery()
    with db.read() as conn:
        basket = conn.execute(select(t.basket.c.balance, t.basket.c.last_use_at, *counts,
                                     refunded)).one()
        usage = conn.execute(select(t.usage).order_by(
            t.usage.c.sub_account_id, t.usage.c.generation, t.usage.c.period)).all()
        subs = conn.execute(select(t.sub_accounts).order_by(t.sub_accounts.c.id)).all()
    return (tuple(basket), tuple(map(tuple, usage)), tuple(map(tuple, subs)))


def journal_size(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(t.audit_log)).scalar_one())


def ledger_counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        rows = conn.execute(select(t.ledger.c.kind, func.count()).group_by(t.ledger.c.kind))
        return {kind: int(n) for kind, n in rows}


# --- the state machine ----------------------------------------------------------------------


class EngineMachine(RuleBasedStateMachine):
    # How a fresh, initialised database is made for each example (a staticmethod-like
    # callable; subclasses only change this).
    fresh_database: Fresh = staticmethod(fresh_sqlite)

    def __init__(self) -> None:
        super().__init__()
        self.db, self.cleanup = type(self).fresh_database()
        self.m = Model(now=NOW)
        for sub in s.list_sub_accounts(self.db, ADMINISTRATOR, NOW):
            self.m.subs[sub.id] = MSub(sub.id)
        assert len(self.m.subs) == INITIAL_SUBS
        self.key_counter = 0
        self.sub_counter = INITIAL_SUBS
        # Sub-accounts to read one by one with get_sub_account after this step (the list
        # view checks all of them every step); None means all of them.
        self.recheck: set[int] | None = None

    def teardown(self) -> None:
        self.cleanup()

    # helpers

    def refused(self, expected: str, call, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run a call the model says is refused: the code must match, nothing may change."""
        journal = expected != "not_permitted"  # a refusal of privilege is journalled
        before, entries = fingerprint(self.db, journal), journal_size(self.db)
        with pytest.raises(DeepetchError) as info:
            call(*args, **kwargs)
        assert info.value.code == expected, f"engine refused {info.value}, model: {expected}"
        event(f"{getattr(call, '__name__', call)}: {expected}")
        assert fingerprint(self.db, journal) == before, f"refusal {expected} changed the database"
        if not journal:  # one entry more: the refusal, in a transaction of its own
            assert journal_size(self.db) == entries + 1
        return info.value

    def draw_sub(self, data: st.DataObject) -> MSub:
        return self.touch(data.draw(st.sampled_from(sorted(self.m.subs)), label="sub"))

    def touch(self, sub_id: int) -> MSub:
        if self.recheck is not None:
            self.recheck.add(sub_id)
        return self.m.subs[sub_id]

    # a start that is not always an empty basket and sub-accounts without limits

    @initialize(pack=st.sampled_from([None, "DECOUVERTE", "EQUIPE"]), quantity=st.integers(1, 2))
    def first_purchase(self, pack: str | None, quantity: int) -> None:
        if pack is not None:
            self.buy(pack, quantity)

    @initialize(data=st.data())
    def first_limits(self, data: st.DataObject) -> None:
        for sub_id in sorted(self.m.subs):
            kind = data.draw(st.sampled_from(["none", "monthly", "fixed"]), label="kind")
            if kind != "none":
                amount = data.draw(st.integers(1, 3000), label="amount")
                self.apply_limit(self.m.subs[sub_id], kind, amount, None, None)

    # rules

    @rule(pack=st.sampled_from(["DECOUVERTE", "DECOUVERTE", "EQUIPE", "ENTREPRISE"]),
          quantity=st.integers(1, 3))
    def buy(self, pack: str, quantity: int) -> None:
        result = s.buy(self.db, ADMINISTRATOR, pack, quantity, now=self.m.now)
        self.m.balance += PACKS[pack] * quantity
        self.m.last_use = self.m.now
        assert result.credits == PACKS[pack] * quantity
        assert result.balance == self.m.balance
        assert not result.replayed

    @rule(data=st.data(), service=st.sampled_from(sorted(RATES)),
          complexity=st.sampled_from(sorted(FACTORS)), units=st.integers(1, 50),
          title=st.sampled_from(TITLES),
          key_mode=st.sampled_from(["none", "none", "fresh", "replay", "other_params", "retry"]))
    def submit(self, data: st.DataObject, service: str, complexity: str, units: int,
               title: str, key_mode: str, sub: MSub | None = None) -> None:
        sub = sub or self.draw_sub(data)
        key: str | None = None
        if key_mode == "fresh" or (key_mode != "none" and not self.m.tried_keys):
            self.key_counter += 1
            key = f"k{self.key_counter}"
            self.m.tried_keys.append(key)
        elif key_mode == "replay" and self.m.keys:
            # The same key with the parameters of the task it created.
            key = data.draw(st.sampled_from(sorted(self.m.keys)), label="replayed key")
            sub_id, service, complexity, units, title = self.m.tasks[self.m.keys[key]].params
            sub = self.touch(sub_id)  # type: ignore[arg-type]
        elif key_mode in ("other_params", "retry", "replay"):
            key = data.draw(st.sampled_from(self.m.tried_keys), label="earlier key")
        params = (sub.id, service, complexity, units, title)
        cost = model_cost(service, complexity, units)
        call = dict(sub_account=sub.id, service_code=service, complexity_code=complexity,
                    units=units, title=title, key=key, now=self.m.now)

        if key is not None and key in self.m.keys:
            original = self.m.tasks[self.m.keys[key]]
            if original.params != params:
                self.refused("idempotency_conflict", s.submit_task, self.db, ADMINISTRATOR,
                             **call)
                return
            before = fingerprint(self.db)
            result = s.submit_task(self.db, ADMINISTRATOR, **call)
            assert result.replayed and result.task_id == original.id
            assert result.cost == original.cost and result.balance == self.m.balance
            assert fingerprint(self.db) == before, "a replayed key changed the database"
            event("submit_task: replayed")
            return

        expected = self.m.predict_submit(sub, cost)
        if expected is not None:
            error = self.refused(expected, s.submit_task, self.db, ADMINISTRATOR, **call)
            if expected == "insufficient_credits":
                assert (error.balance, error.cost) == (self.m.balance, cost)  # type: ignore[attr-defined]
            if expected in ("limit_reached", "fixed_limit_exhausted"):
                used = self.m.used(sub)
                assert (error.limit, error.used, error.cost, error.remaining) == (  # type: ignore[attr-defined]
                    sub.amount, used, cost, max(0, sub.amount - used))  # type: ignore[operator]
            return

        result = s.submit_task(self.db, ADMINISTRATOR, **call)
        event(f"submit_task: accepted ({sub.kind} limit)")
        day = self.m.day
        slot = (sub.id, sub.generation, sub.period(day))
        self.m.usage[slot] = self.m.usage.get(slot, 0) + cost
        self.m.balance -= cost
        self.m.last_use = self.m.now
        assert result.task_id not in self.m.tasks and not result.replayed
        self.m.tasks[result.task_id] = MTask(result.task_id, sub.id, cost, sub.generation,
                                             slot[2], month_of(day), params)
        if key is not None:
            self.m.keys[key] = result.task_id
        assert result.cost == cost and result.balance == self.m.balance
        expected_remaining = (None if sub.kind == "none"
                              else max(0, sub.amount - self.m.usage[slot]))  # type: ignore[operator]
        assert result.remaining == expected_remaining

    @rule(data=st.data(), aim=st.sampled_from(["limit", "limit", "basket"]),
          over_first=st.booleans())
    def use_exactly_what_is_left(self, data: st.DataObject, aim: str,
                                 over_first: bool) -> None:
        """Boundaries are where off-by-one errors live: one or two tasks that use exactly
        what is left of a limit (or of the basket), after or before one costing 1 more."""
        usable = [x for x in self.m.subs.values() if x.status == "active" and x.can_submit]
        if aim == "limit":
            usable = [x for x in usable if x.amount is not None and self.m.used(x) < x.amount]
        else:
            usable = [x for x in usable if x.amount is None
                      or x.amount - self.m.used(x) > self.m.balance]
        if not usable or (aim == "basket" and self.m.balance == 0):
            return
        sub = self.touch(data.draw(st.sampled_from(sorted(x.id for x in usable)), label="sub"))
        left = (sub.amount - self.m.used(sub)) if aim == "limit" else self.m.balance
        if aim == "limit" and self.m.balance <= left:
            # Enough in the basket so that the limit, not the basket, is the boundary.
            self.buy("DECOUVERTE", (left - self.m.balance) // PACKS["DECOUVERTE"] + 1)
        plans = ([(left,)] if left in COMBOS_BY_COST else []) + [
            (c, left - c) for c in FITTING_COSTS if c < left and left - c in COMBOS_BY_COST
        ][:20]
        if not plans:
            return
        plan = data.draw(st.sampled_from(plans), label="costs")
        over = left + 1 if left + 1 in COMBOS_BY_COST else None
        if over and over_first:
            self.submit_costing(data, over, sub)
        for cost in plan:
            self.submit_costing(data, cost, sub)
        left_now = (sub.amount - self.m.used(sub)) if aim == "limit" else self.m.balance
        event(f"exact use of {sub.kind if aim == 'limit' else 'basket'}: "
              f"{'reached' if left_now == 0 else 'not reached'}")
        if over and not over_first:
            self.submit_costing(data, over - left + left_now, sub)

    def submit_costing(self, data: st.DataObject, cost: int, sub: MSub) -> None:
        choices = COMBOS_BY_COST.get(cost) or [("RELECTURE", "STANDARD", 1)]
        service, complexity, units = data.draw(st.sampled_from(choices), label="task")
        self.submit(data, service, complexity, units, "", "none", sub=sub)

    @rule(data=st.data())
    def refund(self, data: st.DataObject) -> None:
        ids = sorted(self.m.tasks)
        missing = max(ids, default=0) + 1000
        if ids and data.draw(st.integers(0, 9), label="existing task") > 0:
            task_id = data.draw(st.sampled_from(ids), label="task")
        else:
            task_id = missing
        task = self.m.tasks.get(task_id)
        if task is None:
            self.refused("not_found", s.refund_task, self.db, ADMINISTRATOR, task_id,
                         now=self.m.now)
            return
        if task.refunded:
            self.refused("already_refunded", s.refund_task, self.db, ADMINISTRATOR, task_id,
                         now=self.m.now)
            return
        self.touch(task.sub)
        result = s.refund_task(self.db, ADMINISTRATOR, task_id, now=self.m.now)
        task.refunded = True
        self.m.balance += task.cost
        slot = (task.sub, task.generation, task.period)
        self.m.usage[slot] -= task.cost
        assert self.m.usage[slot] >= 0
        assert (result.task_id, result.credits, result.balance) == (
            task_id, task.cost, self.m.balance)

    @rule(data=st.data(), kind=st.sampled_from(["none", "monthly", "fixed"]),
          amount=st.integers(1, 3000), with_period=st.booleans(), fit=st.booleans())
    def set_limit(self, data: st.DataObject, kind: str, amount: int, with_period: bool,
                  fit: bool) -> None:
        sub = self.draw_sub(data)
        if fit and kind != "none":
            # An amount that leaves exactly the cost of some task (boundaries are where
            # off-by-one errors live); the used count stays only when the kind stays.
            used = self.m.used(sub) if kind == sub.kind else 0
            room = data.draw(st.sampled_from(FITTING_COSTS), label="room left")
            if used + room <= 3000:
                amount = used + room
        valid_from = valid_to = None
        if kind == "fixed" and with_period:
            start = data.draw(st.one_of(st.none(), st.integers(-5, 15)), label="from (days)")
            length = data.draw(st.one_of(st.none(), st.integers(0, 40)), label="to (days)")
            valid_from = None if start is None else self.m.day + timedelta(days=start)
            if length is not None:
                valid_to = (valid_from or self.m.day) + timedelta(days=length)
        self.apply_limit(sub, kind, amount, valid_from, valid_to)

    def apply_limit(self, sub: MSub, kind: str, amount: int, valid_from: date | None,
                    valid_to: date | None) -> None:
        new_amount = None if kind == "none" else amount
        call = (self.db, ADMINISTRATOR, sub.id, kind, new_amount, valid_from, valid_to)
        if sub.status == "closed":
            self.refused("subaccount_closed", s.set_limit, *call, now=self.m.now)
            return
        used_before = self.m.used(sub)
        result = s.set_limit(*call, now=self.m.now)
        event(f"set_limit: {sub.kind} -> {kind}")
        reset = kind != sub.kind
        if reset:
            sub.generation += 1
        sub.kind, sub.amount, sub.valid_from, sub.valid_to = kind, new_amount, valid_from, valid_to
        used = self.m.used(sub)
        assert result.used_reset == reset
        assert result.used == used
        if reset:
            assert used == 0, "a change of kind must set the used count back to 0"
        else:
            assert used == used_before, "a change of amount only must keep the used count"
        assert (result.limit_kind, result.limit_amount) == (kind, new_amount)
        assert (result.limit_from, result.limit_to) == (valid_from, valid_to)
        assert result.remaining == (None if kind == "none" else max(0, amount - used))
        if new_amount is not None and used > new_amount:
            self.m.lowered.add((sub.id, sub.generation, sub.period(self.m.day)))

    @rule(data=st.data(), action=st.sampled_from(["suspend"] * 4 + ["reactivate"] * 5 + ["close"]))
    def change_status(self, data: st.DataObject, action: str) -> None:
        sub = self.draw_sub(data)
        if action == "close" and sum(x.status != "closed" for x in self.m.subs.values()) <= 2:
            action = "suspend"
        call = {"suspend": s.suspend_sub_account, "reactivate": s.reactivate_sub_account,
                "close": s.close_sub_account}[action]
        target = {"suspend": "suspended", "reactivate": "active", "close": "closed"}[action]
        if sub.status == "closed" and target != "closed":
            self.refused("subaccount_closed", call, self.db, ADMINISTRATOR, sub.id, self.m.now)
            return
        view = call(self.db, ADMINISTRATOR, sub.id, self.m.now)
        sub.status = target
        assert view.status == target

    @rule(how=st.sampled_from(["hours", "days", "month_end"]), hours=st.integers(1, 48),
          days=st.integers(1, 40), minutes=st.integers(-120, 119))
    def advance_time(self, how: str, hours: int, days: int, minutes: int) -> None:
        """Hours, days, or to just before or just after the next local start of a month."""
        self.recheck = None  # a new month for every monthly limit
        if how == "hours":
            self.m.now += timedelta(hours=hours)
        elif how == "days":
            self.m.now += timedelta(days=days)
        else:
            minutes += minutes >= 0  # never exactly midnight: -120..-1 or 1..120
            local = self.m.now.astimezone(PARIS)
            year, month = local.year, local.month
            while True:
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                target = (datetime(year, month, 1, tzinfo=PARIS).astimezone(UTC)
                          + timedelta(minutes=minutes))
                if target > self.m.now:
                    break
            self.m.now = target
            assert (target.astimezone(PARIS).day == 1) == (minutes > 0)

    @rule(can_submit=st.sampled_from([True, True, True, False]))
    def add_sub_account(self, can_submit: bool) -> None:
        if len(self.m.subs) >= MAX_SUBS:
            return
        self.sub_counter += 1
        n = self.sub_counter
        view = s.add_sub_account(self.db, ADMINISTRATOR, name=f"Service {n}",
                                 email=f"service{n}@atelier-lumiere.fr", now=self.m.now,
                                 privileges=Privileges(submit_tasks=can_submit))
        assert view.id not in self.m.subs
        assert (view.used, view.limit_kind, view.status) == (0, "none", "active")
        self.m.subs[view.id] = MSub(view.id, can_submit=can_submit)
        self.touch(view.id)

    # invariants

    @invariant()
    def basket_matches_model_and_ledger(self) -> None:
        status = s.status(self.db, ADMINISTRATOR, self.m.now)
        report = s.verify(self.db, ADMINISTRATOR)
        assert status.balance >= 0
        assert status.balance == self.m.balance
        assert report.ok, report.problems
        assert report.ledger_sum == report.balance == self.m.balance
        assert status.last_use == self.m.last_use
        month = month_of(self.m.day)
        assert status.month == month
        assert status.used_this_month == sum(
            x.cost for x in self.m.tasks.values() if x.month == month and not x.refunded)

    @invariant()
    def one_task_and_one_debit_per_accepted_submission(self) -> None:
        kinds = ledger_counts(self.db)
        refunded = sum(x.refunded for x in self.m.tasks.values())
        assert kinds.get("task", 0) == len(self.m.tasks)
        assert kinds.get("refund", 0) == refunded
        with self.db.read() as conn:
            keyed = dict(conn.execute(select(t.tasks.c.idem_key, t.tasks.c.id)
                                      .where(t.tasks.c.idem_key.is_not(None))).all())
        assert keyed == self.m.keys

    @invariant()
    def sub_accounts_match_model(self) -> None:
        views = {v.id: v for v in s.list_sub_accounts(self.db, ADMINISTRATOR, self.m.now)}
        assert set(views) == set(self.m.subs)
        for sub_id in sorted(self.m.subs if self.recheck is None else self.recheck):
            assert s.get_sub_account(self.db, ADMINISTRATOR, sub_id, self.m.now) == views[sub_id]
        self.recheck = set()
        for sub in self.m.subs.values():
            view = views[sub.id]
            used = self.m.used(sub)
            assert view.used == used, f"sub-account {sub.id}: used {view.used}, model {used}"
            assert (view.status, view.limit_kind, view.limit_amount) == (
                sub.status, sub.kind, sub.amount)
            assert (view.limit_from, view.limit_to) == (sub.valid_from, sub.valid_to)
            if sub.amount is not None and (sub.id, sub.generation,
                                           sub.period(self.m.day)) not in self.m.lowered:
                assert view.used <= sub.amount, f"sub-account {sub.id} is over its limit"


class PgEngineMachine(EngineMachine):
    """The same rules and invariants on PostgreSQL; `pg_template` sets the template."""

    template: PgTemplate | None = None

    @staticmethod
    def fresh_database() -> tuple[Database, Callable[[], None]]:
        assert PgEngineMachine.template is not None, "the pg_template fixture did not run"
        return PgEngineMachine.template.fresh()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[PgTemplate]:
    template = PgTemplate(pg_admin_url())  # skips without PostgreSQL, fails in CI
    template.create()
    PgEngineMachine.template = template
    try:
        yield template
    finally:
        PgEngineMachine.template = None
        template.drop()


EngineMachine.TestCase.settings = SETTINGS
PgEngineMachine.TestCase.settings = PG_SETTINGS


@pytest.mark.timeout(1800)
class TestEngineAgainstModel(EngineMachine.TestCase):  # type: ignore[name-defined,misc]
    """Run with --hypothesis-show-statistics to see how often each refusal was predicted."""


@pytest.mark.timeout(1800)
@pytest.mark.usefixtures("pg_template")
class TestEngineAgainstModelPostgres(PgEngineMachine.TestCase):  # type: ignore[name-defined,misc]
    """The machine above on PostgreSQL, one database cloned from the template per example."""
