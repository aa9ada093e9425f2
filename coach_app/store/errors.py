"""Problems of the environment (locked, read-only, full, corrupt, too new), as clear messages.

These are expected: the user can do something about them, so they carry a message in the
user's language and, where it helps, the path of the newest backup. Anything else from the
database is a bug and is left to surface with its traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlalchemy import exc

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick
from coach_app.store.backup import newest

# The encrypted database speaks through sqlcipher3, whose errors mirror sqlite3's.
_SQLITE_ERRORS = (sqlite3.Error, sqlcipher3.Error)


class StoreError(CoachError):
    """The local database cannot be used as asked; ``str()`` says what to do."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        self.path = path
        super().__init__(message)


class DatabaseLocked(StoreError):
    pass


class DatabaseReadOnly(StoreError):
    pass


class DiskFull(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, backup: Path | None) -> None:
        self.backup = backup
        super().__init__(_corrupt_message(path, backup), path)


class DatabaseTooNew(StoreError):
    pass


class CannotOpen(StoreError):
    pass


class NotADatabase(StoreError):
    pass


def not_a_database(path: Path) -> NotADatabase:
    return NotADatabase(
        pick(
            f"데이터베이스 파일이 아닙니다: {path}\nCoach 데이터베이스(.sqlite3) 파일을 고르세요.",
            f"This is not a database file: {path}\nChoose a Coach database (.sqlite3) file.",
        ),
        path,
    )


def locked(path: Path) -> DatabaseLocked:
    return DatabaseLocked(
        pick(
            f"데이터베이스가 다른 프로그램에서 사용 중입니다: {path}\n"
            "Coach 창이 이미 열려 있는지 확인하고, 잠시 후 다시 시도하세요.",
            f"The database is in use by another program: {path}\n"
            "Check whether Coach is already open, then try again in a moment.",
        ),
        path,
    )


def read_only(path: Path, backup: Path | None = None) -> DatabaseReadOnly:
    hint = _backup_hint(backup)
    return DatabaseReadOnly(
        pick(
            f"데이터베이스 파일에 쓸 수 없습니다(읽기 전용): {path}\n"
            f"파일과 폴더의 쓰기 권한을 확인하세요.{hint[0]}",
            f"The database file cannot be written (read-only): {path}\n"
            f"Check the write permission of the file and its folder.{hint[1]}",
        ),
        path,
    )


def disk_full(path: Path) -> DiskFull:
    return DiskFull(
        pick(
            f"디스크 공간이 부족하여 저장하지 못했습니다: {path}\n"
            "입력한 내용은 창에 남아 있습니다. 공간을 확보한 뒤 다시 저장하세요.",
            f"The disk is full, so nothing was saved: {path}\n"
            "What you typed is still on screen. Free some space, then save again.",
        ),
        path,
    )


def too_new(path: Path, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        pick(
            "이 데이터베이스는 더 새로운 버전의 Coach로 만들어졌습니다 "
            f"(스키마 {revision}): {path}\n"
            "Coach를 최신 버전으로 업데이트하세요. 파일은 변경하지 않았습니다.",
            f"This database was made by a newer version of Coach (schema {revision}): {path}\n"
            "Update Coach to the latest version. The file was not changed.",
        ),
        path,
    )


def cannot_open(path: Path, reason: str) -> CannotOpen:
    return CannotOpen(
        pick(
            f"데이터베이스를 열 수 없습니다: {path}\n원인: {reason}",
            f"The database cannot be opened: {path}\nReason: {reason}",
        ),
        path,
    )


def _backup_hint(backup: Path | None) -> tuple[str, str]:
    if backup is None:
        return ("", "")
    return (
        f"\n가장 최근 백업: {backup}",
        f"\nNewest backup: {backup}",
    )


def _corrupt_message(path: Path, backup: Path | None) -> str:
    if backup is None:
        return pick(
            f"데이터베이스 파일이 손상되었습니다: {path}\n"
            "백업이 없습니다. 서버와 동기화하여 자료를 다시 받거나 관리자에게 문의하세요.",
            f"The database file is damaged: {path}\n"
            "There is no backup. Sync with the server to download your data again, "
            "or ask your administrator.",
        )
    return pick(
        f"데이터베이스 파일이 손상되었습니다: {path}\n가장 최근 백업: {backup}\n",
        f"The database file is damaged: {path}\nNewest backup: {backup}\n",
    ) + restore_hint(path, backup)


def restore_hint(path: Path, backup: Path) -> str:
    """The command that puts ``backup`` back in place of ``path``."""
    command = f'coach-app restore --db "{path}" "{backup}"'
    return pick(f"복원하려면: {command}", f"To restore it: {command}")


def translate(error: BaseException, path: Path) -> StoreError | None:
    """The StoreError for an environment problem behind ``error``, or None for a bug."""
    backup = newest(path)
    cause = error.orig if isinstance(error, exc.DBAPIError) else error
    if not isinstance(cause, _SQLITE_ERRORS):
        return None
    name = getattr(cause, "sqlite_errorname", "") or ""
    text = str(cause).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return locked(path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return read_only(path, backup)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return disk_full(path)
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or ("file is not a database" in text)
    ):
        return DatabaseCorrupt(path, backup)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")):
        return cannot_open(path, str(cause))
    return None


@contextmanager
def environment_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environment errors inside the block into StoreErrors."""
    try:
        yield
    except (exc.DBAPIError, *_SQLITE_ERRORS) as error:
        translated = translate(error, path)
        if translated is None:
            raise
        raise translated from error
