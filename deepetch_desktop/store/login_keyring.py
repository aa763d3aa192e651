"""The « remember me » token in the system keyring (never a password): one entry per
installation (the database's installation id), so that logins to different databases on the
same computer do not mix."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringError, PasswordDeleteError

from ..domain.errors import LoginNotRemembered

SERVICE_NAME = "deepetch-desktop"
# keyrings.alt only holds backends keyring itself calls "not recommended" (plain files).
_REFUSED_MODULE_PREFIX = "keyrings.alt"


def entry_name(installation_id: str) -> str:
    return f"login:{installation_id}"


def available() -> bool:
    """Whether a keyring that may keep a token works on this computer."""
    return _usable_backend() is not None


def unavailable() -> LoginNotRemembered:
    """The refusal to remember a login here, naming the keyring there is."""
    return LoginNotRemembered(_backend_name(keyring.get_keyring()))


def save_token(installation_id: str, token: str) -> None:
    """Keep `token` for this installation; LoginNotRemembered when no keyring works here."""
    backend = _usable_backend()
    if backend is None:
        raise LoginNotRemembered(_backend_name(keyring.get_keyring()))
    try:
        backend.set_password(SERVICE_NAME, entry_name(installation_id), token)
    except KeyringError as exc:
        raise LoginNotRemembered(_backend_name(backend)) from exc


def load_token(installation_id: str) -> str | None:
    """The token kept for this installation, or None (none kept, or no keyring here)."""
    backend = _usable_backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE_NAME, entry_name(installation_id)) or None
    except KeyringError:
        return None


def delete_token(installation_id: str) -> None:
    """Forget the token kept for this installation (nothing to do when none is)."""
    backend = _usable_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE_NAME, entry_name(installation_id))
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise LoginNotRemembered(_backend_name(backend)) from exc


def _usable_backend() -> KeyringBackend | None:
    active = keyring.get_keyring()
    if isinstance(active, ChainerBackend):
        return next((b for b in active.backends if _acceptable(b)), None)
    return active if _acceptable(active) else None


def _acceptable(backend: KeyringBackend) -> bool:
    if isinstance(backend, FailKeyring):
        return False
    if type(backend).__module__.startswith(_REFUSED_MODULE_PREFIX):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # backends say « not usable here » by raising from their priority
        return False


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"
