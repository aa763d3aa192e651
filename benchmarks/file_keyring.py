"""The keyring of a benchmark run: a JSON file named by DEEPETCH_BENCH_KEYRING, in the run's
private home (benchmarks/__main__.py), where the harness keeps the administrator's « remember
me » token and every process it starts finds it, ours through `keyring`
(PYTHON_KEYRING_BACKEND=benchmarks.file_keyring.FileKeyring) and the floors by reading the file
(floors/remembered.py). The tests' keyring (tests/file_keyring.py) is this class under another
variable: the benchmarks do not import the tests.
The person running the benchmarks keeps their own keyring untouched."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "DEEPETCH_BENCH_KEYRING"
BACKEND = "benchmarks.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    env: ClassVar[str] = ENV  # the variable that names the file

    @properties.classproperty
    def priority(cls) -> float:
        """Usable only where the harness (or a test) named its file: keyring picks the best
        backend among every class it knows, and must not pick this one elsewhere."""
        if cls.env not in os.environ:
            raise RuntimeError(f"{cls.env} is not set")
        return 1

    @property
    def path(self) -> Path:
        return Path(os.environ[self.env])

    def _read(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _write(self, entries: dict[str, str]) -> None:
        self.path.write_text(json.dumps(entries, sort_keys=True), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._read()
        entries[f"{service}/{username}"] = password
        self._write(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(entries)
