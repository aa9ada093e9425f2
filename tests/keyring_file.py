"""A keyring for the tests: one file per entry in the tests' private folder.

Set through ``COACH_KEYRING_BACKEND`` (tests/conftest.py), it holds the data keys of the
test databases, for the test process and the programs it starts alike, on machines that
have no keyring daemon. It keeps secrets in plain files: for tests only.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FOLDER = "COACH_TEST_KEYRING_FOLDER"


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self, service: str, username: str) -> Path:
        name = hashlib.sha256(f"{service}\0{username}".encode()).hexdigest()
        return Path(os.environ[FOLDER]) / name

    def get_password(self, service: str, username: str) -> str | None:
        path = self._path(service, username)
        return path.read_text() if path.exists() else None

    def set_password(self, service: str, username: str, password: str) -> None:
        path = self._path(service, username)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(password)
        partial.replace(path)

    def delete_password(self, service: str, username: str) -> None:
        self._path(service, username).unlink(missing_ok=True)
