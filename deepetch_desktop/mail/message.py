"""SMTP settings, outgoing messages, and their conversion into a UTF-8 MIME e-mail."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.domain.identity import is_email_address

SECURITY_MODES: tuple[str, ...] = ("none", "starttls", "tls")

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send. The password is not here: it lives in the system keyring."""

    host: str
    port: int
    security: str  # "none" | "starttls" | "tls"
    sender: str
    user: str = ""
    cafile: str | None = None
    timeout_s: float = 20.0
    # Security "none" with a user sends the password as readable text: only when someone
    # said so (smtp set --allow-cleartext-auth, or the dialog's confirmation).
    allow_cleartext_auth: bool = False
    # The sending database's own random id, in every Message-ID: two installations that both
    # send their F2026-000001 to the same accountant must not give it the same Message-ID.
    installation_id: str = ""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mimetype: str = "application/pdf"


@dataclass(frozen=True)
class OutgoingMessage:
    """One e-mail to one recipient. `message_id_key` (e.g. an outbox key) fixes the Message-ID."""

    recipient: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()
    message_id_key: str | None = None


def check_smtp_settings(host: str, port: int, security: str, sender: str, user: str,
                        allow_cleartext_auth: bool = False) -> None:
    """Raise `BadInput` naming the first unacceptable field; return None when all are fine.

    A user without encryption is refused (`security`, `cleartext_password`) unless
    `allow_cleartext_auth`: the password would cross the network as readable text."""
    if not host.strip():
        raise BadInput("host", "empty", host)
    if any(c.isspace() for c in host.strip()) or _CONTROL_RE.search(host):
        raise BadInput("host", "contains_spaces", host)
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise BadInput("port", "out_of_range", port)
    if security not in SECURITY_MODES:
        raise BadInput("security", "unknown", security)
    if not is_email_address(sender):
        raise BadInput("sender", "invalid_email", sender)
    if _CONTROL_RE.search(user):
        raise BadInput("user", "control_characters", user)
    if sends_password_in_clear(security, user) and not allow_cleartext_auth:
        raise BadInput("security", "cleartext_password", security)


def sends_password_in_clear(security: str, user: str) -> bool:
    """Whether logging in means sending the password unencrypted (no TLS, a user)."""
    return security == "none" and bool(user.strip())


def check_smtp_settings_of(settings: SmtpSettings) -> None:
    check_smtp_settings(
        settings.host, settings.port, settings.security, settings.sender, settings.user,
        settings.allow_cleartext_auth,
    )


def message_id_for(key: str, sender: str, installation_id: str = "") -> str:
    """A Message-ID that depends only on the installation, `key` and the sender's domain, so
    a resend reuses it and another installation's message with the same key does not."""
    unique = f"{installation_id}/{key}" if installation_id else key
    digest = hashlib.sha256(unique.encode("utf-8")).hexdigest()[:40]
    return f"<{digest}@{_domain_of(sender)}>"


def build_email(
    settings: SmtpSettings, message: OutgoingMessage, now: datetime | None = None
) -> EmailMessage:
    """Build the MIME message (UTF-8 text body, attachments, Date, Message-ID).

    Raises `BadInput` for a recipient that is not an e-mail address, or a header value with a
    line break (which would otherwise let a subject inject headers).
    """
    if not is_email_address(message.recipient):
        raise BadInput("recipient", "invalid_email", message.recipient)
    if not is_email_address(settings.sender):
        raise BadInput("sender", "invalid_email", settings.sender)
    if _CONTROL_RE.search(message.subject):
        raise BadInput("subject", "control_characters", message.subject)
    for attachment in message.attachments:
        _check_attachment(attachment)

    when = now if now is not None else datetime.now(UTC)
    if when.tzinfo is None:
        raise BadInput("now", "naive_datetime", when)

    email = EmailMessage()
    email["From"] = settings.sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Date"] = format_datetime(when)
    if message.message_id_key is not None:
        email["Message-ID"] = message_id_for(message.message_id_key, settings.sender,
                                             settings.installation_id)
    else:
        email["Message-ID"] = make_msgid(domain=_domain_of(settings.sender))
    email.set_content(message.body, subtype="plain", charset="utf-8")
    for attachment in message.attachments:
        maintype, subtype = attachment.mimetype.split("/", 1)
        email.add_attachment(
            attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return email


def _check_attachment(attachment: Attachment) -> None:
    if not attachment.filename.strip() or _CONTROL_RE.search(attachment.filename):
        raise BadInput("attachment.filename", "invalid", attachment.filename)
    if re.fullmatch(r"[\w.+-]+/[\w.+-]+", attachment.mimetype) is None:
        raise BadInput("attachment.mimetype", "invalid", attachment.mimetype)


def _domain_of(address: str) -> str:
    domain = address.rpartition("@")[2]
    # Message-IDs must be ASCII: an internationalised domain goes out in its IDNA form.
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return "deepetch-desktop.invalid"
