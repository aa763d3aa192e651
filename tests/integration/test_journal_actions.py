"""Every action the services write to the journal is an AuditAction, each one is written by some
use case, and each reads as a label in both languages, never as its code."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import BadCredentials, NotPermitted
from deepetch_desktop.domain.vocabulary import AuditAction
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.texts import label
from tests.conftest import NOW, TEST_ADMIN_EMAIL, TEST_PASSWORD

SERVICES = Path(s.__file__).parent


def _refused_to_a_holder(db: Any, now: datetime) -> None:
    camille = s.get_sub_account(db, ADMIN, "camille@atelier.fr", now)
    with pytest.raises(NotPermitted):
        s.set_limit(db, s.Actor(camille.name, sub_account_id=camille.id), camille.id, "monthly",
                    900, now=now)


def _people_log_in_fail_and_are_locked(db: Any, now: datetime) -> None:
    """A login, a wrong password, a one-time password given to a holder (who is created),
    changed, then the holder locked and unlocked (issue 11)."""
    s.log_in(db, TEST_ADMIN_EMAIL, TEST_PASSWORD, now)
    with pytest.raises(BadCredentials):
        s.log_in(db, TEST_ADMIN_EMAIL, "pas le bon mot de passe", now)
    one_time = s.give_one_time_password(db, ADMIN, "camille@atelier.fr", now)
    s.change_password(db, "camille@atelier.fr", one_time, "une phrase toute neuve", now)
    s.lock_person(db, ADMIN, "camille@atelier.fr", now)
    s.unlock_person(db, ADMIN, "camille@atelier.fr", now)


def _refund_owed_then_refunded(db: Any, number: str, now: datetime) -> None:
    """Paid in full, then a credit note: the refund it leaves owed, marked refunded."""
    left = s.get_invoice(db, ADMIN, number, now).left_cents
    if left:
        s.record_payment(db, ADMIN, number, left, now=now)
    s.issue_credit_note(db, ADMIN, number, "Geste commercial", now=now, amount_cents=100)
    s.record_refund(db, ADMIN, number, now=now)


def _platform_set(db: Any, now: datetime) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as outgoing, tempfile.TemporaryDirectory() as incoming:
        s.set_platform_channel(db, ADMIN, outgoing=outgoing, incoming=incoming, xml_only=False,
                               now=now)


def _every_use_case_that_journals(db: Any) -> None:
    """One of each, in the order a company might do them (each dated after the last)."""
    number = s.list_invoices(db, ADMIN, NOW)[0].number
    steps: list[Callable[[Any], object]] = [
        lambda t: s.add_sub_account(db, ADMIN, name="Camille Martin",
                                    email="camille@atelier.fr", now=t),
        lambda t: s.update_sub_account(db, ADMIN, "camille@atelier.fr", name="Camille Martin",
                                       email="camille@atelier.fr", department="Export", now=t),
        lambda t: s.set_limit(db, ADMIN, "camille@atelier.fr", "monthly", 500, now=t),
        lambda t: _refused_to_a_holder(db, t),  # refused, and the refusal journalled
        lambda t: _people_log_in_fail_and_are_locked(db, t),
        lambda t: s.submit_task(db, ADMIN, sub_account="camille@atelier.fr",
                                service_code="TRAD_TEXTE", complexity_code="STANDARD",
                                units=3, now=t),
        lambda t: s.refund_task(db, ADMIN, s.list_tasks(db, ADMIN)[0].id, now=t),
        lambda t: s.suspend_sub_account(db, ADMIN, "camille@atelier.fr", t),
        lambda t: s.reactivate_sub_account(db, ADMIN, "camille@atelier.fr", t),
        lambda t: s.close_sub_account(db, ADMIN, "camille@atelier.fr", t),
        lambda t: s.correct_basket(db, ADMIN, 10, "Geste commercial", now=t),
        lambda t: s.update_company(db, ADMIN, now=t, address="1 rue Neuve\n33000 Bordeaux"),
        lambda t: s.update_seller(db, ADMIN, now=t, email="factures@deepetch.example"),
        lambda t: s.set_smtp(db, ADMIN, host="smtp.example.org", port=587,
                             security="starttls", sender="factures@atelier.fr", now=t),
        lambda t: s.set_reminders(db, ADMIN, expiry_days="30,7", invoice_days="1,15", now=t),
        lambda t: s.set_pack(db, ADMIN, "ESSAI", name="Essai", credits=100, price_cents=900,
                             now=t),
        lambda t: s.set_service(db, ADMIN, "SOUS_TITRES", name="Sous-titres", unit="minute",
                                rate=4, now=t),
        lambda t: s.set_complexity(db, ADMIN, "URGENT", name="Urgent", factor_permille=2000,
                                   now=t),
        lambda t: s.record_payment(db, ADMIN, number, 100, now=t),
        lambda t: s.issue_credit_note(db, ADMIN, number, "Erreur de quantité", now=t,
                                      amount_cents=100),
        lambda t: s.resend_invoice(db, ADMIN, number, now=t),
        lambda t: _refund_owed_then_refunded(db, number, t),
        lambda t: _platform_set(db, t),
        lambda t: s.archive_pending(db, t),  # archived: its SHA-256 journalled
    ]
    for minutes, step in enumerate(steps, start=1):
        step(NOW + timedelta(minutes=minutes))


def test_each_action_is_written_by_a_use_case_and_reads_as_a_label(sqlite_company: Any) -> None:
    _every_use_case_that_journals(sqlite_company)
    entries = s.list_audit(sqlite_company, ADMIN)
    assert all(isinstance(entry.action, AuditAction) for entry in entries), [
        entry.action for entry in entries if not isinstance(entry.action, AuditAction)]
    written = {entry.action for entry in entries}
    # No member names a code nobody writes, and no use case writes a code without a member.
    assert written == set(AuditAction), set(AuditAction) ^ written
    for action in written:
        assert isinstance(action, AuditAction)
        for lang in ("fr", "en"):
            assert label(action, lang) not in ("", action.value)


def _calls(function: str) -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted(SERVICES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == function):
                calls.append((path.name, node))
    return calls


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp)


def test_no_audit_call_passes_a_plain_string() -> None:
    calls = _calls("audit")
    assert len(calls) >= 15, "the scan finds the services' audit calls"
    for name, call in calls:
        action = call.args[2] if len(call.args) > 2 else None
        assert action is not None, f"{name}:{call.lineno}: the action is the third argument"
        # A member (AuditAction.X) or a table of members (STATUS_ACTIONS[status]), never text.
        assert not _is_text(action), (
            f"{name}:{call.lineno}: audit() with a plain string; use an AuditAction member")


def test_ledger_entries_and_notifications_are_written_with_their_kind_member() -> None:
    ledger, notes = _calls("append_ledger"), _calls("notify")
    assert len(ledger) >= 6 and len(notes) >= 6, "the scan finds the calls"
    for name, call in ledger:
        kind = next((k.value for k in call.keywords if k.arg == "kind"), None)
        assert kind is not None and not _is_text(kind), f"{name}:{call.lineno}: a LedgerKind"
    for name, call in notes:
        kind = call.args[2] if len(call.args) > 2 else None
        assert kind is not None and not _is_text(kind), f"{name}:{call.lineno}: a NotificationKind"
