"""The dashboard's card (status), the reminder's notification and its e-mail count the same days
before the credits expire, in calendar days in the company's time zone (issue 13: the reminder
said "dans 7 jour(s)" the day before expiry while the card said "dans 2 jours")."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from tests.conftest import setup_company


def expiry_email(db) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with db.read() as conn:
        rows = conn.execute(select(t.outbox.c.subject, t.outbox.c.body)
                            .where(t.outbox.c.key.startswith("expiry_reminder:"))).all()
    assert len(rows) == 1
    return rows[0].subject, rows[0].body


def expiry_notice(db, lang: str = "fr"):  # type: ignore[no-untyped-def]
    found = [n for n in s.list_notifications(db, A, lang=lang) if n.kind == "expiry_reminder"]
    assert len(found) == 1
    return found[0]


def test_a_late_reminder_says_the_days_left_like_the_card(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # expires 10 March 2027 at 9:00 in Paris
    setup_company(db, credits_packs=1, now=bought)
    s.set_reminders(db, A, expiry_days="30, 7", invoice_days="-5, 1, 15, 30", now=bought)
    # Nothing ran since: the 7-day reminder goes out the evening before expiry (22:30 in Paris).
    late = datetime(2027, 3, 9, 21, 30, tzinfo=UTC)
    report = s.catch_up(db, A, late, deliver_mail=False)
    assert report.expiry_reminder_days == 7
    card = s.status(db, A, late).days_left
    notice = expiry_notice(db)
    subject, body = expiry_email(db)
    assert card == 1
    assert notice.title == "Expiration des crédits dans 1 jour"
    assert subject == "Deepetch\u00a0: Expiration des crédits dans 1 jour"
    assert "10/03/2027" in body and "10/03/2027" in notice.body
    assert expiry_notice(db, "en").title == "Credits expire in 1 day"


def test_the_day_of_expiry_says_today(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=bought)
    early = datetime(2027, 3, 10, 6, 0, tzinfo=UTC)  # 7:00 in Paris, two hours before
    s.catch_up(db, A, early, deliver_mail=False)
    assert s.status(db, A, early).days_left == 0
    assert expiry_notice(db).title == "Expiration des crédits aujourd'hui"
