"""Running ours and the floor in turns, medians, the figures, the table and the machine."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .settings import MEMORY_TARGET_MB, TARGETS, Target

TARGET_BY_NAME = {t.name: t for t in TARGETS}


def say(text: str) -> None:
    """Progress goes to stderr: stdout is for the table or the JSON."""
    print(text, file=sys.stderr, flush=True)


@dataclass
class Figure:
    """One row of the table: medians in milliseconds, ratio = ours / floor."""

    name: str
    ours_ms: float | None = None
    floor_ms: float | None = None
    ours_runs: list[float] = field(default_factory=list)
    floor_runs: list[float] = field(default_factory=list)
    skipped: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def target(self) -> Target:
        return TARGET_BY_NAME[self.name]

    @property
    def ratio(self) -> float | None:
        if self.ours_ms is None or not self.floor_ms:
            return None
        return self.ours_ms / self.floor_ms

    @property
    def met(self) -> bool | None:
        return None if self.ratio is None else self.ratio <= self.target.target

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "title": self.target.title, "ours_ms": _round(self.ours_ms),
            "floor_ms": _round(self.floor_ms), "ratio": _round(self.ratio, 3),
            "target": self.target.target, "met": self.met, "floor": self.target.floor,
            "runs": len(self.ours_runs), "ours_runs_ms": [_round(x) for x in self.ours_runs],
            "floor_runs_ms": [_round(x) for x in self.floor_runs],
            "skipped": self.skipped, "notes": self.notes,
        }


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def measured(name: str, ours: list[float], floor: list[float], **notes: Any) -> Figure:
    """A figure from each side's runs (seconds), their medians in ms."""
    pairs = [o / f for o, f in zip(ours, floor, strict=False) if f]
    if pairs:
        notes.setdefault("pair_ratio_median", round(statistics.median(pairs), 3))
    return Figure(name, statistics.median(ours) * 1000, statistics.median(floor) * 1000,
                  [x * 1000 for x in ours], [x * 1000 for x in floor], notes=notes)


def skipped(name: str, reason: str) -> Figure:
    return Figure(name, skipped=reason)


def alternate(ours: Callable[[], float], floor: Callable[[], float], runs: int,
              warmup: int = 1, after_warmup: Callable[[], None] | None = None,
              ) -> tuple[list[float], list[float]]:
    """Each side `warmup` times, then `runs` times each in turns (ours first in even runs, the
    floor first in odd ones, so that a drift of the machine falls on both). Each callable
    returns the seconds it measured."""
    for _ in range(warmup):
        ours()
        floor()
    if after_warmup is not None:
        after_warmup()
    mine: list[float] = []
    base: list[float] = []
    for run in range(runs):
        if run % 2 == 0:
            mine.append(ours())
            base.append(floor())
        else:
            base.append(floor())
            mine.append(ours())
    return mine, base


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def machine() -> dict[str, Any]:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), "")
    except OSError:
        pass
    versions = {}
    for module in ("sqlalchemy", "PySide6", "reportlab", "psycopg"):
        try:
            versions[module] = __import__(module).__version__
        except (ImportError, AttributeError):
            versions[module] = None
    return {
        "nproc": os.cpu_count(), "cpu": model or platform.processor(),
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
        "system": platform.platform(), "versions": versions,
        "loadavg_start": list(os.getloadavg()),
    }


def table(figures: list[Figure], memory: dict[str, Any] | None) -> str:
    """The table of medians, as Markdown (it goes into the README as printed)."""
    lines = ["| figure | ours ms | floor ms | ratio | target | met |",
             "|---|---:|---:|---:|---:|---|"]
    for f in figures:
        if f.skipped:
            lines.append(f"| {f.target.title} | – | – | – | ≤ {f.target.target:g} | "
                         f"skipped: {f.skipped} |")
            continue
        lines.append(f"| {f.target.title} | {f.ours_ms:.2f} | {f.floor_ms:.2f} | "
                     f"{f.ratio:.2f}x | ≤ {f.target.target:g} | "
                     f"{'yes' if f.met else 'not yet'} |")
    if memory is not None:
        if memory.get("skipped"):
            lines.append(f"| peak memory, GUI with the sub-account list open | – | – | – | "
                         f"≤ {MEMORY_TARGET_MB:g} MB | skipped: {memory['skipped']} |")
        else:
            lines.append(
                f"| peak memory (MB RSS), GUI with the {memory['rows']}-row sub-account list "
                f"open | {memory['ours_mb']:.0f} MB | {memory['floor_mb']:.0f} MB | "
                f"{memory['ratio']:.2f}x | ≤ {MEMORY_TARGET_MB:g} MB | "
                f"{'yes' if memory['met'] else 'not yet'} |")
    return "\n".join(lines)
