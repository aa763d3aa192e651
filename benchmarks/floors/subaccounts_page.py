"""Floor: the first 200-row page of the sub-account list, raw sqlite3 into a bare QTableView.

Nothing of the project is imported. The same three statements the app's Paramètres page runs
to open its list (the company's time zone for this month's key, the count, the first page
sorted by name with this period's usage joined), the same 200 rows, shown as the same eight
columns (name, e-mail, department, limit kind, limit, used, remaining, status) in a plain
`QAbstractTableModel`.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

COMPANY = (
    "SELECT company.id, company.name, company.legal_form, company.share_capital_cents, "
    "company.siren, company.siret, company.rcs, company.vat_number, company.address, "
    "company.billing_email, company.timezone, company.terms_approved_at, "
    "company.terms_approved_by, company.created_at \nFROM company \nWHERE company.id = ?")
COUNT = ("SELECT count(*) AS count_1 \nFROM (SELECT sub_accounts.id AS id \nFROM sub_accounts)"
         " AS anon_1")
PAGE = (
    "SELECT sub_accounts.id, sub_accounts.name, sub_accounts.email, sub_accounts.department, "
    "sub_accounts.phone, sub_accounts.role, sub_accounts.can_submit, sub_accounts.can_see_usage, "
    "sub_accounts.can_see_invoices, sub_accounts.can_buy, sub_accounts.can_administer, "
    "sub_accounts.status, sub_accounts.limit_kind, sub_accounts.limit_amount, "
    "sub_accounts.limit_from, sub_accounts.limit_to, usage.used \nFROM sub_accounts LEFT OUTER "
    "JOIN usage ON usage.sub_account_id = sub_accounts.id AND usage.generation = "
    "sub_accounts.limit_generation AND usage.period = CASE WHEN (sub_accounts.limit_kind = ?) "
    "THEN ? ELSE ? END ORDER BY sub_accounts.name ASC, sub_accounts.id\n LIMIT ? OFFSET ?")
PAGE_ROWS = 200


def connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(path)}?mode=rw", uri=True, timeout=30,
                           check_same_thread=False)


def first_page(con: sqlite3.Connection, now: datetime) -> tuple[int, list[tuple]]:
    """(how many sub-accounts, the first 200 as the eight shown columns)."""
    zone = ZoneInfo(con.execute(COMPANY, (1,)).fetchone()[10])
    day = now.astimezone(zone).date()
    month = f"{day.year:04d}-{day.month:02d}"
    total = con.execute(COUNT).fetchone()[0]
    rows = []
    for r in con.execute(PAGE, ("fixed", "fixed", month, PAGE_ROWS, 0)):
        used = r[16] or 0
        remaining = None if r[12] == "none" or r[13] is None else max(0, r[13] - used)
        rows.append((r[1], r[2], r[3], r[12], r[13], used, remaining, r[11]))
    return total, rows


class PageModel(QAbstractTableModel):
    """The rows as text; nothing else."""

    def __init__(self, total: int, rows: list[tuple]) -> None:
        super().__init__()
        self.total, self.rows = total, rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)
