"""Opening the Paramètres list over 100 000 sub-accounts, against a bare Qt floor in the same run.

Usage: python benchmarks/subaccounts_list.py [--rows 100000]
Prints: the floor (raw sqlite3 query + minimal QAbstractTableModel + QTableView shown), the
Paramètres list (services.list_sub_accounts + our model + proxy + view shown) and their ratio
(target <= 2x); then the longest GUI-thread block while typing a filter one key at a time
(target <= 100 ms).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QElapsedTimer, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from deepetch_desktop import bootstrap, services  # noqa: E402
from deepetch_desktop.gui.app import build_window, make_application  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
COLUMNS = "name, email, department, limit_kind, limit_amount, status"


def populate(db: object, path: Path, rows: int) -> None:
    services.init_company(db, services.ADMINISTRATOR, name="Banc d'essai", siren="552100554",
                          now=NOW)
    services.add_sub_account(db, services.ADMINISTRATOR, name="Gabarit", email="g@x.fr", now=NOW)
    con = sqlite3.connect(path)
    template = con.execute("SELECT * FROM sub_accounts").fetchone()
    names = [d[0] for d in con.execute("SELECT * FROM sub_accounts").description]
    con.execute("DELETE FROM sub_accounts")
    kinds = ("none", "monthly", "fixed")
    data = []
    for number in range(rows):
        row = dict(zip(names, template, strict=True))
        row.pop("id")
        row.update(name=f"Personne {number:06d}", email=f"p{number}@exemple.fr",
                   department=f"Service {number % 40}", limit_kind=kinds[number % 3],
                   limit_amount=None if number % 3 == 0 else 500 + number % 1000)
        data.append(row)
    keys = list(data[0])
    con.executemany(f"INSERT INTO sub_accounts ({', '.join(keys)}) VALUES "
                    f"({', '.join('?' for _ in keys)})", [tuple(r[k] for k in keys) for r in data])
    con.commit()
    con.close()


class Bare(QAbstractTableModel):
    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def floor(app: QApplication, path: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(path)
    rows = con.execute(f"SELECT {COLUMNS} FROM sub_accounts ORDER BY name").fetchall()
    con.close()
    view = QTableView()
    view.setModel(Bare(rows))
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    elapsed = time.perf_counter() - start
    view.close()
    return elapsed


def ours(app: QApplication, db: object) -> tuple[float, object]:
    window = build_window(db, clock=lambda: NOW)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    page = window.settings
    start = time.perf_counter()
    window.show_page(5)
    while not page.loaded:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    return time.perf_counter() - start, window


def typing_block(app: QApplication, window: object, text: str) -> float:
    """The longest gap between two ticks of a 1 ms GUI-thread timer while typing."""
    page = window.settings  # type: ignore[attr-defined]
    longest = 0.0
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        nonlocal longest
        now = clock.nsecsElapsed()
        longest = max(longest, (now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer(interval=1)
    timer.timeout.connect(tick)
    timer.start()
    search = page.table.search
    for char in text:
        search.setText(search.text() + char)  # one key at a time
        end = time.perf_counter() + 0.08
        while time.perf_counter() < end:
            app.processEvents()
    end = time.perf_counter() + 0.4  # the debounce fires and the filter applies
    while time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    return longest


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    app = make_application(["bench"])
    folder = Path(tempfile.mkdtemp(prefix="deepetch-bench-"))
    path = folder / "bench.db"
    db = bootstrap.open_database(f"sqlite:///{path}")
    populate(db, path, args.rows)
    base = floor(app, path)
    mine, window = ours(app, db)
    shown = window.settings.table.proxy.rowCount()  # type: ignore[attr-defined]
    print(f"rows: {shown}")
    print(f"floor (sqlite3 + bare model + view): {base * 1000:.0f} ms")
    print(f"Paramètres list (services + model + proxy + view): {mine * 1000:.0f} ms")
    print(f"ratio: {mine / base:.2f}x (target <= 2x)", flush=True)
    block = typing_block(app, window, "personne 0421")
    print(f"longest GUI-thread block while typing: {block:.0f} ms (target <= 100 ms)")
    print(f"matches for 'personne 0421': "
          f"{window.settings.table.proxy.rowCount()}")  # type: ignore[attr-defined]
    window.context.runner.wait()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
