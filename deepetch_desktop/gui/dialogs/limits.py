"""« Modifier les limites »: kind, amount, optional validity period; validated in place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.limits import MAX_LIMIT, validate_limit
from deepetch_desktop.domain.text import parse_int
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services.results import SubAccountView

from .. import fmt, labels
from ..forms.ui_modify_limits_dialog import Ui_ModifyLimitsDialog
from .common import SavingDialog, confirm, refusal, sentence, show_field_error


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("ModifyLimitsDialog", text)


@dataclass(frozen=True)
class LimitRequest:
    """What the administrator asked for; the page hands it to services.set_limit."""

    kind: LimitKind
    amount: int | None
    valid_from: date | None
    valid_to: date | None


def typed_credits(text: str) -> int | None:
    """An amount of credits as typed (the locale's grouping allowed: '12 500'), by the domain's
    rule for whole numbers; None when empty, BadInput when it is not a whole number."""
    typed = "".join(text.split()).replace(fmt.locale().groupSeparator(), "")
    return parse_int(typed, "amount") if typed else None


def amount_sentence(error: BadInput) -> str:
    """What to say under a limit's amount that the domain refuses."""
    if error.field == "amount":
        sentences = {
            "required": _t("Indiquez un montant en crédits."),
            "not_a_whole_number": _t("Le montant doit être un nombre entier de crédits."),
            "must_be_positive": _t("Le montant doit être supérieur à 0."),
            "too_large": _t("Le montant est trop grand\u00a0: au plus {max} crédits.")
            .format(max=fmt.credits(MAX_LIMIT)),
        }
        return sentences.get(error.problem, sentence(error))
    return sentence(error)


class ModifyLimitsDialog(SavingDialog):
    """Returns a `LimitRequest` from `request()` once accepted; touches nothing itself."""

    def __init__(self, sub_account: SubAccountView, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ModifyLimitsDialog()
        self.ui.setupUi(self)
        self._sub = sub_account
        self.setWindowTitle(self.tr("Modifier les limites — {name}").format(name=sub_account.name))
        self.ui.intro.setText(
            self.tr("Combien de crédits «\u00a0{name}\u00a0» peut utiliser dans le panier.").format(
                name=sub_account.name)
        )
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date_format:
            date_format = date_format.replace("yy", "yyyy")
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.setDisplayFormat(date_format)
            edit.setDate(fmt.to_qdate(today))
        for kind in LimitKind:  # each item holds its kind: the words come from the one table
            self.ui.kindCombo.addItem(labels.word(kind), kind.value)
        current = LimitKind(sub_account.limit_kind)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(current.value))
        if sub_account.limit_amount is not None:
            self.ui.amountEdit.setText(str(sub_account.limit_amount))
        if sub_account.limit_from is not None:
            self.ui.fromCheck.setChecked(True)
            self.ui.fromDate.setDate(fmt.to_qdate(sub_account.limit_from))
        if sub_account.limit_to is not None:
            self.ui.toCheck.setChecked(True)
            self.ui.toDate.setDate(fmt.to_qdate(sub_account.limit_to))
        self.ui.usedValue.setText(self._used_text())
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.buttonBox),
                                        self.refusal)
        self.field_errors.update({"amount": (self.ui.amountEdit, self.ui.amountError),
                                  "valid_from": (self.ui.toDate, self.ui.periodError),
                                  "valid_to": (self.ui.toDate, self.ui.periodError)})
        self.ok_button.setText(self.tr("&Enregistrer"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuler"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.kindCombo.currentIndexChanged.connect(self.validate)
        self.ui.amountEdit.textChanged.connect(self.validate)
        for widget in (self.ui.fromCheck, self.ui.toCheck):
            widget.toggled.connect(self.validate)
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.dateChanged.connect(self.validate)
        self.validate()

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    @classmethod
    def confirm_reset(cls, parent: QWidget, name: str, used: int) -> bool:
        """Tests patch this to answer the confirmation without a modal box."""
        return confirm(
            parent,
            _t("Changer le type de limite"),
            _t(
                "Changer le type de limite remet à 0 les crédits utilisés par «\u00a0{name}\u00a0» "
                "(actuellement {used})."
            ).format(name=name, used=fmt.credits(used)),
            _t("Changer et remettre à zéro"),
        )

    # --- values -------------------------------------------------------------------------

    def kind(self) -> LimitKind:
        return LimitKind(self.ui.kindCombo.currentData())

    def kind_changes(self) -> bool:
        return self.kind() != self._sub.limit_kind

    def resets_used(self) -> bool:
        """A change of kind sets the used count back to 0: worth a word only when it is not 0
        already."""
        return self.kind_changes() and self._sub.used > 0

    def _below_used(self) -> str:
        """Said, without refusing it, of an amount below what is already used (same kind)."""
        if self.kind_changes() or self.kind() is LimitKind.NONE:
            return ""
        amount = refusal(self._amount) is None and self._amount()
        if not amount or amount >= self._sub.used:
            return ""
        used = fmt.credits(self._sub.used)
        if self.kind() is LimitKind.MONTHLY:
            return self.tr("«\u00a0{name}\u00a0» a déjà utilisé {used} crédits ce "
                           "mois-ci\u00a0: avec cette limite, il ne pourra plus rien utiliser "
                           "avant le mois prochain.").format(name=self._sub.name, used=used)
        return self.tr("«\u00a0{name}\u00a0» a déjà utilisé {used} crédits\u00a0: avec cette "
                       "limite, il ne pourra plus rien utiliser.").format(name=self._sub.name,
                                                                          used=used)

    def request(self) -> LimitRequest:
        """What was typed; once `validate()` passed, what set_limit accepts."""
        kind = self.kind()
        if kind is LimitKind.NONE:
            return LimitRequest(kind, None, None, None)
        fixed = kind is LimitKind.FIXED
        valid_from = self._day(self.ui.fromDate.date()) if fixed and self.ui.fromCheck.isChecked() \
            else None
        valid_to = self._day(self.ui.toDate.date()) if fixed and self.ui.toCheck.isChecked() \
            else None
        return LimitRequest(kind, self._amount(), valid_from, valid_to)

    def _amount(self) -> int | None:
        return typed_credits(self.ui.amountEdit.text())

    # --- validation in place ------------------------------------------------------------

    def validate(self) -> bool:
        kind = self.kind()
        has_amount = kind is not LimitKind.NONE
        fixed = kind is LimitKind.FIXED
        self.ui.amountEdit.setEnabled(has_amount)
        self.ui.fromCheck.setEnabled(fixed)
        self.ui.toCheck.setEnabled(fixed)
        self.ui.fromDate.setEnabled(fixed and self.ui.fromCheck.isChecked())
        self.ui.toDate.setEnabled(fixed and self.ui.toCheck.isChecked())
        problems = self._problems()
        amount_problem = problems.get("amount", "")
        period_problem = problems.get("valid_to", problems.get("valid_from", ""))
        show_field_error(self.ui.amountEdit, self.ui.amountError, amount_problem)
        show_field_error(self.ui.toDate, self.ui.periodError, period_problem)
        warning = self._below_used() if not amount_problem else ""
        if self.resets_used():
            warning = self.tr(
                "Attention\u00a0: changer le type de limite remet à 0 les crédits utilisés "
                "(actuellement {used}). Vous devrez le confirmer."
            ).format(used=fmt.credits(self._sub.used))
        self.ui.resetWarning.setText(warning)
        self.ui.resetWarning.setVisible(bool(warning))
        valid = not amount_problem and not period_problem
        self.ok_button.setEnabled(valid)
        return valid

    def _problems(self) -> dict[str, str]:
        """The field set_limit would refuse, by the domain's own rule (validate_limit), and
        what to say under it."""
        try:
            request = self.request()
            validate_limit(request.kind, request.amount, request.valid_from, request.valid_to)
        except BadInput as error:
            return {error.field: self._sentence(error)}
        return {}

    def _sentence(self, error: BadInput) -> str:
        if error.field == "amount":
            return amount_sentence(error)
        if error.field == "valid_to" and error.problem == "before_start":
            return self.tr("La fin de la période est antérieure à son début.")
        return sentence(error)

    def _used_text(self) -> str:
        used = self._sub.used
        if self._sub.limit_kind == LimitKind.MONTHLY:
            return labels.count(used, self.tr("{n} crédit ce mois-ci"),
                                self.tr("{n} crédits ce mois-ci"))
        return labels.count(used, self.tr("{n} crédit"), self.tr("{n} crédits"))

    @staticmethod
    def _day(value: QDate) -> date:
        return fmt.from_qdate(value)

    # --- Qt -----------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.validate():
            return
        if self.resets_used() and not self.confirm_reset(self, self._sub.name, self._sub.used):
            return
        super().accept()
