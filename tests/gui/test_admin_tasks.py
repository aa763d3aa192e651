"""Every administrative task of Paramètres driven through the window (real widgets, a real
SQLite file, a real SMTP server) and checked through the services the CLI uses (issue 13):
the catalogue, the seller's details, a correction of the basket, a backup, restoring one, the
integrity check, the e-mail queue with « Envoyer maintenant » and a test e-mail. The company's
details: tests/gui/test_company_dialog.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle
from PySide6.QtCore import Qt

from deepetch_desktop import bootstrap, services
from deepetch_desktop.gui import restore as restore_module
from deepetch_desktop.gui.dialogs.catalogue import CatalogueDialog
from deepetch_desktop.gui.dialogs.correction import CorrectionDialog
from deepetch_desktop.gui.dialogs.seller import SellerDialog
from deepetch_desktop.gui.dialogs.test_email import TestEmailDialog
from deepetch_desktop.gui.pages import settings_maintenance
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.smtp_server import free_port, running_smtp_server


def _tab(qtbot: Any, window: Any, name: str) -> Any:
    click_sidebar(qtbot, window, 5)
    page = window.settings
    tab = getattr(page, name)
    page.tabs.setCurrentWidget(tab)
    idle(qtbot, window)
    return tab


def _save(qtbot: Any, page: Any, dialog: Any) -> None:
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


# --- the catalogue ------------------------------------------------------------------------

def test_a_pack_is_added_then_withdrawn(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "catalogue")
    qtbot.waitUntil(lambda: tab.packs.table.rowCount() > 0, timeout=10_000)
    offered = len(services.list_packs(db, ADMIN))
    qtbot.mouseClick(tab.packs.add_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    assert isinstance(dialog, CatalogueDialog) and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.edits["code"], "pme")
    _type(qtbot, dialog.edits["name"], "PME")
    _type(qtbot, dialog.edits["credits"], "5000")
    _type(qtbot, dialog.edits["amount"], "abc")
    assert dialog.errors["amount"].isVisible() and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.edits["amount"], "1800,50")
    _save(qtbot, window.settings, dialog)
    pack = next(p for p in services.list_packs(db, ADMIN) if p.code == "PME")
    assert (pack.name, pack.credits, pack.price_cents) == ("PME", 5000, 180_050)
    qtbot.waitUntil(lambda: tab.packs.selected() is not None
                    and tab.packs.selected().code == "PME", timeout=10_000)
    qtbot.mouseClick(tab.packs.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    assert not dialog.edits["code"].isEnabled()  # a code names the pack for good
    dialog.active.setChecked(False)
    _save(qtbot, window.settings, dialog)
    assert len(services.list_packs(db, ADMIN)) == offered  # withdrawn from purchase
    edit = services.catalogue_for_editing(db, ADMIN)
    assert any(p.code == "PME" and not p.active for p in edit.packs)  # still listed here
    qtbot.waitUntil(lambda: any(
        tab.packs.table.item(r, 0).text() == "PME"
        and tab.packs.table.item(r, 5).text() == "non"
        for r in range(tab.packs.table.rowCount())), timeout=10_000)
    journal = [e.action.value for e in services.list_audit(db, ADMIN, limit=2)]
    assert journal == ["catalogue.pack", "catalogue.pack"]


def test_a_service_and_a_complexity_level_are_added(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "catalogue")
    qtbot.waitUntil(lambda: tab.services.table.rowCount() > 0, timeout=10_000)
    qtbot.mouseClick(tab.services.add_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    _type(qtbot, dialog.edits["code"], "SOUS_TITRES")
    dialog.edits["name"].setText("Sous-titrage")
    dialog.edits["unit"].setText("minute")
    _type(qtbot, dialog.edits["rate"], "0")
    assert dialog.errors["rate"].isVisible()
    _type(qtbot, dialog.edits["rate"], "30")
    _save(qtbot, window.settings, dialog)
    added = next(s for s in services.list_services(db, ADMIN) if s.code == "SOUS_TITRES")
    assert (added.name, added.unit, added.rate, added.active) == (
        "Sous-titrage", "minute", 30, True)
    qtbot.mouseClick(tab.complexities.add_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    _type(qtbot, dialog.edits["code"], "URGENT")
    _type(qtbot, dialog.edits["name"], "Urgent")
    _type(qtbot, dialog.edits["factor"], "1,755")
    assert dialog.errors["factor"].text() == (
        "Le facteur doit être un nombre avec au plus deux décimales.")
    _type(qtbot, dialog.edits["factor"], "1,75")
    _save(qtbot, window.settings, dialog)
    level = next(c for c in services.list_complexities(db, ADMIN) if c.code == "URGENT")
    assert level.factor_permille == 1750
    estimate = services.estimate_task(db, ADMIN, "SOUS_TITRES", "URGENT", 10)
    assert estimate.cost == 525  # ceil(10 × 30 × 1.75): the new catalogue prices tasks
    qtbot.waitUntil(lambda: any(tab.complexities.table.item(r, 2).text() == "×1,75"
                                for r in range(tab.complexities.table.rowCount())),
                    timeout=10_000)


# --- the seller ---------------------------------------------------------------------------

def test_the_seller_s_details_are_checked_in_place_then_saved(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "seller")
    qtbot.waitUntil(lambda: tab.edit_button.isEnabled(), timeout=10_000)
    before = services.seller_view(db, ADMIN)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    assert isinstance(dialog, SellerDialog) and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.edits["iban"], "FR76 1234")
    assert dialog.errors["iban"].isVisible() and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.edits["iban"], "FR76 3000 6000 0112 3456 7890 189")
    _type(qtbot, dialog.edits["penalty_rate_bp"], "5")
    assert not dialog.errors["iban"].isVisible()
    # Below three times the legal rate: refused (C. com. L441-10 II, issue 14), said in the
    # dialog, which stays open with what was typed; nothing is saved.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "inférieur à trois fois le taux d'intérêt légal"
                    in dialog.refusal.text(), timeout=10_000)
    assert window.settings.dialog is dialog
    assert services.seller_view(db, ADMIN) == before
    _type(qtbot, dialog.edits["penalty_rate_bp"], "9")
    _save(qtbot, window.settings, dialog)
    after = services.seller_view(db, ADMIN)
    assert (after.iban, after.penalty_rate_bp) == ("FR7630006000011234567890189", 900)
    assert after.name == before.name  # only what was changed is sent
    qtbot.waitUntil(lambda: tab.result.isVisible(), timeout=10_000)
    assert "inférieur à trois fois" not in tab.result.text()
    assert tab.fields["iban"].text() == "FR7630006000011234567890189"


# --- maintenance --------------------------------------------------------------------------

def test_a_correction_of_the_basket_with_its_reason(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "maintenance")
    qtbot.waitUntil(lambda: tab.correct_button.isEnabled(), timeout=10_000)
    balance = services.status(db, ADMIN, NOW).balance
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    dialog = window.settings.dialog
    assert isinstance(dialog, CorrectionDialog)
    dialog.remove.setChecked(True)
    _type(qtbot, dialog.amount, str(balance + 1))
    assert "ne contient que" in dialog.amount_error.text() and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.amount, "120")
    assert not dialog.ok_button.isEnabled()  # the reason is required
    dialog.reason.setText("Tâche facturée deux fois")
    _save(qtbot, window.settings, dialog)
    assert services.status(db, ADMIN, NOW).balance == balance - 120
    entry = services.list_ledger(db, ADMIN, limit=1)[0]
    assert (entry.kind.value, entry.credits, entry.note) == (
        "correction", -120, "Tâche facturée deux fois")
    qtbot.waitUntil(lambda: tab.correct_result.isVisible(), timeout=10_000)
    assert "-120" in tab.correct_result.text().replace("\u202f", "")


def test_a_backup_is_written_where_asked(qtbot: Any, window: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copie.sqlite3"
    asked: list[str] = []
    monkeypatch.setattr(settings_maintenance, "ask_backup_target",
                        lambda parent, suggested: asked.append(suggested) or str(target))
    tab = _tab(qtbot, window, "maintenance")
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sauvegarde écrite" in tab.backup_result.text(), timeout=20_000)
    assert str(target) in tab.backup_result.text()
    assert asked and asked[0].endswith("deepetch-20261120.sqlite3")
    copy = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        balance = int(copy.execute("SELECT balance FROM basket").fetchone()[0])
    finally:
        copy.close()
    assert balance == services.status(window.context.db, ADMIN, NOW).balance
    target.write_text("pas une sauvegarde")  # not a backup: never replaced
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aucune sauvegarde écrite" in tab.backup_result.text(),
                    timeout=20_000)
    assert target.read_text() == "pas une sauvegarde"


def test_a_backup_is_restored_from_the_tab(qtbot: Any, window: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.context.db
    copy = services.backup(db, ADMIN, str(tmp_path / "avant.sqlite3")).path
    before = services.status(db, ADMIN, NOW).balance
    services.correct_basket(db, ADMIN, 250, "Après la sauvegarde", now=NOW)
    asked: list[str] = []
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(restore_module, "ask_backup_file",
                        lambda parent, folder: asked.append(folder) or copy)
    monkeypatch.setattr(restore_module, "confirm_restore", lambda parent, backup, where: True)
    monkeypatch.setattr(restore_module, "inform", lambda parent, text, failed=False:
                        told.append((text, failed)))
    tab = _tab(qtbot, window, "maintenance")
    assert tab.restore_button.isEnabled()
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    text, failed = told[0]
    assert not failed and "a été restaurée" in text, text
    assert asked == [restore_module.backups_folder(db)]
    assert window.restored and not window.isVisible()
    restored = bootstrap.open_database(db.url)  # as the next start opens it
    try:
        assert services.status(restored, ADMIN, NOW).balance == before
        assert services.verify(restored, ADMIN).ok
    finally:
        restored.dispose()


def test_the_integrity_check_shows_its_result(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "maintenance")
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Tout est en ordre" in tab.verify_result.text(), timeout=20_000)
    assert services.verify(db, ADMIN).ok and not tab.problems.isVisible()
    idle(qtbot, window)
    raw = sqlite3.connect(db.file_path)  # someone edits the file behind the program's back
    try:
        raw.execute("UPDATE basket SET balance = balance + 1000")
        raw.commit()
    finally:
        raw.close()
    report = services.verify(db, ADMIN)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.problems.isVisible(), timeout=20_000)
    assert not report.ok
    assert tab.verify_result.text().startswith(f"{len(report.problems)} problème")
    assert tab.problems.toPlainText() == "\n".join(report.problems)


# --- the e-mail queue ---------------------------------------------------------------------

def _smtp(window: Any, port: int) -> None:
    services.set_smtp(window.context.db, ADMIN, host="127.0.0.1", port=port, security="none",
                      sender="factures@deepetch.example", now=NOW)


def test_the_queue_says_why_then_sends_now(qtbot: Any, window: Any) -> None:
    db = window.context.db
    _smtp(window, free_port())  # the server is down
    number = next(i.number for i in services.list_invoices(db, ADMIN, NOW)
                  if i.kind == "invoice")
    services.resend_invoice(db, ADMIN, number, now=NOW)
    tab = _tab(qtbot, window, "outbox")
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=10_000)
    qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ne répond pas" in tab.result.text(), timeout=30_000)
    idle(qtbot, window)
    waiting = services.waiting_emails(db, ADMIN)
    mail = next(m for m in waiting if number in m.subject)
    assert mail.attempts == 1 and mail.last_error and mail.next_attempt_at > NOW
    row = next(r for r in range(tab.table.rowCount()) if number in tab.table.item(r, 2).text())
    assert tab.table.item(row, 5).text() == mail.last_error
    assert tab.table.item(row, 3).text() == "1"
    assert str(len(waiting)) in tab.summary.text()
    with running_smtp_server() as server:
        _smtp(window, server.port)
        qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "envoyé" in tab.result.text(), timeout=30_000)
        assert any(number in (m.message["Subject"] or "") for m in server.received)
    idle(qtbot, window)
    assert services.waiting_emails(db, ADMIN) == []
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=10_000)
    assert tab.summary.text() == "Aucun e-mail n'attend\u00a0: tout est parti."


def test_a_test_e_mail_to_an_address_typed(qtbot: Any, window: Any) -> None:
    tab = _tab(qtbot, window, "outbox")
    with running_smtp_server(refuse_recipients={
            "inconnu@exemple.fr": "550 5.1.1 No such user"}) as server:
        _smtp(window, server.port)
        qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
        dialog = window.settings.dialog
        assert isinstance(dialog, TestEmailDialog)
        _type(qtbot, dialog.recipient, "pas-une-adresse")
        assert dialog.error.isVisible() and not dialog.ok_button.isEnabled()
        _type(qtbot, dialog.recipient, "inconnu@exemple.fr")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=30_000)
        assert dialog.refusal.text().startswith("Le serveur SMTP a refusé l'e-mail d'essai")
        assert dialog.isVisible() and dialog.recipient.text() == "inconnu@exemple.fr"
        _type(qtbot, dialog.recipient, "compta@exemple.fr")
        _save(qtbot, window.settings, dialog)
        (mail,) = [m for m in server.received if "compta@exemple.fr" in m.rcpt_tos]
        assert mail.message["Subject"] == "Deepetch Desktop\u00a0: e-mail d'essai"
    qtbot.waitUntil(lambda: "compta@exemple.fr" in tab.result.text(), timeout=10_000)


def test_the_queue_is_read_again_each_time_it_is_shown(qtbot: Any, window: Any) -> None:
    db = window.context.db
    tab = _tab(qtbot, window, "outbox")
    qtbot.waitUntil(lambda: tab.table.rowCount() == len(services.waiting_emails(db, ADMIN)),
                    timeout=10_000)
    count = tab.table.rowCount()
    window.settings.tabs.setCurrentIndex(0)
    number = next(i.number for i in services.list_invoices(db, ADMIN, NOW)
                  if i.kind == "invoice")
    services.resend_invoice(db, ADMIN, number, now=NOW)  # as « Renvoyer » on Factures does
    window.settings.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == count + 1, timeout=10_000)
    row = next(r for r in range(tab.table.rowCount())
               if number in tab.table.item(r, 2).text())
    assert tab.table.item(row, 4).text() == "au prochain envoi"  # due now, not a past date
    assert tab.table.item(row, 5).text() == "pas encore essayé"
