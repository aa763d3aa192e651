"""Password hashes: Argon2id (argon2-cffi), its parameters written in the hash itself, so that
a hash made with older parameters still verifies and is made again with today's at the next
successful login."""

from __future__ import annotations

from argon2 import PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): argon2-cffi's default.
PARAMETERS = profiles.RFC_9106_LOW_MEMORY
assert PARAMETERS.type is Type.ID

_hasher = PasswordHasher.from_parameters(PARAMETERS)


def use_parameters(parameters: object) -> None:
    """Hash with other Argon2id parameters from now on in this process (the tests use
    argon2.profiles.CHEAPEST: thousands of commands each check a password)."""
    global _hasher
    _hasher = PasswordHasher.from_parameters(parameters)  # type: ignore[arg-type]
    assert _hasher.type is Type.ID


def hash_password(password: str) -> str:
    """The Argon2id hash of `password` (a random salt each time)."""
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> tuple[bool, str | None]:
    """Whether `password` matches the hash `stored`, and when it does and the hash was made
    with other parameters than today's, the new hash to store instead (else None)."""
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if _hasher.check_needs_rehash(stored):
        return True, _hasher.hash(password)
    return True, None
