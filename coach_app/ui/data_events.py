"""One app-level signal that data changed: pages subscribe to it instead of each save
calling their refreshes by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    """What a save (or a sync, or an import) touched."""

    company_id: uuid.UUID | None = None  # None: possibly every company
    companies: bool = False  # the company list itself (a company added, edited, imported)
    people: bool = False  # who is signed in, or their role (a sync may change both)

    def touches(self, company_id: uuid.UUID | None) -> bool:
        return company_id is not None and self.company_id in (None, company_id)


class DataEvents(QObject):
    changed = Signal(object)  # Change

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
