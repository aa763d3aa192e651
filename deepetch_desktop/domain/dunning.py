"""Late payment: penalties day by day, the fixed indemnity, the escalating reminders.

C. com. L441-10 II: late-payment penalties are owed from the day after the due date, without
any reminder, at the rate the invoice states; they run on the sums still due, so a partial
payment (or a credit note) lowers the base from its date on. The fixed indemnity for recovery
costs (40 €, D441-5) is owed once per late invoice, whatever the number of days.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

RECOVERY_INDEMNITY_CENTS = 4000  # C. com. D441-5: once per invoice paid late
DAYS_A_YEAR = 365


@dataclass(frozen=True)
class Settlement:
    """A payment received, or a credit note, lowering what is due from `on`."""

    on: date
    cents: int


def due_on(gross_cents: int, settlements: list[Settlement] | tuple[Settlement, ...],
           day: date) -> int:
    """What is still due during `day`: the sums received or credited on an earlier day are
    off; one received on `day` itself still counted that day (interest runs until payment)."""
    return max(0, gross_cents - sum(s.cents for s in settlements if s.on < day))


def late_penalties(gross_cents: int, settlements: list[Settlement] | tuple[Settlement, ...],
                   rate_bp: int, due: date, today: date) -> int:
    """Penalties accrued from the day after `due` to `today` included: each day, the sum due
    that day times the annual rate / 365 (simple interest); rounded half up once, at the end."""
    cent_days = 0
    day = due + timedelta(days=1)
    while day <= today:
        cent_days += due_on(gross_cents, settlements, day)
        day += timedelta(days=1)
    divisor = 10_000 * DAYS_A_YEAR
    return (cent_days * rate_bp + divisor // 2) // divisor


class ReminderTone(enum.Enum):
    """The reminders escalate with the days past the due date (README, « Relances »)."""

    COURTESY = "courtesy"  # before the due date: a friendly reminder
    FIRM = "firm"  # from D+1: the invoice is late, penalties and the indemnity are owed
    TOTAL = "total"  # from D+15: the total due, penalties and the 40 € included
    FINAL = "final"  # from D+30: the last notice, naming what follows


TONE_FROM = ((30, ReminderTone.FINAL), (15, ReminderTone.TOTAL), (1, ReminderTone.FIRM))


def reminder_tone(stage: int) -> ReminderTone:
    """The tone of the reminder sent `stage` days from the due date (negative before it)."""
    return next((tone for start, tone in TONE_FROM if stage >= start), ReminderTone.COURTESY)
