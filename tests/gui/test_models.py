"""Every table model, and the search proxy over it, passes pytest-qt's model tester."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from gui_helpers import NOW
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui import usage
from deepetch_desktop.gui.dialogs.buy import packs_model
from deepetch_desktop.gui.models import tables
from deepetch_desktop.gui.models.proxy import SearchProxyModel


def _models(db: Any) -> list[tuple[str, Any, list[Any]]]:
    tasks = services.list_tasks(db)
    return [
        ("sub_accounts", tables.sub_accounts_model(), services.list_sub_accounts(db, NOW)),
        ("tasks", tables.tasks_model({}), tasks),
        ("invoices", tables.invoices_model(date(2026, 11, 20)), services.list_invoices(db, NOW)),
        ("ledger", tables.ledger_model(), services.list_ledger(db)),
        ("batches", tables.batches_model(), services.list_batches(db)),
        ("audit", tables.audit_model(), services.list_audit(db)),
        ("usage", tables.usage_model(), usage.by_sub_account(tasks)),
        ("packs", packs_model(), services.list_packs(db)),
    ]


@pytest.mark.parametrize("name", ["sub_accounts", "tasks", "invoices", "ledger", "batches",
                                  "audit", "usage", "packs"])
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
    model = tables.sub_accounts_model()
    model.set_rows(services.list_sub_accounts(demo_db, NOW))
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("MARTIN communication")
    assert [proxy.row_value(r).name for r in range(proxy.rowCount())] == ["Camille Martin"]
    proxy.set_search("")
    proxy.sort(5, Qt.SortOrder.DescendingOrder)  # used
    used = [proxy.row_value(r).used for r in range(proxy.rowCount())]
    assert used == sorted(used, reverse=True)
    proxy.set_predicate(lambda s: s.status == "suspended")
    assert proxy.rowCount() == 1


def test_numbers_and_dates_follow_the_locale(demo_db: Any) -> None:
    model = tables.invoices_model(date(2026, 11, 20))
    model.set_rows(services.list_invoices(demo_db, NOW))
    index = model.index(0, 5)
    assert index.data().endswith("\xa0€") and "," in index.data()
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.index(0, 2).data().count("/") == 2
