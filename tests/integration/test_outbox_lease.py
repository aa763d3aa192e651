"""Two workstations whose clocks are 11 minutes apart never both send one e-mail: on
PostgreSQL the outbox's claim lease is measured on the database server's clock."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.mail.smtp import deliver
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, setup_company
from tests.smtp_server import running_smtp_server

SKEW = timedelta(minutes=11)  # more than the 10-minute claim


def test_clocks_eleven_minutes_apart_send_the_invoice_once(pg_url):
    first, second = open_database(pg_url), open_database(pg_url)  # two workstations
    try:
        with running_smtp_server() as server:
            setup_company(first, credits_packs=0)
            s.set_smtp(first, s.ADMINISTRATOR, host="127.0.0.1", port=server.port,
                       security="none", sender="facturation@deepetch.example", now=NOW)
            s.buy(first, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
            s.archive_pending(first, NOW)
            during: list[s.OutboxReport] = []

            def slow_send(settings, password, message):  # type: ignore[no-untyped-def]
                # While the first workstation holds the message, the second one, whose clock
                # is 11 minutes ahead, delivers its outbox too.
                during.append(s.deliver_outbox(second, NOW + SKEW, transport=deliver))
                deliver(settings, password, message)

            report = s.deliver_outbox(first, NOW, transport=slow_send)

            assert report.sent == 1 and during[0].sent == 0
            assert len(server.received) == 1
            with first.read() as conn:
                assert conn.execute(select(t.invoice_sendings.c.id)).all() == [(1,)]
                assert conn.execute(select(t.outbox.c.sent_at)).scalar_one() is not None
            # Afterwards neither workstation sends it again.
            assert s.deliver_outbox(second, NOW + SKEW + timedelta(hours=1)).sent == 0
            assert len(server.received) == 1
    finally:
        first.dispose()
        second.dispose()


def test_a_lease_left_by_a_crashed_sender_ends_on_the_server_clock(pg_url):
    """A claim is a lease, not a lock: once the server's clock passes it, any workstation may
    send the message (whatever its own clock says)."""
    db = open_database(pg_url)
    try:
        with running_smtp_server() as server:
            setup_company(db, credits_packs=0)
            s.set_smtp(db, s.ADMINISTRATOR, host="127.0.0.1", port=server.port,
                       security="none", sender="facturation@deepetch.example", now=NOW)
            s.buy(db, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
            s.archive_pending(db, NOW)

            def crashed(conn):  # type: ignore[no-untyped-def]
                conn.exec_driver_sql(
                    "UPDATE outbox SET claimed_until = now() - interval '1 second'")

            db.write(crashed)
            early = NOW - timedelta(days=30)  # this computer's clock does not count
            assert s.deliver_outbox(db, early, force=True).sent == 1
            assert len(server.received) == 1
    finally:
        db.dispose()
