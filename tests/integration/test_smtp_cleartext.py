"""A password is never sent over an unencrypted SMTP connection unless someone allowed it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.mail.message import OutgoingMessage, SmtpSettings
from deepetch_desktop.mail.smtp import CLEARTEXT_REFUSED, DeliveryFailed, deliver
from deepetch_desktop.services.common import put_setting
from tests.conftest import NOW, setup_company
from tests.smtp_server import free_port, running_smtp_server

A = s.ADMINISTRATOR
USERS = {"factures": "s3cret"}
SENDER = "factures@deepetch.example"
MAIL = OutgoingMessage("compta@client.example", "Facture", "Bonjour", (), "invoice:F-1:send")


@pytest.fixture
def cli(sqlite_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, Any, str]:
        code = main(["--db", sqlite_url, *args])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in args and out.strip() else out, err

    return run


SET = ("smtp", "set", "--host", "127.0.0.1", "--port", "2525", "--security", "none",
       "--sender", SENDER, "--user", "factures")


def test_smtp_set_refuses_a_password_in_clear_and_names_the_option(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli(*SET)
    assert code == 2
    assert "en clair" in err and "--allow-cleartext-auth" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = cli("--json", *SET)
    refusal = json.loads(err)
    assert code == 2 and refusal["error"] == "bad_input"
    assert refusal["details"] == {"field": "security", "problem": "cleartext_password",
                                  "value": "none"}
    assert cli("--json", "smtp", "show")[1]["configured"] is False  # nothing saved


def test_allowed_it_is_stored_and_recorded(cli) -> None:  # type: ignore[no-untyped-def]
    code, view, err = cli("--json", *SET, "--allow-cleartext-auth")
    assert code == 0, err
    assert view["allow_cleartext_auth"] is True and view["security"] == "none"
    assert cli("--json", "smtp", "show")[1]["allow_cleartext_auth"] is True
    code, text, _ = cli("smtp", "show")
    assert "mot de passe envoyé en clair" in text
    journal = cli("--json", "audit", "list")[1]
    assert journal[0]["action"] == "smtp.set"
    assert journal[0]["details"]["allow_cleartext_auth"] == "yes"
    # where nothing travels in clear (TLS, or no user), there is nothing to allow
    for security, user in (("starttls", "factures"), ("none", "")):
        code, view, err = cli("--json", "smtp", "set", "--host", "127.0.0.1", "--port", "2525",
                              "--security", security, "--sender", SENDER, "--user", user,
                              "--allow-cleartext-auth")
        assert code == 0, err
        assert view["allow_cleartext_auth"] is False


def settings(port: int, **changes: Any) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, "none", SENDER, user="factures", timeout_s=3.0,
                        **changes)


def test_delivery_refuses_to_send_the_password_in_clear() -> None:
    with running_smtp_server(users=USERS, auth_in_clear=True) as server:
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(server.port), "s3cret", MAIL)
        assert failure.value.permanent and failure.value.reason == CLEARTEXT_REFUSED
        assert server.received == []
        deliver(settings(server.port, allow_cleartext_auth=True), "s3cret", MAIL)
        assert len(server.received) == 1  # the server requires AUTH: the login happened


def test_the_outbox_keeps_an_old_clear_configuration_queued(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    company = setup_company(sqlite_db)
    with running_smtp_server(users=USERS, auth_in_clear=True) as server:
        # As saved before the rule existed: security none, a user, nothing allowed.
        company.write(lambda conn: [put_setting(conn, f"smtp.{key}", value) for key, value in {
            "host": "127.0.0.1", "port": str(server.port), "security": "none",
            "sender": SENDER, "user": "factures"}.items()])
        report = s.deliver_outbox(company, NOW, password="s3cret")
        assert (report.sent, report.refused, report.waiting) == (0, 1, 1)
        assert report.last_error == CLEARTEXT_REFUSED and server.received == []
        s.set_smtp(company, A, host="127.0.0.1", port=server.port, security="none",
                   sender=SENDER, user="factures", allow_cleartext_auth=True, now=NOW)
        report = s.deliver_outbox(company, NOW, password="s3cret", force=True)
        assert (report.sent, report.waiting) == (1, 0) and len(server.received) == 1


def test_a_clear_connection_without_a_user_needs_nothing_allowed() -> None:
    with running_smtp_server() as server:
        deliver(SmtpSettings("127.0.0.1", server.port, "none", SENDER), None, MAIL)
        assert len(server.received) == 1
    with pytest.raises(DeliveryFailed) as failure:  # and a refusal costs no connection
        deliver(settings(free_port()), "s3cret", MAIL)
    assert failure.value.reason == CLEARTEXT_REFUSED
