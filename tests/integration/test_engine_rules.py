"""The credit engine's rules, on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from deepetch_desktop import services as s
from deepetch_desktop.domain import errors as e
from deepetch_desktop.services.results import ADMINISTRATOR, Actor, Privileges
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, setup_company

A = ADMINISTRATOR


def add(db, name="Camille Martin", email="camille@atelier.fr", **kw):  # type: ignore[no-untyped-def]
    return s.add_sub_account(db, A, name=name, email=email, now=NOW, **kw)


def submit(db, sub, units=10, now=NOW, **kw):  # type: ignore[no-untyped-def]
    """TRAD_TEXTE STANDARD costs 10 credits per unit."""
    return s.submit_task(db, A, sub_account=sub, service_code="TRAD_TEXTE", units=units,
                         now=now, **kw)


def snapshot(db):  # type: ignore[no-untyped-def]
    with db.read() as conn:
        counts = {tbl.name: conn.execute(select(func.count()).select_from(tbl)).scalar_one()
                  for tbl in (t.ledger, t.tasks, t.usage, t.batches, t.invoices)}
        counts["balance"] = conn.execute(select(t.basket.c.balance)).scalar_one()
        counts["used"] = conn.execute(select(func.sum(t.usage.c.used))).scalar()
    return counts


def test_buying_before_terms_are_approved_is_refused_and_changes_nothing(db):
    setup_company(db, approve=False)
    before = snapshot(db)
    with pytest.raises(e.TermsNotApproved):
        s.buy(db, A, "EQUIPE", 1, now=NOW)
    assert snapshot(db) == before
    s.approve_terms(db, A, NOW)
    assert s.company(db).terms_approved_by == A.name
    result = s.buy(db, A, "EQUIPE", 2, now=NOW)
    assert (result.credits, result.balance) == (4000, 4000)
    assert result.due_date == date(2026, 12, 16)  # 30 days after the issue date
    assert (result.net_cents, result.vat_cents, result.gross_cents) == (36000, 7200, 43200)


def test_one_invoice_per_batch_numbered_without_gaps(company):
    s.buy(company, A, "DECOUVERTE", 1, now=NOW)
    s.buy(company, A, "GRAND_COMPTE", 1, now=NOW)
    numbers = [i.number for i in s.list_invoices(company, A, NOW)]
    assert sorted(numbers) == ["F2026-000001", "F2026-000002", "F2026-000003"]
    assert len(s.list_batches(company, A)) == 3
    nxt = s.buy(company, A, "DECOUVERTE", 1, now=datetime(2027, 1, 2, 9, tzinfo=UTC))
    assert nxt.invoice_number == "F2027-000001"  # one sequence per year


def test_a_failed_issue_after_drawing_a_number_leaves_no_gap(company, monkeypatch):
    from deepetch_desktop.services import purchases

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(purchases, "queue_invoice_email", broken)
    before = snapshot(company)
    with pytest.raises(RuntimeError):
        s.buy(company, A, "EQUIPE", 1, now=NOW)
    assert snapshot(company) == before
    monkeypatch.undo()
    assert s.buy(company, A, "EQUIPE", 1, now=NOW).invoice_number == "F2026-000002"


def test_bigger_packs_are_cheaper_per_credit(company):
    packs = s.list_packs(company, A)
    per_credit = [p.price_per_credit_millicents for p in packs]
    assert per_credit == sorted(per_credit, reverse=True) and len(set(per_credit)) == 4
    assert packs[0].saving_percent == 0 and packs[-1].saving_percent > packs[1].saving_percent


def test_task_cost_is_ceiling_of_units_rate_factor_and_stored(company):
    est = s.estimate_task(company, A, "TRAD_DOC", "TECHNIQUE", 3)  # 3 × 25 × 1.5 = 112.5
    assert est.cost == 113
    sub = add(company)
    r = s.submit_task(company, A, sub_account=sub.id, service_code="TRAD_DOC",
                      complexity_code="TECHNIQUE", units=3, now=NOW)
    assert r.cost == 113 and r.balance == 2000 - 113 and r.remaining is None
    assert s.list_tasks(company, A)[0].cost == 113


def test_monthly_usage_starts_at_zero_in_a_new_month_with_no_job(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "monthly", 300, now=NOW)
    submit(company, sub.id, units=25, now=NOW)
    with pytest.raises(e.LimitReached) as refused:
        submit(company, sub.id, units=10, now=NOW)
    assert (refused.value.remaining, refused.value.limit, refused.value.cost) == (50, 300, 100)
    # 30 November 23:30 in Paris is still November; 1 December 00:10 is a new month.
    late_november = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)
    with pytest.raises(e.LimitReached):
        submit(company, sub.id, units=10, now=late_november)
    december = datetime(2026, 11, 30, 23, 10, tzinfo=UTC)
    assert submit(company, sub.id, units=10, now=december).remaining == 200
    assert s.get_sub_account(company, A, sub.id, december).used == 100


def test_fixed_limit_is_not_reset_by_a_new_month(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "fixed", 300, now=NOW)
    submit(company, sub.id, units=20, now=NOW)
    next_month = NOW + timedelta(days=31)
    with pytest.raises(e.FixedLimitExhausted) as refused:
        submit(company, sub.id, units=20, now=next_month)
    assert refused.value.remaining == 100
    assert submit(company, sub.id, units=10, now=next_month).remaining == 0
    with pytest.raises(e.FixedLimitExhausted):
        submit(company, sub.id, units=1, now=next_month)


def test_switching_kind_resets_used_and_changing_amount_keeps_it(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "monthly", 500, now=NOW)
    submit(company, sub.id, units=30, now=NOW)
    kept = s.set_limit(company, A, sub.id, "monthly", 400, now=NOW)
    assert (kept.used, kept.remaining, kept.used_reset) == (300, 100, False)
    below = s.set_limit(company, A, sub.id, "monthly", 200, now=NOW)
    assert (below.used, below.remaining) == (300, 0)  # nothing left to use, nothing lost
    with pytest.raises(e.LimitReached):
        submit(company, sub.id, units=1, now=NOW)
    switched = s.set_limit(company, A, sub.id, "fixed", 200, now=NOW)
    assert (switched.used, switched.remaining, switched.used_reset) == (0, 200, True)
    submit(company, sub.id, units=5, now=NOW)
    back = s.set_limit(company, A, sub.id, "monthly", 200, now=NOW)
    assert (back.used, back.used_reset) == (0, True)
    none = s.set_limit(company, A, sub.id, "none", None, now=NOW)
    assert none.used_reset and none.remaining is None
    assert s.verify(company, A).ok


def test_fixed_limit_period_is_enforced_on_its_first_and_last_day(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "fixed", 1000, date(2026, 12, 1), date(2026, 12, 31),
                now=NOW)
    paris = [
        (datetime(2026, 11, 30, 22, 59, tzinfo=UTC), False),  # 30/11 23:59 Paris
        (datetime(2026, 11, 30, 23, 0, tzinfo=UTC), True),  # 01/12 00:00 Paris
        (datetime(2026, 12, 31, 22, 59, tzinfo=UTC), True),  # 31/12 23:59 Paris
        (datetime(2026, 12, 31, 23, 0, tzinfo=UTC), False),  # 01/01 00:00 Paris
    ]
    for when, allowed in paris:
        if allowed:
            submit(company, sub.id, units=1, now=when)
        else:
            with pytest.raises(e.OutsideLimitPeriod):
                submit(company, sub.id, units=1, now=when)
    assert s.get_sub_account(company, A, sub.id, NOW).used == 20


@pytest.mark.parametrize("case", ["suspended", "closed", "no_privilege", "insufficient"])
def test_refusals_name_the_rule_and_change_nothing(company, case):
    sub = add(company, privileges=Privileges(submit_tasks=case != "no_privilege"))
    if case == "suspended":
        s.suspend_sub_account(company, A, sub.id, NOW)
    if case == "closed":
        s.close_sub_account(company, A, sub.id, NOW)
    before = snapshot(company)
    expected = {"suspended": "subaccount_suspended", "closed": "subaccount_closed",
                "no_privilege": "not_permitted", "insufficient": "insufficient_credits"}[case]
    with pytest.raises(e.RuleRefused) as refused:
        submit(company, sub.id, units=201 if case == "insufficient" else 1)
    assert refused.value.code == expected
    assert snapshot(company) == before


def test_a_limit_refusal_changes_nothing(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "monthly", 100, now=NOW)
    submit(company, sub.id, units=5)
    before = snapshot(company)
    with pytest.raises(e.LimitReached):
        submit(company, sub.id, units=6)
    assert snapshot(company) == before


def test_closed_sub_accounts_keep_history_and_cannot_be_reopened(company):
    sub = add(company)
    submit(company, sub.id, units=1)
    s.close_sub_account(company, A, sub.id, NOW)
    with pytest.raises(e.SubAccountClosed):
        s.reactivate_sub_account(company, A, sub.id, NOW)
    assert len(s.list_tasks(company, A, sub.id)) == 1
    assert s.get_sub_account(company, A, "camille@atelier.fr", NOW).status == "closed"


def test_suspended_sub_account_can_be_reactivated(company):
    sub = add(company)
    s.suspend_sub_account(company, A, sub.id, NOW)
    s.reactivate_sub_account(company, A, sub.id, NOW)
    assert submit(company, sub.id, units=1).cost == 10


def test_the_same_key_twice_is_one_task_and_one_debit(company):
    sub = add(company)
    first = submit(company, sub.id, units=3, key="job-42", title="Brochure")
    again = submit(company, sub.id, units=3, key="job-42", title="Brochure")
    assert again.task_id == first.task_id and again.replayed and not first.replayed
    assert s.status(company, A, NOW).balance == 2000 - 30
    with pytest.raises(e.IdempotencyConflict):
        submit(company, sub.id, units=4, key="job-42", title="Brochure")


def test_refund_returns_credits_to_the_basket_and_the_period_the_task_counted_in(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "monthly", 300, now=NOW)
    task = submit(company, sub.id, units=20)
    december = NOW + timedelta(days=20)
    submit(company, sub.id, units=5, now=december)
    refund = s.refund_task(company, A, task.task_id, now=december)
    assert refund.credits == 200 and refund.balance == 2000 - 50
    assert s.get_sub_account(company, A, sub.id, december).used == 50  # December untouched
    assert s.get_sub_account(company, A, sub.id, NOW).used == 0  # November given back
    with pytest.raises(e.AlreadyRefunded):
        s.refund_task(company, A, task.task_id, now=december)
    kinds = [x.kind for x in s.list_ledger(company, A)]
    assert kinds == ["refund", "task", "task", "purchase"]
    assert s.verify(company, A).ok


def test_a_sub_account_holder_needs_its_privileges(company):
    holder = add(company)
    other = add(company, name="Hugo Bernard", email="hugo@atelier.fr")
    me = Actor("Camille Martin", holder.id)
    with pytest.raises(e.NotPermitted):
        s.buy(company, me, "EQUIPE", 1, now=NOW)
    with pytest.raises(e.NotPermitted):
        s.set_limit(company, me, holder.id, "none", None, now=NOW)
    with pytest.raises(e.NotPermitted):
        s.submit_task(company, me, sub_account=other.id, service_code="RELECTURE", units=1,
                      now=NOW)
    assert s.submit_task(company, me, sub_account=holder.id, service_code="RELECTURE",
                         units=1, now=NOW).cost == 4
    buyer = add(company, name="Nathan Petit", email="nathan@atelier.fr",
                privileges=Privileges(buy_credits=True))
    assert s.buy(company, Actor("Nathan Petit", buyer.id), "EQUIPE", 1, now=NOW).credits == 2000


def test_last_use_and_expiry_follow_tasks_and_purchases(company):
    sub = add(company)
    assert s.status(company, A, NOW).expires_on == date(2027, 11, 16)
    later = datetime(2027, 3, 31, 12, tzinfo=UTC)
    submit(company, sub.id, units=1, now=later)
    st = s.status(company, A, later)
    assert st.last_use == later and st.expires_on == date(2028, 3, 31)
    refund_time = later + timedelta(days=3)
    s.refund_task(company, A, s.list_tasks(company, A)[0].id, now=refund_time)
    assert s.status(company, A, refund_time).last_use == later  # a refund is not a use


@pytest.mark.parametrize("statement", [
    "UPDATE ledger_entries SET credits = 999999",
    "DELETE FROM ledger_entries",
    "UPDATE invoices SET gross_cents = 1",
    "DELETE FROM invoices",
])
def test_the_database_itself_rejects_rewriting_history(company, statement):
    with pytest.raises(DBAPIError, match="append-only"):
        with company.write_engine.begin() as conn:
            conn.execute(text(statement))
    assert s.verify(company, A).ok and s.status(company, A, NOW).balance == 2000


def test_journal_records_administrative_changes(company):
    sub = add(company)
    s.set_limit(company, A, sub.id, "monthly", 500, now=NOW)
    actions = [x.action for x in s.list_audit(company, A)]
    assert actions[:2] == ["limit.set", "subaccount.add"]
    assert "credits.buy" in actions and "terms.approve" in actions
    assert s.list_audit(company, A)[0].details["amount"] == 500


def test_the_sub_account_list_filters_sorts_and_pages_in_the_database(company):
    for i, (name, dept) in enumerate([("Camille Martin", "Communication"),
                                      ("Hugo Bernard", "Juridique"), ("Léa Dubois", "Export"),
                                      ("Chloé Moreau", "Communication")]):
        sub = add(company, name=name, email=f"p{i}@atelier.fr", department=dept)
        s.set_limit(company, A, sub.id, "monthly", 100 * (i + 1), now=NOW)
        submit(company, sub.id, units=i + 1)
    everyone = s.list_sub_accounts(company, A, NOW)
    assert [v.name for v in everyone] == sorted(v.name for v in everyone)
    page = s.page_sub_accounts(company, A, NOW, search="communication", sort="remaining",
                               descending=True)
    assert page.total == 2 and [v.name for v in page.rows] == ["Chloé Moreau", "Camille Martin"]
    assert [(v.used, v.remaining) for v in page.rows] == [(40, 360), (10, 90)]
    second = s.page_sub_accounts(company, A, NOW, sort="used", offset=1, limit=2)
    assert second.total == 4 and [v.used for v in second.rows] == [20, 30]
    assert s.page_sub_accounts(company, A, NOW, search="hugo jURIDIQUE").total == 1
    assert s.page_sub_accounts(company, A, NOW, search="100%").total == 0
    with pytest.raises(e.BadInput):
        s.page_sub_accounts(company, A, NOW, sort="password")


def test_catalogue_edits_apply_to_new_purchases_and_tasks_only(company):
    before = s.get_invoice(company, A, "F2026-000001", NOW)
    s.set_pack(company, A, "EQUIPE", name="Équipe", credits=2000, price_cents=20000, now=NOW)
    s.set_service(company, A, "TRAD_TEXTE", name="Traduction de texte", unit="1 000 caractères",
                  rate=12, now=NOW)
    sub = add(company)
    assert submit(company, sub.id, units=1).cost == 12
    assert s.get_invoice(company, A, "F2026-000001", NOW) == before  # issued: price kept
    assert s.buy(company, A, "EQUIPE", 1, now=NOW).net_cents == 20000
    s.set_pack(company, A, "MEGA", name="Méga", credits=100000, price_cents=650000, now=NOW)
    assert s.list_packs(company, A)[-1].saving_percent == 35
    with pytest.raises(e.BadInput):
        s.set_service(company, A, "X", name="Y", unit="u", rate=0, now=NOW)
    with pytest.raises(e.BadInput):
        s.set_pack(company, A, "bad code!", name="Y", credits=1, price_cents=1, now=NOW)


def test_penalty_rate_below_three_times_the_legal_rate_is_refused(company):
    """C. com. L441-10 II (issue 14): refused, no longer only warned; 3 × 2,62 % = 7,86 %."""
    assert s.update_seller(company, A, now=NOW, penalty_rate_bp=1215).warnings == ()
    with pytest.raises(e.BadInput) as refused:
        s.update_seller(company, A, now=NOW, penalty_rate_bp=500)
    assert (refused.value.field, refused.value.problem) == ("penalty_rate", "below_legal_minimum")
    assert s.update_seller(company, A, now=NOW, penalty_rate_bp=900).warnings == ()
    assert s.buy(company, A, "EQUIPE", 1, now=NOW).invoice_number == "F2026-000002"
    with company.read() as conn:
        rates = conn.execute(text("SELECT penalty_rate_bp FROM invoices ORDER BY id")).scalars()
        assert list(rates) == [1215, 900]  # the first invoice keeps the rate it was issued with


def test_an_administrators_correction_is_a_new_entry_never_below_zero(company):
    added = s.correct_basket(company, A, 150, "Geste commercial", now=NOW)
    removed = s.correct_basket(company, A, -50, "Tâche comptée deux fois", now=NOW)
    assert (added.balance, removed.balance) == (2150, 2100)
    before = snapshot(company)
    with pytest.raises(e.InsufficientCredits):
        s.correct_basket(company, A, -2101, "Trop", now=NOW)
    with pytest.raises(e.BadInput):
        s.correct_basket(company, A, 0, "Rien", now=NOW)
    with pytest.raises(e.BadInput):
        s.correct_basket(company, A, 10, "   ", now=NOW)
    assert snapshot(company) == before
    assert [x.kind for x in s.list_ledger(company, A)][:2] == ["correction", "correction"]
    assert s.verify(company, A).ok
    assert s.status(company, A, NOW).last_use == NOW  # a correction is not a use


def test_sub_accounts_near_their_limit_closest_first(company):
    for i, (units, amount) in enumerate([(9, 100), (5, 100), (10, 100), (79, 1000)]):
        sub = add(company, name=f"P{i}", email=f"near{i}@atelier.fr")
        s.set_limit(company, A, sub.id, "monthly", amount, now=NOW)
        submit(company, sub.id, units=units)
    near = s.near_limit_sub_accounts(company, A, NOW, percent=80)
    assert [(v.name, v.used) for v in near] == [("P2", 100), ("P0", 90)]
    assert s.near_limit_sub_accounts(company, A, NOW + timedelta(days=31)) == []  # new month
