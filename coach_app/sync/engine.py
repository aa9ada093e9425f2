"""One sync: check, send the outbox and attachments, pull, follow the scope, fetch files.

Every step is its own transaction on each side and can be interrupted at any instant: the
next sync carries on from what was committed, with nothing lost and nothing applied twice.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import delete, select

from coach_app.domain.errors import Cancelled, CoachError
from coach_app.domain.messages import pick
from coach_app.domain.roles import Role
from coach_app.store.database import DEMO_MARK, Database
from coach_app.store.files import FileStore
from coach_app.store.models import Assignment, SyncRun
from coach_app.store.outbox import APPLYING_REMOTE
from coach_app.sync import blobs, credentials, errors, journal, pull, push, state
from coach_app.sync.connection import Connection, ServerAddress, connect
from coach_app.sync.server import server_head
from coach_app.sync.tables import ORDERED


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    rejected: int = 0
    uploaded: int = 0
    downloaded: int = 0
    companies_added: int = 0
    companies_removed: int = 0
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)
    # Changes the server holds back behind another open transaction, waiting since then.
    held_back_since: dt.datetime | None = None
    # The changes the server refused, each with its reason.
    refusals: list[journal.Refusal] = field(default_factory=list)
    # The copy of the database taken before this sync first changed it (None: no change).
    backup: str | None = None


@dataclass(frozen=True)
class Identity:
    user_id: uuid.UUID
    login: str
    role: Role


Progress = Callable[[str], None]
# How long changes may wait behind another transaction before the user is told.
HELD_BACK_NOTICE = dt.timedelta(minutes=2)


def sync(db: Database, address: ServerAddress, progress: Progress | None = None) -> SyncReport:
    """Run one full sync of ``db`` with the server at ``address``; each run, whole or not,
    is kept in the sync history."""
    _refuse_demo(db)
    began, started = journal.now(), time.perf_counter()
    report = SyncReport()
    backup_once = journal.BackupOnce(db.path)
    try:
        _sync(db, address, progress or (lambda _text: None), report, backup_once)
    except Exception as error:
        report.seconds = time.perf_counter() - started
        report.backup = str(backup_once.taken) if backup_once.taken else None
        _keep(db, report, began, error)
        raise
    report.seconds = time.perf_counter() - started
    report.backup = str(backup_once.taken) if backup_once.taken else None
    _keep(db, report, began, None)
    return report


def _sync(
    db: Database,
    address: ServerAddress,
    say: Progress,
    report: SyncReport,
    before_write: Callable[[], None],
) -> None:
    files = FileStore.beside(db.path)
    try:
        with connect(address, autocommit=True) as server:
            me = _check(server, db, address)
            say(pick("사진·파일을 보내는 중", "Sending photos and files"))
            report.uploaded = blobs.upload_pending(server, db, files)
            say(pick("변경 내용을 보내는 중", "Sending changes"))
            if state.pending_changes(db):
                before_write()
            # Each chunk is told, and each is where a cancel stops: what was sent or
            # received so far stays, and the next sync carries on from there.
            pushed = push.push(
                server,
                db,
                progress=lambda n: say(
                    pick(f"변경 내용을 보내는 중 ({n:,}건 보냄)", f"Sending changes ({n:,} sent)")
                ),
            )
            report.pushed, report.new_conflicts = pushed.pushed, pushed.conflicts
            report.rejected = len(pushed.rejected)
            report.refusals = [
                journal.Refusal(table, row_id, reason)
                for (table, row_id), reason in zip(pushed.rejected, pushed.reasons, strict=True)
            ]
            # Rows whose edit met a conflict or a refusal go back to the server's values
            # (the typed side is in the conflict): the pull would not bring them.
            pull.refresh(server, db, before_write)
            say(pick("변경 내용을 받는 중", "Receiving changes"))
            first = state.load(db).cursor_version == 0
            report.pulled = pull.pull(
                server,
                db,
                progress=lambda n: say(
                    pick(
                        f"변경 내용을 받는 중 ({n:,}건 받음)", f"Receiving changes ({n:,} received)"
                    )
                ),
                before_write=before_write,
            )
            _sign_in(db, me)
            added, removed = _follow_scope(server, db, me, first, before_write)
            report.companies_added, report.companies_removed = added, removed
            say(pick("사진·파일을 받는 중", "Receiving photos and files"))
            report.downloaded = blobs.download_missing(server, db, files)
    except psycopg.Error as error:
        if errors.is_connection_problem(error):
            raise errors.interrupted(str(error).strip()) from error
        raise
    current = state.load(db)
    current.last_sync = dt.datetime.now(dt.UTC).isoformat()
    state.save(db, current)
    _tell_held_back(report, current)
    report.open_conflicts = state.open_conflicts(db)


def _keep(db: Database, report: SyncReport, began: dt.datetime, error: Exception | None) -> None:
    """Write the run into the sync history; a failure to do so never hides the sync's own."""
    if error is None:
        outcome, message = "ok", ""
    elif isinstance(error, Cancelled):
        outcome, message = "cancelled", ""
    else:
        outcome = "failed"
        message = str(error)
        if not isinstance(error, CoachError):
            message = f"{type(error).__name__}: {message}"
    run = SyncRun(
        started_at=began,
        seconds=report.seconds,
        outcome=outcome,
        sent=report.pushed,
        received=report.pulled,
        conflicts=report.new_conflicts - report.rejected,
        uploaded=report.uploaded,
        downloaded=report.downloaded,
        refused=[r.as_json() for r in report.refusals],
        messages=list(report.messages),
        error=message,
        backup=report.backup,
    )
    try:
        journal.record(db, run)
    except Exception:
        if error is None:
            raise
        journal.log.exception("the sync history could not keep a failed sync")


