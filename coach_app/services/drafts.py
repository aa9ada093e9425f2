"""Unsaved form contents, written while the user types, so a crash loses nothing.

Each draft is one small JSON file beside the database, replaced atomically; it is removed
when the form is saved or deliberately discarded, and offered back at the next start.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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
    with partial.open("w", encoding="utf-8") as file:
        json.dump(payload, file, ensure_ascii=False)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(target)


def discard(database: Path, key: str) -> None:
    (folder(database) / f"{key}.json").unlink(missing_ok=True)


def pending(database: Path) -> list[Draft]:
    """Drafts left behind (by a crash or a kill), oldest first."""
    found = []
    paths = sorted(folder(database).glob("*.json"), key=lambda p: p.stat().st_mtime)
    for path in paths:
        try:
            found.append(Draft(path.stem, json.loads(path.read_text("utf-8"))))
        except (OSError, ValueError):
            continue  # a draft cut off mid-write is not worth a crash
    return found
