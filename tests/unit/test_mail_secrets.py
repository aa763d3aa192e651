"""The SMTP password in the keyring, and the environment override for headless machines."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordDeleteError

from deepetch_desktop.mail.secrets import (
    PASSWORD_ENV_VAR,
    SERVICE_NAME,
    NoKeyring,
    delete_password,
    keyring_available,
    load_password,
    store_password,
)

HOST, USER = "smtp.example.fr", "factures@example.fr"


class MemoryKeyring(KeyringBackend):
    """An in-memory backend, as a real Secret Service would behave."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class ZeroPriorityKeyring(MemoryKeyring):
    priority = 0


class PlainFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring, which writes passwords to a plain file."""


PlainFileKeyring.__module__ = "keyrings.alt.file"

Install = Callable[[KeyringBackend], KeyringBackend]


@pytest.fixture(autouse=True)
def no_env_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV_VAR, raising=False)


@pytest.fixture
def use_backend() -> Iterator[Install]:
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def memory(use_backend: Install) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_backend(backend)
    return backend


def test_store_load_delete(memory: MemoryKeyring) -> None:
    assert keyring_available() is True
    assert load_password(HOST, USER) is None

    store_password(HOST, USER, "mot de passe é")
    assert load_password(HOST, USER) == "mot de passe é"
    assert load_password("SMTP.Example.FR ", USER) == "mot de passe é"
    assert load_password(HOST, "someone-else") is None
    assert memory.items == {(SERVICE_NAME, f"smtp:{USER}@{HOST}"): "mot de passe é"}

    store_password(HOST, USER, "nouveau")
    assert load_password(HOST, USER) == "nouveau"

    assert delete_password(HOST, USER) is True
    assert load_password(HOST, USER) is None
    assert delete_password(HOST, USER) is False


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), ZeroPriorityKeyring(), PlainFileKeyring()],
    ids=["fail", "null", "priority-0", "plain-file"],
)
def test_without_a_real_backend_nothing_is_stored(
    use_backend: Install, backend: KeyringBackend
) -> None:
    use_backend(backend)
    assert keyring_available() is False
    with pytest.raises(NoKeyring) as refused:
        store_password(HOST, USER, "secret")
    assert refused.value.code == "no_keyring"
    assert refused.value.exit_status == 2
    if isinstance(backend, MemoryKeyring):
        assert backend.items == {}
    assert load_password(HOST, USER) is None
    assert delete_password(HOST, USER) is False


def test_env_override_is_used_only_when_the_keyring_has_nothing(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV_VAR, "from-env")
    assert load_password(HOST, USER) == "from-env"

    store_password(HOST, USER, "from-keyring")
    assert load_password(HOST, USER) == "from-keyring"
    assert ("from-env" in memory.items.values()) is False


def test_env_override_works_on_a_headless_machine(
    use_backend: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_backend(fail.Keyring())
    monkeypatch.setenv(PASSWORD_ENV_VAR, "from-env")
    assert load_password(HOST, USER) == "from-env"
    with pytest.raises(NoKeyring):
        store_password(HOST, USER, "secret")


def test_an_empty_env_variable_is_no_password(
    memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV_VAR, "")
    assert load_password(HOST, USER) is None
