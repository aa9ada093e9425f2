"""Encryption at rest: the SQLCipher connection and the sealing of files beside it.

A lost laptop must leak nothing, so the database (SQLCipher 4 with a raw 256-bit key: no
key derivation on each connection) and every file beside it (photos, attachments,
drafts) are encrypted with keys that come from one random data key. Files are sealed
with AES-GCM under a key derived by HKDF; a sealed file starts with a small header (magic
and version) and its nonce, and the header is authenticated with the contents.

Which data key belongs to which folder is remembered here for the run (``remember``);
``store.keys`` finds it (keyring, passphrase, recovery key) and remembers it.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32
NONCE_SIZE = 12
MAGIC = b"COACHENC"
VERSION = 1
HEADER = MAGIC + bytes([VERSION])
OVERHEAD = len(HEADER) + NONCE_SIZE + 16  # header, nonce, GCM tag
SQLITE_HEADER = b"SQLite format 3\x00"
# Only for measuring what encryption costs (bench/encryption.py): a run that keeps new
# databases and files in the clear. Never set it for real work.
PLAIN_FOR_BENCHMARK = "COACH_UNENCRYPTED_FOR_BENCHMARK"

LOCK_FILE = "coach-key.lock"

_KEYS: dict[Path, bytes] = {}
_quiet = False


class NotSealed(ValueError):
    """Bytes that are not a sealed file of this version, or were altered."""


def plain_for_benchmark() -> bool:
    return os.environ.get(PLAIN_FOR_BENCHMARK) == "1"


def new_key() -> bytes:
    return os.urandom(KEY_SIZE)


def remember(folder: Path, key: bytes) -> None:
    """The data key of the databases and files in ``folder``, for the rest of the run."""
    _KEYS[Path(folder).absolute()] = key


def forget(folder: Path) -> None:
    _KEYS.pop(Path(folder).absolute(), None)


def known_key(folder: Path) -> bytes | None:
    return _KEYS.get(Path(folder).absolute())


def key_for(folder: Path) -> bytes | None:
    """The data key for ``folder`` (None when running unencrypted for a benchmark).

    Files are only read or written once the database beside them was opened, which
    unlocked the key; anything else is a bug, not something to ask the user about."""
    key = known_key(folder)
    if key is None and not plain_for_benchmark():
        raise RuntimeError(f"the data key of {folder} is not unlocked")
    return key


def derive(key: bytes, purpose: str) -> bytes:
    """A separate key for each use of the data key (files, drafts, the key check)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=b"coach " + purpose.encode()
    ).derive(key)


class Sealer:
    """AES-GCM with a fresh random nonce for each sealing."""

    def __init__(self, key: bytes, purpose: str = "files v1") -> None:
        self._aead = AESGCM(derive(key, purpose))

    def seal(self, plain: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return HEADER + nonce + self._aead.encrypt(nonce, plain, HEADER)

    def open(self, sealed: bytes) -> bytes:
        if not is_sealed(sealed) or len(sealed) < OVERHEAD:
            raise NotSealed("not a sealed file")
        nonce = sealed[len(HEADER) : len(HEADER) + NONCE_SIZE]
        try:
            return self._aead.decrypt(nonce, sealed[len(HEADER) + NONCE_SIZE :], HEADER)
        except InvalidTag as error:
            raise NotSealed("sealed with another key, or altered") from error


def is_sealed(data: bytes) -> bool:
    return data.startswith(HEADER)


def is_plain_database(path: Path) -> bool:
    """An unencrypted SQLite file (an encrypted one has no readable header)."""
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def may_be_database(path: Path) -> bool:
    """False for a file that cannot be a database, plain or encrypted: one with no SQLite
    header whose size is not a whole number of pages (SQLCipher writes 4 KiB pages) or
    whose first bytes read as text (encrypted pages look random)."""
    if is_plain_database(path):
        return True
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            start = file.read(4096)
    except OSError:
        return True  # not ours to judge: opening it says what is wrong
    if size % 512:
        return False
    return not _reads_as_text(start)


def _reads_as_text(data: bytes) -> bool:
    if not data or b"\x00" in data:
        return False
    try:  # the last character may be cut by the 4 KiB read
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


def sqlcipher_key(key: bytes) -> str:
    """SQLCipher's raw-key form: used as it is, no PBKDF2 on each connection."""
    return f"x'{key.hex()}'"


def quiet_sqlcipher() -> None:
    """SQLCipher prints "hmac check failed" on stderr for a wrong key or a damaged page;
    the user gets a clear message instead."""
    global _quiet
    if _quiet:
        return
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
    _quiet = True


def connect(target: str | Path, key: bytes | None, *, uri: bool = False) -> Any:
    """A raw DB-API connection to an encrypted database (or a plain one when ``key`` is
    None), for backups, checks and the migration; the app itself goes through SQLAlchemy."""
    import sqlcipher3

    quiet_sqlcipher()
    connection = sqlcipher3.connect(str(target), uri=uri)
    if key is not None:
        connection.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return connection


def fsync_file(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def fsync_folder(folder: Path) -> None:
    """A rename is durable once its folder is synced (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(target: Path, data: bytes) -> None:
    """``data`` in ``target`` whole or not at all, even if the machine stops half-way."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".writing")
    with partial.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(target)
    fsync_folder(target.parent)


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """One process at a time makes a folder's key or encrypts it (two would each make a
    key, and one key file would lose). The lock is the OS's: a killed holder frees it."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK_FILE).open("a+b") as file:
        if sys.platform == "win32":
            import msvcrt

            while True:
                file.seek(0)
                try:
                    msvcrt.locking(file.fileno(), msvcrt.LK_LOCK, 1)  # retries for 10 s
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                file.seek(0)
                msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(file.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(file.fileno(), fcntl.LOCK_UN)
