"""« Nouvelle tâche »: the cost shown as the fields change, the precise refusal when refused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.pricing import MAX_UNITS
from deepetch_desktop.domain.text import clean_text, max_length
from deepetch_desktop.services.results import (
    ComplexityView,
    ServiceView,
    SubAccountView,
    TaskEstimate,
)

from .. import fmt, labels
from ..widgets import scaled_font
from .common import error_label, refusal, sentence, show_field_error


@dataclass(frozen=True)
class TaskRequest:
    sub_account_id: int
    service_code: str
    complexity_code: str
    units: int
    title: str


class NewTaskDialog(QDialog):
    """Emits `estimate_wanted` and `submit_wanted`; the page answers with `show_estimate`,
    `show_refusal` or closes it when the task is accepted."""

    estimate_wanted = Signal(str, str, int)
    submit_wanted = Signal(object)

    def __init__(self, sub_accounts: Sequence[SubAccountView], service_list: Sequence[ServiceView],
                 complexities: Sequence[ComplexityView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle tâche"))
        self.setMinimumWidth(500)
        self._subs = [s for s in sub_accounts if s.status != "closed"]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sub_account = QComboBox()
        for sub in self._subs:
            self.sub_account.addItem(f"{sub.name} — {sub.email}", sub.id)
        self.service = QComboBox()
        for service in (s for s in service_list if s.active):
            self.service.addItem(self.tr("{name} ({rate} crédits par {unit})").format(
                name=labels.catalogue(service.code, service.name),
                rate=fmt.credits(service.rate), unit=labels.catalogue(service.code, service.unit)),
                service.code)
        self.complexity = QComboBox()
        for level in complexities:
            factor = fmt.locale().toString(level.factor_permille / 1000, "g", 3)
            self.complexity.addItem(f"{labels.catalogue(level.code, level.name)} (×{factor})",
                                    level.code)
        self.units = QSpinBox()
        self.units.setRange(1, MAX_UNITS)  # the domain's bounds: parse_units accepts these
        self.units.setValue(1)
        self.title = QLineEdit()
        self.title.setMaxLength(max_length("title"))
        self.title.setPlaceholderText(self.tr("par exemple Brochure printemps EN"))
        self.title_error = error_label()
        form.addRow(self.tr("&Sous-compte\u00a0:"), self.sub_account)
        form.addRow(self.tr("Ser&vice\u00a0:"), self.service)
        form.addRow(self.tr("&Complexité\u00a0:"), self.complexity)
        form.addRow(self.tr("&Unités\u00a0:"), self.units)
        form.addRow(self.tr("&Titre\u00a0:"), self.title)
        form.addRow("", self.title_error)
        layout.addLayout(form)
        self.cost = QLabel("—")
        self.cost.setFont(scaled_font(self.cost, 1.3, bold=True))
        self.remaining = QLabel("")
        self.remaining.setProperty("role", "hint")
        self.remaining.setWordWrap(True)
        self.refusal = QLabel("")
        self.refusal.setProperty("role", "error")
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)
        layout.addWidget(self.cost)
        layout.addWidget(self.remaining)
        layout.addWidget(self.refusal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("&Envoyer la tâche"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._estimate: TaskEstimate | None = None
        for combo in (self.sub_account, self.service, self.complexity):
            combo.currentIndexChanged.connect(self._changed)
        self.units.valueChanged.connect(self._changed)
        self.title.textChanged.connect(self._update_button)
        self._changed()

    def request(self) -> TaskRequest:
        return TaskRequest(int(self.sub_account.currentData()), str(self.service.currentData()),
                           str(self.complexity.currentData()), self.units.value(),
                           self.title.text().strip())

    def select_sub_account(self, sub_id: int) -> None:
        self.sub_account.setCurrentIndex(self.sub_account.findData(sub_id))

    def _sub(self) -> SubAccountView | None:
        index = self.sub_account.currentIndex()
        return self._subs[index] if 0 <= index < len(self._subs) else None

    def _changed(self) -> None:
        self._estimate = None
        self.refusal.setVisible(False)
        self.cost.setText(self.tr("Coût\u00a0: calcul…"))
        sub = self._sub()
        if sub is None or sub.remaining is None:
            self.remaining.setText(self.tr("Sans limite\u00a0: le sous-compte puise librement dans "
                                           "le panier.") if sub else "")
        else:
            when = self.tr("ce mois-ci") if sub.limit_kind == "monthly" else self.tr("au total")
            self.remaining.setText(labels.count(
                sub.remaining, self.tr("Reste sur sa limite\u00a0: {n} crédit {when}."),
                self.tr("Reste sur sa limite\u00a0: {n} crédits {when}."), when=when))
        self.send_button.setEnabled(False)
        if self.service.currentData() and self.complexity.currentData():
            self.estimate_wanted.emit(str(self.service.currentData()),
                                      str(self.complexity.currentData()), self.units.value())

    def show_estimate(self, estimate: TaskEstimate) -> None:
        if (estimate.service, estimate.complexity, estimate.units) != (
                self.service.currentData(), self.complexity.currentData(), self.units.value()):
            return  # an answer to an older question
        self._estimate = estimate
        self.cost.setText(labels.count(estimate.cost, self.tr("Coût\u00a0: {n} crédit"),
                                       self.tr("Coût\u00a0: {n} crédits")))
        self._update_button()

    def title_problem(self) -> str:
        """The title by submit_task's own rule (clean_text): a tab or a control character
        pasted in is refused here, not after sending."""
        error = refusal(lambda: clean_text(self.title.text(), "title"))
        return sentence(error) if error is not None else ""

    def _update_button(self) -> None:
        problem = self.title_problem()
        show_field_error(self.title, self.title_error, problem)
        self.send_button.setEnabled(self._estimate is not None and self._sub() is not None
                                    and not problem)

    def show_refusal(self, text: str) -> None:
        self.refusal.setText(self.tr("Tâche refusée\u00a0: {reason}").format(reason=text))
        self.refusal.setVisible(True)
        self._update_button()

    def _send(self) -> None:
        if self._estimate is None or self._sub() is None or self.title_problem():
            return
        self.send_button.setEnabled(False)
        self.submit_wanted.emit(self.request())
