"""Ours in the 8-process figures: one process submitting tasks through the app's service.

`python -m benchmarks.worker_ours URL SUB_IDS`: opens the database as the app does, prints
"ready", waits for "go SECONDS" on stdin, calls `services.submit_task` until then, and prints
how many it did as JSON. The same protocol as the floors' workers.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime

from deepetch_desktop import bootstrap, services


def main(url: str, sub_ids: list[int]) -> None:
    db = bootstrap.open_database(url)
    print("ready", flush=True)
    seconds = float(sys.stdin.readline().split()[1])
    done = failed = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            services.submit_task(db, services.ADMINISTRATOR,
                                 sub_account=sub_ids[done % len(sub_ids)],
                                 service_code="TRAD_TEXTE", units=3, now=datetime.now(UTC))
            done += 1
        except Exception as exc:  # noqa: BLE001 - counted and shown, the figure goes on
            failed += 1
            if failed == 1:
                print(f"submit failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    db.dispose()
    print(json.dumps({"done": done, "failed": failed}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2].split(",")])
