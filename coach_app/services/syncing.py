"""Syncing with the agency's server, and settling the conflicts it leaves."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError
from coach_app.domain.messages import pick, record_kind
from coach_app.domain.sync_marks import SyncMark
from coach_app.services.records import SyncConflictRecord, SyncRunRecord, records
from coach_app.store.database import Database
from coach_app.store.models import MODEL_BY_TABLE, OutboxEntry, SyncConflict
from coach_app.store.queries import sync_status
from coach_app.store.queries.conflicts import conflicts as stored_conflicts
from coach_app.store.serialize import from_json
from coach_app.store.types import utcnow
from coach_app.sync import state

# The sync engine, psycopg and the keyring load when a sync starts, not with the window.
if TYPE_CHECKING:
    from coach_app.sync.connection import ServerAddress
    from coach_app.sync.engine import SyncReport
    from coach_app.sync.tls import ServerTls
    from coach_app.sync.verify import Difference

PasswordPrompt = Callable[[str, str], str | None]


def server_settings(db: Database) -> tuple[str | None, str | None]:
    saved = state.load(db)
    return saved.server_url, saved.login


def address(
    db: Database,
    url: str | None,
    login: str | None,
    password: str | None = None,
    tls: ServerTls | None = None,
) -> ServerAddress:
    """Where to sync and as whom; a password written into the address is taken out of it
    (and used), so the address can be shown and saved as it is. The certificate settings
    are the laptop's saved ones unless ``tls`` (one run's) is given."""
    saved_url, saved_login = server_settings(db)
    url, login = url or saved_url, login or saved_login
    if not url:
        raise ValidationError([FieldProblem("server", "required")])
    if not login:
        raise ValidationError([FieldProblem("login", "required")])
    from coach_app.sync import credentials
    from coach_app.sync import tls as certificates
    from coach_app.sync.connection import ServerAddress

    url, embedded = credentials.split_password(url)
    tls = certificates.load(db) if tls is None else tls
    if ca_file := tls.parameters(url).get("sslrootcert"):
        certificates.check_ca_file(ca_file)  # gone since it was chosen: say so plainly
    return ServerAddress(
        url, login, password or embedded or credentials.get_password(url, login), tls
    )


def tls_settings(db: Database) -> ServerTls:
    """This laptop's CA certificate file and whether it verifies the server."""
    from coach_app.sync import tls

    return tls.load(db)


def save_tls_settings(db: Database, ca_file: str | None, verify: bool) -> ServerTls:
    """Keep the certificate settings for every later connection (the CA file is checked
    first; nothing is saved when it is not a readable PEM certificate)."""
    from coach_app.sync import tls

    return tls.save(db, tls.ServerTls(ca_file or None, verify))


T = TypeVar("T")


def _with_password(
    target: ServerAddress,
    run: Callable[[ServerAddress], T],
    ask: PasswordPrompt | None,
    messages: list[str],
    given: bool = False,
    advise_keyring: bool = True,
) -> T:
    """Run with the known password; if the server wants one, ask once (this run keeps it),
    then keep it in the keyring, or say how to get one when there is none."""
    from coach_app.sync import credentials, errors

    assert target.login is not None
    typed = None
    try:
        result = run(target)
    except errors.NotAuthorised:
        if ask is None or given:  # the password given for this run was refused
            raise
        typed = ask(target.url, target.login)
        if typed is None and target.password is not None:
            raise  # the kept password was refused and nobody can type another
        if typed is None:  # no terminal, no dialog: say where a password can come from
            raise errors.no_password(target.login, not credentials.has_keyring()) from None
        if not typed:
            raise
        result = run(replace(target, password=typed))
    password = typed or target.password
    kept = password and credentials.store_password(target.url, target.login, password)
    if (typed or given) and not kept and advise_keyring:
        messages.append(pick(*errors.KEYRING_HELP))
    return result


def run_sync(
    db: Database,
    url: str | None = None,
    login: str | None = None,
    ask: PasswordPrompt | None = None,
    progress: Callable[[str], None] | None = None,
    password: str | None = None,
    tls: ServerTls | None = None,
    piped: bool = False,
) -> SyncReport:
    """Sync, asking for the password once if needed, then keeping it in the keyring.

    A ``password`` typed into the GUI is kept the same way once the server accepted it.
    One ``piped`` in (``--password-stdin``) comes every run by design: no word on keyrings.
    """
    from coach_app.sync.engine import sync

    messages: list[str] = []
    report = _with_password(
        address(db, url, login, password, tls),
        lambda to: sync(db, to, progress),
        ask,
        messages,
        given=password is not None,
        advise_keyring=not piped,
    )
    report.messages.extend(messages)
    return report


