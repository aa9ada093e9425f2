"""Push: the local outbox, in chunks, each applied on the server in one transaction.

Each operation is recorded in ``coach.applied_ops`` with its outcome in the same server
transaction that applies it, so a push replayed after a lost reply (or a killed process)
applies nothing twice and still learns what happened. Concurrent pushes of the same rows
serialise on advisory locks while their edits are merged field by field.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy import JSON, Column, and_, delete, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from coach_app.domain.messages import pick
from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry, SentChange, SyncConflict, Visit
from coach_app.store.serialize import from_json
from coach_app.store.types import utcnow
from coach_app.sync import errors, remote, state
from coach_app.sync.connection import Connection
from coach_app.sync.merge import Decision, FieldConflict, decide_delete, decide_update
from coach_app.sync.tables import BY_NAME

CHUNK = 1_000
LOCK_WAIT_S = 60
Row = dict[str, Any]
# What the server says when it will not take an operation (as opposed to a lost link).
REFUSALS = (
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.IntegrityError,
    psycopg.errors.DataError,
    psycopg.errors.RaiseException,
)


@dataclass
class Outcome:
    status: str = "applied"  # applied | conflict | rejected
    conflicts: list[FieldConflict] = field(default_factory=list)
    message: str = ""
    # Whether the server row was written (a new version the pull brings back); None for
    # outcomes recorded before this was kept.
    wrote: bool | None = None

    def as_json(self) -> Row:
        return {
            "status": self.status,
            "message": self.message,
            "conflicts": [c.__dict__ for c in self.conflicts],
            "wrote": self.wrote,
        }

    @classmethod
    def from_json(cls, data: Row) -> Outcome:
        return cls(
            data["status"],
            [FieldConflict(**c) for c in data.get("conflicts", [])],
            data.get("message", ""),
            data.get("wrote"),
        )

    @property
    def leaves_row_behind(self) -> bool:
        """The laptop's row may now differ from the server's and no pull will fix it:
        nothing was written there (a conflict, a refusal, an edit already made)."""
        return self.status != "applied" or not self.wrote


@dataclass
class PushReport:
    pushed: int = 0
    conflicts: int = 0
    rejected: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    # The server's reason for each refused change, in the order of ``rejected``.
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Op:
    seq: int
    op_id: uuid.UUID
    table: str
    row_id: uuid.UUID
    kind: str
    values: Row
    base: Row
    base_version: int | None


def push(
    server: Connection,
    db: Database,
    chunk: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> PushReport:
    chunk = chunk or CHUNK
    report = PushReport()
    while True:
        ops = _next_ops(db, chunk)
        if not ops:
            return report
        outcomes = _apply_on_server(server, ops)
        _settle_locally(db, ops, outcomes, report)
        report.pushed += len(ops)
        if progress:
            progress(report.pushed)


def _next_ops(db: Database, chunk: int) -> list[Op]:
    with db.read() as session:
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(chunk)))
        entries += _meeting_moves_after(session, entries)
        return [
            Op(
                e.seq,
                e.op_id,
                e.table_name,
                e.row_id,
                e.op,
                dict(e.values),
                dict(e.base),
                e.base_version,
            )
            for e in entries
        ]


def _meeting_moves_after(session: Session, entries: list[OutboxEntry]) -> list[OutboxEntry]:
    """The outbox entries after ``entries`` up to the last one that changes a meeting or a
    visit of a meeting touched in ``entries``: the server checks at commit that a meeting's
    visits are on its day (0014), so a moved meeting and its moved visits share a chunk."""
    if not entries:
        return []
    last = entries[-1].seq
    meetings = {e.row_id for e in entries if e.table_name == "meetings"}
    visit_ids = [e.row_id for e in entries if e.table_name == "visits"]
    for start in range(0, len(visit_ids), 500):
        meetings.update(
            m
            for m in session.scalars(
                select(Visit.meeting_id).where(Visit.id.in_(visit_ids[start : start + 500]))
            )
            if m is not None
        )
    if not meetings:
        return []
    visits = select(Visit.id).where(Visit.meeting_id.in_(meetings))
    end = session.scalar(
        select(func.max(OutboxEntry.seq)).where(
            OutboxEntry.seq > last,
            or_(
                and_(OutboxEntry.table_name == "meetings", OutboxEntry.row_id.in_(meetings)),
                and_(OutboxEntry.table_name == "visits", OutboxEntry.row_id.in_(visits)),
            ),
        )
    )
    if end is None:
        return []
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.seq > last, OutboxEntry.seq <= end)
            .order_by(OutboxEntry.seq)
        )
    )


# --- on the server ---------------------------------------------------------------------


def _apply_on_server(server: Connection, ops: list[Op]) -> dict[uuid.UUID, Outcome]:
    try:
        try:
            with server.transaction():
                return _apply(server, ops, careful=False)
        except (*REFUSALS, _NotApplied):
            pass
        # Something in the chunk was refused: go again one operation at a time, so the
        # refused ones are recorded and everything else still goes through. A meeting
        # whose visits end up on another day is refused whole, and the rest goes again.
        refused: dict[uuid.UUID, str] = {}
        for _attempt in range(len(ops)):
            try:
                with server.transaction():
                    return _apply(server, ops, careful=True, refused=refused)
            except _DaysApart as apart:
                refused.update(dict.fromkeys(apart.op_ids, apart.message))
        raise errors.SyncError(
            pick(
                "간담회와 그 방문의 날짜가 서버에서 맞춰지지 않았습니다. 다시 동기화해 보세요.",
                "The days of a meeting and its visits did not settle on the server; sync again.",
            )
        )
    except psycopg.errors.LockNotAvailable as error:
        raise errors.rows_held(LOCK_WAIT_S) from error


class _NotApplied(Exception):
    """An update touched no row: the server hides the row from this user."""


class _DaysApart(Exception):
    """The operations of one meeting leave its visits on another day than its own."""

    def __init__(self, op_ids: set[uuid.UUID], message: str) -> None:
        super().__init__(message)
        self.op_ids, self.message = op_ids, message


# Server 0014's check that a meeting's visits are on its day, a constraint trigger on both
# tables: it holds for a meeting and its visits together, never for one row alone.
_MEETING_DAY = "coach.check_meeting_day"
_NAMED_ROW = re.compile(r"(?:meeting|visit) ([0-9a-f-]{36})")


def _apply(
    server: Connection,
    ops: list[Op],
    careful: bool,
    refused: dict[uuid.UUID, str] | None = None,
) -> dict[uuid.UUID, Outcome]:
    done = {
        r["op_id"]: Outcome.from_json(r["outcome"])
        for r in server.execute(
            "SELECT op_id, outcome FROM coach.applied_ops WHERE op_id = ANY(%s)",
            ([o.op_id for o in ops],),
        )
    }
    todo = [o for o in ops if o.op_id not in done]
    if not todo:
        return done
    if careful:
        # Report a missing parent at the statement that needs it, not at commit; but a
        # meeting's day is checked once all its operations are in (``_check_days``).
        server.execute("SET CONSTRAINTS ALL IMMEDIATE")
        server.execute(f"SET CONSTRAINTS {_MEETING_DAY} DEFERRED")
    # Another session on these rows (a push, or someone holding them on purpose) is
    # waited for a minute at most: the watchdog ends a session blocking others for long.
    server.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'")
    server.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(x::text, 0)) "
        "FROM (SELECT DISTINCT unnest(%s::uuid[]) AS x ORDER BY 1) AS rows",
        ([o.row_id for o in todo],),
    )
    current = _current_rows(server, todo)
    outcomes: dict[uuid.UUID, Outcome] = {}
    batch = _Batch(server, careful)
    meeting_of = {op.op_id: _meeting_of(op, current) for op in todo}
    for op in todo:
        outcome = Outcome(wrote=False)
        if refused and op.op_id in refused:
            outcomes[op.op_id] = Outcome("rejected", message=refused[op.op_id], wrote=False)
            continue
        decision = _decide(op, current.get((op.table, op.row_id)), outcome)
        if decision is not None and decision.apply:
            applied = batch.add(op, decision.apply, insert=(op.table, op.row_id) not in current)
            if not applied:
                outcome = Outcome("rejected", message=batch.last_error, wrote=False)
            else:
                outcome.wrote = True
                _remember(current, op, decision.apply)
        if decision is not None and decision.conflicts and outcome.status != "rejected":
            outcome.status = "conflict"
            outcome.conflicts = decision.conflicts
        outcomes[op.op_id] = outcome
    batch.flush()
    if careful:
        _check_days(server, todo, meeting_of)
    with server.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO coach.applied_ops (op_id, outcome) VALUES (%s, %s)",
            [(op_id, Jsonb(o.as_json())) for op_id, o in outcomes.items()],
        )
        records = [
            (
                uuid.uuid4(),
                op.op_id,
                op.table,
                op.row_id,
                c.field,
                c.kind,
                Jsonb(c.base),
                Jsonb(c.mine),
                Jsonb(c.theirs),
                outcomes[op.op_id].message,
            )
            for op in todo
            for c in _recorded(outcomes[op.op_id], op)
        ]
        if records:
            cursor.executemany(
                "INSERT INTO coach.conflicts (id, op_id, table_name, row_id, field, kind, base,"
                " mine, theirs, message) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                records,
            )
    return {**done, **outcomes}


def _meeting_of(op: Op, current: dict[tuple[str, uuid.UUID], Row]) -> uuid.UUID | None:
    """The meeting whose day ``op`` may move: the meeting itself, or a meeting's visit."""
    if op.table == "meetings":
        return op.row_id
    if op.table != "visits":
        return None
    raw = op.values.get("meeting_id") or current.get((op.table, op.row_id), {}).get("meeting_id")
    return uuid.UUID(str(raw)) if raw else None


