"""What sync needs to know of each synced table: columns, parents, company scope."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import Column, ColumnElement, Table, select

from coach_app.store.base import LOCAL_ONLY, Base
from coach_app.store.models import SYNCED_MODELS

# Reference data every user reads; everything else belongs to one company.
# A meeting is the agency's event, read by everyone; each company's part in it is a visit.
REFERENCE = frozenset(
    {
        "users",
        "organisations",
        "programmes",
        "programme_organisations",
        "programme_budgets",
        "meetings",
        "support_programmes",
    }
)
# Rows that belong to one company, or to every company when company_id is null (a measure
# for a whole cluster): those travel to every laptop and never leave it with a company.
SHARED_WHEN_NULL = frozenset({"measures"})
# Tables reached through a parent that carries the company.
VIA_PARENT = {
    "diagnosis_scores": ("diagnosis_id", "diagnoses"),
    "roadmap_items": ("roadmap_id", "roadmaps"),
    "reviews": ("roadmap_id", "roadmaps"),
}


@dataclass(frozen=True)
class SyncedTable:
    table: Table
    columns: tuple[Column[object], ...]  # what travels: no sync state, no derived columns
    parents: tuple[tuple[str, str], ...]  # (foreign-key column, parent table)

    @property
    def name(self) -> str:
        return self.table.name

    @cached_property
    def column_names(self) -> tuple[str, ...]:
        # Asked once per row on a pull: worth keeping.
        return tuple(c.name for c in self.columns)

    def server_company_filter(self) -> str | None:
        """SQL selecting this table's server rows of the companies in ``%(companies)s``."""
        if self.name in REFERENCE:
            return None
        if self.name == "companies":
            return "id = ANY(%(companies)s)"
        if self.name in VIA_PARENT:
            key, parent = VIA_PARENT[self.name]
            return f"{key} IN (SELECT id FROM coach.{parent} WHERE company_id = ANY(%(companies)s))"
        if self.name in SHARED_WHEN_NULL:
            return "(company_id IS NULL OR company_id = ANY(%(companies)s))"
        return "company_id = ANY(%(companies)s)"

    def local_company_clause(self, companies: Collection[uuid.UUID]) -> ColumnElement[bool] | None:
        """The same selection on the local database."""
        if self.name in REFERENCE:
            return None
        if self.name == "companies":
            return self.table.c.id.in_(companies)
        if self.name in VIA_PARENT:
            key, parent = VIA_PARENT[self.name]
            parent_table = self.table.metadata.tables[parent]
            owners = select(parent_table.c.id).where(parent_table.c.company_id.in_(companies))
            return self.table.c[key].in_(owners)
        return self.table.c.company_id.in_(companies)


def _describe(table: Table) -> SyncedTable:
    columns = tuple(c for c in table.columns if c.name not in LOCAL_ONLY)
    parents = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
    return SyncedTable(table, columns, parents)


_NAMES = {m.__tablename__ for m in SYNCED_MODELS}
# Parents before children, so a chunk of rows can be written in this order.
ORDERED: tuple[SyncedTable, ...] = tuple(
    _describe(t) for t in Base.metadata.sorted_tables if t.name in _NAMES
)
BY_NAME: dict[str, SyncedTable] = {t.name: t for t in ORDERED}
