"""The SQLite data sets, generated once per scale and month into the cache folder, then reused."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from deepetch_desktop import bootstrap, services

from . import company
from . import company_rows as cr
from .harness import say
from .settings import COMPANY_TZ, DATA_VERSION, Scale


@dataclass(frozen=True)
class Datasets:
    """company: the whole company; no_effects: the same before its past effects were added;
    few_subs: the same tasks over 1 % of the sub-accounts; writes: a fresh copy of the company
    that the write figures add tasks to."""

    folder: Path
    company: Path
    no_effects: Path
    few_subs: Path
    writes: Path
    generated_s: float | None
    settled: dict[str, str]


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _settle(path: Path, now: datetime) -> str:
    """Run the catch-up once, as the app does at start: today's backup is taken and whatever
    the generator did not foresee is done, so that nothing is due afterwards."""
    db = bootstrap.open_database(url(path))
    try:
        report = services.catch_up(db, services.SCHEDULER, now)
    finally:
        db.dispose()
    did = {k: v for k, v in (("month_ends", report.month_ends),
                             ("limit_alerts", report.limit_alerts),
                             ("invoice_reminders", report.invoice_reminders),
                             ("expired_credits", report.expired_credits),
                             ("archived", report.archived)) if v}
    return f"backup {report.daily_backup.status}" + (f", did {did}" if did else "")


def remember_administrator(path: Path, now: datetime) -> None:
    """The company's administrator logs in on this computer and ticks « Se souvenir de moi »:
    their token goes to the run's keyring (benchmarks/__main__.py), so that `deepetch status`
    and the window start as theirs do, with the remembered token and no password to hash."""
    db = bootstrap.open_database(url(path))
    try:
        login = services.log_in(db, cr.ADMIN_EMAIL, cr.ADMIN_PASSWORD, now)
        services.remember_login(db, login.actor, now)
    finally:
        db.dispose()


def prepare(scale: Scale, root: Path, now: datetime) -> Datasets:
    month = now.astimezone(ZoneInfo(COMPANY_TZ)).strftime("%Y-%m")
    key = f"{scale.name}-v{DATA_VERSION}-{month}"
    folder = root / key
    marker = folder / "complete.json"
    generated = None
    if not marker.exists():
        for stale in root.glob(f"{scale.name}-v*"):
            if stale.name != key:  # an older month or generator: only one kept per scale
                shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        say(f"generating the {scale.name} data in {folder} (once) ...")
        start = time.perf_counter()
        company.build(folder / "company", subs=scale.subs, tasks=scale.tasks,
                      effects=scale.effects, now=now, without_effects=folder / "no-effects")
        company.build(folder / "few-subs", subs=scale.few_subs, tasks=scale.tasks, effects=0,
                      now=now)
        problems = {name: company.check(folder / name / company.DB_NAME)
                    for name in ("company", "no-effects", "few-subs")}
        generated = time.perf_counter() - start
        marker.write_text(json.dumps({"scale": scale.name, "generated_at": now.isoformat(),
                                      "seconds": round(generated, 1), "audit": problems}))
        say(f"generated in {generated:.0f} s")
    paths = {name: folder / name / company.DB_NAME for name in ("company", "no-effects",
                                                                 "few-subs")}
    settled = {name: _settle(path, now) for name, path in paths.items()}
    writes = folder / "writes" / company.DB_NAME
    shutil.rmtree(writes.parent, ignore_errors=True)
    writes.parent.mkdir(mode=0o700)
    _checkpoint(paths["company"])
    shutil.copyfile(paths["company"], writes)
    return Datasets(folder, paths["company"], paths["no-effects"], paths["few-subs"], writes,
                    generated, settled)
