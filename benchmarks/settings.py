"""The suite's scales, the figures' targets, and where the generated data lives."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FLOORS = HERE / "floors"
DATA_ENV = "DEEPETCH_BENCH_DATA"
SCALE_ENV = "DEEPETCH_BENCH_SCALE"
PG_ENVS = ("DEEPETCH_BENCH_PG_URL", "DEEPETCH_TEST_PG_URL")
DATA_VERSION = 3  # bump when the generator changes what it writes (2: hash chains, 3: people)
COMPANY_TZ = "Europe/Paris"


@dataclass(frozen=True)
class Scale:
    """How big the data is and how long each figure runs."""

    name: str
    subs: int  # sub-accounts of the company
    few_subs: int  # the small company of the catch-up figure (same tasks, fewer sub-accounts)
    tasks: int  # over 14 months
    effects: int  # past effects on top of the few that make nothing due
    pg_subs: int  # sub-accounts in the PostgreSQL company (writes only)
    runs: int  # counted runs of each side, alternating, after one warm-up each
    submits: int  # submits per counted run of the one-process figures
    concurrent_s: float  # length of one 8-process round
    concurrent_rounds: int  # rounds of each side
    processes: int = 8


SCALES = {
    "full": Scale("full", 100_000, 1_000, 1_000_000, 300_000, 10_000, 7, 200, 10.0, 3),
    "quick": Scale("quick", 5_000, 50, 40_000, 15_000, 1_000, 3, 40, 2.0, 1),
    # tiny: the smoke test, which checks the table is complete: one counted run per side.
    "tiny": Scale("tiny", 400, 4, 3_000, 1_200, 100, 1, 10, 0.5, 1),
}


@dataclass(frozen=True)
class Target:
    name: str
    title: str  # as the README's table says it
    target: float  # ours / floor must be at most this
    floor: str  # what the floor is, in a few words


TARGETS = [
    Target("submit_sqlite", "task submit, one process, SQLite WAL + FULL sync", 1.5,
           "the same statements in raw sqlite3"),
    Target("lock_held_sqlite", "write lock held per submit, SQLite", 1.5,
           "BEGIN IMMEDIATE to COMMIT around the raw statements"),
    Target("lock_held_pg", "write lock held per submit, PostgreSQL", 1.5,
           "first statement to COMMIT around the bare psycopg statements"),
    Target("throughput_sqlite_8", "8 processes on one SQLite file (ms per submit = 1/throughput)",
           1.5, "8 processes running the raw sqlite3 submit"),
    Target("submit_pg", "task submit on PostgreSQL, one process", 1.5,
           "the same statements with bare psycopg"),
    Target("throughput_pg_8", "8 processes on PostgreSQL (ms per submit = 1/throughput)", 1.5,
           "8 processes running the bare psycopg submit"),
    Target("status_cli", "`deepetch --json status` process", 3.0,
           "a bare-sqlite3 script printing the same JSON"),
    Target("gui_first_paint", "GUI start to first paint", 2.5,
           "a bare QMainWindow process"),
    Target("invoice_pdf", "invoice PDF/A-3 + Factur-X, warm", 8.0,
           "a bare one-page ReportLab page"),
    Target("catch_up_subs", "catch_up with nothing due, 100 000 vs 1 000 sub-accounts", 1.2,
           "the same catch_up on the company with 1 % of the sub-accounts"),
    Target("catch_up_effects", "catch_up with nothing due, 300 000 past effects vs none", 1.2,
           "the same catch_up on the company without the past effects"),
    Target("usage_report", "usage report by sub-account, all tasks", 1.1,
           "the best-shaped raw query"),
    Target("open_parametres", "opening Paramètres, first screenful painted", 1.3,
           "raw sqlite3 fetching the same 200-row page into a bare QTableView"),
]
MEMORY_TARGET_MB = 400.0


def chosen_scale(quick: bool, asked: str | None) -> Scale:
    """--scale, else DEEPETCH_BENCH_SCALE, else quick or full."""
    name = asked or os.environ.get(SCALE_ENV) or ("quick" if quick else "full")
    if name not in SCALES:
        raise SystemExit(f"unknown scale {name!r}: one of {', '.join(SCALES)}")
    return SCALES[name]


def data_root(asked: str | None) -> Path:
    return Path(asked or os.environ.get(DATA_ENV) or HERE / ".data").resolve()


def pg_admin_url() -> tuple[str | None, str]:
    """(the PostgreSQL server's URL or None, where it came from or why there is none)."""
    for name in PG_ENVS:
        if os.environ.get(name):
            return os.environ[name], name
    return None, f"no PostgreSQL server: set {' or '.join(PG_ENVS)}"
