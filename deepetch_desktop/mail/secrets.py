"""The SMTP password, kept in the system keyring and never in the database or a plain file.

Headless servers and cron jobs without a Secret Service can instead set the environment variable
`DEEPETCH_SMTP_PASSWORD`; it is only read (when the keyring holds nothing), never written.

`keyring` (tens of milliseconds, its backends found at import) is imported when a password is
stored, read or deleted (issue 12): the settings' module and the outbox import this one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from deepetch_desktop.domain.errors import BadInput, DeepetchError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "deepetch-desktop"
PASSWORD_ENV_VAR = "DEEPETCH_SMTP_PASSWORD"

# keyrings.alt only holds backends keyring itself calls "not recommended", among them one that
# writes passwords to a plain file.
_REFUSED_MODULE_PREFIX = "keyrings.alt"


@dataclass(eq=False)
class NoKeyring(DeepetchError):
    """No usable system keyring: the password cannot be stored (use the environment variable)."""

    backend: str
    reason: str = "no_backend"

    code: ClassVar[str] = "no_keyring"
    exit_status: ClassVar[int] = 2


def keyring_username(host: str, user: str) -> str:
    return f"smtp:{user}@{host.strip().lower()}"


def keyring_available() -> bool:
    """True when a real keyring backend is active (not the fail backend, priority above 0)."""
    return _usable_backend() is not None


def store_password(host: str, user: str, password: str) -> None:
    """Store (or replace) the password; raise `NoKeyring` when there is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    if not password:
        raise BadInput("password", "empty")
    backend = _usable_backend()
    if backend is None:
        raise NoKeyring(_backend_name(keyring.get_keyring()))
    try:
        backend.set_password(SERVICE_NAME, keyring_username(host, user), password)
    except KeyringError as exc:
        raise NoKeyring(_backend_name(backend), reason=f"set_failed: {exc}") from exc


def load_password(host: str, user: str) -> str | None:
    """The keyring's password, else `DEEPETCH_SMTP_PASSWORD` when set, else None."""
    from keyring.errors import KeyringError

    backend = _usable_backend()
    if backend is not None:
        try:
            stored = backend.get_password(SERVICE_NAME, keyring_username(host, user))
        except KeyringError:
            # A locked or broken keyring should not stop a cron job that has the variable set.
            stored = None
        if stored:
            return stored
    return os.environ.get(PASSWORD_ENV_VAR) or None


def delete_password(host: str, user: str) -> bool:
    """Remove the stored password; True when one was there. Without a keyring, nothing to do."""
    from keyring.errors import KeyringError, PasswordDeleteError

    backend = _usable_backend()
    if backend is None:
        return False
    username = keyring_username(host, user)
    try:
        if backend.get_password(SERVICE_NAME, username) is None:
            return False
        backend.delete_password(SERVICE_NAME, username)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise NoKeyring(_backend_name(backend), reason=f"delete_failed: {exc}") from exc
    return True


def _usable_backend() -> KeyringBackend | None:
    """The backend to talk to: the active one, or the best acceptable one behind a chainer."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    active = keyring.get_keyring()
    if isinstance(active, ChainerBackend):
        return next((b for b in active.backends if _acceptable(b)), None)
    return active if _acceptable(active) else None


def _acceptable(backend: KeyringBackend) -> bool:
    from keyring.backends.fail import Keyring as FailKeyring

    if isinstance(backend, FailKeyring):
        return False
    if type(backend).__module__.startswith(_REFUSED_MODULE_PREFIX):
        return False
    try:
        priority = float(backend.priority)
    except Exception:
        # Backends report "not usable here" by raising from their priority property.
        return False
    return priority > 0


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"
