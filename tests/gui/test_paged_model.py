"""The Paramètres list over the database's pages: placeholders, blocks on demand, searching and
sorting off the GUI thread, the count, the selection; and the model tester on all of it."""

from __future__ import annotations

import threading
from typing import Any

from gui_helpers import NOW, idle, select_row
from PySide6.QtCore import QPoint, Qt, QThread
from PySide6.QtWidgets import QApplication

from deepetch_desktop import services
from deepetch_desktop.gui import labels
from deepetch_desktop.gui.models.paged import BLOCK_ROWS, PLACEHOLDER, Query
from deepetch_desktop.gui.models.tables import SUB_ACCOUNT_SORT_KEYS, sub_accounts_model
from deepetch_desktop.gui.widgets import TableSection
from deepetch_desktop.gui.worker import Runner
from deepetch_desktop.services.results import Privileges, SubAccountView
from deepetch_desktop.services.subaccounts import SORT_KEYS, SubAccountPage


def _person(number: int) -> SubAccountView:
    kind = ("none", "monthly", "fixed")[number % 3]
    limit = None if kind == "none" else 500 + number % 100
    used = number % 400
    return SubAccountView(number, f"Personne {number:06d}", f"p{number}@exemple.fr",
                          f"Service {number % 40}", "", "", Privileges(), "active", kind, limit,
                          None, None, used, None if limit is None else max(0, limit - used))


class FakeDatabase:
    """page_sub_accounts over a list in memory; records what it was asked, on which thread."""

    def __init__(self, count: int) -> None:
        self.rows = [_person(n) for n in range(count)]
        self.asked: list[tuple[Query, int]] = []
        self.threads: set[Any] = set()
        self.gate = threading.Event()
        self.gate.set()

    def fetch(self, query: Query, offset: int, limit: int) -> SubAccountPage:
        self.gate.wait(10)
        self.asked.append((query, offset))
        self.threads.add(QThread.currentThread())
        words = query.search.lower().split()
        rows = [r for r in self.rows if all(w in r.name.lower() for w in words)]
        if query.sort:
            rows.sort(key=lambda r: getattr(r, query.sort), reverse=query.descending)
        return SubAccountPage(len(rows), offset, tuple(rows[offset:offset + limit]))


def _section(qtbot: Any, fake: FakeDatabase) -> TableSection:
    model = sub_accounts_model(fake.fetch, Runner(), today=lambda: NOW.date())
    section = TableSection(model, lambda n: labels.count(n, "{n} sous-compte",
                                                         "{n} sous-comptes"), "vide", "")
    qtbot.addWidget(section)
    section.resize(900, 500)
    section.show()
    model.refresh()
    qtbot.waitUntil(lambda: model.ready, timeout=10_000)
    return section


def test_the_columns_sort_on_the_keys_the_service_knows() -> None:
    assert set(SUB_ACCOUNT_SORT_KEYS) == set(SORT_KEYS)


def test_100_000_rows_open_with_their_count_and_fetch_blocks_on_demand(qtbot: Any) -> None:
    fake = FakeDatabase(100_000)
    section = _section(qtbot, fake)
    model = section.proxy
    assert model.rowCount() == 100_000
    assert section.count.text() == "100\u202f000 sous-comptes"
    assert [offset for _, offset in fake.asked] == [0]  # one block, not 100 000 rows
    assert QApplication.instance().thread() not in fake.threads
    assert model.index(5, 0).data() == "Personne 000005"
    far = 99_999
    assert model.index(far, 0).data() == PLACEHOLDER and model.row_value(far) is None
    qtbot.waitUntil(lambda: model.row_value(far) is not None, timeout=10_000)
    assert model.index(far, 0).data() == "Personne 099999"
    assert fake.asked[-1][1] == far // BLOCK_ROWS * BLOCK_ROWS


def test_search_and_header_sort_query_the_database(qtbot: Any) -> None:
    fake = FakeDatabase(1_000)
    section = _section(qtbot, fake)
    model = section.proxy
    qtbot.keyClicks(section.search, "personne 0004")  # 000004, 00004x, 0004xx
    qtbot.waitUntil(lambda: model.rowCount() == 111, timeout=10_000)
    assert section.count.text() == "111 sous-comptes"
    assert fake.asked[-1][0].search == "personne 0004"
    header = section.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre_of(header, 5))
    qtbot.waitUntil(lambda: fake.asked[-1][0].sort == "used", timeout=10_000)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    used = [model.row_value(r).used for r in range(model.rowCount())]
    descending = fake.asked[-1][0].descending
    assert used == sorted(used, reverse=descending)
    section.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 1_000, timeout=10_000)
    assert not section.empty.isVisible()


def _centre_of(header: Any, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_only_the_latest_search_runs_after_a_slow_one(qtbot: Any) -> None:
    fake = FakeDatabase(500)
    section = _section(qtbot, fake)
    model = section.proxy
    fake.gate.clear()  # the next query hangs until released
    model.set_search("personne 00")
    for text in ("personne 001", "personne 0012", "personne 00123"):
        model.set_search(text)
    fake.gate.set()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.ready, timeout=10_000)
    searches = [query.search for query, _ in fake.asked[1:]]
    assert searches == ["personne 00", "personne 00123"]
    assert model.row_value(0).name == "Personne 000123"


def test_a_selected_placeholder_row_is_announced_once_it_arrives(qtbot: Any) -> None:
    fake = FakeDatabase(5_000)
    section = _section(qtbot, fake)
    seen: list[Any] = []
    section.selection_changed.connect(seen.append)
    row = 4_321
    section.view.scrollTo(section.proxy.index(row, 0))
    section.view.selectRow(row)
    qtbot.waitUntil(lambda: seen and seen[-1] is not None, timeout=10_000)
    assert seen[-1].id == row and section.selected().id == row


def test_the_paged_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any) -> None:
    fake = FakeDatabase(450)
    section = _section(qtbot, fake)
    model = section.proxy
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() != PLACEHOLDER  # asks for the rows
                                for r in range(0, 450, 50)), timeout=10_000)
    qtmodeltester.check(model)
    model.set_search("personne 0001")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == 111 and not model.busy, timeout=10_000)
    qtmodeltester.check(model)
    model.set_search("nobody")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    qtmodeltester.check(model)
    assert section.count.text() == "0 sous-compte" and not model.is_empty()  # French: 0 is one


def test_settings_lists_the_database_and_keeps_the_limits_path(qtbot: Any, window: Any) -> None:
    window.show_page(5)
    page = window.settings
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.table.count.text() == "6 sous-comptes"
    select_row(qtbot, page.table, lambda s: s.name == "Camille Martin")
    assert page.limits_button.isEnabled()
    page.table.search.setText("martin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.row_value(0).name == "Camille Martin"
    page.table.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10_000)
    services.add_sub_account(window.context.db, services.ADMINISTRATOR, name="Zoé Nouvelle",
                             email="zoe@exemple.fr", now=NOW)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=10_000)
    idle(qtbot, window)
    assert page.table.count.text() == "7 sous-comptes"