def _tell_held_back(report: SyncReport, current: state.SyncState) -> None:
    """Say so when the pull has waited long on a transaction someone keeps open."""
    if current.held_back_since is None:
        return
    since = dt.datetime.fromisoformat(current.held_back_since)
    report.held_back_since = since
    if dt.datetime.now(dt.UTC) - since < HELD_BACK_NOTICE:
        return
    local = since.astimezone().strftime("%Y-%m-%d %H:%M")
    report.messages.append(
        pick(
            f"서버에서 다른 연결이 트랜잭션을 끝내지 않고 있어 {local}부터 일부 변경 내용을 "
            "받지 못하고 기다리는 중입니다. 그 트랜잭션이 끝나면 다음 동기화에서 받습니다. "
            "계속되면 관리자에게 알리세요 (오래 열린 트랜잭션).",
            f"Some changes on the server have been waiting since {local} for another "
            "connection to finish its transaction; they come with the next sync once it "
            "ends. If this goes on, tell your administrator (a long-open transaction).",
        )
    )


def _refuse_demo(db: Database) -> None:
    if db.setting(DEMO_MARK):
        raise errors.SyncError(
            pick(
                "데모 자료가 든 데이터베이스는 서버와 동기화할 수 없습니다. "
                "새 데이터베이스 파일로 연결하세요.",
                "A database holding demo data cannot sync with a "
                "server; connect a new database file.",
            )
        )


def _check(server: Connection, db: Database, address: ServerAddress) -> Identity:
    """Schema versions and who this is, in one query; nothing is sent before it passes."""
    row = server.execute(
        "SELECT (SELECT version_num FROM coach.alembic_version) AS schema, "
        "u.id, u.role, session_user AS login "
        "FROM (SELECT 1) AS one LEFT JOIN coach.users u "
        "ON u.login = session_user AND u.deleted_at IS NULL AND u.active"
    ).fetchone()
    assert row is not None
    expected = server_head()
    if row["schema"] != expected:
        from coach_app.sync.server import server_script

        try:
            known = server_script().get_revision(row["schema"]) is not None
        except Exception:  # an id this program has never heard of
            known = False
        if known:
            raise errors.server_too_old(row["schema"], expected)
        raise errors.client_too_old(str(row["schema"]), expected)
    if row["id"] is None:
        raise errors.not_a_user(row["login"])
    saved = state.load(db)
    if saved.owner not in (None, row["login"]):
        raise errors.SyncError(
            pick(
                f"이 데이터베이스는 '{saved.owner}' 사용자의 것입니다. "
                "다른 사용자는 자신의 데이터베이스 파일을 쓰세요.",
                f"This database belongs to '{saved.owner}'; another user "
                "needs a database file of their own.",
            )
        )
    saved.owner, saved.login = row["login"], row["login"]
    saved.server_url = credentials.split_password(address.url)[0]  # never the password
    saved.schema = expected
    state.save(db, saved)
    return Identity(row["id"], row["login"], Role(row["role"]))


def _sign_in(db: Database, me: Identity) -> None:
    if db.actor != me.user_id:
        db.set_current_user(me.user_id)


def _active_companies(db: Database, me: Identity) -> set[uuid.UUID]:
    today = dt.date.today()
    with db.read() as session:
        return set(
            session.scalars(
                select(Assignment.company_id).where(
                    Assignment.coach_id == me.user_id,
                    (Assignment.ends_on.is_(None)) | (Assignment.ends_on >= today),
                )
            )
        )


def _follow_scope(
    server: Connection,
    db: Database,
    me: Identity,
    first: bool,
    before_write: Callable[[], None],
) -> tuple[int, int]:
    """A coach's laptop holds the assigned companies: fetch new ones, let ended ones go."""
    if me.role is not Role.COACH:
        return 0, 0
    saved = state.load(db)
    active = _active_companies(db, me)
    known = saved.scope_ids()
    added = [] if first else sorted(active - known)
    removed = sorted(known - active)
    if added or removed:
        before_write()
    if added:
        pull.download(server, db, pull.company_rows(server, added))
    if removed:
        # The outbox was pushed earlier in this sync, so nothing typed here is lost.
        _purge(db, removed)
    saved.scope = sorted(str(c) for c in active)
    state.save(db, saved)
    return len(added), len(removed)


def _purge(db: Database, companies: list[uuid.UUID]) -> None:
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        for table in reversed(ORDERED):
            clause = table.local_company_clause(companies)
            if clause is not None:
                session.execute(delete(table.table).where(clause))
