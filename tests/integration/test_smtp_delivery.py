"""Delivering through a real aiosmtpd server: plain, STARTTLS, implicit TLS, AUTH, server down."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.mail.message import (
    Attachment,
    OutgoingMessage,
    SmtpSettings,
    build_email,
    check_smtp_settings,
)
from deepetch_desktop.mail.smtp import DeliveryFailed, deliver
from tests.smtp_server import (
    ReceivedMessage,
    SelfSignedCert,
    SmtpServer,
    free_port,
    make_self_signed_cert,
    running_smtp_server,
)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + bytes(range(256)) + b"\n%%EOF\n"
SUBJECT = "Facture FA-2025-0042 : crédits achetés"
BODY = "Bonjour,\n\nVeuillez trouver ci-joint la facture n° FA-2025-0042 (échéance à 30 jours).\n"


INVOICE_MAIL = OutgoingMessage(
    recipient="compta@client.example",
    subject=SUBJECT,
    body=BODY,
    attachments=(Attachment("FA-2025-0042.pdf", PDF),),
    message_id_key="invoice:FA-2025-0042:send",
)


def message(**changes: Any) -> OutgoingMessage:
    return replace(INVOICE_MAIL, **changes)


def settings(port: int, security: str = "none", **changes: Any) -> SmtpSettings:
    base = SmtpSettings("127.0.0.1", port, security, "factures@deepetch.example", timeout_s=3.0)
    return replace(base, **changes)


def plain_body(received: ReceivedMessage) -> str:
    body = received.message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content_charset() == "utf-8"
    return str(body.get_content())


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> SelfSignedCert:
    return make_self_signed_cert(tmp_path_factory.mktemp("cert"))


@pytest.fixture
def plain_server() -> Iterator[SmtpServer]:
    with running_smtp_server() as server:
        yield server


# --- plain SMTP -------------------------------------------------------------------------------


def test_plain_delivery_carries_utf8_text_and_the_pdf(plain_server: SmtpServer) -> None:
    deliver(settings(plain_server.port), None, message())

    [got] = plain_server.received
    assert got.mail_from == "factures@deepetch.example"
    assert got.rcpt_tos == ("compta@client.example",)
    mail = got.message
    assert mail["Subject"] == SUBJECT
    assert mail["To"] == "compta@client.example"
    assert mail["Date"] is not None
    assert plain_body(got) == BODY
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "FA-2025-0042.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == PDF


def test_a_resend_keeps_the_message_id(plain_server: SmtpServer) -> None:
    deliver(settings(plain_server.port), None, message())
    deliver(settings(plain_server.port), None, message())
    deliver(settings(plain_server.port), None, message(message_id_key="invoice:FA-2025-0043"))

    ids = [r.message["Message-ID"] for r in plain_server.received]
    assert ids[0] == ids[1] != ids[2]


@pytest.mark.parametrize(
    ("reply", "permanent"), [("550 5.1.1 No such user", True), ("450 4.2.1 Mailbox busy", False)]
)
def test_a_refused_recipient_is_permanent_only_for_5xx(reply: str, permanent: bool) -> None:
    with running_smtp_server(refuse_recipients={"compta@client.example": reply}) as server:
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(server.port), None, message())
    assert failure.value.permanent is permanent
    assert failure.value.smtp_code == int(reply[:3])
    assert server.received == []


def test_a_server_down_fails_quickly_and_is_temporary() -> None:
    started = time.monotonic()
    with pytest.raises(DeliveryFailed) as failure:
        deliver(settings(free_port()), None, message())
    assert failure.value.permanent is False
    assert time.monotonic() - started < 2.0


def test_a_silent_server_times_out_as_temporary() -> None:
    # Accepts the TCP connection (backlog) but never says 220.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(port, timeout_s=0.5), None, message())
    assert failure.value.permanent is False
    assert time.monotonic() - started < 3.0


def test_an_invalid_recipient_is_a_permanent_failure(plain_server: SmtpServer) -> None:
    with pytest.raises(DeliveryFailed) as failure:
        deliver(settings(plain_server.port), None, message(recipient="compta client.example"))
    assert failure.value.permanent is True
    assert plain_server.received == []


# --- STARTTLS and implicit TLS: certificate and host name verified ------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_self_signed_certificate_is_refused_unless_trusted(
    security: str, cert: SelfSignedCert
) -> None:
    with running_smtp_server(security, cert=cert) as server:
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(server.port, security), None, message())
        assert failure.value.permanent is True
        assert "certificate" in failure.value.reason
        assert server.received == []

        deliver(settings(server.port, security, cafile=cert.certfile), None, message())
        [got] = server.received
        assert plain_body(got) == BODY


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_trusted_certificate_for_another_host_is_refused(security: str, tmp_path: Path) -> None:
    other = make_self_signed_cert(tmp_path, dns_names=("smtp.other.example",), ip_addresses=())
    with running_smtp_server(security, cert=other) as server:
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(server.port, security, cafile=other.certfile), None, message())
        assert failure.value.permanent is True
        assert server.received == []


def test_a_missing_cafile_is_a_permanent_failure(tmp_path: Path) -> None:
    missing = str(tmp_path / "absent.pem")
    with pytest.raises(DeliveryFailed) as failure:
        deliver(settings(free_port(), "tls", cafile=missing), None, message())
    assert failure.value.permanent is True


def test_starttls_against_a_server_without_it_never_falls_back_to_clear_text(
    plain_server: SmtpServer, cert: SelfSignedCert
) -> None:
    with pytest.raises(DeliveryFailed) as failure:
        deliver(settings(plain_server.port, "starttls", cafile=cert.certfile), None, message())
    assert failure.value.permanent is True
    assert plain_server.received == []


# --- AUTH ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_auth_with_the_right_password_delivers(security: str, cert: SelfSignedCert) -> None:
    users = {"factures": "s3cret-é"}
    with running_smtp_server(security, cert=cert, users=users) as server:
        config = settings(server.port, security, cafile=cert.certfile, user="factures")
        deliver(config, "s3cret-é", message())
        assert len(server.received) == 1


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_auth_with_a_wrong_password_is_permanent(security: str, cert: SelfSignedCert) -> None:
    with running_smtp_server(security, cert=cert, users={"factures": "s3cret"}) as server:
        config = settings(server.port, security, cafile=cert.certfile, user="factures")
        with pytest.raises(DeliveryFailed) as failure:
            deliver(config, "wrong", message())
        assert failure.value.permanent is True
        assert failure.value.smtp_code == 535
        assert server.received == []


def test_a_server_requiring_auth_refuses_an_anonymous_sender(cert: SelfSignedCert) -> None:
    with running_smtp_server("starttls", cert=cert, users={"factures": "s3cret"}) as server:
        with pytest.raises(DeliveryFailed) as failure:
            deliver(settings(server.port, "starttls", cafile=cert.certfile), None, message())
        assert failure.value.permanent is True
        assert server.received == []


# --- building the message and checking settings (no server) --------------------------------------


def test_the_message_id_depends_on_the_key_only() -> None:
    config = settings(25)
    first = build_email(config, message(), datetime(2025, 1, 1, tzinfo=UTC))
    later = build_email(config, message(body="autre"), datetime(2025, 2, 1, tzinfo=UTC))
    without_key = build_email(config, message(message_id_key=None))
    assert first["Message-ID"] == later["Message-ID"]
    assert first["Message-ID"].endswith("@deepetch.example>")
    assert without_key["Message-ID"] != first["Message-ID"]
    assert first["Date"] == "Wed, 01 Jan 2025 00:00:00 +0000"


def test_a_subject_cannot_inject_headers() -> None:
    with pytest.raises(BadInput) as refused:
        build_email(settings(25), message(subject="Facture\r\nBcc: tous@example.com"))
    assert refused.value.field == "subject"


@pytest.mark.parametrize(
    ("host", "port", "security", "sender", "field"),
    [
        ("", 587, "starttls", "a@b.example", "host"),
        ("   ", 587, "starttls", "a@b.example", "host"),
        ("smtp.example", 0, "starttls", "a@b.example", "port"),
        ("smtp.example", 65536, "starttls", "a@b.example", "port"),
        ("smtp.example", 587, "ssl", "a@b.example", "security"),
        ("smtp.example", 587, "starttls", "factures", "sender"),
        ("smtp.example", 587, "starttls", "a@@b.example", "sender"),
        ("smtp.example", 587, "starttls", "a b@b.example", "sender"),
    ],
)
def test_bad_settings_name_the_field(
    host: str, port: int, security: str, sender: str, field: str
) -> None:
    with pytest.raises(BadInput) as refused:
        check_smtp_settings(host, port, security, sender, "")
    assert refused.value.field == field


def test_good_settings_pass() -> None:
    for security in ("none", "starttls", "tls"):
        # A user without encryption passes only once allowed (test_smtp_cleartext.py).
        check_smtp_settings("smtp.example", 465, security, "factures@société.example", "u",
                            allow_cleartext_auth=security == "none")