def _check_days(
    server: Connection, ops: list[Op], meeting_of: dict[uuid.UUID, uuid.UUID | None]
) -> None:
    """The meeting-day check, now that every operation is in; where it fails, every
    operation of that meeting is to be refused together (``_DaysApart``)."""
    try:
        with server.transaction():
            server.execute(f"SET CONSTRAINTS {_MEETING_DAY} IMMEDIATE")
    except REFUSALS as error:
        message = (error.diag.message_primary or str(error)).strip()
        named = _NAMED_ROW.search(message)
        row = uuid.UUID(named.group(1)) if named else None
        meeting = row if row in meeting_of.values() else None
        meeting = meeting or next((meeting_of[o.op_id] for o in ops if o.row_id == row), None)
        together = {
            o.op_id for o in ops if o.row_id == row or (meeting and meeting_of[o.op_id] == meeting)
        }
        if not together:
            raise
        raise _DaysApart(together, message) from error


def _recorded(outcome: Outcome, op: Op) -> list[FieldConflict]:
    if outcome.status == "rejected":
        return [FieldConflict(None, "rejected", op.base, op.values, None)]
    return outcome.conflicts


def _current_rows(server: Connection, ops: list[Op]) -> dict[tuple[str, uuid.UUID], Row]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for op in ops:
        by_table.setdefault(op.table, []).append(op.row_id)
    current = {}
    for name, ids in by_table.items():
        for row in remote.rows_by_id(server, BY_NAME[name], sorted(set(ids))):
            current[(name, row["id"])] = row
    return current


