"""`python -m benchmarks [--quick] [--json]`: every figure, ours against its floor, one run.

Generates the data once per scale into benchmarks/.data/ (or DEEPETCH_BENCH_DATA, --data),
runs each figure with ours and the floor in turns, and prints the table of medians (Markdown)
or, with --json, {"figures": [...], "memory": {...}, "machine": {...}, ...}. Scales: full (the
default: 100 000 sub-accounts, 1 000 000 tasks, 300 000 past effects), quick (--quick), tiny
(DEEPETCH_BENCH_SCALE=tiny or --scale tiny: the smoke test). PostgreSQL figures use
DEEPETCH_BENCH_PG_URL or DEEPETCH_TEST_PG_URL and are skipped, with the reason, without one.
Exit status 0 when every figure was measured or skipped for want of a server, 1 when one failed;
a missed target is reported, not an error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime

from . import file_keyring
from .settings import ROOT, TARGETS, chosen_scale, data_root

# What `deepetch` logs in with when they are set (cli/login.py), instead of the remembered token.
LOGIN_ENVS = ("DEEPETCH_USER", "DEEPETCH_PASSWORD", "DEEPETCH_NEW_PASSWORD")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, under two minutes")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--scale", choices=("full", "quick", "tiny"), default=None)
    parser.add_argument("--only", default="", help="comma-separated figure names")
    parser.add_argument("--data", default=None, help="cache folder of the generated data")
    parser.add_argument("--list", action="store_true", help="list the figures and stop")
    return parser.parse_args(argv)


def _private_home(home: str) -> dict[str, str]:
    """Children and Qt get their own config and data folders: the GUI's QSettings, the render
    folder and the keyring of the person running this are left alone. The run's keyring is a
    file in this home (file_keyring.py), where the administrator's « remember me » token is
    kept at the start of the run (data.remember_administrator) for ours to find through
    `keyring` and the floors by reading the file; a login named in the caller's environment
    is dropped, so that ours starts with that token as the floors do."""
    os.environ.update({"XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
                       "XDG_CACHE_HOME": f"{home}/cache",
                       "PYTHON_KEYRING_BACKEND": file_keyring.BACKEND,
                       file_keyring.ENV: f"{home}/keyring.json"})
    for name in LOGIN_ENVS:  # the caller's (a test session's): ours would log in with them
        os.environ.pop(name, None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.list:
        for target in TARGETS:
            print(f"{target.name}: {target.title} (<= {target.target:g}x {target.floor})")
        return 0
    home = tempfile.mkdtemp(prefix="deepetch-bench-home-")
    try:
        return _run(args, argv, _private_home(home))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _run(args: argparse.Namespace, argv: list[str] | None, env: dict[str, str]) -> int:
    from . import runner  # after the environment is set: it imports the app and Qt

    scale = chosen_scale(args.quick, args.scale)
    wanted = {x.strip() for x in args.only.split(",") if x.strip()}
    started = time.perf_counter()
    result = runner.run_all(scale, data_root(args.data), datetime.now(UTC), wanted, env)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["command"] = " ".join(["python -m benchmarks", *(argv if argv is not None
                                                            else sys.argv[1:])])
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(runner.report_text(result))
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
