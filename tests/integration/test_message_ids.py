"""Message-IDs: unique to each installation, the same for every attempt at one message."""

from __future__ import annotations

from typing import Any

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.mail.message import OutgoingMessage, SmtpSettings, build_email
from deepetch_desktop.mail.smtp import DeliveryFailed, deliver
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services.installation import installation_id
from tests.conftest import NOW, setup_company
from tests.smtp_server import running_smtp_server

A = s.ADMINISTRATOR
ACCOUNTANT = "compta@cabinet-expert.example"


def _company(db: Any, port: int) -> Any:
    """A company whose first invoice, F2026-000001, waits to go to the shared accountant."""
    setup_company(db)
    s.set_smtp(db, A, host="127.0.0.1", port=port, security="none",
               sender="factures@deepetch.example", now=NOW)
    return db


def test_two_installations_never_share_a_message_id(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = open_database(f"sqlite:///{tmp_path / 'autre-poste.sqlite3'}")
    try:
        with running_smtp_server() as server:
            for database in (db, other):
                _company(database, server.port)
                assert s.get_invoice(database, ADMIN, "F2026-000001", NOW).number == "F2026-000001"
                assert s.deliver_outbox(database, NOW).sent >= 1
            ids = [m.message["Message-ID"] for m in server.received
                   if "F2026-000001" in str(m.message["Subject"])]
        assert len(ids) == 2 and ids[0] != ids[1]
        assert installation_id(db) != installation_id(other)
    finally:
        other.dispose()


def test_the_installation_id_is_made_once(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    first = installation_id(sqlite_db)
    assert len(first) == 32 and installation_id(sqlite_db) == first
    again = open_database(sqlite_db.url)  # another workstation on the same database
    try:
        assert installation_id(again) == first
    finally:
        again.dispose()


def test_a_retried_message_keeps_its_message_id(db) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def down_then_up(settings: SmtpSettings, password: str | None,
                     message: OutgoingMessage) -> None:
        seen.append(str(build_email(settings, message)["Message-ID"]))
        if len(seen) == 1:
            raise DeliveryFailed("connection failed: server down", permanent=False)
        deliver(settings, password, message)

    with running_smtp_server() as server:
        _company(db, server.port)
        first = s.deliver_outbox(db, NOW, transport=down_then_up)
        assert (first.sent, first.failed) == (0, 1) and server.received == []
        later = s.deliver_outbox(db, NOW, transport=down_then_up, force=True)
        assert later.sent == 1
        [received] = server.received
    assert seen[0] == seen[1] == received.message["Message-ID"]
