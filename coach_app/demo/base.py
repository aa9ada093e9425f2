"""The demo data's shape (size, rows per table) and what every builder shares."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table

from coach_app.services.catalogues import shipped_catalogue, shipped_checklists
from coach_app.store.models import StatusChange
from coach_app.store.types import utcnow

if TYPE_CHECKING:
    from coach_app.demo.generator import Generator

Row = dict[str, Any]


@dataclass
class DemoSize:
    companies: int = 300
    visits_per_company: int = 6
    seed: int = 20261122
    # The moment the data is built "as of"; fixed in tests so two builds are identical.
    now: dt.datetime | None = None


@dataclass
class DemoData:
    """Rows per table, in insertion order (parents first)."""

    tables: dict[Table, list[Row]] = field(default_factory=dict)
    coach_login: str = ""

    def rows(self, model: Any) -> list[Row]:
        return self.tables.setdefault(model.__table__, [])


class Builder:
    """What every builder shares: the recipe, one random generator (the order of its draws
    makes the data; a build is the same for the same seed), the rows built so far, and
    ids and time stamps."""

    def __init__(self, recipe: dict[str, Any], size: DemoSize) -> None:
        self.recipe = recipe
        self.size = size
        self.rng = random.Random(size.seed)
        self.company_names: set[str] = set()
        self.now = size.now or utcnow()
        self.today = self.now.date()
        self.data = DemoData()
        self.used_brns: set[str] = set()
        self.checklists = {c.id: c for c in shipped_checklists().newest()}
        self.catalogue = shipped_catalogue()
        self.supervisor: Row = {}
        self.item_steps: dict[uuid.UUID, list[Row]] = {}  # kept for carried items

    def _id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _stamp(self, row: Row, when: dt.datetime | None = None) -> Row:
        when = when or self.now
        row.update(
            id=self._id(),
            created_at=when,
            updated_at=when,
            created_by=None,
            updated_by=None,
            deleted_at=None,
            server_version=None,
        )
        return row

    def _person(self) -> str:
        return str(self.rng.choice(self.recipe["surnames"])) + str(
            self.rng.choice(self.recipe["given_names"])
        )

    def _history(self, subject: Row, company_id: object, steps: list[Row]) -> None:
        """The status changes that led a difficulty or an item to its status, oldest first
        (ids derived from the subject's, so the rest of the data stays as it was)."""
        key = "roadmap_item_id" if "roadmap_id" in subject else "difficulty_id"
        for n, step in enumerate(steps):
            # What a rule would date after today happened today at the latest.
            step["changed_on"] = min(step["changed_on"], self.today)
            when = dt.datetime.combine(step["changed_on"], dt.time(18), dt.UTC)
            self.data.rows(StatusChange).append(
                {
                    "id": uuid.uuid5(subject["id"], str(n)),
                    "company_id": company_id,
                    "difficulty_id": None,
                    "roadmap_item_id": None,
                    key: subject["id"],
                    "status": step["status"],
                    "resolution": step.get("resolution", ""),
                    "kpi_actual": step.get("kpi_actual"),
                    "changed_on": step["changed_on"],
                    "visit_id": step.get("visit_id"),
                    "created_at": when,
                    "updated_at": when,
                    "created_by": None,
                    "updated_by": None,
                    "deleted_at": None,
                    "server_version": None,
                }
            )


class Part:
    """A part of the demo drawn from a random generator of its own, so adding it leaves
    the rows of the others as they were; its rows are stamped as the generator's are."""

    def __init__(self, generator: Generator, rng: random.Random) -> None:
        self.g, self.rng = generator, rng

    def _stamp(self, row: Row, when: dt.datetime | None = None) -> Row:
        row = self.g._stamp(row, when)
        row["id"] = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        return row
