"""A workstation whose clock is behind cannot destroy credits: the last use only moves
forward, writes dated well before the latest activity are refused, expiry needs evidence."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.domain.clock import CLOCK_TOLERANCE
from deepetch_desktop.domain.errors import ClockBehind
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.ops import append_ledger, debit_basket
from tests.conftest import NOW, setup_company

A_YEAR_BEHIND = NOW - timedelta(days=364)


def snapshot(db) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """Everything a refused write must leave as it was."""
    with db.read() as conn:
        return (tuple(conn.execute(select(t.basket)).one()),
                tuple(tuple(r) for r in conn.execute(select(t.ledger).order_by(t.ledger.c.id))),
                tuple(tuple(r) for r in conn.execute(select(t.tasks))),
                tuple(r.number for r in conn.execute(select(t.invoices.c.number))))


@pytest.fixture
def team(db):  # type: ignore[no-untyped-def]
    """The reproduction: ten packs bought the day before (20 000 credits), one task since."""
    setup_company(db, credits_packs=10, now=NOW - timedelta(days=1))
    sub = s.add_sub_account(db, s.ADMINISTRATOR, name="Camille Martin", email="camille@a.fr",
                            now=NOW - timedelta(days=1))
    s.submit_task(db, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                  units=1, now=NOW - timedelta(days=1))
    return db, sub


def test_a_task_from_a_clock_a_year_behind_is_refused_and_changes_nothing(team):
    db, sub = team
    before = snapshot(db)
    with pytest.raises(ClockBehind) as refused:
        s.submit_task(db, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                      units=1, now=A_YEAR_BEHIND - timedelta(days=1))
    assert refused.value.lag_seconds == 364 * 86_400  # « retarde de 364 jours »
    assert refused.value.exit_status == 3 and refused.value.code == "clock_behind"
    assert snapshot(db) == before
    # The next catch-up with a correct clock finds nothing to expire.
    report = s.catch_up(db, ADMIN, NOW, deliver_mail=False)
    assert report.expired_credits == 0
    assert s.status(db, ADMIN, NOW).balance == before[0][1] and s.verify(db, ADMIN).ok


@pytest.mark.parametrize("write", ["buy", "credit_note", "refund", "payment", "correction"])
def test_every_dated_write_is_refused_with_a_clock_behind(team, write):
    db, _ = team
    before = snapshot(db)
    calls = {
        "buy": lambda: s.buy(db, s.ADMINISTRATOR, "EQUIPE", 1, now=A_YEAR_BEHIND),
        "credit_note": lambda: s.issue_credit_note(db, s.ADMINISTRATOR, "F2026-000001",
                                                   "Erreur", now=A_YEAR_BEHIND),
        "refund": lambda: s.refund_task(db, s.ADMINISTRATOR, 1, now=A_YEAR_BEHIND),
        "payment": lambda: s.record_payment(db, s.ADMINISTRATOR, "F2026-000001", 100,
                                            now=A_YEAR_BEHIND),
        "correction": lambda: s.correct_basket(db, s.ADMINISTRATOR, 5, "Geste",
                                               now=A_YEAR_BEHIND),
    }
    with pytest.raises(ClockBehind):
        calls[write]()
    assert snapshot(db) == before


def test_a_clock_slightly_behind_is_accepted_and_never_moves_the_last_use_back(team):
    db, sub = team
    last_use = s.status(db, ADMIN, NOW).last_use
    slightly = last_use - CLOCK_TOLERANCE + timedelta(seconds=30)
    s.submit_task(db, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                  units=1, now=slightly)
    s.buy(db, s.ADMINISTRATOR, "EQUIPE", 1, now=slightly)
    assert s.status(db, ADMIN, NOW).last_use == last_use  # MAX in the UPDATE: it stayed
    later = last_use + timedelta(hours=1)
    s.submit_task(db, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                  units=1, now=later)
    assert s.status(db, ADMIN, NOW).last_use == later


def test_a_catch_up_with_a_clock_behind_is_refused_and_expires_nothing(team):
    db, _ = team
    before = snapshot(db)
    with pytest.raises(ClockBehind):
        s.catch_up(db, ADMIN, A_YEAR_BEHIND, deliver_mail=False)
    assert snapshot(db) == before


def test_expiry_is_decided_on_the_latest_use_the_ledger_records(team):
    """A database written before this fix may hold a last use moved back by a clock behind:
    the catch-up does not trust it over the ledger's own later purchase and task."""
    db, _ = team
    with db.write_engine.begin() as conn:
        conn.execute(update(t.basket).values(last_use_at=A_YEAR_BEHIND - timedelta(days=2)))
    before = snapshot(db)
    report = s.catch_up(db, ADMIN, NOW, deliver_mail=False)
    assert report.expired_credits == 0 and report.expiry_reminder_days is None
    assert snapshot(db)[1] == before[1]


def test_audit_verify_reports_an_expiry_a_later_use_contradicts(team):
    db, _ = team

    def wrongly_expire(conn):  # type: ignore[no-untyped-def]
        # What the catch-up did before the fix, after a clock behind moved the last use back.
        credits = int(conn.execute(select(t.basket.c.balance)).scalar_one())
        debit_basket(conn, credits, NOW, touch=False)
        append_ledger(conn, at=NOW, kind="expiry", credits=-credits, balance_after=0,
                      actor="système", note="Douze mois sans utilisation")

    db.write(wrongly_expire)
    report = s.verify(db, ADMIN)
    assert not report.ok
    assert any("contradicts a use recorded" in p for p in report.problems)


def test_the_sentence_names_the_workstation_clock_in_french_and_english():
    error = ClockBehind(364 * 86_400 + 200, NOW)
    assert s.describe(error) == (
        "L'horloge de cet ordinateur retarde de 364\u00a0jours sur la dernière activité "
        "enregistrée\u00a0: corrigez la date et l'heure de l'ordinateur.")
    assert s.describe(error, "en") == (
        "This computer's clock is 364\u00a0days behind the latest recorded activity: "
        "correct the computer's date and time.")
    assert "11\u00a0minutes" in s.describe(ClockBehind(11 * 60 + 5, NOW))
    assert "1\u00a0heure " in s.describe(ClockBehind(3_700, NOW))


def test_the_command_line_refuses_with_clock_behind_and_exit_3(sqlite_db, sqlite_url, capsys):
    """The command line uses the computer's clock: here the database's latest activity is a
    year ahead of it."""
    ahead = datetime.now(UTC) + timedelta(days=365, hours=1)
    setup_company(sqlite_db, now=ahead)
    sub = s.add_sub_account(sqlite_db, s.ADMINISTRATOR, name="Camille Martin",
                            email="camille@a.fr", now=ahead)
    before = snapshot(sqlite_db)
    code = main(["--db", sqlite_url, "--json", "tasks", "submit", "--subaccount", str(sub.id),
                 "--service", "TRAD_TEXTE", "--units", "1"])
    err = json.loads(capsys.readouterr().err)
    assert code == 3 and err["error"] == "clock_behind"
    assert "retarde de 365\u00a0jours" in err["message"]
    assert err["details"]["lag_seconds"] >= 365 * 86_400
    assert snapshot(sqlite_db) == before
