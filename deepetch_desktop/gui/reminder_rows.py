"""The reminder calendars as readable rows (issue 13: they were typed as "-5, 1, 15, 30"): one
row per reminder, « 7 jours avant l'expiration », « 5 jours avant l'échéance », « le jour de
l'échéance », each with a button that removes it, and one that adds a row."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import labels

MAX_DAYS = 365


class Calendar(Enum):
    EXPIRY = "expiry"  # days before the credits expire, 1 to 365
    INVOICE = "invoice"  # days from an invoice's due date, -365 to 365


BEFORE, ON_THE_DAY, AFTER = -1, 0, 1  # where an invoice reminder falls from the due date


class DayRow(QWidget):
    """One reminder: its number of days, and for an invoice whether before, on or after the
    due date."""

    changed = Signal()
    remove_wanted = Signal(object)

    def __init__(self, calendar: Calendar, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(max(1, abs(days)))
        self.days.setAccessibleName(self.tr("Nombre de jours"))
        self.unit = QLabel("")
        self.when: QComboBox | None = None
        layout.addWidget(self.days)
        layout.addWidget(self.unit)
        if calendar is Calendar.INVOICE:
            self.when = QComboBox()
            self.when.setAccessibleName(self.tr("Par rapport à l'échéance"))
            self.when.addItem(self.tr("avant l'échéance"), BEFORE)
            self.when.addItem(self.tr("le jour de l'échéance"), ON_THE_DAY)
            self.when.addItem(self.tr("après l'échéance"), AFTER)
            self.when.setCurrentIndex(self.when.findData(
                BEFORE if days < 0 else ON_THE_DAY if days == 0 else AFTER))
            self.when.currentIndexChanged.connect(self._changed)
            layout.addWidget(self.when)
        self.remove = QPushButton(self.tr("Retirer"))
        self.remove.setAccessibleName(self.tr("Retirer ce rappel"))
        self.remove.clicked.connect(lambda: self.remove_wanted.emit(self))
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self.days.valueChanged.connect(self._changed)
        self._show_unit()

    def value(self) -> int:
        """Days before expiry; for an invoice, signed days from the due date (0: on it)."""
        if self.when is None:
            return self.days.value()
        return int(self.when.currentData()) * self.days.value()

    def _changed(self) -> None:
        self._show_unit()
        self.changed.emit()

    def _show_unit(self) -> None:
        on_the_day = self.when is not None and self.when.currentData() == ON_THE_DAY
        self.days.setVisible(not on_the_day)
        self.unit.setVisible(not on_the_day)
        n = self.days.value()
        if self.calendar is Calendar.EXPIRY:
            self.unit.setText(labels.count(n, self.tr("jour avant l'expiration des crédits"),
                                           self.tr("jours avant l'expiration des crédits")))
        else:
            self.unit.setText(labels.count(n, self.tr("jour"), self.tr("jours")))


class DayRows(QWidget):
    """A calendar of reminders as rows; `text()` writes it as the services read it
    ("30, 7, 1"), so that the domain's rules stay the one judge of it."""

    changed = Signal()

    def __init__(self, calendar: Calendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(self.tr("Ajouter un rappel") if calendar is Calendar.EXPIRY
                                      else self.tr("Ajouter une relance"))
        self.add_button.clicked.connect(self.add_row)
        add = QHBoxLayout()
        add.addWidget(self.add_button)
        add.addStretch(1)
        layout.addLayout(add)
        self.rows: list[DayRow] = []

    def set_values(self, values: tuple[int, ...]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for days in sorted(values, reverse=self.calendar is Calendar.EXPIRY):
            self._append(days)
        self.changed.emit()

    def values(self) -> tuple[int, ...]:
        return tuple(row.value() for row in self.rows)

    def text(self) -> str:
        return ", ".join(str(days) for days in self.values())

    def add_row(self) -> None:
        """A new reminder, a week before (expiry) or after (an invoice's due date)."""
        row = self._append(7)
        row.days.setFocus()
        row.days.selectAll()
        self.changed.emit()

    def _append(self, days: int) -> DayRow:
        row = DayRow(self.calendar, days)
        row.changed.connect(self.changed)
        row.remove_wanted.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _remove(self, row: DayRow) -> None:
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: DayRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.setParent(None)
        row.deleteLater()
