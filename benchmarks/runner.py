"""The order the figures run in, what each is given, and the result as JSON or a table."""

from __future__ import annotations

import os
import sqlite3
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from deepetch_desktop import bootstrap

from . import data, fig_processes, fig_reads, fig_writes, pg
from .floors import submit_sqlite
from .harness import Figure, machine, say, skipped, table
from .settings import TARGETS, Scale, pg_admin_url


def _guarded(label: str, work: Callable[[], Any], failed: list[str]) -> Any:
    say(f"… {label}")
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - one figure failing never hides the others
        traceback.print_exc()
        failed.append(f"{label}: {type(exc).__name__}: {exc}")
        return None


def _unlimited_subs(path: Path) -> list[int]:
    """Active sub-accounts without a limit: the write figures submit tasks for them in turn."""
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT id FROM sub_accounts WHERE status = 'active' AND can_submit = 1 AND "
            "limit_kind = 'none' ORDER BY id LIMIT 500")]
    finally:
        con.close()


def _sqlite_writes(sets: data.Datasets, scale: Scale, env: dict[str, str],
                   want: Callable[[str], bool], failed: list[str]) -> list[Figure]:
    out: list[Figure] = []
    subs = _unlimited_subs(sets.writes)
    if want("submit_sqlite") or want("lock_held_sqlite"):
        def one() -> list[Figure]:
            db = bootstrap.open_database(data.url(sets.writes))
            con = submit_sqlite.connect(str(sets.writes))
            try:
                return fig_writes.one_process(("submit_sqlite", "lock_held_sqlite"), db,
                                              submit_sqlite.submit, con, subs, scale)
            finally:
                con.close()
                db.dispose()
        out += _guarded("submit, SQLite, one process", one, failed) or []
    if want("throughput_sqlite_8"):
        out.append(_guarded("8 processes, SQLite", lambda: fig_writes.processes(
            "throughput_sqlite_8", data.url(sets.writes),
            fig_writes.ours_worker(data.url(sets.writes)),
            fig_writes.floor_worker("submit_sqlite.py", str(sets.writes)), subs, scale, env),
            failed))
    return [f for f in out if f is not None]


def _pg_writes(scale: Scale, now: datetime, env: dict[str, str], want: Callable[[str], bool],
               failed: list[str]) -> list[Figure]:
    names = [n for n in ("submit_pg", "lock_held_pg", "throughput_pg_8") if want(n)]
    if not names:
        return []
    admin, why = pg_admin_url()
    if admin is None:
        return [skipped(n, why) for n in names]
    try:
        company = pg.prepare(admin, scale.pg_subs, now)
    except Exception as exc:  # noqa: BLE001 - a server that cannot be reached is a skip
        return [skipped(n, f"PostgreSQL at {why} unusable: {type(exc).__name__}: "
                           f"{str(exc).splitlines()[0] if str(exc) else ''}") for n in names]
    from .floors import submit_pg  # psycopg only when a server is there

    out: list[Figure] = []
    try:
        if "submit_pg" in names or "lock_held_pg" in names:
            def one() -> list[Figure]:
                db = bootstrap.open_database(company.url)
                con = submit_pg.connect(company.dsn)
                try:
                    return fig_writes.one_process(("submit_pg", "lock_held_pg"), db,
                                                  submit_pg.submit, con, company.sub_ids, scale)
                finally:
                    con.close()
                    db.dispose()
            out += _guarded("submit, PostgreSQL, one process", one, failed) or []
        if "throughput_pg_8" in names:
            out.append(_guarded("8 processes, PostgreSQL", lambda: fig_writes.processes(
                "throughput_pg_8", company.url, fig_writes.ours_worker(company.url),
                fig_writes.floor_worker("submit_pg.py", company.dsn), company.sub_ids, scale,
                env), failed))
    finally:
        pg.drop(company)
    return [f for f in out if f is not None]


def run_all(scale: Scale, root: Path, now: datetime, wanted: set[str],
            env: dict[str, str]) -> dict[str, Any]:
    def want(name: str) -> bool:
        return not wanted or name in wanted

    failed: list[str] = []
    info = machine()
    sets = data.prepare(scale, root, now)
    data.remember_administrator(sets.company, now)  # the processes start logged in as them
    figures: list[Figure | None] = []
    runs = scale.runs
    if want("catch_up_subs"):
        figures.append(_guarded("catch_up, sub-accounts", lambda: fig_reads.catch_up(
            "catch_up_subs", sets.no_effects, sets.few_subs, runs,
            {"ours_data": f"{scale.subs} sub-accounts", "floor_data":
             f"{scale.few_subs} sub-accounts, the same tasks; no past effects in either"}),
            failed))
    if want("catch_up_effects"):
        figures.append(_guarded("catch_up, past effects", lambda: fig_reads.catch_up(
            "catch_up_effects", sets.company, sets.no_effects, runs,
            {"ours_data": f"{scale.effects} past effects", "floor_data":
             "only the effects that make nothing due; the same company otherwise"}), failed))
    if want("usage_report"):
        figures.append(_guarded("usage report", lambda: fig_reads.usage(sets.company, runs),
                                failed))
    if want("invoice_pdf"):
        figures.append(_guarded("invoice document", lambda: fig_reads.invoice_pdf(
            sets.company, runs, now), failed))
    figures += _sqlite_writes(sets, scale, env, want, failed)
    figures += _pg_writes(scale, now, env, want, failed)
    if want("status_cli"):
        figures.append(_guarded("deepetch --json status", lambda: fig_processes.status_cli(
            sets.company, runs, env), failed))
    if want("gui_first_paint"):
        figures.append(_guarded("GUI first paint", lambda: fig_processes.gui_first_paint(
            sets.company, runs, env), failed))
    if want("open_parametres"):
        from . import fig_parametres  # Qt in this process only when needed

        figures.append(_guarded("opening Paramètres", lambda: fig_parametres.parametres(
            sets.company, runs, min(scale.subs, 200)), failed))
    memory = None
    if want("gui_peak_memory"):
        memory = _guarded("GUI peak memory", lambda: fig_processes.gui_memory(
            sets.company, max(1, runs // 3), env, scale.subs), failed)
    done = {f.name: f for f in figures if f is not None}
    info["loadavg_end"] = list(os.getloadavg())
    return {
        "figures": [done[t.name].as_json() for t in TARGETS if t.name in done],
        "memory": memory,
        "failed": failed,
        "machine": info,
        "scale": scale.__dict__,
        "data": {"folder": str(sets.folder), "generated_s": sets.generated_s,
                 "settled": sets.settled},
    }


def report_text(result: dict[str, Any]) -> str:
    m = result["machine"]
    figures = [_figure_back(f) for f in result["figures"]]
    head = (f"{m['nproc']} cores, {m['cpu']}, Python {m['python']}, SQLite {m['sqlite']}; load "
            f"average {m['loadavg_start'][0]:.1f} at the start, {m['loadavg_end'][0]:.1f} at "
            f"the end; scale {result['scale']['name']}; {result['seconds']:.0f} s")
    lines = [head, "", table(figures, result["memory"])]
    if result["failed"]:
        lines += ["", "failed:", *result["failed"]]
    return "\n".join(lines)


def _figure_back(data_: dict[str, Any]) -> Figure:
    return Figure(data_["name"], data_["ours_ms"], data_["floor_ms"], skipped=data_["skipped"])
