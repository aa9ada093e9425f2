"""What a coach sets on a roadmap item, and the same read back from a stored item."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from coach_app.domain.errors import FieldProblem
from coach_app.domain.roadmap import (
    Budget,
    ItemStatus,
    RoadmapItemDraft,
)
from coach_app.services.records import RoadmapItemRecord
from coach_app.store.models import RoadmapItem

# The item fields a reviewer compares between revisions, in the order shown.
ITEM_FIELDS = (
    "title",
    "stage",
    "item_type",
    "phase",
    "starts_on",
    "ends_on",
    "budget_national",
    "budget_local",
    "budget_company",
    "owner_agency",
    "kpi_name",
    "kpi_unit",
    "kpi_baseline",
    "kpi_target",
    "status",
    "depends_on",
    "description",
)


@dataclass
class ItemDraft(RoadmapItemDraft):
    """Everything the coach sets on a roadmap item."""

    item_type: str = ""
    phase: int = 1
    description: str = ""
    owner_agency: str = ""
    kpi_name: str = ""
    kpi_unit: str = ""
    kpi_baseline: float | None = None
    kpi_target: float | None = None
    kpi_actual: float | None = None
    status: str = ItemStatus.PLANNED.value
    depends_on: list[str] = field(default_factory=list)
    gap_item_code: str | None = None
    difficulty_id: uuid.UUID | None = None
    support_programme_code: str | None = None

    def problems(self) -> list[FieldProblem]:
        found = super().problems()
        if ItemStatus.parse(self.status) is None:
            found.append(FieldProblem("status", "unknown_choice", {"value": self.status}))
        if self.phase < 1:
            found.append(FieldProblem("phase", "not_negative"))
        return found


def values_of(draft: ItemDraft) -> dict[str, Any]:
    return {
        "title": draft.title.strip(),
        "stage": draft.stage,
        "item_type": draft.item_type,
        "phase": draft.phase,
        "description": draft.description,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "budget_national": draft.budget.national,
        "budget_local": draft.budget.local,
        "budget_company": draft.budget.company,
        "owner_agency": draft.owner_agency,
        "kpi_name": draft.kpi_name,
        "kpi_unit": draft.kpi_unit,
        "kpi_baseline": draft.kpi_baseline,
        "kpi_target": draft.kpi_target,
        "kpi_actual": draft.kpi_actual,
        "status": draft.status,
        "depends_on": list(draft.depends_on),
        "gap_item_code": draft.gap_item_code,
        "difficulty_id": draft.difficulty_id,
        "support_programme_code": draft.support_programme_code,
    }


def draft_of_item(item: RoadmapItem | RoadmapItemRecord) -> ItemDraft:
    return ItemDraft(
        title=item.title,
        stage=item.stage,
        starts_on=item.starts_on,
        ends_on=item.ends_on,
        budget=Budget(item.budget_national, item.budget_local, item.budget_company),
        item_type=item.item_type,
        phase=item.phase,
        description=item.description,
        owner_agency=item.owner_agency,
        kpi_name=item.kpi_name,
        kpi_unit=item.kpi_unit,
        kpi_baseline=item.kpi_baseline,
        kpi_target=item.kpi_target,
        kpi_actual=item.kpi_actual,
        status=item.status,
        depends_on=list(item.depends_on or []),
        gap_item_code=item.gap_item_code,
        difficulty_id=item.difficulty_id,
        support_programme_code=item.support_programme_code,
    )
