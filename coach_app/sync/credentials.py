"""Passwords live in the operating system's keyring, never in a settings file."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

import keyring
from keyring.errors import KeyringError

SERVICE = "coach-app"


def _key(url: str, login: str) -> str:
    parts = urlsplit(url)
    return f"{login}@{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"


def get_password(url: str, login: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(url, login))
    except KeyringError:
        return None


def store_password(url: str, login: str, password: str) -> bool:
    """Keep the password; False when this machine has no keyring to keep it in."""
    try:
        keyring.set_password(SERVICE, _key(url, login), password)
    except KeyringError:
        return False
    return True


def forget_password(url: str, login: str) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, _key(url, login))
