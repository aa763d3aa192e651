"""One rule book: for each field, what the service refuses the dialog refuses in place (OK
disabled, the field's sentence shown), and what the service accepts the dialog accepts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from gui_helpers import NOW

from deepetch_desktop import services
from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.limits import MAX_LIMIT
from deepetch_desktop.domain.pricing import MAX_UNITS
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.gui.dialogs.new_task import NewTaskDialog
from deepetch_desktop.gui.dialogs.smtp import SmtpDialog
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog
from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services.purchases import MAX_QUANTITY
from deepetch_desktop.store.engine import Database


def refused(call: Callable[[], object]) -> bool:
    """Whether the service refuses the value as bad input (what the dialog must foresee)."""
    try:
        call()
    except BadInput:
        return True
    return False


PROFILE = {"name": "Camille Test", "email": "camille.test@exemple.fr", "department": "Ventes",
           "phone": "+33 1 23 45 67 89", "role": "Traductrice"}


@pytest.mark.parametrize(("field", "value", "ok"), [
    ("name", "", False), ("name", "Ana\x07", False), ("name", "Ana", True),
    ("email", "ana@localhost", False), ("email", "ana@exemple..fr", False),
    ("email", 'a"b@exemple.fr', False), ("email", "ana@exemple.fr", True),
    ("phone", "abc", False), ("phone", "01 23 45", True),
    ("department", "Ventes\tEst", False), ("department", "Ventes Est", True),
    ("role", "x\u202ey", False), ("role", "Relectrice", True),
])
def test_a_profile_field(qtbot: Any, demo_db: Database, field: str, value: str,
                         ok: bool) -> None:
    typed = {**PROFILE, field: value}
    assert refused(lambda: services.add_sub_account(
        demo_db, ADMIN, now=NOW, limit_kind="monthly", limit_amount=500, **typed)) != ok
    dialog = SubAccountDialog()
    qtbot.addWidget(dialog)
    for name, text in typed.items():
        dialog.fields[name].setText(text)
    assert dialog.limit is not None
    dialog.limit.amount.setText("500")  # a new sub-account's monthly limit
    dialog.accept()
    assert dialog.buttons.buttons()[0].isEnabled() == ok
    assert dialog.errors[field].isVisibleTo(dialog) != ok
    assert bool(dialog.errors[field].text()) != ok


@pytest.mark.parametrize(("kind", "amount", "ok"), [
    ("monthly", "", False), ("monthly", "12,5", False), ("monthly", "0", False),
    ("monthly", str(MAX_LIMIT + 1), False), ("monthly", "500", True),
    ("fixed", "-3", False), ("fixed", "2000", True), ("none", "", True),
])
def test_a_new_sub_account_limit(qtbot: Any, demo_db: Database, kind: str, amount: str,
                                 ok: bool) -> None:
    def add() -> object:
        number = int(amount) if amount.lstrip("-").isdigit() else (amount or None)
        return services.add_sub_account(demo_db, ADMIN, now=NOW, **PROFILE, limit_kind=kind,
                                        limit_amount=number)  # type: ignore[arg-type]

    assert refused(add) != ok
    dialog = SubAccountDialog()
    qtbot.addWidget(dialog)
    for name, text in PROFILE.items():
        dialog.fields[name].setText(text)
    assert dialog.limit is not None
    dialog.limit.kind.setCurrentIndex(dialog.limit.kind.findData(kind))
    dialog.limit.amount.setText(amount)
    dialog.accept()
    assert dialog.buttons.buttons()[0].isEnabled() == ok
    assert dialog.limit.error.isVisibleTo(dialog) != ok


COMPANY = {"name": "Atelier Test", "siren": "552100554", "vat_number": "",
           "address": "1 rue de l'Essai\n75001 Paris", "email": "compta@atelier.fr",
           "einvoicing_address": "552100554", "country": "FR"}
ADMINISTRATOR_TYPED = {"admin_name": "Camille Martin", "admin_email": "camille@atelier.fr",
                       "password": "une phrase de passe", "password_again": "une phrase de passe"}


@pytest.mark.parametrize(("field", "value", "ok"), [
    ("siren", "123456789", False),  # nine digits, but not the SIREN's check key
    ("siren", "55210055", False), ("siren", "552 100 554", True),
    ("email", "compta@atelier", False), ("email", "", True),
    ("vat_number", "FR00552100554", False), ("vat_number", "FR96552100554", True),
    ("address", "\n".join(["ligne"] * 7), False),
    ("name", "Atelier\x00", False),
])
def test_a_first_start_field(qtbot: Any, db: Database, field: str, value: str,
                             ok: bool) -> None:
    typed = {**COMPANY, field: value}
    assert refused(lambda: services.init_company(
        db, ADMIN, now=NOW, name=typed["name"], siren=typed["siren"],
        vat_number=typed["vat_number"] or None, address=typed["address"],
        email=typed["email"], einvoicing_address=typed["einvoicing_address"])) != ok
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    for name, text in typed.items():
        edit = dialog.fields[name]
        edit.setPlainText(text) if name == "address" else edit.setText(text)  # type: ignore
    for name, text in ADMINISTRATOR_TYPED.items():  # the first administrator, as accepted
        dialog.admin_fields[name].setText(text)
    assert dialog.ok_button.isEnabled() == ok
    assert dialog.errors[field].isVisibleTo(dialog) != ok


def test_the_first_start_names_the_siren_s_key(qtbot: Any) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.siren.setText("123456789")
    assert "clé de contrôle" in dialog.siren_error.text()


def test_the_quantity_goes_as_far_as_the_service(qtbot: Any, demo_db: Database) -> None:
    packs = services.list_packs(demo_db, ADMIN)
    assert not refused(lambda: services.quote_purchase(demo_db, ADMIN, packs[0].code, MAX_QUANTITY))
    assert refused(lambda: services.quote_purchase(demo_db, ADMIN, packs[0].code, MAX_QUANTITY + 1))
    dialog = BuyCreditsDialog(packs, True, "compta@exemple.fr")
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(MAX_QUANTITY + 1)
    assert dialog.quantity.value() == MAX_QUANTITY == dialog.quantity.maximum()


def _task_dialog(qtbot: Any, db: Database) -> NewTaskDialog:
    form = services.task_form(db, ADMIN, NOW)
    dialog = NewTaskDialog(form.sub_accounts, form.services, form.complexities)
    qtbot.addWidget(dialog)
    dialog.show_estimate(services.estimate_task(
        db, ADMIN, str(dialog.service.currentData()), str(dialog.complexity.currentData()), 1))
    return dialog


def test_the_units_go_as_far_as_the_service(qtbot: Any, demo_db: Database) -> None:
    dialog = _task_dialog(qtbot, demo_db)
    service, level = str(dialog.service.currentData()), str(dialog.complexity.currentData())
    assert not refused(lambda: services.estimate_task(demo_db, ADMIN, service, level, MAX_UNITS))
    assert refused(lambda: services.estimate_task(demo_db, ADMIN, service, level, MAX_UNITS + 1))
    assert dialog.units.maximum() == MAX_UNITS


@pytest.mark.parametrize(("title", "ok"), [("Brochure\tEN", False), ("x" * 201, False),
                                           ("Brochure EN", True)])
def test_a_task_title(qtbot: Any, demo_db: Database, title: str, ok: bool) -> None:
    dialog = _task_dialog(qtbot, demo_db)
    sub = int(dialog.sub_account.currentData())
    assert refused(lambda: services.submit_task(
        demo_db, ADMIN, sub_account=sub, service_code=str(dialog.service.currentData()),
        complexity_code=str(dialog.complexity.currentData()), units=1, title=title,
        now=NOW)) != ok
    dialog.title.setMaxLength(32767)  # a paste longer than the field is cut; the rule still holds
    dialog.title.setText(title)
    assert dialog.send_button.isEnabled() == ok
    assert dialog.title_error.isVisibleTo(dialog) != ok


@pytest.mark.parametrize(("amount", "ok"), [("0", False), (str(MAX_LIMIT + 1), False),
                                            (str(MAX_LIMIT), True), ("12 500", True)])
def test_a_limit_amount(qtbot: Any, demo_db: Database, amount: str, ok: bool) -> None:
    sub = next(s for s in services.list_sub_accounts(demo_db, ADMIN, NOW)
               if s.limit_kind == "monthly")
    value = int(amount.replace(" ", ""))
    assert refused(lambda: services.set_limit(demo_db, ADMIN, sub.id, "monthly", value,
                                              now=NOW)) != ok
    dialog = ModifyLimitsDialog(sub, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.ui.amountEdit.setText(amount)
    assert dialog.ok_button.isEnabled() == ok
    assert bool(dialog.ui.amountError.text()) != ok


def test_a_limit_amount_that_is_not_a_number(qtbot: Any, demo_db: Database) -> None:
    sub = next(s for s in services.list_sub_accounts(demo_db, ADMIN, NOW)
               if s.limit_kind == "monthly")
    dialog = ModifyLimitsDialog(sub, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.ui.amountEdit.setText("5²")  # a digit to str.isdigit, not to int()
    assert not dialog.ok_button.isEnabled()
    assert dialog.ui.amountError.text() == "Le montant doit être un nombre entier de crédits."


def _open_invoice(db: Database) -> services.results.InvoiceView:
    return next(i for i in services.list_invoices(db, ADMIN, NOW)
                if i.left_cents and i.kind == "invoice")


@pytest.mark.parametrize(("reference", "ok"), [("VIR\x07118", False), ("VIR-118", True)])
def test_a_payment_reference(qtbot: Any, demo_db: Database, reference: str, ok: bool) -> None:
    invoice = _open_invoice(demo_db)
    assert refused(lambda: services.record_payment(
        demo_db, ADMIN, invoice.number, 100, now=NOW, reference=reference)) != ok
    dialog = PaymentDialog(invoice, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.reference.setText(reference)
    assert dialog.ok_button.isEnabled() == ok
    assert dialog.reference_error.isVisibleTo(dialog) != ok
    assert dialog.paid_on.maximumDate().toPython() == date(2026, 11, 20)  # no later day


@pytest.mark.parametrize(("reason", "ok"), [("", False), ("Erreur\x01", False),
                                            ("Erreur de quantité", True)])
def test_a_credit_note_reason(qtbot: Any, demo_db: Database, reason: str, ok: bool) -> None:
    invoice = _open_invoice(demo_db)
    dialog = CreditNoteDialog(invoice)
    qtbot.addWidget(dialog)
    dialog.reason.setText(reason)
    dialog.reason.textEdited.emit(reason)
    assert dialog.ok_button.isEnabled() == ok
    assert dialog.reason_error.isVisibleTo(dialog) != ok
    assert refused(lambda: services.issue_credit_note(
        demo_db, ADMIN, invoice.number, reason, now=NOW)) != ok


@pytest.mark.parametrize(("sender", "ok"), [("factures@localhost", False),
                                            ("factures@@exemple.fr", False),
                                            ("factures@exemple.fr", True)])
def test_an_smtp_sender(qtbot: Any, demo_db: Database, sender: str, ok: bool) -> None:
    dialog = SmtpDialog(services.smtp_view(demo_db, ADMIN))
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.exemple.fr")
    dialog.from_address.setText(sender)
    dialog.accept()
    assert dialog.errors["sender"].isVisibleTo(dialog) != ok
    assert refused(lambda: services.set_smtp(demo_db, ADMIN, host="smtp.exemple.fr", port=587,
                                             security="starttls", sender=sender,
                                             now=NOW)) != ok
