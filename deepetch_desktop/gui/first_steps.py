"""« Premiers pas »: what a new company still has to do before the application works on its own
(approve the terms, buy credits, add a sub-account, give the SMTP server), each with the button
that does it; shown on the dashboard while one is not done, until it is hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from deepetch_desktop.services import FirstSteps

from . import theme

HIDDEN_KEY = "dashboard/first_steps_hidden"
DONE, TO_DO = "✓", "○"


class FirstStepsBox(QGroupBox):
    """`open_part(page, part)`: the window opens `page` on `part` (see Page.show_part)."""

    def __init__(self, open_part: Callable[[str, object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Premiers pas"), parent)
        self.setObjectName("firstSteps")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Pour que l'entreprise utilise ses crédits sans vous attendre\u00a0:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        steps = (
            ("terms", self.tr("Approuver les conditions d'entreprise (achats sur facture)"),
             self.tr("Approuver…"), ("settings", "application")),
            ("purchase", self.tr("Acheter un premier lot de crédits"),
             self.tr("Acheter…"), ("credits", "buy")),
            ("sub_account", self.tr("Ajouter un premier sous-compte"),
             self.tr("Ajouter un sous-compte…"), ("settings", "add_sub_account")),
            ("smtp", self.tr("Indiquer le serveur SMTP qui envoie les factures"),
             self.tr("Configurer l'e-mail…"), ("settings", "mail")),
        )
        for number, (key, text, action, (page, part)) in enumerate(steps):
            mark, label, button = QLabel(TO_DO), QLabel(text), QPushButton(action)
            label.setWordWrap(True)
            button.clicked.connect(lambda _checked=False, p=page, w=part: open_part(p, w))
            grid.addWidget(mark, number, 0)
            grid.addWidget(label, number, 1)
            grid.addWidget(button, number, 2)
            self.rows[key] = (mark, label, button)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.hide_button = QPushButton(self.tr("Masquer ces étapes"))
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(self.dismiss)
        layout.addWidget(self.hide_button)
        self.setVisible(False)  # until the steps are known

    def show_steps(self, steps: FirstSteps) -> None:
        done = {"terms": steps.terms_approved, "purchase": steps.credits_bought,
                "sub_account": steps.sub_account_added, "smtp": steps.smtp_configured}
        for key, (mark, label, button) in self.rows.items():
            mark.setText(DONE if done[key] else TO_DO)
            mark.setStyleSheet(f"color: {theme.GREEN.name()};" if done[key] else "")
            mark.setAccessibleName(self.tr("fait") if done[key] else self.tr("à faire"))
            label.setEnabled(not done[key])
            button.setVisible(not done[key])
        hidden = bool(QSettings().value(HIDDEN_KEY, False, type=bool))
        self.setVisible(not steps.all_done and not hidden)

    def dismiss(self) -> None:
        QSettings().setValue(HIDDEN_KEY, True)
        self.setVisible(False)
