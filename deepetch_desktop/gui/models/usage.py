"""The Rapports table: one row per line of a `services.UsageReport`, with its share."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Qt

from deepetch_desktop.services import UsageReport

from .. import fmt
from .base import Column, RowsModel


def _t(text: str) -> str:
    return QCoreApplication.translate("usage", text)


@dataclass(frozen=True)
class UsageRow:
    """`key` as the service returns it ('2026-03' for a month); `label` as it is shown."""

    key: str
    label: str
    tasks: int
    credits: int
    share: int  # whole percent of the period's credits, rounded
    value_cents: int = 0  # excl. VAT
    labels: tuple[str, ...] = ()  # each level's, as shown: ('mars 2026', 'Relecture')


def level_labels(by: str, keys: tuple[str, ...], key: str) -> tuple[str, ...]:
    """Each level's name as shown ('mars 2026', 'Traduction de texte')."""
    levels = by.split(",")
    if len(keys) != len(levels):
        return (key_label(by, key),)
    return tuple(key_label(level, k) for level, k in zip(levels, keys, strict=True))


def key_label(by: str, key: str) -> str:
    """A month key is shown as 'mars 2026'; names are shown as they are."""
    if by == "month" and len(key) == 7 and key[4] == "-":
        return fmt.month_label(key)
    return key


def usage_rows(report: UsageReport) -> list[UsageRow]:
    total = report.total_credits
    rows = []
    for line in report.lines:
        shown = level_labels(report.by, line.keys, line.key)
        rows.append(UsageRow(line.key, " / ".join(shown), line.tasks, line.credits,
                             (line.credits * 200 + total) // (2 * total) if total else 0,
                             line.value_cents, shown))
    return rows


class UsageModel(RowsModel[UsageRow]):
    """Label, tasks, credits, value, share; the first header names the grouping."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_t("Sous-compte"), lambda r: r.label, key=lambda r: r.key.casefold()),
            Column(_t("Tâches"), lambda r: fmt.credits(r.tasks), key=lambda r: r.tasks,
                   numeric=True, searchable=False),
            Column(_t("Crédits"), lambda r: fmt.credits(r.credits), key=lambda r: r.credits,
                   numeric=True, searchable=False),
            Column(_t("Valeur HT"), lambda r: fmt.money(r.value_cents),
                   key=lambda r: r.value_cents, numeric=True, searchable=False),
            Column(_t("Part"), lambda r: fmt.percent(r.share), key=lambda r: r.share,
                   numeric=True, searchable=False),
        ], parent)

    def set_key_header(self, text: str) -> None:
        if self._columns[0].header != text:
            self._columns = (replace(self._columns[0], header=text), *self._columns[1:])
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def headers(self) -> list[str]:
        return [column.header for column in self._columns]
