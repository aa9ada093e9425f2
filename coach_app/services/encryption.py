"""The data key as the user meets it: asked for, its recovery key shown once, replaced.

The window and the command line each install their way of asking (``set_prompt``);
``store.keys`` does the rest.
"""

from __future__ import annotations

from pathlib import Path

from coach_app.store import crypto, keys
from coach_app.store.database import Database
from coach_app.store.keys import Ask, DataLocked, Prompt

__all__ = [
    "Ask",
    "DataLocked",
    "Prompt",
    "change_passphrase",
    "is_encrypted",
    "new_recovery_key",
    "recovery_shown",
    "recovery_to_show",
    "set_prompt",
]

MIN_PASSPHRASE = keys.MIN_PASSPHRASE
ENV_PASSPHRASE = keys.ENV_PASSPHRASE


def set_prompt(prompt: Prompt | None) -> None:
    keys.set_prompt(prompt)


def is_encrypted(db: Database) -> bool:
    return crypto.known_key(db.path.parent) is not None


def recovery_to_show(db: Database) -> str | None:
    """The recovery key made when the data was first encrypted, until it is confirmed."""
    return keys.recovery_to_show(db.path.parent)


def recovery_shown(db: Database) -> None:
    keys.recovery_shown(db.path.parent)


def new_recovery_key(db: Database) -> str:
    """A new recovery key in place of the old one (lost, or seen by someone)."""
    return keys.new_recovery_key(db.path.parent)


def change_passphrase(db: Database, passphrase: str) -> None:
    keys.set_passphrase(db.path.parent, passphrase)


def key_file(database: Path) -> Path:
    return keys.key_file(database.parent)