def _decide(op: Op, server_row: Row | None, outcome: Outcome) -> Decision | None:
    columns = _columns(op.table)
    if server_row is None:
        if op.kind == "insert":
            return Decision(apply={n: from_json(columns[n], v) for n, v in op.values.items()})
        outcome.status, outcome.message = "rejected", "row not found on the server"
        return None
    if op.kind == "delete":
        return decide_delete(columns, op.values, op.base, server_row)
    return decide_update(columns, op.values, op.base, server_row)


def _remember(current: dict[tuple[str, uuid.UUID], Row], op: Op, applied: Row) -> None:
    # Later operations in this chunk on the same row merge against what was just written.
    row = current.setdefault((op.table, op.row_id), {"version": None})
    row.update(applied)


def _columns(table: str) -> dict[str, Column[Any]]:
    return {c.name: c for c in BY_NAME[table].columns}


class _Batch:
    """Statements in order, sent as few executemany calls as their shapes allow."""

    def __init__(self, server: Connection, careful: bool) -> None:
        self.server = server
        self.careful = careful
        self.groups: list[tuple[sql.Composed, list[tuple[Any, ...]], bool]] = []
        self.last_error = ""

    def add(self, op: Op, values: Row, insert: bool) -> bool:
        if insert:
            # Unset columns are left to the server's NULL: naming them would need a
            # privilege the user may rightly lack (a coach and `reviewed_at`).
            values = {k: v for k, v in values.items() if v is not None}
        names = sorted(values)
        columns = _columns(op.table)
        params = tuple(_param(columns[n], values[n]) for n in names)
        target = sql.SQL("coach.{}").format(sql.Identifier(op.table))
        if insert:
            statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                target,
                sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names)),
            )
        else:
            statement = sql.SQL("UPDATE {} SET {} WHERE id = %s").format(
                target,
                sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(n)) for n in names),
            )
            params = (*params, op.row_id)
        if self.careful:
            return self._one(statement, params, expect_row=not insert)
        if self.groups and self.groups[-1][0] == statement:
            self.groups[-1][1].append(params)
        else:
            self.groups.append((statement, [params], not insert))
        return True

    def flush(self) -> None:
        for statement, rows, is_update in self.groups:
            with self.server.cursor() as cursor:
                cursor.executemany(statement, rows)
                if is_update and cursor.rowcount < len(rows):
                    raise _NotApplied
        self.groups.clear()

    def _one(self, statement: sql.Composed, params: tuple[Any, ...], expect_row: bool) -> bool:
        try:
            with self.server.transaction(), self.server.cursor() as cursor:
                cursor.execute(statement, params)
                if expect_row and cursor.rowcount == 0:
                    raise _NotApplied
        except _NotApplied:
            self.last_error = "the server does not let this user change the row"
            return False
        except REFUSALS as error:
            self.last_error = (error.diag.message_primary or str(error)).strip()
            return False
        return True


