"""A keyring backend for the tests: a JSON file named by DEEPETCH_TEST_KEYRING (what a real
keyring would keep, readable by the test), so that a login remembered by one process is found
by the next one. Chosen with keyring.set_keyring(FileKeyring()) in the test's process, and
PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring in the processes it starts. It is the
benchmarks' file keyring under the tests' own variable."""

from __future__ import annotations

from typing import ClassVar

from benchmarks import file_keyring

ENV = "DEEPETCH_TEST_KEYRING"


class FileKeyring(file_keyring.FileKeyring):
    env: ClassVar[str] = ENV
