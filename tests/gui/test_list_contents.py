"""What the lists say (issue 13): the order shown by the header's arrow, a search with no match
said in words, a fixed limit's period and « expirée » once it is over, the sub-account behind
each ledger debit, old → new values in the Journal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui import i18n
from deepetch_desktop.services import ADMINISTRATOR as ADMIN

CAMILLE = "camille.martin@atelier-lumiere.fr"


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def _open(qtbot: Any, win: Any, number: int) -> Any:
    click_sidebar(qtbot, win, number)
    page = win.current_page()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    idle(qtbot, win)
    return page


def _column(section: Any, header: str) -> int:
    model = section.proxy
    found = [c for c in range(model.columnCount())
             if model.headerData(c, Qt.Orientation.Horizontal) == header]
    assert found, header
    return found[0]


def _cells(section: Any, column: int) -> list[str]:
    return [section.proxy.index(row, column).data() for row in range(section.proxy.rowCount())]


def test_every_sortable_table_shows_the_order_its_rows_come_in(qtbot: Any,
                                                                window: Any) -> None:
    credits = _open(qtbot, window, 1)
    invoices = _open(qtbot, window, 2)
    tasks = _open(qtbot, window, 3)
    journal = _open(qtbot, window, 6)
    settings = _open(qtbot, window, 5)
    reports = _open(qtbot, window, 4)
    qtbot.waitUntil(lambda: reports.report is not None, timeout=10_000)
    down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    for section, column, order in ((credits.ledger, 0, down), (credits.batches, 0, down),
                                   (invoices.table, 0, up), (tasks.table, 0, down),
                                   (journal.table, 0, down), (settings.table, 0, up),
                                   (reports.table, 2, down)):  # the most credits first
        header = section.view.horizontalHeader()
        assert header.isSortIndicatorShown() and header.sectionsClickable()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, order)
    # The arrow says the truth: the rows are in that order (the newest ledger entry first).
    ledger = [credits.ledger.proxy.row_value(r) for r in range(credits.ledger.proxy.rowCount())]
    assert ledger == services.list_ledger(window.context.db, ADMIN)
    numbers = [t.id for t in (tasks.table.proxy.row_value(r)
                              for r in range(tasks.table.proxy.rowCount()))]
    assert numbers == sorted(numbers, reverse=True)
    # The dashboard's short list keeps its own order (the closest to their limit first).
    near = window.dashboard.near.view.horizontalHeader()
    assert not near.isSortIndicatorShown() and not near.sectionsClickable()


def test_a_search_with_no_match_says_so(qtbot: Any, window: Any) -> None:
    page = _open(qtbot, window, 3)
    table = page.table
    assert table.view.isVisible()
    qtbot.keyClicks(table.search, "zzqx")
    qtbot.waitUntil(lambda: table.no_match.isVisible(), timeout=5_000)
    assert table.no_match.text() == (
        "Aucun résultat pour «\u00a0zzqx\u00a0». Effacez la recherche pour tout revoir.")
    assert not table.view.isVisible() and not table.empty.isVisible()
    table.search.clear()
    qtbot.waitUntil(lambda: table.view.isVisible(), timeout=5_000)
    # Filters that leave nothing: said too, not a blank grid.
    table.set_predicate(lambda _task: False)
    assert table.no_match.isVisible()
    assert table.no_match.text() == "Aucune ligne ne correspond aux filtres choisis."


def test_the_paged_sub_accounts_say_no_match(qtbot: Any, window: Any) -> None:
    page = _open(qtbot, window, 5)
    qtbot.keyClicks(page.table.search, "personne-de-ce-nom")
    qtbot.waitUntil(lambda: page.table.no_match.isVisible(), timeout=10_000)
    assert "personne-de-ce-nom" in page.table.no_match.text()


def test_a_fixed_limit_shows_its_period_and_expires(qtbot: Any, window: Any) -> None:
    db = window.context.db
    today = NOW.date()
    services.set_limit(db, ADMIN, CAMILLE, "fixed", 900, today - timedelta(days=40),
                       today - timedelta(days=1), now=NOW)
    services.set_limit(db, ADMIN, "chloe.moreau@atelier-lumiere.fr", "fixed", 700,
                       date(2026, 11, 1), date(2026, 12, 31), now=NOW)
    page = _open(qtbot, window, 5)
    table = page.table
    qtbot.waitUntil(lambda: table.proxy.rowCount() > 0, timeout=10_000)
    kind, left = _column(table, "Type de limite"), _column(table, "Restants")
    rows = {table.proxy.row_value(r).email: r for r in range(table.proxy.rowCount())}
    camille, chloe = rows[CAMILLE], rows["chloe.moreau@atelier-lumiere.fr"]
    start, end = today - timedelta(days=40), today - timedelta(days=1)
    assert table.proxy.index(camille, kind).data() == (
        f"Limite fixe, du {start:%d/%m/%Y} au {end:%d/%m/%Y}")
    assert table.proxy.index(camille, left).data() == "expirée"  # not "900 restants"
    assert table.proxy.index(chloe, kind).data() == "Limite fixe, du 01/11/2026 au 31/12/2026"
    assert table.proxy.index(chloe, left).data() == "700"


def test_the_ledger_names_the_sub_account_of_each_task(qtbot: Any, window: Any) -> None:
    page = _open(qtbot, window, 1)
    ledger = page.ledger
    column = _column(ledger, "Sous-compte")
    tasks = {t.id: t.sub_account_name for t in services.list_tasks(window.context.db, ADMIN)}
    seen = 0
    for row in range(ledger.proxy.rowCount()):
        entry = ledger.proxy.row_value(row)
        shown = ledger.proxy.index(row, column).data()
        if entry.task_id is not None:
            assert shown == tasks[entry.task_id]
            seen += 1
        else:
            assert shown == ""  # a purchase, an expiry: the basket's own
    assert seen > 0
    # And it is searched: a holder's name finds their debits.
    name = next(iter(tasks.values()))
    ledger.proxy.set_search(name)
    assert ledger.proxy.rowCount() > 0
    assert all(ledger.proxy.row_value(r).sub_account == name
               for r in range(ledger.proxy.rowCount()))


def _journal_details(qtbot: Any, window: Any) -> list[str]:
    page = _open(qtbot, window, 6)
    return _cells(page.table, 3)


def _journal_actors(window: Any) -> list[str]:
    return _cells(window.journal.table, 1)


def test_the_journal_shows_old_and_new_values(qtbot: Any, window: Any) -> None:
    db = window.context.db
    before = services.get_sub_account(db, ADMIN, CAMILLE, NOW)
    services.set_limit(db, ADMIN, CAMILLE, "monthly", 1200, now=NOW)
    services.set_reminders(db, ADMIN, expiry_days="30, 7", invoice_days="-5, 1, 15, 30",
                           now=NOW)
    details = _journal_details(qtbot, window)
    assert details[0] == (
        "rappels avant expiration (jours)\u00a0: 30, 7, 1 → 30, 7")
    assert _journal_actors(window)[0] == "administrateur"
    old = f"{before.limit_amount:,}".replace(",", "\u202f")
    assert details[1] == f"«\u00a0Camille Martin\u00a0», montant\u00a0: {old} → 1\u202f200"


def test_the_journal_speaks_english(qtbot: Any, window: Any, english: None) -> None:
    db = window.context.db
    services.set_limit(db, ADMIN, CAMILLE, "fixed", 1200, date(2026, 11, 1), None, now=NOW)
    details = _journal_details(qtbot, window)
    assert details[0] == ("“Camille Martin”, limit type: Monthly limit → Fixed limit, "
                          "amount: 3,000 → 1,200, start: — → 01/11/2026, used reset to 0")
    assert _journal_actors(window)[0] == "administrator"  # not « administrateur »
