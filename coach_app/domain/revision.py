"""What changed between two revisions of a roadmap, item by item and field by field.

A new revision copies the items of the approved one under ids derived from the old ids
(``carried_id``), so the same item can be recognised across revisions without any
extra column: an id found on both sides is one item, edited or not.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coach_app.domain.choices import Choice, label_choices


class ChangeKind(Choice):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


label_choices(
    {
        ChangeKind.ADDED: ("추가", "Added"),
        ChangeKind.REMOVED: ("삭제", "Removed"),
        ChangeKind.CHANGED: ("변경", "Changed"),
    }
)


def carried_id(new_roadmap_id: uuid.UUID, old_item_id: uuid.UUID) -> uuid.UUID:
    """The id an item of an earlier revision takes in the revision ``new_roadmap_id``."""
    return uuid.uuid5(new_roadmap_id, str(old_item_id))


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ItemChange:
    kind: ChangeKind
    key: str
    title: str
    fields: tuple[FieldChange, ...] = ()


def diff_items(
    before: Mapping[str, Mapping[str, Any]],
    after: Mapping[str, Mapping[str, Any]],
    fields: tuple[str, ...],
) -> list[ItemChange]:
    """Changes from ``before`` to ``after`` (both keyed alike), in the order of ``after``
    with removed items last. Only ``fields`` are compared."""
    changes: list[ItemChange] = []
    for key, values in after.items():
        old = before.get(key)
        if old is None:
            changes.append(ItemChange(ChangeKind.ADDED, key, str(values.get("title", ""))))
            continue
        edited = tuple(
            FieldChange(name, old.get(name), values.get(name))
            for name in fields
            if old.get(name) != values.get(name)
        )
        if edited:
            changes.append(
                ItemChange(ChangeKind.CHANGED, key, str(values.get("title", "")), edited)
            )
    for key, values in before.items():
        if key not in after:
            changes.append(ItemChange(ChangeKind.REMOVED, key, str(values.get("title", ""))))
    return changes
