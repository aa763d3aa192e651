"""Credits valued in euros, FIFO over the batches (issue 15): a task drawing on two batches, a
refund back to its batch, the groups adding up, the prepaid value at a date."""

from __future__ import annotations

from datetime import date, timedelta

from deepetch_desktop import services as s
from deepetch_desktop.services.results import ADMINISTRATOR as A
from tests.conftest import NOW, setup_company

DAY = NOW.date()


def test_tasks_valued_at_the_batches_they_drew_on_oldest_first(db):
    setup_company(db, credits_packs=0)
    s.buy(db, A, "DECOUVERTE", 1, now=NOW)  # 500 credits at 10 c
    s.buy(db, A, "EQUIPE", 1, now=NOW + timedelta(seconds=1))  # 2 000 at 9 c
    sub = s.add_sub_account(db, A, name="Camille Martin", email="camille@atelier.fr", now=NOW,
                            department="Communication")
    other = s.add_sub_account(db, A, name="Hugo Bernard", email="hugo@atelier.fr", now=NOW,
                              department="Juridique")
    later = NOW + timedelta(minutes=1)
    first = s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=49,
                          now=later)  # 490 credits of the first batch: 49,00 €
    s.submit_task(db, A, sub_account=other.id, service_code="TRAD_TEXTE", units=3,
                  now=later)  # 10 of the first (1,00 €) and 20 of the second (1,80 €)
    s.refund_task(db, A, first.task_id, now=later)  # 490 back to the first batch
    s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=10,
                  now=later)  # drawn on the first batch again: 10,00 €
    report = s.usage_report(db, A, DAY - timedelta(days=1), DAY, "subaccount")
    assert [(x.key, x.credits, x.value_cents) for x in report.lines] == [
        ("Camille Martin", 100, 1000), ("Hugo Bernard", 30, 280)]
    assert report.total_value_cents == 1280
    credits_only = s.usage_report(db, A, DAY - timedelta(days=1), DAY, "subaccount",
                                  valued=False)  # the dashboard's: no replay of the ledger
    assert [(x.key, x.credits, x.value_cents) for x in credits_only.lines] == [
        ("Camille Martin", 100, 0), ("Hugo Bernard", 30, 0)]
    two = s.usage_report(db, A, DAY - timedelta(days=1), DAY, "department,subaccount")
    assert [(x.keys, x.ids[1], x.value_cents) for x in two.lines] == [
        (("Communication", "Camille Martin"), str(sub.id), 1000),
        (("Juridique", "Hugo Bernard"), str(other.id), 280)]
    prepaid = s.prepaid(db, A, DAY)
    # first batch: 500 - 10 - 100 = 390 left at 10 c; second: 1 980 at 9 c
    assert [(b.credits_left, b.price_per_credit_millicents, b.value_cents)
            for b in prepaid.batches] == [(390, 10_000, 3900), (1980, 9000, 17_820)]
    assert (prepaid.credits, prepaid.value_cents) == (2370, 21_720)
    assert s.prepaid(db, A, DAY - timedelta(days=1)).credits == 0


def test_lines_rounded_once_add_up_to_the_total(db):
    setup_company(db, credits_packs=0)
    s.set_pack(db, A, "TIERS", name="Tiers", credits=300, price_cents=1000, now=NOW)  # 3,33.. c
    s.buy(db, A, "TIERS", 1, now=NOW)
    subs = [s.add_sub_account(db, A, name=f"Sous-compte {n}", email=f"s{n}@atelier.fr", now=NOW)
            for n in range(3)]
    for sub in subs:  # 10 credits each: 33,33.. c each, 1 € together
        s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=1, now=NOW)
    report = s.usage_report(db, A, date(2026, 1, 1), DAY, "subaccount")
    assert report.total_value_cents == 100
    assert sorted(x.value_cents for x in report.lines) == [33, 33, 34]
    assert sum(x.value_cents for x in report.lines) == report.total_value_cents


def test_runway_exact_at_a_constant_rate(db):
    """Two sub-accounts use 100 credits a day each for 10 days: 2 000 in a window of 10 days,
    200 a day. The basket's 8 000 left last 40 days; the fixed limit's 2 000 left 20 days;
    the monthly one's 200 left 2 days; lasting 60 days more needs 61 × 200 - 8 000 = 4 200
    credits: 2 Équipe and 1 Découverte (410 €) are the cheapest."""
    start = NOW - timedelta(days=20)
    setup_company(db, credits_packs=0, now=start)
    s.buy(db, A, "ENTREPRISE", 1, now=start)  # 10 000 credits
    fixed = s.add_sub_account(db, A, name="Camille Martin", email="camille@atelier.fr",
                              now=start)
    monthly = s.add_sub_account(db, A, name="Hugo Bernard", email="hugo@atelier.fr", now=start)
    s.set_limit(db, A, fixed.id, "fixed", 3000, date(2026, 1, 1), date(2027, 12, 31), now=start)
    s.set_limit(db, A, monthly.id, "monthly", 1200, now=start)
    for day in range(9, -1, -1):  # NOW - 9 days to NOW: all in November
        for sub in (fixed, monthly):
            s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=10,
                          now=NOW - timedelta(days=day))
    r = s.runway(db, A, NOW, window_days=10, until=DAY + timedelta(days=60))
    assert (r.balance, r.used_in_window) == (8000, 2000)
    assert r.basket_runs_out_on == DAY + timedelta(days=40)
    assert {x.id: x.reaches_limit_on for x in r.sub_accounts} == {
        fixed.id: DAY + timedelta(days=20), monthly.id: DAY + timedelta(days=2)}
    assert r.advice is not None and r.advice.needed_credits == 4200
    assert [(p.code, p.quantity) for p in r.advice.packs] == [("DECOUVERTE", 1), ("EQUIPE", 2)]
    assert (r.advice.credits, r.advice.net_cents) == (4500, 41_000)
    # at the 90 days' rate (the same 2 000 credits): 8 000 last 360 days; enough until then
    slow = s.runway(db, A, NOW, until=DAY + timedelta(days=300))
    assert slow.basket_runs_out_on == DAY + timedelta(days=360)
    assert slow.advice is not None and slow.advice.packs == ()
