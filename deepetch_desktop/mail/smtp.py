"""Sending one message over SMTP; every failure comes out as `DeliveryFailed`."""

from __future__ import annotations

import base64
import smtplib
import ssl
from dataclasses import dataclass
from typing import ClassVar

from deepetch_desktop.domain.errors import BadInput, DeepetchError
from deepetch_desktop.mail.message import (
    OutgoingMessage,
    SmtpSettings,
    build_email,
    check_smtp_settings_of,
)

CLEARTEXT_REFUSED = ("password not sent: the connection is not encrypted (security none) and "
                     "sending it in clear was not allowed")


@dataclass(eq=False)
class DeliveryFailed(DeepetchError):
    """The message was not accepted by the server.

    `permanent` means retrying unchanged will not help (bad credentials, a certificate that is
    not trusted, a 5xx refusal, invalid settings): someone must fix something first. Otherwise
    (server down, timeout, 4xx) the outbox should simply try again later. `smtp_code` is the
    server's reply code when there was one.
    """

    reason: str
    permanent: bool
    smtp_code: int | None = None
    needs_password: bool = False  # a user is set and no password was given: ask for one
    credentials_refused: bool = False  # the server refused the user and password for good

    code: ClassVar[str] = "delivery_failed"


def deliver(settings: SmtpSettings, password: str | None, message: OutgoingMessage) -> None:
    """Send `message`; return only once the server has accepted it for delivery.

    TLS ("tls" and "starttls") verifies the certificate chain and the host name against the
    system trust store, or against `settings.cafile` alone when it is given. Without TLS, a
    user's password is sent only if `settings.allow_cleartext_auth`; otherwise nothing is sent.
    """
    try:
        check_smtp_settings_of(settings)
        email = build_email(settings, message)
    except BadInput as exc:
        reason = (CLEARTEXT_REFUSED if exc.problem == "cleartext_password"
                  else f"invalid {exc.field}: {exc.problem}")
        raise DeliveryFailed(reason, permanent=True) from exc
    if settings.user and not password:
        raise DeliveryFailed("no password for the SMTP user", permanent=True,
                             needs_password=True)

    try:
        context = (
            ssl.create_default_context(cafile=settings.cafile)
            if settings.security != "none"
            else None
        )
    except OSError as exc:
        raise DeliveryFailed(f"cannot read cafile: {exc}", permanent=True) from exc

    client: smtplib.SMTP | None = None
    accepted = False
    try:
        client = _connect(settings, context)
        if settings.user:
            assert password is not None
            _login(client, settings.user, password)
        client.send_message(email, from_addr=settings.sender, to_addrs=[message.recipient])
        accepted = True
    except smtplib.SMTPException as exc:
        raise _from_smtp_error(exc) from exc
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryFailed(
            f"TLS certificate refused: {exc.verify_message}", permanent=True
        ) from exc
    except ssl.SSLError as exc:
        raise DeliveryFailed(f"TLS failure: {exc}", permanent=False) from exc
    except TimeoutError as exc:
        raise DeliveryFailed("timeout", permanent=False) from exc
    except OSError as exc:
        raise DeliveryFailed(f"connection failed: {exc}", permanent=False) from exc
    finally:
        if client is not None:
            # After a failure, a polite QUIT could wait another full timeout: just hang up.
            if accepted:
                _close_quietly(client)
            else:
                client.close()


def _connect(settings: SmtpSettings, context: ssl.SSLContext | None) -> smtplib.SMTP:
    if settings.security == "tls":
        assert context is not None
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout_s, context=context
        )
    client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
    try:
        if settings.security == "starttls":
            assert context is not None
            client.ehlo()
            # starttls() raises SMTPNotSupportedError when the server does not offer it: we never
            # fall back to sending in clear text.
            client.starttls(context=context)
            client.ehlo()
    except BaseException:
        client.close()
        raise
    return client


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    # smtplib encodes credentials as ASCII; RFC 4616 PLAIN is UTF-8, so accents go this way.
    client.ehlo_or_helo_if_needed()
    if "plain" not in client.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN, needed for a non-ASCII password")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _close_quietly(client: smtplib.SMTP) -> None:
    # Once the server has said 250 to the DATA, the message is delivered; a failing QUIT must not
    # turn that into an error that would make the outbox send it a second time.
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _from_smtp_error(exc: smtplib.SMTPException) -> DeliveryFailed:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()), (None, b""))
        return _by_code("recipient refused", code, text)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # 454 is "temporary authentication failure": worth a retry. Anything else is bad
        # credentials, and retrying them could get the account locked.
        failed = _by_code("authentication failed", exc.smtp_code, exc.smtp_error, default=True)
        failed.credentials_refused = failed.permanent
        return failed
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _by_code("sender refused", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code("server refused", exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        # STARTTLS, AUTH or SMTPUTF8 missing on the server: a configuration problem.
        return DeliveryFailed(f"not supported by the server: {exc}", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return DeliveryFailed(f"server disconnected: {exc}", permanent=False)
    return DeliveryFailed(f"SMTP error: {exc}", permanent=False)


def _by_code(
    what: str, code: int | None, text: bytes | str, default: bool = False
) -> DeliveryFailed:
    detail = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    if code is None or not 400 <= code <= 599:
        permanent = default
    else:
        permanent = code >= 500
    return DeliveryFailed(f"{what} ({code}): {detail}".strip(), permanent=permanent, smtp_code=code)
