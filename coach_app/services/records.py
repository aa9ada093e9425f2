"""Plain, frozen copies of stored rows: what services hand to the window.

The window never holds an ORM object (no lazy load from a closed session, no edit that
bypasses a service); services read rows in a session and give back these records, field
for field as the row has them (bookkeeping columns left out). ``record`` makes one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def record(kind: type[R], row: object) -> R:
    """``row`` (an ORM object) copied into the record type ``kind``."""
    return kind(**{f.name: getattr(row, f.name) for f in fields(kind)})


def records(kind: type[R], rows: Iterable[object]) -> list[R]:
    return [record(kind, row) for row in rows]


@dataclass(frozen=True)
class CompanyRecord:
    name: str
    brn: str
    ceo: str
    address: str
    region: str
    industry: str
    employees: int | None
    revenue: int | None
    designation: str | None
    supplier_tier: str | None
    founded_on: dt.date | None
    phone: str
    email: str
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class ContactRecord:
    company_id: uuid.UUID
    name: str
    position: str
    phone: str
    email: str
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class UserRecord:
    login: str
    name: str
    role: str
    specialty: str | None
    email: str
    phone: str
    active: bool
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class ProgrammeRecord:
    name: str
    year: int
    agency: str
    budget: int
    funding_national: int
    funding_local: int
    funding_company: int
    organisation_id: uuid.UUID | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    target_visits: int | None
    target_companies: int | None
    target_measures: int | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class VisitRecord:
    company_id: uuid.UUID
    coach_id: uuid.UUID
    programme_id: uuid.UUID | None
    meeting_id: uuid.UUID | None
    visit_date: dt.date
    place: str
    attendees: str
    purpose: str
    notes: str
    reviewed_at: dt.datetime | None
    reviewed_by: uuid.UUID | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class DifficultyRecord:
    company_id: uuid.UUID
    visit_id: uuid.UUID
    category: str
    description: str
    severity: str
    requested_support: str
    agency: str
    organisation_id: uuid.UUID | None
    status: str
    resolution: str
    followed_up_visit_id: uuid.UUID | None
    resolved_on: dt.date | None
    due_on: dt.date | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class DiagnosisRecord:
    company_id: uuid.UUID
    visit_id: uuid.UUID | None
    coach_id: uuid.UUID
    template_id: str
    template_version: str
    diagnosed_on: dt.date
    comment: str
    area_scores: dict[str, Any]
    overall_score: float | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class AttachmentRecord:
    company_id: uuid.UUID
    visit_id: uuid.UUID | None
    kind: str
    filename: str
    mime_type: str
    size: int
    content_hash: str
    caption: str
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class RoadmapRecord:
    company_id: uuid.UUID
    programme_id: uuid.UUID | None
    coach_id: uuid.UUID
    title: str
    revision: int
    previous_id: uuid.UUID | None
    status: str
    submitted_at: dt.datetime | None
    approved_at: dt.datetime | None
    approved_by: uuid.UUID | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class RoadmapItemRecord:
    roadmap_id: uuid.UUID
    phase: int
    position: int
    stage: str
    item_type: str
    title: str
    description: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    budget_national: int
    budget_local: int
    budget_company: int
    owner_agency: str
    organisation_id: uuid.UUID | None
    kpi_name: str
    kpi_unit: str
    kpi_baseline: float | None
    kpi_target: float | None
    kpi_actual: float | None
    status: str
    depends_on: list[str]
    gap_item_code: str | None
    difficulty_id: uuid.UUID | None
    support_programme_code: str | None
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class ReviewRecord:
    roadmap_id: uuid.UUID
    reviewer_id: uuid.UUID
    decision: str
    comment: str
    id: uuid.UUID
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None


@dataclass(frozen=True)
class SyncConflictRecord:
    id: uuid.UUID
    op_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    field: str | None
    kind: str
    base: Any
    mine: Any
    theirs: Any
    message: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None


@dataclass(frozen=True)
class SyncRunRecord:
    id: uuid.UUID
    started_at: dt.datetime
    seconds: float
    outcome: str
    sent: int
    received: int
    conflicts: int
    uploaded: int
    downloaded: int
    refused: list[dict[str, Any]]
    messages: list[str]
    error: str
    backup: str | None
