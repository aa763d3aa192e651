"""Days before the credits expire: calendar days in the company's time zone (issue 13), the one
count the dashboard's card, the reminder's notification and its e-mail say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deepetch_desktop.domain.expiry import days_until
from deepetch_desktop.services.notification_texts import notification_text
from deepetch_desktop.texts.formats import plural

PARIS = ZoneInfo("Europe/Paris")
NOUMEA = ZoneInfo("Pacific/Noumea")  # UTC+11: its day starts while Paris's is still before


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)  # type: ignore[misc]


EXPIRY = paris(2027, 3, 10, 9, 0)


@pytest.mark.parametrize("now, days", [
    (paris(2027, 3, 9, 0, 0), 1),  # the day before, at its first minute
    (paris(2027, 3, 9, 23, 59), 1),  # the day before, at its last: still 1, not 0
    (paris(2027, 3, 8, 23, 59), 2),
    (paris(2027, 3, 10, 0, 0), 0),  # the day itself, before the hour
    (paris(2027, 3, 10, 8, 59), 0),
    (paris(2027, 3, 11, 12, 0), 0),  # after: never below 0
    (paris(2027, 3, 3, 9, 0), 7),  # the 7-day reminder, at its hour
    (paris(2027, 3, 3, 8, 59), 7),  # an hour earlier on the same day: the same count
    (paris(2027, 2, 8, 10, 0), 30),
])
def test_days_are_calendar_days_in_the_company_zone(now: datetime, days: int) -> None:
    assert days_until(EXPIRY, now, PARIS) == days


def test_the_company_zone_decides_which_day_it_is() -> None:
    # 9 March 23:30 UTC: still the 9th... in London, already the 10th in Paris and Nouméa.
    now = datetime(2027, 3, 9, 23, 30, tzinfo=UTC)
    expiry = datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    assert days_until(expiry, now, ZoneInfo("Europe/London")) == 1
    assert days_until(expiry, now, PARIS) == 0
    assert days_until(expiry, now, NOUMEA) == 0


def test_across_the_daylight_saving_change() -> None:
    # 29 March 2026 in Paris has 23 hours: the count is still in days, not 24-hour blocks.
    expiry = paris(2026, 3, 30, 0, 30)
    assert days_until(expiry, paris(2026, 3, 28, 23, 45), PARIS) == 2
    assert days_until(expiry, paris(2026, 3, 29, 0, 15), PARIS) == 1
    assert (expiry - paris(2026, 3, 28, 23, 45)) < timedelta(days=1, hours=1)


@pytest.mark.parametrize("lang, days, title", [
    ("fr", 1, "Expiration des crédits dans 1 jour"),
    ("fr", 2, "Expiration des crédits dans 2 jours"),
    ("fr", 0, "Expiration des crédits aujourd'hui"),
    ("en", 1, "Credits expire in 1 day"),
    ("en", 0, "Credits expire today"),
])
def test_the_reminder_says_the_days_left_not_its_offset(lang: str, days: int, title: str) -> None:
    data = {"days_before": 7, "days_left": days, "expires_on": "10/03/2027", "balance": 1000}
    assert notification_text("expiry_reminder", data, lang)[0] == title


def test_a_reminder_recorded_before_keeps_its_offset() -> None:
    """Rows of older versions have no days_left: their offset is all there is."""
    data = {"days_before": 7, "expires_on": "10/03/2027", "balance": 1000}
    assert notification_text("expiry_reminder", data)[0] == "Expiration des crédits dans 7 jours"


def test_plural_forms() -> None:
    days = {"one": "{count} jour", "other": "{count} jours"}
    assert [plural(n, days) for n in (0, 1, 2)] == ["0 jour", "1 jour", "2 jours"]
    assert [plural(n, {"one": "{count} day", "other": "{count} days"}, "en")
            for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert plural(0, {"zero": "aujourd'hui", **days}) == "aujourd'hui"
