"""« Send now » is one service call (services.send_outbox_now) for both front ends: what is
pending is rendered, then sent; a password the server refuses is said as such."""

from __future__ import annotations

from deepetch_desktop import services as s
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW
from tests.smtp_server import running_smtp_server

USERS = {"factures": "s3cret"}
SENDER = "factures@deepetch.example"


def test_send_now_renders_sends_and_names_a_refused_password(sqlite_company: Database) -> None:
    number = s.list_invoices(sqlite_company, ADMIN, NOW)[0].number
    with running_smtp_server(users=USERS, auth_in_clear=True) as server:
        s.set_smtp(sqlite_company, s.ADMINISTRATOR, host="127.0.0.1", port=server.port,
                   security="none", sender=SENDER, user="factures",
                   allow_cleartext_auth=True, now=NOW)
        wrong = s.send_outbox_now(sqlite_company, ADMIN, NOW, password="not-it")
        assert (wrong.sent, wrong.refused, wrong.held) == (0, 1, ())
        assert wrong.password_refused and not wrong.needs_password
        right = s.send_outbox_now(sqlite_company, ADMIN, NOW, password="s3cret", force=True)
        assert (right.sent, right.waiting, right.password_refused) == (1, 0, False)
    [sent] = server.received
    assert number in (sent.message["Subject"] or "")
    assert any(part.get_filename() == f"{number}.pdf" for part in sent.message.iter_attachments())


def test_a_server_that_does_not_answer_is_not_a_refused_password(
        sqlite_company: Database) -> None:
    with running_smtp_server() as server:
        port = server.port  # closed once the block ends: nobody answers there
    s.set_smtp(sqlite_company, s.ADMINISTRATOR, host="127.0.0.1", port=port,
               security="none", sender=SENDER, now=NOW)
    report = s.send_outbox_now(sqlite_company, ADMIN, NOW)
    assert report.failed == 1 and not report.refused and not report.password_refused
