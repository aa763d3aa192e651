"""`python -m benchmarks --quick --json` on tiny data: every figure is there with its numbers and
ratio (or, for PostgreSQL without a server, a reason). It never judges a time."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.settings import PG_ENVS, TARGETS

ROOT = Path(__file__).resolve().parents[2]
PG_FIGURES = {"submit_pg", "lock_held_pg", "throughput_pg_8"}


def _number(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.stress  # eight processes at once, twice
@pytest.mark.timeout(600)
def test_quick_json_is_complete(tmp_path: Path) -> None:
    env = {**os.environ, "DEEPETCH_BENCH_SCALE": "tiny", "DEEPETCH_BENCH_DATA": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=580, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["failed"] == []
    assert result["scale"]["name"] == "tiny"
    figures = {f["name"]: f for f in result["figures"]}
    assert list(figures) == [t.name for t in TARGETS]
    has_server = any(os.environ.get(name) for name in PG_ENVS)
    for name, figure in figures.items():
        assert figure["target"] > 0
        if figure["skipped"]:
            assert name in PG_FIGURES and not has_server, (name, figure["skipped"])
            assert "PostgreSQL" in figure["skipped"]
            assert figure["ratio"] is None
            continue
        assert _number(figure["ours_ms"]) and _number(figure["floor_ms"]), figure
        assert _number(figure["ratio"]), figure
        assert figure["ratio"] == pytest.approx(figure["ours_ms"] / figure["floor_ms"], rel=1e-2)
        assert isinstance(figure["met"], bool)
        assert len(figure["ours_runs_ms"]) == len(figure["floor_runs_ms"]) >= 1
    # The floors did the same work: same JSON, same report lines, the same statements.
    assert figures["status_cli"]["notes"]["same_json"] is True
    assert figures["usage_report"]["notes"]["same_lines"] is True
    statements = figures["submit_sqlite"]["notes"]["statements_per_submit"]
    assert statements["ours"] >= 1 and statements["floor"] >= 1
    # The submit floors send ours's statements, and the ledger links they write (the hash
    # chain) verify with the app's own chain code, interleaved with ours's.
    writes = ["submit_sqlite", "throughput_sqlite_8"]
    if has_server:
        writes += ["submit_pg", "throughput_pg_8"]
    for name in writes:
        notes = figures[name]["notes"]
        assert notes["ledger_chain_ok"] is True and notes["ledger_entries_verified"] > 0, notes
        if name.startswith("submit"):
            assert notes["same_statements"] is True, notes
    memory = result["memory"]
    assert _number(memory["ours_mb"]) and _number(memory["floor_mb"]) and memory["rows"] > 0
    assert len(result["machine"]["loadavg_start"]) == 3 and result["machine"]["nproc"] >= 1
