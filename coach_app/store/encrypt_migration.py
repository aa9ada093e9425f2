"""An unencrypted database and its files, encrypted in place, losing nothing on a crash.

Each file is encrypted into a new file beside it, synced, checked, then renamed over the
original: at any instant a file is whole in one form or the other. A journal file marks
the work as under way, so a start after a crash carries on with whatever is left (the
database may already be encrypted while photos are not); it is removed last.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from coach_app.store import backup, crypto
from coach_app.store.crypto import is_plain_database

__all__ = ["encrypt_database", "is_plain_database", "journal", "needed", "run"]

JOURNAL = "coach-encrypting.journal"
log = logging.getLogger(__name__)


def journal(folder: Path) -> Path:
    return folder / JOURNAL


def needed(database: Path) -> bool:
    return journal(database.parent).exists() or is_plain_database(database)


def run(database: Path, key: bytes) -> None:
    """Encrypt ``database``, its backups, the attachment files and the drafts beside it."""
    folder = database.parent
    with crypto.folder_lock(folder):
        if needed(database):  # else another process did it while this one waited
            _run(database, key)


def _run(database: Path, key: bytes) -> None:
    folder = database.parent
    marker = journal(folder)
    if not marker.exists():
        crypto.write_atomically(marker, f"encrypting {database.name}\n".encode())
    log.info("encrypting the local data in place")
    if is_plain_database(database):
        encrypt_database(database, key)
    for copy in backup.list_backups(database):
        if is_plain_database(copy):
            encrypt_database(copy, key)
    sealer = crypto.Sealer(key)
    _seal_attachments(folder / "files", sealer)
    _seal_drafts(folder / "drafts", crypto.Sealer(key, "drafts v1"))
    marker.unlink()
    crypto.fsync_folder(folder)
    log.info("local data encrypted")


def encrypt_database(path: Path, key: bytes) -> None:
    """``path`` (a plain SQLite file) replaced by an encrypted copy of it."""
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)  # left by a crash: made again from the original
    source = crypto.connect(path, None)
    try:
        source.isolation_level = None
        # Everything into the main file and no -wal left: a -wal beside the encrypted file
        # would be read as pages of it.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA journal_mode = DELETE")
        tables = source.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        source.execute(
            f'ATTACH DATABASE ? AS encrypted KEY "{crypto.sqlcipher_key(key)}"', (str(target),)
        )
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    crypto.fsync_file(target)
    check = crypto.connect(target, key)
    try:
        sound = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        copied = check.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        check.close()
    if not sound or copied != tables:
        target.unlink(missing_ok=True)
        raise RuntimeError(f"the encrypted copy of {path} did not check out")
    for leftover in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + leftover).unlink(missing_ok=True)
    target.replace(path)
    crypto.fsync_folder(path.parent)


def _seal_attachments(root: Path, sealer: crypto.Sealer) -> None:
    if not root.exists():
        return
    for path in sorted(root.glob("*/*")):
        if path.suffix == ".partial":
            # A download cut off, in the clear: fetched again at the next sync.
            path.unlink(missing_ok=True)
            continue
        if path.name.endswith(".writing"):
            path.unlink(missing_ok=True)  # a sealing cut off: its original is still there
            continue
        if not path.is_file():
            continue
        data = path.read_bytes()
        # Named by the hash of their plain bytes: a file whose bytes still hash to its name
        # is plain, whatever it starts with.
        if hashlib.sha256(data).hexdigest() == path.name:
            crypto.write_atomically(path, sealer.seal(data))


def _seal_drafts(root: Path, sealer: crypto.Sealer) -> None:
    if not root.exists():
        return
    for path in sorted(root.glob("*/*.partial")):
        path.unlink(missing_ok=True)  # a draft cut off mid-write, in the clear
    for path in sorted(root.glob("*/*.json")):
        data = path.read_bytes()
        if not crypto.is_sealed(data):
            crypto.write_atomically(path, sealer.seal(data))