def _param(column: Column[Any], value: Any) -> Any:
    if isinstance(column.type, JSON) and value is not None:
        return Jsonb(value)
    return value


# --- back on the laptop ----------------------------------------------------------------


def _settle_locally(
    db: Database, ops: list[Op], outcomes: dict[uuid.UUID, Outcome], report: PushReport
) -> None:
    """Drop the pushed operations, keep what the user must see and note the rows to take
    back from the server, in one transaction."""
    with db.transaction() as session:
        behind = [(op.table, op.row_id) for op in ops if outcomes[op.op_id].leaves_row_behind]
        if behind:
            saved = state.load_in(session)
            saved.to_refresh(behind)
            state.save_in(session, saved)
        known = set(
            session.scalars(
                select(SyncConflict.op_id).where(SyncConflict.op_id.in_([o.op_id for o in ops]))
            )
        )
        for op in ops:
            outcome = outcomes[op.op_id]
            if outcome.status == "rejected":
                report.rejected.append((op.table, op.row_id))
                report.reasons.append(outcome.message)
            if op.op_id in known:
                continue
            for conflict in _recorded(outcome, op):
                report.conflicts += 1
                session.add(
                    SyncConflict(
                        op_id=op.op_id,
                        table_name=op.table,
                        row_id=op.row_id,
                        field=conflict.field,
                        kind=conflict.kind,
                        base=conflict.base,
                        mine=conflict.mine,
                        theirs=conflict.theirs,
                        message=outcome.message,
                    )
                )
        _mark_sent(
            session,
            [
                op
                for op in ops
                if outcomes[op.op_id].status != "rejected" and outcomes[op.op_id].wrote
            ],
        )
        session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_([o.seq for o in ops])))


def _mark_sent(session: Session, ops: list[Op]) -> None:
    """On the server now; confirmed once the pull brings its copy back (one statement)."""
    rows = {(op.table, op.row_id) for op in ops}
    if not rows:
        return
    now = utcnow()
    statement = sqlite_insert(SentChange).on_conflict_do_update(
        index_elements=["table_name", "row_id"], set_={"sent_at": now}
    )
    session.execute(
        statement, [{"table_name": t, "row_id": r, "sent_at": now} for t, r in sorted(rows)]
    )
