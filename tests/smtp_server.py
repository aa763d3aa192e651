"""A real SMTP server (aiosmtpd) on 127.0.0.1 for tests: plain, STARTTLS or TLS, optional AUTH."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import tempfile
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class SelfSignedCert:
    """PEM files: `certfile` doubles as the cafile a client must be given to trust the server."""

    certfile: str
    keyfile: str


@dataclass(frozen=True)
class ReceivedMessage:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message: EmailMessage


@dataclass
class SmtpServer:
    controller: Controller
    received: list[ReceivedMessage]
    port: int
    cert: SelfSignedCert | None = None


class _Controller(Controller):
    def factory(self) -> SMTP:
        # Implicit TLS with AUTH needs auth_require_tls=False (aiosmtpd only counts STARTTLS as
        # TLS), and aiosmtpd then warns of a danger that does not exist on that connection.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            return SMTP(self.handler, **self.SMTP_kwargs)


@dataclass
class _Handler:
    received: list[ReceivedMessage]
    # address -> SMTP reply, e.g. {"nobody@example.com": "550 5.1.1 No such user"}
    refuse_recipients: Mapping[str, str] = field(default_factory=dict)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refuse_recipients:
            return self.refuse_recipients[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        # Lines arrive with CRLF; parse them as Python text so bodies compare with "\n".
        parsed = email.message_from_bytes(raw.replace(b"\r\n", b"\n"), policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(
            ReceivedMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                raw=raw,
                message=parsed,
            )
        )
        return "250 Message accepted for delivery"


def make_self_signed_cert(
    directory: str | Path,
    dns_names: tuple[str, ...] = ("localhost",),
    ip_addresses: tuple[str, ...] = ("127.0.0.1",),
) -> SelfSignedCert:
    """A self-signed EC certificate (fast to make) valid for the given names and addresses."""
    key = ec.generate_private_key(ec.SECP256R1())
    common_name = dns_names[0] if dns_names else ip_addresses[0]
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
    alt_names += [x509.IPAddress(ipaddress.ip_address(a)) for a in ip_addresses]
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    certfile, keyfile = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return SelfSignedCert(certfile=str(certfile), keyfile=str(keyfile))


def free_port() -> int:
    """A port nothing listens on right now (also what a "server down" test connects to)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_smtp_server(
    tls: str = "none",
    *,
    cert: SelfSignedCert | None = None,
    users: Mapping[str, str] | None = None,
    refuse_recipients: Mapping[str, str] | None = None,
    port: int | None = None,
    auth_in_clear: bool = False,
) -> tuple[Controller, list[ReceivedMessage], int]:
    """Start a server; stop it with `controller.stop()`.

    `tls` is "none", "starttls" (required before MAIL) or "tls" (implicit, SMTP_SSL); both TLS
    modes need `cert`. With `users` (login -> password), AUTH is required, and offered only over
    TLS unless `auth_in_clear` (an old server that takes passwords on a plain connection). Pass
    `port` to restart on the same port after a stop (a "server back up" test).
    """
    if tls not in ("none", "starttls", "tls"):
        raise ValueError(f"unknown tls mode {tls!r}")
    if tls != "none" and cert is None:
        raise ValueError("a TLS server needs a certificate: make_self_signed_cert(tmp_path)")
    received: list[ReceivedMessage] = []
    handler = _Handler(received, dict(refuse_recipients or {}))
    kwargs: dict[str, Any] = {}
    if cert is not None and tls != "none":
        server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_ctx.load_cert_chain(cert.certfile, cert.keyfile)
        if tls == "tls":
            kwargs["ssl_context"] = server_ctx
        else:
            kwargs.update(tls_context=server_ctx, require_starttls=True)
    if users is not None:
        kwargs.update(
            authenticator=_authenticator(dict(users)),
            auth_required=True,
            auth_require_tls=(tls != "tls" and not auth_in_clear),
        )
    for _attempt in range(5):
        chosen = port if port is not None else free_port()
        controller = _Controller(handler, hostname="127.0.0.1", port=chosen, **kwargs)
        try:
            controller.start()
        except OSError:
            if port is not None:
                raise
            continue  # another process took the port between free_port() and start()
        return controller, received, chosen
    raise RuntimeError("no free port for the SMTP server")


@contextmanager
def running_smtp_server(
    tls: str = "none",
    *,
    cert: SelfSignedCert | None = None,
    users: Mapping[str, str] | None = None,
    refuse_recipients: Mapping[str, str] | None = None,
    port: int | None = None,
    auth_in_clear: bool = False,
) -> Iterator[SmtpServer]:
    """`start_smtp_server` as a context manager; a certificate is made if TLS needs one."""
    with tempfile.TemporaryDirectory(prefix="deepetch-smtp-") as folder:
        if tls != "none" and cert is None:
            cert = make_self_signed_cert(folder)
        controller, received, chosen = start_smtp_server(
            tls, cert=cert, users=users, refuse_recipients=refuse_recipients, port=port,
            auth_in_clear=auth_in_clear,
        )
        try:
            yield SmtpServer(controller, received, chosen, cert)
        finally:
            controller.stop()


def _authenticator(users: dict[str, str]) -> Any:
    def authenticate(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        # handled=False makes aiosmtpd answer 535 itself on a failure.
        return AuthResult(success=users.get(login) == password, handled=False)

    return authenticate
