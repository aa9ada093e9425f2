"""Attachment contents on disk, addressed by their SHA-256: the same bytes are kept once.

Files are kept sealed (``store.crypto``) under the hash of their plain bytes; a download
in progress is kept as sealed chunks, so no photo lies in the clear on disk at any time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from coach_app.store import crypto

# Photos are downscaled on the way in; anything larger is refused.
MAX_SIZE = 20 * 1024 * 1024


class FileStore:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        # None only when running unencrypted to measure what encryption costs.
        self._sealer = crypto.Sealer(key) if key is not None else None

    @classmethod
    def beside(cls, database: Path) -> FileStore:
        return cls(database.parent / "files", crypto.key_for(database.parent))

    def path(self, content_hash: str) -> Path:
        return self.root / content_hash[:2] / content_hash

    def has(self, content_hash: str) -> bool:
        return self.path(content_hash).is_file()

    def read(self, content_hash: str) -> bytes:
        """The plain bytes of a file this store holds."""
        data = self.path(content_hash).read_bytes()
        return self._sealer.open(data) if self._sealer is not None else data

    def put(self, data: bytes) -> str:
        content_hash = hashlib.sha256(data).hexdigest()
        if not self.has(content_hash):
            self._keep(content_hash, data)
        return content_hash

    def _keep(self, content_hash: str, data: bytes) -> None:
        target = self.path(content_hash)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with partial.open("wb") as file:
            file.write(self._sealer.seal(data) if self._sealer is not None else data)
            file.flush()
            os.fsync(file.fileno())
        partial.replace(target)

    # A download resumes chunk by chunk: the partial file holds each chunk sealed apart.

    def partial(self, content_hash: str) -> Path:
        """Where a download in progress is kept, so it can resume."""
        target = self.path(content_hash)
        target.parent.mkdir(parents=True, exist_ok=True)
        return target.with_suffix(".partial")

    def received(self, content_hash: str, chunk: int) -> int:
        """How many plain bytes of a download in chunks of ``chunk`` bytes are kept
        whole; a chunk cut off half-way is dropped."""
        partial = self.partial(content_hash)
        if not partial.exists():
            return 0
        frame = chunk + self._overhead()
        whole = partial.stat().st_size // frame
        with partial.open("r+b") as file:
            file.truncate(whole * frame)
        return whole * chunk

    def receive(self, content_hash: str, data: bytes) -> None:
        """Append one chunk of a download (every chunk but the last has the full size)."""
        with self.partial(content_hash).open("ab") as file:
            file.write(self._sealer.seal(data) if self._sealer is not None else data)

    def finish(self, content_hash: str, chunk: int) -> bool:
        """Keep a completed download if its bytes hash right; else discard it."""
        partial = self.partial(content_hash)
        raw = partial.read_bytes()
        if self._sealer is None:
            data = raw
        else:
            frame = chunk + self._overhead()
            try:
                data = b"".join(
                    self._sealer.open(raw[i : i + frame]) for i in range(0, len(raw), frame)
                )
            except crypto.NotSealed:
                data = b""
        if hashlib.sha256(data).hexdigest() != content_hash:
            partial.unlink(missing_ok=True)
            return False
        self._keep(content_hash, data)
        partial.unlink(missing_ok=True)
        return True

    def _overhead(self) -> int:
        return crypto.OVERHEAD if self._sealer is not None else 0
