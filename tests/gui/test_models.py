"""Every table model, and the search proxy over it, passes pytest-qt's model tester."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import NOW
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.buy import packs_model
from deepetch_desktop.gui.models import tables
from deepetch_desktop.gui.models.proxy import SearchProxyModel
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _models(db: Any) -> list[tuple[str, Any, list[Any]]]:
    tasks = services.list_tasks(db, ADMIN)
    return [
        ("tasks", tables.tasks_model({}), tasks),
        ("invoices", tables.invoices_model(date(2026, 11, 20)),
         services.list_invoices(db, ADMIN, NOW)),
        ("ledger", tables.ledger_model(), services.list_ledger(db, ADMIN)),
        ("batches", tables.batches_model(), services.list_batches(db, ADMIN)),
        ("audit", tables.audit_model(), services.list_audit(db, ADMIN)),
        ("packs", packs_model(), services.list_packs(db, ADMIN)),
    ]


@pytest.mark.parametrize("name", ["tasks", "invoices", "ledger", "batches", "audit", "packs"])
def test_models_pass_the_model_tester(qtmodeltester: Any, demo_db: Any, name: str) -> None:
    _, model, rows = next(m for m in _models(demo_db) if m[0] == name)
    assert rows
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_search("e")
    qtmodeltester.check(proxy)
    model.replace_row(lambda r: r is rows[0], rows[0])
    model.set_rows([])
    qtmodeltester.check(proxy)


def test_proxy_searches_every_word_and_sorts(demo_db: Any) -> None:
    model = tables.tasks_model({})
    tasks = services.list_tasks(demo_db, ADMIN)
    model.set_rows(tasks)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    first = tasks[0]
    proxy.set_search(f"{first.sub_account_name.split()[-1].upper()} {first.title.split()[0]}")
    found = [proxy.row_value(r) for r in range(proxy.rowCount())]
    assert first in found and all(t.sub_account_name == first.sub_account_name for t in found)
    proxy.set_search("")
    proxy.sort(7, Qt.SortOrder.DescendingOrder)  # cost
    costs = [proxy.row_value(r).cost for r in range(proxy.rowCount())]
    assert costs == sorted(costs, reverse=True)
    proxy.set_predicate(lambda t: t.id == first.id)
    assert proxy.rowCount() == 1 and proxy.find_row(lambda t: t.id == first.id) == 0


def test_numbers_and_dates_follow_the_locale(demo_db: Any) -> None:
    model = tables.invoices_model(date(2026, 11, 20))
    model.set_rows(services.list_invoices(demo_db, ADMIN, NOW))
    index = model.index(0, 5)
    assert index.data().endswith("\xa0€") and "," in index.data()
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, 2).data().count("/") == 2
