"""Add or change a pack, a service or a complexity level of the catalogue: validated in place
by the rules of services/catalogue_admin.py, saved before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.identity import CODE, check_name
from deepetch_desktop.domain.money import parse_euros
from deepetch_desktop.domain.text import clean_text, max_length, parse_int
from deepetch_desktop.services.catalogue_admin import MAX_CREDITS, parse_factor
from deepetch_desktop.services.results import ComplexityView, PackView, ServiceView

from .. import fmt
from .common import SavingDialog, error_label, refusal, sentence, show_field_error

CatalogueItem = PackView | ServiceView | ComplexityView


def _t(text: str) -> str:
    return QCoreApplication.translate("CatalogueDialog", text)


def factor_text(permille: int) -> str:
    """1500 -> « 1,5 » in French, "1.5" in English."""
    text = format(Decimal(permille) / 1000, "f").rstrip("0").rstrip(".")
    return text.replace(".", fmt.locale().decimalPoint())


def _code(text: str) -> str:
    code = clean_text(text, "code", required=True).upper()
    if not CODE.match(code):
        raise BadInput("code", "invalid_code", text)
    return code


def _whole(text: str, field: str, maximum: int) -> int:
    return parse_int("".join(text.split()), field, minimum=1, maximum=maximum)


def _price(text: str) -> int:
    cents = parse_euros(text)
    if cents <= 0:
        raise BadInput("amount", "must_be_positive", text)
    return cents


@dataclass(frozen=True)
class Field:
    """One value of an item: the service's name of it, its label, its check of what was typed
    (giving the value the service takes) and the text it starts with."""

    name: str
    label: str
    check: Callable[[str], object]
    start: str = ""
    hint: str = ""  # under the field
    example: str = ""  # in the field while it is empty


class CatalogueDialog(SavingDialog):
    """`kind` is "packs", "services" or "complexities"; `item` None adds one. `values()` gives
    the keyword arguments of set_pack, set_service or set_complexity (the code apart)."""

    def __init__(self, kind: str, item: CatalogueItem | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.item = kind, item
        titles = {
            "packs": (self.tr("Nouveau pack"), self.tr("Pack {name}")),
            "services": (self.tr("Nouveau service"), self.tr("Service {name}")),
            "complexities": (self.tr("Nouveau niveau de complexité"),
                             self.tr("Niveau de complexité {name}")),
        }[kind]
        self.setWindowTitle(titles[0] if item is None else titles[1].format(name=item.name))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.specs = self._fields()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for spec in self.specs:
            edit = QLineEdit(spec.start, placeholderText=spec.example)
            edit.setMaxLength(max_length("name") if spec.name in ("name", "unit") else 32)
            self.edits[spec.name], self.errors[spec.name] = edit, error_label()
            form.addRow(spec.label, edit)
            if spec.hint:
                hint = QLabel(spec.hint)
                hint.setProperty("role", "hint")
                hint.setWordWrap(True)
                form.addRow("", hint)
            form.addRow("", self.errors[spec.name])
            self.field_errors[spec.name] = (edit, self.errors[spec.name])
            edit.textChanged.connect(self.validate)
        self.edits["code"].setEnabled(item is None)  # a code names the item for good
        self.active = QCheckBox(self.tr("Pr&oposé à l'achat") if kind == "packs"
                                else self.tr("Pr&oposé pour les nouvelles tâches"))
        self.active.setChecked(getattr(item, "active", True))
        if kind != "complexities":
            form.addRow("", self.active)
        self.ok_button = self.add_buttons(layout, self.tr("&Enregistrer"))
        self._touched: set[str] = set() if item is None else {s.name for s in self.specs}
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, name=name: self._touch(name))
        self.validate()

    def _intro(self) -> str:
        return {
            "packs": self.tr("Les factures déjà émises gardent le prix de leur émission."),
            "services": self.tr("Les tâches déjà envoyées gardent le coût de leur envoi."),
            "complexities": self.tr("Le coût d'une tâche est multiplié par ce facteur\u00a0; "
                                    "les tâches déjà envoyées gardent leur coût."),
        }[self.kind]

    def _fields(self) -> list[Field]:
        item = self.item
        code = Field("code", self.tr("&Code\u00a0:"), _code, item.code if item else "",
                     self.tr("Lettres majuscules, chiffres et _ (de 2 à 32)\u00a0; il ne change "
                             "plus ensuite."))
        name = Field("name", self.tr("&Nom\u00a0:"), check_name, item.name if item else "")
        if isinstance(item, PackView) or (item is None and self.kind == "packs"):
            return [code, name,
                    Field("credits", self.tr("C&rédits\u00a0:"),
                          lambda text: _whole(text, "credits", MAX_CREDITS),
                          str(item.credits) if item else ""),
                    Field("amount", self.tr("&Prix HT (€)\u00a0:"), _price,
                          fmt.euros_plain(item.price_cents) if item else "")]
        if isinstance(item, ServiceView) or (item is None and self.kind == "services"):
            return [code, name,
                    Field("unit", self.tr("&Unité\u00a0:"),
                          lambda text: clean_text(text, "unit", required=True),
                          item.unit if item else "",
                          example=self.tr("par exemple «\u00a01\u202f000 caractères\u00a0», "
                                          "«\u00a0page\u00a0»")),
                    Field("rate", self.tr("&Tarif (crédits par unité)\u00a0:"),
                          lambda text: _whole(text, "rate", MAX_CREDITS),
                          str(item.rate) if item else "")]
        return [code, name,
                Field("factor", self.tr("&Facteur\u00a0:"), parse_factor,
                      factor_text(item.factor_permille) if isinstance(item, ComplexityView)
                      else "", example=self.tr("par exemple 1,5 pour ×1,5"))]

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self.validate()

    def _problems(self) -> dict[str, BadInput]:
        problems = {}
        for spec in self.specs:
            error = refusal(self._checker(spec))
            if error is not None:
                problems[spec.name] = error
        return problems

    def _checker(self, spec: Field) -> Callable[[], object]:
        return lambda: spec.check(self.edits[spec.name].text())

    def validate(self) -> bool:
        problems = self._problems()
        for spec in self.specs:
            error = problems.get(spec.name)
            show_field_error(self.edits[spec.name], self.errors[spec.name],
                             self._sentence(spec.name, error)
                             if error is not None and spec.name in self._touched else "")
        self.ok_button.setEnabled(not problems)
        return not problems

    def _sentence(self, name: str, error: BadInput) -> str:
        if error.problem == "required":
            return self.tr("Ce champ est obligatoire.")
        if name == "code" and error.problem == "invalid_code":
            return self.tr("Le code ne peut contenir que des lettres, des chiffres et _ "
                           "(de 2 à 32).")
        if name == "factor" and error.problem in ("not_a_number", "too_many_decimals"):
            return self.tr("Le facteur doit être un nombre avec au plus deux décimales.")
        if name == "factor" and error.problem == "out_of_range":
            return self.tr("Le facteur doit être supérieur à 0 et au plus 10.")
        return sentence(error)

    def code(self) -> str:
        return _code(self.edits["code"].text())

    def values(self) -> dict[str, object]:
        """What the service takes, once `validate()` passed."""
        names = {"amount": "price_cents", "factor": "factor_permille"}
        values: dict[str, object] = {
            names.get(spec.name, spec.name): spec.check(self.edits[spec.name].text())
            for spec in self.specs if spec.name != "code"}
        if self.kind != "complexities":
            values["active"] = self.active.isChecked()
        return values

    def accept(self) -> None:
        self._touched.update(spec.name for spec in self.specs)
        if self.validate():
            super().accept()
