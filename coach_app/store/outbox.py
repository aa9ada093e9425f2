"""Writes every change to a synced entity into the outbox, in the same flush.

Hooking the session's flush rather than each service means no code path can change a
synced row without leaving a record for the next push. Sync sets
``session.info["applying_remote"]`` while it applies pulled rows, which are not local edits.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from coach_app.store.base import BOOKKEEPING, LOCAL_ONLY, Synced
from coach_app.store.models import OutboxEntry
from coach_app.store.serialize import to_json
from coach_app.store.types import utcnow

ACTOR = "actor_id"
APPLYING_REMOTE = "applying_remote"


def install(sessions: sessionmaker[Session]) -> None:
    from sqlalchemy import event

    event.listen(sessions, "before_flush", _record_changes)


def _record_changes(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(APPLYING_REMOTE):
        return
    actor: uuid.UUID | None = session.info.get(ACTOR)
    now = utcnow()
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            # Rows travel as tombstones; a hard delete would never reach the server.
            raise RuntimeError(f"synced rows are deleted by tombstone: {obj!r}")
    for obj in list(session.new):
        if isinstance(obj, Synced):
            _stamp_new(obj, actor, now)
            session.add(_entry(obj, "insert", _all_values(obj), {}, actor))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            changed, base = _changes(obj)
            if not changed:
                continue
            obj.updated_at, obj.updated_by = now, actor
            changed["updated_at"], changed["updated_by"] = to_json(now), to_json(actor)
            deleting = "deleted_at" in changed and base.get("deleted_at") is None
            if deleting:
                # The whole row as this laptop knew it: the server refuses the delete if
                # anyone changed any of it meanwhile.
                base = {**_snapshot(obj), **base}
            session.add(_entry(obj, "delete" if deleting else "update", changed, base, actor))


def _stamp_new(obj: Synced, actor: uuid.UUID | None, now: Any) -> None:
    if obj.id is None:
        obj.id = uuid.uuid4()
    obj.created_at = obj.created_at or now
    obj.updated_at = obj.updated_at or now
    obj.created_by = obj.created_by or actor
    obj.updated_by = obj.updated_by or actor


def _all_values(obj: Synced) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    values = {}
    for attr in mapper.column_attrs:
        if attr.key in LOCAL_ONLY:
            continue
        value = getattr(obj, attr.key)
        if value is None:
            # Column defaults are applied during the flush, after this hook: use them.
            column = attr.columns[0]
            default = column.default
            if default is not None and default.is_scalar:
                value = default.arg
            elif default is not None and default.is_callable:
                value = default.arg({})
            setattr(obj, attr.key, value)
        values[attr.key] = to_json(value)
    return values


def _snapshot(obj: Synced) -> dict[str, Any]:
    state = inspect(obj)
    snapshot = {}
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING or attr.key == "deleted_at":
            continue
        history = state.attrs[attr.key].history
        old = history.deleted[0] if history.deleted else getattr(obj, attr.key)
        snapshot[attr.key] = to_json(old)
    return snapshot


def _changes(obj: Synced) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    base: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if to_json(old) == to_json(new):
            continue
        changed[attr.key] = to_json(new)
        base[attr.key] = to_json(old)
    return changed, base


def _entry(
    obj: Synced,
    op: str,
    values: dict[str, Any],
    base: dict[str, Any],
    actor: uuid.UUID | None,
) -> OutboxEntry:
    return OutboxEntry(
        op_id=uuid.uuid4(),
        table_name=obj.__tablename__,
        row_id=obj.id,
        op=op,
        values=values,
        base=base,
        base_version=obj.server_version,
        actor_id=actor,
    )
