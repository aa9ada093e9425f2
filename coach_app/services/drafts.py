"""Unsaved form contents, written while the user types, so a crash loses nothing.

Each draft is one small JSON file beside the database, sealed like every file there
(``store.crypto``) and replaced atomically; it is removed when the form is saved or
deliberately discarded, and offered back at the next start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach_app.store import crypto


@dataclass(frozen=True)
class Draft:
    key: str
    payload: dict[str, Any]


def folder(database: Path) -> Path:
    return database.parent / "drafts" / database.stem


def save(database: Path, key: str, payload: dict[str, Any]) -> None:
    target = folder(database) / f"{key}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    data = json.dumps(payload, ensure_ascii=False).encode()
    data_key = crypto.key_for(database.parent)
    with partial.open("wb") as file:
        file.write(_sealer(data_key).seal(data) if data_key is not None else data)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(target)


def discard(database: Path, key: str) -> None:
    (folder(database) / f"{key}.json").unlink(missing_ok=True)


def pending(database: Path) -> list[Draft]:
    """Drafts left behind (by a crash or a kill), oldest first."""
    found = []
    paths = sorted(folder(database).glob("*.json"), key=lambda p: p.stat().st_mtime)
    data_key = crypto.key_for(database.parent)
    for path in paths:
        try:
            data = path.read_bytes()
            if data_key is not None and crypto.is_sealed(data):
                data = _sealer(data_key).open(data)
            found.append(Draft(path.stem, json.loads(data.decode("utf-8"))))
        except (OSError, ValueError):
            continue  # a draft cut off mid-write (or altered) is not worth a crash
    return found


def _sealer(key: bytes) -> crypto.Sealer:
    return crypto.Sealer(key, "drafts v1")
