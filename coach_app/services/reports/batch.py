"""Many dossiers at once, one process per core.

Each worker opens the database itself (SQLite in WAL mode lets them read side by side) and
writes its reports, so the caller only sees progress and may cancel between reports.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select

from coach_app import logs, paths
from coach_app.domain.errors import FieldProblem, ValidationError
from coach_app.domain.messages import current_language, set_language
from coach_app.services.reports.documents import ReportKind, write_report
from coach_app.store import crypto
from coach_app.store.database import Database
from coach_app.store.models import (
    Assignment,
    Company,
)
from coach_app.store.queries.people import user_by_login
from coach_app.store.queries.programmes import programme_named

log = logs.log.getChild("batch")


class BatchFailure(NamedTuple):
    """A dossier the batch could not write: the company (as its file would be named) and a
    short message in the user's language; the traceback is in the log file."""

    company: str
    message: str


@dataclass(frozen=True)
class BatchResult:
    written: list[Path]
    failed: list[BatchFailure]
    cancelled: bool


def batch_companies(
    db: Database, programme: str | None = None, coach: str | None = None
) -> list[uuid.UUID]:
    """The companies of a programme (by name: the newest of that name, as everywhere) or
    of a coach (by login), assigned now."""
    with db.read() as session:
        query = select(Assignment.company_id)
        if programme:
            found = programme_named(session, programme)
            if found is None:
                raise ValidationError(
                    [FieldProblem("programme", "not_found", {"value": programme})]
                )
            query = query.where(Assignment.programme_id == found.id)
        if coach:
            user = user_by_login(session, coach)
            if user is None:
                raise ValidationError([FieldProblem("coach", "not_found", {"value": coach})])
            query = query.where(Assignment.coach_id == user.id)
        return list(dict.fromkeys(session.scalars(query)))


def file_name(company: str, brn: str) -> str:
    """A file name any system accepts, readable by the company's name."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", company).strip("._") or "company"
    return f"{safe}_{brn.replace('-', '')}.pdf"


def write_batch(
    db: Database,
    company_ids: list[uuid.UUID],
    folder: Path,
    workers: int | None = None,
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """All dossiers into ``folder``, ``workers`` processes at a time (default: the cores)."""
    folder.mkdir(parents=True, exist_ok=True)
    workers = max(1, workers or os.cpu_count() or 1)
    with db.read() as session:
        targets = {
            company.id: folder / file_name(company.name, company.brn)
            for company in session.scalars(select(Company).where(Company.id.in_(company_ids)))
        }
    written: list[Path] = []
    failed: list[BatchFailure] = []
    done = 0
    # "spawn" everywhere: forking a process that runs Qt threads can deadlock, and it is
    # what Windows does anyway.
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
        # The spawned workers get the data key from here (an argument through the pipe,
        # never the disk): they could not ask the user for it.
        initargs=(
            str(db.path),
            current_language(),
            font,
            str(_log_folder()),
            crypto.known_key(db.path.parent),
        ),
    ) as pool:
        waiting: dict[Future[BatchFailure | None], uuid.UUID] = {}
        queue = [c for c in company_ids if c in targets]
        stopped = False
        while queue or waiting:
            while queue and len(waiting) < workers * 2 and not stopped:
                company_id = queue.pop(0)
                waiting[pool.submit(_worker_dossier, company_id, targets[company_id])] = company_id
            finished, _ = wait(waiting, return_when=FIRST_COMPLETED)
            for future in finished:
                company_id = waiting.pop(future)
                failure = future.result()
                if failure is not None:
                    failed.append(failure)
                else:
                    written.append(targets[company_id])
                done += 1
                if progress:
                    progress(done, len(targets))
            if cancelled() and not stopped:
                stopped = True
                queue.clear()
    log.info(
        "batch: %d of %d dossiers written to %s, %d failed%s",
        len(written),
        len(targets),
        folder,
        len(failed),
        " (cancelled)" if stopped else "",
    )
    return BatchResult(written, failed, stopped)


def _log_folder() -> Path:
    """The folder the app logs to (set up at its start), else the user's log folder."""
    for handler in logs.log.handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name).parent
    return paths.log_folder()


# Each worker process keeps its own database connection and font between reports.
_worker_db: Database | None = None
_worker_font: str | None = None


def _worker_start(
    path: str, language: str, font: str | None, log_folder: str, key: bytes | None
) -> None:
    global _worker_db, _worker_font
    # A spawned worker starts with no logging: send its records to the app's log file.
    logs.setup(Path(log_folder))
    # Background work: on a laptop with two cores, two workers at full speed would take the
    # window's turn on the processor (it stalled for a tenth of a second and more).
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(10)
    set_language(language)
    if key is not None:
        crypto.remember(Path(path).parent, key)
    try:
        _worker_db = Database.open(Path(path), take_backup=False, check=False)
    except Exception:
        # The pool stops and the parent only hears that it broke: the cause is told here.
        log.exception("batch: a worker could not open %s", path)
        raise
    _worker_font = font


def _worker_dossier(company_id: uuid.UUID, target: Path) -> BatchFailure | None:
    assert _worker_db is not None
    try:
        write_report(_worker_db, ReportKind.DOSSIER, company_id, target, _worker_font)
    except Exception as error:  # reported per company; the batch goes on
        log.exception("batch: the dossier of %s (%s) failed", target.stem, company_id)
        return BatchFailure(target.stem, str(error) or type(error).__name__)
    return None