def remember_server(db: Database, url: str, login: str) -> None:
    """Keep where to sync and as whom (never the password) for the next sync."""
    from coach_app.sync import credentials

    saved = state.load(db)
    saved.server_url, saved.login = credentials.split_password(url)[0], login
    state.save(db, saved)


def reachable(url: str, timeout: float = 2.0) -> bool:
    """Whether the server answers on its port at all (cheap; for the online indicator)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "localhost", parts.port or 5432), timeout=timeout
        ):
            return True
    except OSError:
        return False


def status(db: Database) -> tuple[int, int, dt.datetime | None]:
    """Changes waiting, open conflicts, and when the last sync finished."""
    return state.pending_changes(db), state.open_conflicts(db), state.load(db).last_sync_at


def conflicts(db: Database, open_only: bool = True) -> list[SyncConflictRecord]:
    with db.read() as session:
        return records(SyncConflictRecord, stored_conflicts(session, open_only))


def resolve(db: Database, conflict_id: uuid.UUID, keep: str, value: object = None) -> None:
    """Settle a conflict: keep ``theirs`` (the server's), ``mine``, or an edited ``value``.

    The chosen side is written as an edit over the server's side, through the outbox like
    any edit, so the next sync sends it (and a newer change on the server meanwhile is a
    new conflict, not an overwrite). Keeping theirs asks the next sync to take the row
    again from the server.
    """
    if keep not in ("mine", "theirs", "value"):
        raise ValidationError([FieldProblem("resolution", "unknown_choice", {"value": keep})])
    with db.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ValidationError(
                [FieldProblem("resolution", "not_found", {"value": str(conflict_id)})]
            )
        if keep != "theirs" and (
            conflict.kind == "rejected"
            or session.get(MODEL_BY_TABLE[conflict.table_name], conflict.row_id) is None
        ):
            raise RuleViolation(FieldProblem("resolution", "not_allowed", {"role": "server"}))
        waiting = _edits_waiting(session, conflict)
        if not waiting:
            _show_theirs(session, conflict)
        if keep != "theirs":
            _take_mine(session, conflict, keep, value)
        else:
            saved = state.load_in(session)
            saved.to_refresh([(conflict.table_name, conflict.row_id)])
            state.save_in(session, saved)
        conflict.resolved_at, conflict.resolution = utcnow(), keep


def _edits_waiting(session: Session, conflict: SyncConflict) -> bool:
    return (
        session.scalar(
            select(OutboxEntry.seq)
            .where(
                OutboxEntry.table_name == conflict.table_name,
                OutboxEntry.row_id == conflict.row_id,
            )
            .limit(1)
        )
        is not None
    )


def _show_theirs(session: Session, conflict: SyncConflict) -> None:
    """Put the server's side of the conflict in the row, as the server's (no outbox)."""
    from coach_app.store.outbox import APPLYING_REMOTE

    row = session.get(MODEL_BY_TABLE[conflict.table_name], conflict.row_id)
    if row is None or conflict.kind == "rejected":
        return
    columns = {c.name: c for c in row.__table__.columns}  # type: ignore[attr-defined]
    if conflict.kind == "field" and conflict.field:
        theirs = {conflict.field: conflict.theirs}
    elif conflict.kind == "delete":  # the server kept the row, with these edits
        theirs = {"deleted_at": None, **(conflict.theirs or {})}
    elif conflict.kind == "deleted":  # the server deleted the row
        theirs = {"deleted_at": conflict.theirs}
    else:
        return
    session.info[APPLYING_REMOTE] = True
    try:
        for name, raw in theirs.items():
            if name in columns:
                setattr(row, name, from_json(columns[name], raw))
        session.flush()
    finally:
        session.info[APPLYING_REMOTE] = False


def _take_mine(session: Session, conflict: SyncConflict, keep: str, value: object) -> None:
    model = MODEL_BY_TABLE[conflict.table_name]
    row = session.get(model, conflict.row_id)
    assert row is not None
    columns = {c.name: c for c in model.__table__.columns}  # type: ignore[attr-defined]
    if conflict.kind == "field" and conflict.field:
        chosen = conflict.mine if keep == "mine" else value
        setattr(row, conflict.field, from_json(columns[conflict.field], chosen))
    elif conflict.kind == "delete":
        row.deleted_at = utcnow()
    elif conflict.kind == "deleted":
        row.deleted_at = None
        for name, raw in (conflict.mine or {}).items():
            if name in columns and name != "deleted_at":
                setattr(row, name, from_json(columns[name], raw))


def check_against_server(
    db: Database,
    fix: bool = False,
    ask: PasswordPrompt | None = None,
    password: str | None = None,
    tls: ServerTls | None = None,
) -> tuple[list[Difference], int]:
    """Compare with the server by the rows' values; with ``fix``, take again what differs
    (the outbox stays)."""
    from coach_app.sync.connection import connect
    from coach_app.sync.verify import repair, verify

    def run(target: ServerAddress) -> tuple[list[Difference], int]:
        with connect(target, autocommit=True) as server:
            differences = verify(server, db)
            repaired = repair(server, db, differences) if fix and differences else 0
        return differences, repaired

    return _with_password(
        address(db, None, None, password, tls), run, ask, [], given=password is not None
    )


# --- what the coach can see of the sync -------------------------------------------------


def _never_syncs(db: Database) -> bool:
    # Demo data is a playground that cannot sync: its edits wait for nothing.
    from coach_app.store.database import DEMO_MARK

    return bool(db.setting(DEMO_MARK))


def _synced_before(db: Database) -> bool:
    saved = state.load(db)
    return saved.last_sync is not None or saved.cursor_version > 0


def marks(db: Database, table: str) -> tuple[dict[uuid.UUID, SyncMark], SyncMark]:
    """The rows of ``table`` not as the server has them, with their marks, and the mark
    of every other row (CONFIRMED, or LOCAL before the first sync)."""
    if _never_syncs(db):
        return {}, SyncMark.LOCAL
    default = SyncMark.CONFIRMED if _synced_before(db) else SyncMark.LOCAL
    with db.read() as session:
        return sync_status.marks(session, table), default


def company_marks(db: Database) -> tuple[dict[uuid.UUID, SyncMark], SyncMark]:
    """Like ``marks`` for the company list: a company is marked by the most pressing of
    its own row and of its records (a waiting visit makes its company wait)."""
    if _never_syncs(db):
        return {}, SyncMark.LOCAL
    default = SyncMark.CONFIRMED if _synced_before(db) else SyncMark.LOCAL
    with db.read() as session:
        return sync_status.company_marks(session), default


def mark(db: Database, table: str, row_id: uuid.UUID) -> tuple[SyncMark, list[str]]:
    """One record's mark, with the server's reasons for a refusal still open."""
    if _never_syncs(db):
        return SyncMark.LOCAL, []
    with db.read() as session:
        return sync_status.mark_of(session, table, row_id, _synced_before(db))


def history(db: Database, limit: int = 500) -> list[SyncRunRecord]:
    """The syncs kept on this laptop, newest first."""
    with db.read() as session:
        return records(SyncRunRecord, sync_status.runs(session, limit))


def retry_refused(db: Database, conflict_id: uuid.UUID) -> None:
    """Put a refused change back into its record as a new edit waiting to be sent, so
    the coach can correct it and the next sync sends it again.

    The refusal is closed (``retry``); if the server refuses again, a new one opens with
    its reason.
    """
    with db.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None or conflict.kind != "rejected":
            raise ValidationError(
                [FieldProblem("resolution", "not_found", {"value": str(conflict_id)})]
            )
        model = MODEL_BY_TABLE[conflict.table_name]
        columns = {c.name: c for c in model.__table__.columns}  # type: ignore[attr-defined]
        typed = {
            name: from_json(columns[name], raw)
            for name, raw in (conflict.mine or {}).items()
            if name in columns and name not in _KEPT_BY_SYNC
        }
        row = session.get(model, conflict.row_id)
        missing = _missing_parent(session, model, typed)
        if missing is not None:
            # Putting it back would break the link to its parent: told, and nothing changes,
            # so the refusal stays open to keep (until the parent is back) or to discard.
            raise RuleViolation(
                FieldProblem(
                    "refused_change", "parent_gone", {"parent": record_kind(missing).lower()}
                )
            )
        if row is None:  # a new record the server refused: this laptop let it go
            row = model()
            row.id = conflict.row_id
            session.add(row)
        for name, value in typed.items():
            setattr(row, name, value)
        conflict.resolved_at, conflict.resolution = utcnow(), "retry"


def _missing_parent(session: Session, model: type[Any], typed: dict[str, Any]) -> str | None:
    """The table of a record the typed values link to that is not on this laptop (refused
    with it, deleted on the server, or no longer in this laptop's scope), or None."""
    for column in model.__table__.columns:
        value = typed.get(column.name)
        if value is None:
            continue
        for key in column.foreign_keys:
            parent = MODEL_BY_TABLE.get(key.column.table.name)
            if parent is not None and session.get(parent, value) is None:
                return str(key.column.table.name)
    return None


# Set by the outbox on every edit, never taken from the refused change.
_KEPT_BY_SYNC = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "server_version"}
)


def passwords_kept() -> bool:
    """Whether this computer has a keyring to keep the server password in."""
    from coach_app.sync import credentials

    return credentials.has_keyring()
