"""Notifications shown in the application, and the e-mails meant for people (via the outbox)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select, update

from ..domain.vocabulary import NotificationKind, Privilege, known
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import insert_ignore
from .common import require
from .notification_texts import notification_text
from .privileges import journals_refusals
from .results import Actor


@dataclass(frozen=True)
class NotificationView:
    id: int
    at: datetime
    kind: NotificationKind | str  # str: a newer version's kind
    title: str
    body: str
    data: dict[str, object]
    read: bool


def notify(conn: Connection, key: str, kind: NotificationKind, now: datetime,
           **data: object) -> bool:
    return insert_ignore(conn, t.notifications, {
        "key": key, "at": now, "kind": kind.value,
        "data_json": json.dumps(data, default=str, ensure_ascii=False, sort_keys=True),
    })


def queue_email(conn: Connection, key: str, recipient: str, subject: str, body: str,
                now: datetime, invoice_id: int | None = None,
                attachment: tuple[str, bytes] | None = None) -> bool:
    """Queue one e-mail; the key makes a second queueing of the same message a no-op.
    `attachment`: a file (name, bytes) sent with it (a chargeback statement)."""
    if not recipient:
        return False
    values: dict[str, object] = {
        "key": key, "created_at": now, "recipient": recipient, "subject": subject,
        "body": body, "invoice_id": invoice_id, "attempts": 0, "next_attempt_at": now,
    }
    if attachment is not None:
        values["attachment_name"], values["attachment"] = attachment
    return insert_ignore(conn, t.outbox, values)


@journals_refusals
def list_notifications(db: Database, actor: Actor, limit: int = 200,
                       lang: str = "fr") -> list[NotificationView]:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return notification_views(conn, limit, lang)


def notification_views(conn: Connection, limit: int = 200,
                       lang: str = "fr") -> list[NotificationView]:
    """The latest `limit` notifications, worded in `lang`."""
    rows = conn.execute(select(t.notifications).order_by(t.notifications.c.id.desc())
                        .limit(limit)).all()
    views = []
    for r in rows:
        data = json.loads(r.data_json)
        title, body = notification_text(r.kind, data, lang)
        views.append(NotificationView(r.id, r.at, known(NotificationKind, r.kind), title, body,
                                      data, r.read_at is not None))
    return views


@journals_refusals
def unread_count(db: Database, actor: Actor) -> int:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return unread_in(conn)


def unread_in(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(t.notifications)
                            .where(t.notifications.c.read_at.is_(None))).scalar_one())


@journals_refusals
def mark_notifications_read(db: Database, actor: Actor, now: datetime) -> int:
    def work(conn: Connection) -> int:
        require(conn, actor, Privilege.ADMINISTER)
        return conn.execute(update(t.notifications).where(t.notifications.c.read_at.is_(None))
                            .values(read_at=now)).rowcount

    return db.write(work)
