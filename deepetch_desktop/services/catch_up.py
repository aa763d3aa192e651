"""catch_up(now): whatever scheduled work is due, done once however often, late or from how
many workstations it runs. Each effect claims a unique key in the transaction that does it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select

from ..domain.dates import local_day, month_key, next_month, require_aware, zone
from ..domain.expiry import EXPIRY_NOTE, days_until, due_expiry_reminder, expires_at, is_expired
from ..domain.vocabulary import LedgerKind, NotificationKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import append_ledger, claim_effect, debit_basket, recorded_last_use
from .alerts import limit_alerts
from .clock import require_clock
from .common import company_row, company_zone, require
from .dunning import invoice_reminders
from .effect_keys import done_among
from .invoice_documents import Renderer, archive_pending, sweep_render_folder
from .maintenance import DailyBackup
from .maintenance import daily_backup as take_daily_backup
from .notification_texts import notification_text
from .notifications import notify, queue_email
from .outbox import OutboxReport, Transport, deliver_outbox
from .platform import exchange
from .privileges import journals_refusals
from .proof import witness_of, witness_paragraph
from .reminders import reminders_of
from .results import Actor, PlatformSync

SYSTEM = "système"


@dataclass(frozen=True)
class CatchUpReport:
    month_ends: tuple[str, ...]
    expiry_reminder_days: int | None
    expired_credits: int
    limit_alerts: int
    invoice_reminders: int
    archived: int
    outbox: OutboxReport | None
    daily_backup: DailyBackup = DailyBackup("skipped")
    documents_failed: tuple[str, ...] = ()  # invoices whose PDF could not be rendered
    platform: PlatformSync = PlatformSync()  # the approved platform's folders (issue 14)


def _past_months(first: date, now: date) -> list[str]:
    """Every month from `first`'s to the one before `now`'s."""
    this_month, months, (y, m) = month_key(now), [], (first.year, first.month)
    while (month := month_key(date(y, m, 1))) < this_month:
        months.append(month)
        y, m = next_month(y, m)
    return months


def _month_ends(db: Database, now: datetime) -> tuple[str, ...]:
    """Record each month end since the company exists (usage itself is keyed by month)."""
    with db.read() as conn:
        company = company_row(conn)
        tz = zone(company.timezone)
        months = _past_months(local_day(company.created_at, tz), local_day(now, tz))
        done = done_among(conn, [f"month_end:{month}" for month in months])
    ended = [month for month in months if f"month_end:{month}" not in done]
    recorded = []
    for month in ended:
        # Every month end is recorded; only the latest is worth a notification to a person.
        def work(conn: Connection, month: str = month, latest: bool = month == ended[-1]) -> bool:
            if not claim_effect(conn, f"month_end:{month}", now):
                return False
            if latest:
                count = len(conn.execute(select(t.sub_accounts.c.id).where(
                    t.sub_accounts.c.limit_kind == "monthly",
                    t.sub_accounts.c.status != "closed")).all())
                notify(conn, f"month_end:{month}", NotificationKind.MONTH_END, now, month=month,
                       count=count)
                # E-mailed to the billing address with the chains' heads and counts: a witness
                # kept outside the database (audit verify --witness).
                title, body = notification_text("month_end", {"month": month, "count": count})
                queue_email(conn, f"month_end:{month}", company_row(conn).billing_email,
                            f"Deepetch\u00a0: {title}",
                            f"{body}\n\n{witness_paragraph(witness_of(conn))}", now)
            return True

        if db.write(work):
            recorded.append(month)
    return tuple(recorded)


def _expire(conn: Connection, now: datetime, key: str) -> int:
    # Decided again in the transaction, on the latest use recorded (by any workstation) and
    # with this clock checked against it: evidence read earlier may be out of date.
    require_clock(conn, now)
    basket = conn.execute(select(t.basket).with_for_update()).one()
    tz = company_zone(conn)
    last_use = recorded_last_use(conn)
    if last_use is None or not is_expired(last_use, now, tz):
        return 0  # used meanwhile on another workstation
    if not claim_effect(conn, key, now):
        return 0
    credits = int(basket.balance)
    if credits == 0:
        return 0
    balance = debit_basket(conn, credits, now, touch=False)
    assert balance == 0
    append_ledger(conn, at=now, kind=LedgerKind.EXPIRY, credits=-credits, balance_after=0,
                  actor=SYSTEM, note=EXPIRY_NOTE)
    notify(conn, key, NotificationKind.EXPIRED, now, credits=credits)
    title, body = notification_text("expired", {"credits": credits})
    queue_email(conn, key, company_row(conn).billing_email, f"Deepetch\u00a0: {title}", body, now)
    return credits


def _expiry(db: Database, now: datetime) -> tuple[int | None, int]:
    """(days before expiry of the reminder sent, credits expired)."""
    with db.read() as conn:
        company = company_row(conn)
        tz = zone(company.timezone)
        basket = conn.execute(select(t.basket)).one()
        last_use = recorded_last_use(conn)
        offsets = reminders_of(conn).expiry_days
    if last_use is None or basket.balance == 0:
        return None, 0
    expiry = expires_at(last_use, tz)
    if is_expired(last_use, now, tz):
        return None, db.write(lambda conn: _expire(conn, now, f"expiry:{expiry.isoformat()}"))
    due = due_expiry_reminder(last_use, now, tz, offsets)
    if due is None:
        return None, 0
    key = f"expiry_reminder:{expiry.isoformat()}:{due.days_before}"
    expires_on = local_day(expiry, tz).strftime("%d/%m/%Y")

    def work(conn: Connection) -> int | None:
        if not claim_effect(conn, key, now):
            return None
        # The days as the card counts them (calendar days in the company's zone), not the
        # reminder's offset: a catch-up that runs late says what is left, not what was planned.
        data = {"days_before": due.days_before, "days_left": days_until(expiry, now, tz),
                "expires_on": expires_on, "balance": int(basket.balance)}
        notify(conn, key, NotificationKind.EXPIRY_REMINDER, now, **data)
        title, body = notification_text("expiry_reminder", data)
        queue_email(conn, key, company.billing_email, f"Deepetch\u00a0: {title}", body, now)
        return due.days_before

    return db.write(work), 0


@journals_refusals
def catch_up(db: Database, actor: Actor, now: datetime, *, deliver_mail: bool = True,
             render: Renderer | None = None, transport: Transport | None = None,
             password: str | None = None) -> CatchUpReport:
    """Everything scheduled that is due, once; `password`: the SMTP password typed in this
    session, for a machine whose keyring has none. The scheduler acts as `SCHEDULER`."""
    now = require_aware(now)
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        require_clock(conn, now)  # a clock behind would date everything it does in the past
    backup = take_daily_backup(db, now)  # first, before the day's effects; never raises
    sweep_render_folder(db)  # what renders killed mid-way left behind
    month_ends = _month_ends(db, now)
    reminder, expired = _expiry(db, now)
    alerts = limit_alerts(db, now)
    dunning = invoice_reminders(db, now)
    documents = archive_pending(db, now, render)  # one failing never stops the others
    platform = exchange(db, now)  # deposits tried again, statuses read; never raises
    outbox = None
    if deliver_mail:
        outbox = (deliver_outbox(db, now, password=password) if transport is None
                  else deliver_outbox(db, now, password=password, transport=transport))
    return CatchUpReport(month_ends, reminder, expired, alerts, dunning, documents.archived,
                         outbox, backup, documents_failed=documents.failed, platform=platform)
