"""Attachment contents on disk, addressed by their SHA-256: the same bytes are kept once."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Photos are downscaled on the way in; anything larger is refused.
MAX_SIZE = 20 * 1024 * 1024


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def beside(cls, database: Path) -> FileStore:
        return cls(database.parent / "files")

    def path(self, content_hash: str) -> Path:
        return self.root / content_hash[:2] / content_hash

    def has(self, content_hash: str) -> bool:
        return self.path(content_hash).is_file()

    def put(self, data: bytes) -> str:
        content_hash = hashlib.sha256(data).hexdigest()
        if not self.has(content_hash):
            target = self.path(content_hash)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            partial.write_bytes(data)
            with partial.open("rb") as file:
                os.fsync(file.fileno())
            partial.replace(target)
        return content_hash

    def partial(self, content_hash: str) -> Path:
        """Where a download in progress is kept, so it can resume."""
        target = self.path(content_hash)
        target.parent.mkdir(parents=True, exist_ok=True)
        return target.with_suffix(".partial")

    def finish(self, content_hash: str) -> bool:
        """Move a completed download into place if its bytes hash right; else discard it."""
        partial = self.partial(content_hash)
        digest = hashlib.sha256(partial.read_bytes()).hexdigest()
        if digest != content_hash:
            partial.unlink(missing_ok=True)
            return False
        partial.replace(self.path(content_hash))
        return True
