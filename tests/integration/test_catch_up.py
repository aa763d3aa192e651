"""Scheduled work that is never lost nor done twice: month ends, expiry, reminders, alerts."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.domain import errors as e
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from tests.conftest import setup_company, worker_context
from tests.smtp_server import running_smtp_server


def effects(db, prefix: str) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as conn:
        return sorted(conn.execute(select(t.effects.c.key).where(
            t.effects.c.key.startswith(prefix))).scalars())


def outbox_subjects(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as conn:
        return list(conn.execute(select(t.outbox.c.subject).order_by(t.outbox.c.id)).scalars())


def snapshot(db):  # type: ignore[no-untyped-def]
    with db.read() as conn:
        return tuple(conn.execute(select(func.count()).select_from(x)).scalar_one()
                     for x in (t.effects, t.notifications, t.outbox, t.ledger))


@pytest.mark.parametrize("closed_at, opened_at, month", [
    (datetime(2026, 4, 30, 20, 0, tzinfo=UTC), datetime(2026, 5, 2, 7, 0, tzinfo=UTC), "2026-04"),
    # across the spring daylight-saving change (29 March 2026 in Paris) and the month end
    (datetime(2026, 3, 28, 21, 0, tzinfo=UTC), datetime(2026, 4, 1, 7, 0, tzinfo=UTC), "2026-03"),
    # December to January: a new year
    (datetime(2026, 12, 31, 21, 0, tzinfo=UTC), datetime(2027, 1, 2, 8, 0, tzinfo=UTC), "2026-12"),
])
def test_closed_over_a_month_end(db, closed_at, opened_at, month):
    setup_company(db, credits_packs=2, now=closed_at - timedelta(days=2))
    sub = s.add_sub_account(db, A, name="Camille Martin", email="c@a.fr", now=closed_at)
    s.set_limit(db, A, sub.id, "monthly", 500, now=closed_at)
    s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=45, now=closed_at)
    with pytest.raises(e.LimitReached):
        s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=10,
                      now=closed_at)
    report = s.catch_up(db, A, opened_at, deliver_mail=False)
    assert month in report.month_ends
    assert effects(db, f"month_end:{month}") == [f"month_end:{month}"]
    first = s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=10,
                          now=opened_at)
    assert first.remaining == 400  # the new month started from 0
    before = snapshot(db)
    again = s.catch_up(db, A, opened_at + timedelta(minutes=1), deliver_mail=False)
    assert again.month_ends == () and snapshot(db) == before
    assert [n.kind for n in s.list_notifications(db, A)].count("month_end") == 1


def test_credits_expire_twelve_months_after_last_use_to_the_second(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=bought)
    expiry = datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    assert s.status(db, A, bought).expires_on.isoformat() == "2027-03-10"
    s.catch_up(db, A, expiry - timedelta(seconds=1), deliver_mail=False)
    assert s.status(db, A, expiry).balance == 2000
    s.catch_up(db, A, expiry, deliver_mail=False)
    assert s.status(db, A, expiry).balance == 2000
    for _ in range(3):
        report = s.catch_up(db, A, expiry + timedelta(seconds=1), deliver_mail=False)
    assert s.status(db, A, expiry).balance == 0
    entries = [x for x in s.list_ledger(db, A) if x.kind == "expiry"]
    assert len(entries) == 1 and entries[0].credits == -2000 and report.expired_credits == 0
    assert s.verify(db, A).ok
    assert "Crédits expirés" in [n.title for n in s.list_notifications(db, A)]


def test_a_task_or_purchase_before_expiry_moves_the_date(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=bought)
    sub = s.add_sub_account(db, A, name="Léa", email="l@a.fr", now=bought)
    used = datetime(2027, 3, 9, 8, 0, tzinfo=UTC)
    s.submit_task(db, A, sub_account=sub.id, service_code="RELECTURE", units=1, now=used)
    s.catch_up(db, A, datetime(2027, 3, 11, tzinfo=UTC), deliver_mail=False)
    assert s.status(db, A, used).balance == 1996
    assert s.status(db, A, used).expires_on.isoformat() == "2028-03-09"
    s.buy(db, A, "DECOUVERTE", 1, now=datetime(2028, 3, 1, tzinfo=UTC))
    s.catch_up(db, A, datetime(2028, 3, 20, tzinfo=UTC), deliver_mail=False)
    assert s.status(db, A, used).balance == 2496


def reminder_keys(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [k.rsplit(":", 1)[1] for k in effects(db, "expiry_reminder:")]


def test_each_expiry_reminder_is_sent_exactly_once(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=bought)
    expiry = datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    for days, expected in [(31, []), (30, ["30"]), (20, ["30"]), (7, ["30", "7"]),
                           (3, ["30", "7"]), (1, ["1", "30", "7"])]:
        for _ in range(3):
            s.catch_up(db, A, expiry - timedelta(days=days), deliver_mail=False)
        assert reminder_keys(db) == expected, days
    subjects = [x for x in outbox_subjects(db) if "Expiration" in x]
    assert len(subjects) == 3 and "30 jour" in subjects[0] and "1 jour" in subjects[2]


def test_after_a_long_gap_only_the_latest_due_reminder_is_sent(db):
    bought = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=bought)
    s.catch_up(db, A, datetime(2027, 3, 5, 8, 0, tzinfo=UTC), deliver_mail=False)  # D-5
    assert reminder_keys(db) == ["7"]
    assert len([x for x in outbox_subjects(db) if "Expiration" in x]) == 1


def test_limit_alerts_at_80_and_100_percent_once_per_period(db):
    now = datetime(2026, 11, 3, 9, tzinfo=UTC)
    setup_company(db, credits_packs=1, now=now)
    sub = s.add_sub_account(db, A, name="Hugo", email="hugo@a.fr", now=now)
    s.set_limit(db, A, sub.id, "monthly", 100, now=now)
    submit = lambda units, when: s.submit_task(  # noqa: E731
        db, A, sub_account=sub.id, service_code="RELECTURE", units=units, now=when)
    submit(19, now)  # 76 %
    s.catch_up(db, A, now, deliver_mail=False)
    assert effects(db, "limit") == []
    submit(1, now)  # 80 %
    for _ in range(3):
        s.catch_up(db, A, now, deliver_mail=False)
    assert len(effects(db, "limit80")) == 1 and effects(db, "limit100") == []
    submit(5, now)  # 100 %
    for _ in range(3):
        s.catch_up(db, A, now, deliver_mail=False)
    assert len(effects(db, "limit100")) == 1
    december = datetime(2026, 12, 2, 9, tzinfo=UTC)
    submit(25, december)  # straight to 100 % in a new period: one alert, the 100 % one
    s.catch_up(db, A, december, deliver_mail=False)
    kinds = Counter(n.kind for n in s.list_notifications(db, A))
    assert (kinds["limit_80"], kinds["limit_100"]) == (1, 2)
    assert sum("Hugo" in x for x in outbox_subjects(db)) == 3


def _worker(url: str, start: str, barrier, port: int) -> int:  # type: ignore[no-untyped-def]
    db = open_database(url)
    moment = datetime.fromisoformat(start)
    for step in range(100):
        barrier.wait(timeout=120)  # both workstations at the same moment, every time
        s.catch_up(db, A, moment + timedelta(days=4 * step))
    db.dispose()
    return 0


def test_two_workstations_catching_up_at_once_do_each_effect_once(db_url):
    created = datetime(2026, 1, 5, 9, tzinfo=UTC)
    db = open_database(db_url)
    setup_company(db, credits_packs=1, now=created)
    sub = s.add_sub_account(db, A, name="Camille", email="camille@a.fr", now=created)
    s.set_limit(db, A, sub.id, "monthly", 100, now=created)
    s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=9, now=created)
    with running_smtp_server() as server:
        s.set_smtp(db, A, host="127.0.0.1", port=server.port, security="none",
                   sender="f@deepetch.example", now=created)
        ctx = worker_context()
        barrier = ctx.Barrier(2)
        procs = [ctx.Process(target=_worker, args=(db_url, created.isoformat(), barrier,
                                                   server.port)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=300)
        assert [p.exitcode for p in procs] == [0, 0]
        received = Counter(m.message["Message-ID"] for m in server.received)
    assert received and max(received.values()) == 1  # no e-mail twice
    with db.read() as conn:
        keys = list(conn.execute(select(t.effects.c.key)).scalars())
        notes = list(conn.execute(select(t.notifications.c.key)).scalars())
        outbox = list(conn.execute(select(t.outbox.c.key, t.outbox.c.sent_at)).all())
    assert len(keys) == len(set(keys)) and len(notes) == len(set(notes))
    month_ends = [k for k in keys if k.startswith("month_end:")]
    assert len(month_ends) == 13  # January 2026 to January 2027: the last step is 9 Feb 2027
    assert len([k for k in keys if k.startswith("expiry:")]) == 1
    assert [x.kind for x in s.list_ledger(db, A)].count("expiry") == 1
    assert all(sent is not None for _, sent in outbox)
    assert len(received) == len(outbox)
    assert s.verify(db, A).ok
    db.dispose()
