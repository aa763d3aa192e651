"""Pure rules: pricing, money, limits, expiry, invoice arithmetic, identifiers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deepetch_desktop.domain import errors as e
from deepetch_desktop.domain.expiry import due_expiry_reminder, expires_at, is_expired
from deepetch_desktop.domain.identity import check_siren, check_vat_number, french_vat_number
from deepetch_desktop.domain.invoicing import Line, invoice_status, totals
from deepetch_desktop.domain.limits import Limit, LimitKind, change_limit, check_limit
from deepetch_desktop.domain.money import parse_euros, percent_of, require_int
from deepetch_desktop.domain.pricing import Complexity, Service, parse_units, task_cost

PARIS = ZoneInfo("Europe/Paris")
TEXT = Service("T", "Traduction", "1 000 caractères", 10)


@pytest.mark.parametrize("units, factor, cost", [(1, 1000, 10), (3, 1500, 45), (1, 1050, 11),
                                                 (7, 2000, 140)])
def test_cost_is_the_ceiling_of_units_rate_factor(units, factor, cost):
    assert task_cost(units, TEXT, Complexity("C", "c", factor)) == cost


def test_cost_is_at_least_one_credit():
    assert task_cost(1, Service("S", "s", "u", 1), Complexity("C", "c", 1)) == 1


@pytest.mark.parametrize("raw", ["0", "-1", "abc", "1.5", "", "99999999999", True])
def test_units_must_be_a_positive_whole_number(raw):
    with pytest.raises(e.BadInput):
        parse_units(raw)


def test_floats_never_reach_an_amount():
    with pytest.raises(TypeError):
        require_int(1.0, "cents")
    with pytest.raises(TypeError):
        percent_of(10.0, 2000)  # type: ignore[arg-type]


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=20),
       st.sampled_from([0, 550, 1000, 2000]))
def test_invoice_totals_conserve_every_cent(amounts, rate):
    lines = [Line("x", 1, a, rate) for a in amounts]
    result = totals(lines)
    assert result.net_cents == sum(amounts)
    assert result.gross_cents == result.net_cents + result.vat_cents
    exact = Decimal(sum(amounts)) * rate / 10_000
    assert abs(Decimal(result.vat_cents) - exact) <= Decimal("0.5")


def test_vat_rounds_half_up_to_the_cent():
    assert percent_of(1, 5000) == 1 and percent_of(2, 2500) == 1 and percent_of(1, 2000) == 0


@pytest.mark.parametrize("text, cents", [("1 234,56", 123456), ("12.5", 1250), ("0", 0),
                                         ("1\u202f000,00 €", 100000)])
def test_euros_are_parsed_to_cents(text, cents):
    assert parse_euros(text) == cents


@pytest.mark.parametrize("text", ["-1", "1,234", "abc", "NaN", "1e99"])
def test_bad_euros_are_refused(text):
    with pytest.raises(e.BadInput):
        parse_euros(text)


def test_limit_kind_change_opens_a_new_generation_amount_change_does_not():
    monthly = change_limit(Limit(), LimitKind.MONTHLY, 500)
    assert monthly.generation == 2
    assert change_limit(monthly, LimitKind.MONTHLY, 300).generation == 2
    assert change_limit(monthly, LimitKind.FIXED, 300).generation == 3


@pytest.mark.parametrize("kind, amount, start, end, field", [
    (LimitKind.MONTHLY, 0, None, None, "amount"),
    (LimitKind.MONTHLY, -5, None, None, "amount"),
    (LimitKind.FIXED, None, None, None, "amount"),
    (LimitKind.FIXED, 10, date(2026, 2, 1), date(2026, 1, 1), "valid_to"),
    (LimitKind.MONTHLY, 10, date(2026, 2, 1), None, "valid_from"),
    (LimitKind.FIXED, 10**13, None, None, "amount"),
])
def test_invalid_limits_name_the_field(kind, amount, start, end, field):
    with pytest.raises(e.BadInput) as refused:
        change_limit(Limit(), kind, amount, start, end)
    assert refused.value.field == field


def test_monthly_usage_is_keyed_by_month_fixed_by_one_period():
    assert Limit(LimitKind.MONTHLY, 10).period_key(date(2026, 12, 31)) == "2026-12"
    assert Limit(LimitKind.FIXED, 10).period_key(date(2026, 12, 31)) == "fixed"
    with pytest.raises(e.LimitReached):
        check_limit(Limit(LimitKind.MONTHLY, 10), 5, 6, date(2026, 1, 1))
    check_limit(Limit(LimitKind.MONTHLY, 10), 5, 5, date(2026, 1, 1))


def test_expiry_is_twelve_months_after_last_use_to_the_second():
    last = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    expiry = expires_at(last, PARIS)
    assert expiry == datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    assert not is_expired(last, expiry - timedelta(seconds=1), PARIS)
    assert not is_expired(last, expiry, PARIS)
    assert is_expired(last, expiry + timedelta(seconds=1), PARIS)


def test_only_the_latest_due_reminder_is_sent_after_a_long_gap():
    last = datetime(2026, 1, 1, 12, tzinfo=UTC)
    expiry = expires_at(last, PARIS)
    assert due_expiry_reminder(last, expiry - timedelta(days=31), PARIS, (30, 7, 1)) is None
    assert due_expiry_reminder(last, expiry - timedelta(days=30), PARIS,
                               (30, 7, 1)).days_before == 30
    assert due_expiry_reminder(last, expiry - timedelta(hours=2), PARIS,
                               (30, 7, 1)).days_before == 1
    assert due_expiry_reminder(last, expiry + timedelta(seconds=1), PARIS, (30, 7, 1)) is None


def test_invoice_status_is_derived():
    due, kw = date(2026, 12, 16), {"gross_cents": 1000, "sent": True}
    assert invoice_status(paid_cents=0, credited_cents=0, due=due, today=due, **kw) == "sent"
    assert invoice_status(paid_cents=1, credited_cents=0, due=due, today=due,
                          **kw) == "partly_paid"
    assert invoice_status(paid_cents=400, credited_cents=0, due=due,
                          today=due + timedelta(days=1), **kw) == "overdue"
    assert invoice_status(paid_cents=1000, credited_cents=0, due=due,
                          today=due + timedelta(days=9), **kw) == "paid"
    assert invoice_status(paid_cents=0, credited_cents=1000, due=due, today=due,
                          **kw) == "cancelled"


def test_identifiers():
    assert check_siren("552 100 554") == "552100554"
    with pytest.raises(e.BadInput):
        check_siren("552100555")
    assert french_vat_number("552100554") == "FR96552100554"
    assert check_vat_number("fr 96 552100554") == "FR96552100554"
    with pytest.raises(e.BadInput):
        check_vat_number("FR00552100554")
