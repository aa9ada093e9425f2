"""Field-level three-way merge of one pushed edit against the server's current row.

For each field the edit changed: if the server still holds the value the edit started
from, the edit applies; if the server already holds the edited value, nothing is needed;
otherwise both sides changed it and the server value stays, with a conflict recorded.
Values are compared as Python values, never as their text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column

from coach_app.store.serialize import from_json, to_json

Row = dict[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    field: str | None
    kind: str  # field | delete | deleted
    base: Any
    mine: Any
    theirs: Any


@dataclass
class Decision:
    apply: Row = field(default_factory=dict)  # column → Python value to write
    conflicts: list[FieldConflict] = field(default_factory=list)


def decide_update(
    columns: dict[str, Column[Any]],
    values: Row,
    base: Row,
    server: Row,
) -> Decision:
    """What of an update (``values`` over ``base``, both JSON) to apply to ``server``."""
    decision = Decision()
    restoring = "deleted_at" in values and values["deleted_at"] is None
    if server.get("deleted_at") is not None and not restoring:
        decision.conflicts.append(
            FieldConflict(None, "deleted", None, _mine(values), to_json(server["deleted_at"]))
        )
        return decision
    for name, raw in values.items():
        if name in ("updated_at", "updated_by"):
            continue
        column = columns[name]
        mine = from_json(column, raw)
        theirs = server.get(name)
        if _same(theirs, mine):
            continue
        if name not in base or _same(theirs, from_json(column, base[name])):
            decision.apply[name] = mine
        else:
            decision.conflicts.append(
                FieldConflict(name, "field", base.get(name), raw, to_json(theirs))
            )
    if decision.apply:
        for name in ("updated_at", "updated_by"):
            if name in values:
                decision.apply[name] = from_json(columns[name], values[name])
    return decision


def decide_delete(columns: dict[str, Column[Any]], values: Row, base: Row, server: Row) -> Decision:
    """A tombstone applies unless someone else changed the row since this laptop saw it.

    ``base`` is the whole row as the laptop knew it when the user deleted it.
    """
    if server.get("deleted_at") is not None:
        return Decision()
    changed = {
        name: to_json(server.get(name))
        for name, raw in base.items()
        if name in columns
        and name != "deleted_at"
        and not _same(server.get(name), from_json(columns[name], raw))
    }
    if changed:
        return Decision(conflicts=[FieldConflict(None, "delete", None, _mine(values), changed)])
    return Decision(apply={n: from_json(columns[n], v) for n, v in values.items()})


def _mine(values: Row) -> Row:
    return {k: v for k, v in values.items() if k not in ("updated_at", "updated_by")}


def _same(a: Any, b: Any) -> bool:
    return bool(a == b)
