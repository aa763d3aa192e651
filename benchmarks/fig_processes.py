"""Whole-process figures: `deepetch --json status`, the GUI's first paint, the GUI's memory."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .harness import Figure, alternate, measured
from .settings import FLOORS, MEMORY_TARGET_MB, ROOT

TIMEOUT_S = 300


def deepetch_command() -> list[str]:
    """The installed `deepetch` command beside this interpreter, as a person runs it."""
    script = Path(sys.executable).parent / "deepetch"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from deepetch_desktop.cli import main; "
            "sys.exit(main())"]


def _run(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """(wall seconds from start to exit, what it printed)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=TIMEOUT_S, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[:3]} exited {done.returncode}: {done.stderr[-500:]}")
    return elapsed, done.stdout


def status_cli(path: Path, runs: int, env: dict[str, str]) -> Figure:
    ours_cmd = [*deepetch_command(), "--db", f"sqlite:///{path}", "--json", "status"]
    floor_cmd = [sys.executable, str(FLOORS / "status_json.py"), str(path)]
    outputs: dict[str, str] = {}

    def side(name: str, command: list[str]) -> float:
        elapsed, out = _run(command, env)
        outputs[name] = out
        return elapsed

    mine, base = alternate(lambda: side("ours", ours_cmd), lambda: side("floor", floor_cmd), runs)
    return measured("status_cli", mine, base,
                    same_json=json.loads(outputs["ours"]) == json.loads(outputs["floor"]),
                    ours_command="deepetch --db sqlite:///… --json status")


def _until_painted(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Start the process, read its one JSON line; `elapsed` is from just before the start to
    the paint it reports (time.monotonic is one clock for every process)."""
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line:
            raise RuntimeError(f"{command[:4]} printed nothing (status {proc.wait(60)})")
        result = json.loads(line)
        result["elapsed"] = result["painted"] - start
        proc.wait(timeout=TIMEOUT_S)  # let it quit before the next run starts
        return dict(result)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def gui_first_paint(path: Path, runs: int, env: dict[str, str]) -> Figure:
    ours_cmd = [sys.executable, "-m", "benchmarks.probe_gui", f"sqlite:///{path}"]
    floor_cmd = [sys.executable, str(FLOORS / "gui_start.py"), "--db", str(path)]
    mine, base = alternate(lambda: _until_painted(ours_cmd, env)["elapsed"],
                           lambda: _until_painted(floor_cmd, env)["elapsed"], runs)
    return measured("gui_first_paint", mine, base,
                    ours_command="deepetch-desktop --db sqlite:///… (its main(), offscreen)")


def gui_memory(path: Path, runs: int, env: dict[str, str], rows: int) -> dict[str, Any]:
    """Peak RSS of the app with Paramètres open on every sub-account, and of the floor's bare
    window holding the same first 200-row page."""
    ours_cmd = [sys.executable, "-m", "benchmarks.probe_gui", f"sqlite:///{path}", "--memory",
                "--rows", str(min(rows, 200))]
    floor_cmd = [sys.executable, str(FLOORS / "gui_start.py"), "--db", str(path), "--page",
                 str(path)]
    ours, floor, shown = [], [], 0
    for _ in range(runs):
        got = _until_painted(ours_cmd, env)
        ours.append(got["rss_peak_mb"])
        shown = got.get("rows", 0)
        floor.append(_until_painted(floor_cmd, env)["rss_peak_mb"])
    mine, base = statistics.median(ours), statistics.median(floor)
    return {"name": "gui_peak_memory", "ours_mb": round(mine, 1), "floor_mb": round(base, 1),
            "ratio": round(mine / base, 3), "target_mb": MEMORY_TARGET_MB,
            "met": mine <= MEMORY_TARGET_MB, "rows": shown, "runs": runs,
            "floor": "a bare QMainWindow holding the same 200-row page in a QTableView"}
