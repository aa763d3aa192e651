"""Floor: a process that shows a bare QMainWindow and stops at its first paint.

Nothing of the project is imported. `python gui_start.py --db PATH` prints {"painted": t} where
t is `time.monotonic()` (one clock for every process of the machine) at the first paint event of
the window. Before the window, as ours, it checks the login this computer remembers for the
database at PATH (remembered.py: the token from the keyring file, its SHA-256 looked up in
login_tokens) and exits 3 without one: ours would show its login dialog. With `--page PATH` (the
memory figure) the window holds a QTableView of the first 200-row page of the sub-account list
(subaccounts_page.py), and the process reports its peak resident memory once that page is
painted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from datetime import UTC, datetime
from urllib.parse import quote

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from remembered import NOT_AUTHENTICATED, remembered  # noqa: E402


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). Not getrusage's ru_maxrss: Linux carries it
    over exec from the forked parent, so a child of a big process would report the parent's."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    """Notes the first paint of `window` or of anything inside it, then quits."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__()
        self.app, self.window = app, window
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.at is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.at = time.monotonic()
            QTimer.singleShot(0, self.app.quit)
        return False


def _logged_in(path: str) -> bool:
    con = sqlite3.connect(f"file:{quote(path)}?mode=rw", uri=True, timeout=30)
    try:
        return remembered(con, datetime.now(UTC)) is not None
    finally:
        con.close()


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    if "--db" in argv and not _logged_in(argv[argv.index("--db") + 1]):
        print("not logged in", file=sys.stderr)
        return NOT_AUTHENTICATED
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1280, 800)
    if "--page" in argv:
        from subaccounts_page import PageModel, connect, first_page

        con = connect(argv[argv.index("--page") + 1])
        view = QTableView()
        view.setModel(PageModel(*first_page(con, datetime.now(UTC))))
        window.setCentralWidget(view)
    painted = FirstPaint(app, window)
    app.installEventFilter(painted)
    window.show()
    app.exec()
    peak_mb = peak_rss_mb()
    print(json.dumps({"painted": painted.at, "rss_peak_mb": peak_mb}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
