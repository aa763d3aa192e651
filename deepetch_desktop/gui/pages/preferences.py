"""Paramètres › Application: the company, the enterprise terms, the language, the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.services import CompanyUpdate
from deepetch_desktop.services.results import CompanyView

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..dialogs.common import Save, confirm
from ..dialogs.company import CompanyDialog
from .base import Page

LANGUAGES = (("", "Langue du système"), ("fr", "Français"), ("en", "English"))


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("PreferencesTab", text)


class PreferencesTab(QWidget):
    """The company's details (corrected in a dialog), the approval of the terms, the interface
    language."""

    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        self.company: CompanyView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        company = QGroupBox(self.tr("Entreprise"))
        form = QFormLayout(company)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Raison sociale\u00a0:")),
            ("legal_form", self.tr("Forme juridique\u00a0:")),
            ("siren", self.tr("SIREN\u00a0:")),
            ("vat_number", self.tr("N° de TVA\u00a0:")),
            ("address", self.tr("Adresse\u00a0:")),
            ("country", self.tr("Pays\u00a0:")),
            ("einvoicing_address", self.tr("Adresse de facturation électronique\u00a0:")),
            ("billing_email", self.tr("E-mail de facturation\u00a0:")),
            ("timezone", self.tr("Fuseau horaire\u00a0:")),
        ):
            self.fields[key] = QLabel("—")
            self.fields[key].setWordWrap(True)
            form.addRow(label, self.fields[key])
        self.company_button = QPushButton(self.tr("&Modifier les coordonnées…"))
        self.company_button.clicked.connect(self.edit_company)
        self.company_button.setEnabled(False)  # until the details are read
        buttons = QHBoxLayout()
        buttons.addWidget(self.company_button)
        context.writes(self.company_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(company)
        terms = QGroupBox(self.tr("Conditions d'entreprise"))
        row = QHBoxLayout(terms)
        self.terms_text = QLabel("—")
        self.terms_text.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("A&pprouver les conditions d'entreprise"))
        self.approve_button.clicked.connect(self.approve_terms)
        row.addWidget(self.terms_text, 1)
        row.addWidget(self.approve_button)
        context.writes(self.approve_button)
        layout.addWidget(terms)
        general = QGroupBox(self.tr("Application"))
        form2 = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        current = str(QSettings().value("language", "") or "")
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(current)
                                          if current in [c for c, _ in LANGUAGES] else 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        form2.addRow(self.tr("La&ngue de l'interface\u00a0:"), self.language)
        self.database = QLabel(str(getattr(context.db, "location", "")))
        self.database.setWordWrap(True)
        form2.addRow(self.tr("Base de données\u00a0:"), self.database)
        layout.addWidget(general)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.page.run(lambda: services.company(self.context.db), self._show)

    def _show(self, company: CompanyView | None) -> None:
        if company is None:
            return
        self.company = company
        self.company_button.setEnabled(True)
        for key, label in self.fields.items():
            label.setText(str(getattr(company, key) or "—"))
        if company.terms_approved_at is not None:
            self.terms_text.setText(self.tr(
                "Approuvées le {day} par {who}\u00a0: les achats sont payables sous 30 jours sur "
                "facture.").format(day=fmt.day(fmt.local_day(company.terms_approved_at)),
                                   who=labels.actor(company.terms_approved_by or "—")))
            self.approve_button.setVisible(False)
        else:
            self.terms_text.setText(self.tr(
                "Pas encore approuvées\u00a0: l'achat de crédits sur facture n'est pas possible."))
            self.approve_button.setVisible(True)

    @classmethod
    def confirm_terms(cls, parent: QWidget) -> bool:
        return confirm(parent, _t("Conditions d'entreprise"), _t(
            "Enregistrer l'approbation des conditions d'entreprise, à votre nom et à la date "
            "d'aujourd'hui\u202f?"), _t("Enregistrer l'approbation"), destructive=False)

    def approve_terms(self) -> None:
        if not self.confirm_terms(self):
            return
        context = self.context
        now = context.now()

        def done(company: CompanyView) -> None:
            self._show(company)
            self.page.say(self.tr("Conditions d'entreprise approuvées"))
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)

        self.page.run(lambda: services.approve_terms(context.db, context.actor, now), done)

    def edit_company(self) -> None:
        if self.company is None:
            return
        dialog = CompanyDialog(self.company, self.context.describe, self)
        self.page.open_saving(dialog, lambda: self._save_company(dialog.request()))

    def _save_company(self, changes: dict[str, str]) -> Save[CompanyUpdate]:
        context = self.context
        now = context.now()

        def saved(update: CompanyUpdate) -> None:
            self._show(update.company)
            self.page.say(self.tr("Coordonnées de l'entreprise enregistrées"))
            context.events.company_changed.emit(update.company)
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)

        return Save(lambda: services.update_company(context.db, context.actor, now=now,
                                                    **changes), saved)

    def _language_changed(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        self.page.say(self.tr("La langue choisie s'appliquera au prochain démarrage."))
