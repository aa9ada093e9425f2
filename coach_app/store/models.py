"""Typed models of every synced entity (DESIGN.md §2) and the local-only tables."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column

from coach_app.domain.company import search_text
from coach_app.store.base import Base, Synced
from coach_app.store.types import utcnow


class User(Synced, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    specialty: Mapped[str | None] = mapped_column(String(20), default=None)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Organisation(Synced, Base):
    """An agency, government office, bank, university or training body (reference data)."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="agency")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Programme(Synced, Base):
    """A programme; ``year``, ``budget`` and ``funding_*`` are its first-year summary kept
    from the first schema; the period, the budget per year and source (ProgrammeBudget),
    the targets and the organisations taking part (ProgrammeOrganisation) say the rest."""

    __tablename__ = "programmes"

    name: Mapped[str] = mapped_column(String(100))
    year: Mapped[int]
    # The free-text agency of earlier versions, kept readable; organisation_id replaces it.
    agency: Mapped[str] = mapped_column(String(100), default="")
    budget: Mapped[int] = mapped_column(BigInteger, default=0)
    funding_national: Mapped[int] = mapped_column(BigInteger, default=0)
    funding_local: Mapped[int] = mapped_column(BigInteger, default=0)
    funding_company: Mapped[int] = mapped_column(BigInteger, default=0)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), default=None
    )
    starts_on: Mapped[dt.date | None] = mapped_column(default=None)
    ends_on: Mapped[dt.date | None] = mapped_column(default=None)
    target_visits: Mapped[int | None] = mapped_column(default=None)
    target_companies: Mapped[int | None] = mapped_column(default=None)
    target_measures: Mapped[int | None] = mapped_column(default=None)


class ProgrammeOrganisation(Synced, Base):
    """An organisation taking part in a programme, with its role there (총괄, 금융 …)."""

    __tablename__ = "programme_organisations"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programmes.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    role: Mapped[str] = mapped_column(String(50), default="")


class ProgrammeBudget(Synced, Base):
    """A programme's money for one year from one funding source, in integer KRW."""

    __tablename__ = "programme_budgets"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programmes.id"), index=True)
    year: Mapped[int]
    source: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(BigInteger, default=0)


class Meeting(Synced, Base):
    """간담회: one event with several companies (see coach_app.domain.meeting).

    Each company taking part has its own visit row with ``meeting_id`` set, holding the
    difficulties it raised; summaries count those visits once per distinct meeting.
    ``attendees`` lists people as {"name", "position", "organisation_id" | "company_id"}.
    """

    __tablename__ = "meetings"

    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programmes.id"), default=None
    )
    organiser_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), default=None
    )
    held_on: Mapped[dt.date] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class Company(Synced, Base):
    __tablename__ = "companies"
    __table_args__ = (
        # One live company per number; a deleted one may be registered again.
        Index(
            "uq_companies_brn_live",
            "brn",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        # A company's name beside a follow-up or a visit read from the index alone: a
        # company row (address, search text) is long, and lists join it 100,000 times.
        Index("ix_companies_id_name", "id", "deleted_at", "name"),
    )

    name: Mapped[str] = mapped_column(String(100))
    brn: Mapped[str] = mapped_column(String(12))
    ceo: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(10), default="", index=True)
    industry: Mapped[str] = mapped_column(String(50), default="")
    employees: Mapped[int | None] = mapped_column(default=None)
    revenue: Mapped[int | None] = mapped_column(BigInteger, default=None)
    designation: Mapped[str | None] = mapped_column(String(30), default=None)
    supplier_tier: Mapped[str | None] = mapped_column(String(20), default=None)
    founded_on: Mapped[dt.date | None] = mapped_column(default=None)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Every searchable field folded into one string (kept up to date on each write), so
    # search as you type scans one column.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


@event.listens_for(Company, "before_insert")
@event.listens_for(Company, "before_update")
def _refresh_search_text(_mapper: object, _connection: object, company: Company) -> None:
    company.search_text = search_text(
        company.name,
        company.brn,
        company.ceo or "",
        company.region or "",
        company.industry or "",
        company.designation,
    )


class Contact(Synced, Base):
    __tablename__ = "contacts"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    position: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Assignment(Synced, Base):
    __tablename__ = "assignments"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programmes.id"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    coach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None] = mapped_column(default=None)


class Visit(Synced, Base):
    __tablename__ = "visits"
    __table_args__ = (
        # Read from the index alone (a visit's notes make its row long): a difficulty's
        # visit date, a coach's visits by date, a company's visits up to a day.
        Index("ix_visits_id_date", "id", "deleted_at", "visit_date"),
        Index("ix_visits_coach_date", "coach_id", "visit_date", "deleted_at"),
        Index("ix_visits_company_date", "company_id", "visit_date", "deleted_at"),
        # A programme's visits and companies done and planned (the calendar's targets).
        Index(
            "ix_visits_programme",
            "programme_id",
            "visit_date",
            "company_id",
            "coach_id",
            "meeting_id",
            "id",
            "deleted_at",
        ),
        # Visits saved without notes, for the dashboard's data check, without reading notes.
        Index(
            "ix_visits_without_notes",
            "visit_date",
            sqlite_where=text("trim(notes) = ''"),
            postgresql_where=text("trim(notes) = ''"),
        ),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    coach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programmes.id"), default=None
    )
    # The company's part in a meeting: counted once per meeting in summaries.
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None, index=True
    )
    visit_date: Mapped[dt.date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when a supervisor has reviewed the visit; a reviewed visit is locked.
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class Difficulty(Synced, Base):
    __tablename__ = "difficulties"
    __table_args__ = (
        # The open difficulties with all the Today page sorts them by, from the index alone.
        Index(
            "ix_difficulties_open",
            "status",
            "deleted_at",
            "due_on",
            "visit_id",
            "severity",
            "company_id",
            "id",
        ),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10), default="medium")
    requested_support: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    # The later visit at which the status last changed (follow-up across visits).
    followed_up_visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visits.id"), default=None
    )
    resolved_on: Mapped[dt.date | None] = mapped_column(default=None)
    # Set by the coach; None: due by the severity rule (coach_app.domain.follow_up).
    due_on: Mapped[dt.date | None] = mapped_column(default=None, index=True)


class Measure(Synced, Base):
    """지원 조치 answering one or more difficulties (coach_app.domain.meeting.MeasureDraft).

    ``company_id`` None: a measure for every company concerned, written by supervisors and
    read by everyone; otherwise one company's, in that company's scope.
    """

    __tablename__ = "measures"

    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("companies.id"), default=None, index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meetings.id"), default=None, index=True
    )
    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programmes.id"), default=None
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), default=None
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[int | None] = mapped_column(BigInteger, default=None)
    source: Mapped[str | None] = mapped_column(String(20), default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    decided_on: Mapped[dt.date | None] = mapped_column(default=None)
    due_on: Mapped[dt.date | None] = mapped_column(default=None)
    done_on: Mapped[dt.date | None] = mapped_column(default=None)
    # The difficulties it answers, as id strings (several companies' for a shared measure).
    difficulty_ids: Mapped[list[str]] = mapped_column(default=list)


class Diagnosis(Synced, Base):
    __tablename__ = "diagnoses"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), default=None)
    coach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    template_id: Mapped[str] = mapped_column(String(50))
    template_version: Mapped[str] = mapped_column(String(20))
    diagnosed_on: Mapped[dt.date]
    comment: Mapped[str] = mapped_column(Text, default="")
    # Computed from the item scores with the template's weights when saved.
    area_scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    overall_score: Mapped[float | None] = mapped_column(default=None)


class DiagnosisScore(Synced, Base):
    __tablename__ = "diagnosis_scores"

    diagnosis_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("diagnoses.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(50))
    current: Mapped[int | None] = mapped_column(default=None)  # None: not applicable
    target: Mapped[int | None] = mapped_column(default=None)
    evidence: Mapped[str] = mapped_column(String(20), default="self_reported")
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("attachments.id"), default=None
    )
    comment: Mapped[str] = mapped_column(Text, default="")


class Roadmap(Synced, Base):
    __tablename__ = "roadmaps"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programmes.id"), default=None
    )
    coach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(default=1)
    # The approved revision this one was started from.
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("roadmaps.id"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    approved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    approved_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class RoadmapItem(Synced, Base):
    __tablename__ = "roadmap_items"

    roadmap_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("roadmaps.id"), index=True)
    phase: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=0)
    stage: Mapped[str] = mapped_column(String(30))
    item_type: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(default=None)
    ends_on: Mapped[dt.date | None] = mapped_column(default=None)
    budget_national: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_local: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_company: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_agency: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), default=None
    )
    kpi_name: Mapped[str] = mapped_column(String(100), default="")
    kpi_unit: Mapped[str] = mapped_column(String(20), default="")
    kpi_baseline: Mapped[float | None] = mapped_column(default=None)
    kpi_target: Mapped[float | None] = mapped_column(default=None)
    kpi_actual: Mapped[float | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    depends_on: Mapped[list[str]] = mapped_column(default=list)
    gap_item_code: Mapped[str | None] = mapped_column(String(50), default=None)
    difficulty_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("difficulties.id"), default=None
    )
    support_programme_code: Mapped[str | None] = mapped_column(String(50), default=None)


class StatusChange(Synced, Base):
    """One status a difficulty or a roadmap item took, and when: append-only, so a report
    dated in the past prints the status of its day. Exactly one of ``difficulty_id`` and
    ``roadmap_item_id`` is set. ``changed_on`` None: a status known to have been taken but
    not when (rows recorded before the history was kept)."""

    __tablename__ = "status_changes"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    difficulty_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("difficulties.id"), default=None, index=True
    )
    roadmap_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("roadmap_items.id"), default=None, index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    resolution: Mapped[str] = mapped_column(Text, default="")
    kpi_actual: Mapped[float | None] = mapped_column(default=None)
    changed_on: Mapped[dt.date | None] = mapped_column(default=None)
    # The visit at which it was recorded, when it was.
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), default=None)


class Review(Synced, Base):
    __tablename__ = "reviews"

    roadmap_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("roadmaps.id"), index=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    decision: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")


class Attachment(Synced, Base):
    __tablename__ = "attachments"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), default=None)
    kind: Mapped[str] = mapped_column(String(10), default="photo")
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # SHA-256, hex
    caption: Mapped[str] = mapped_column(String(500), default="")


class SupportProgramme(Synced, Base):
    """An entry of the support-programme catalogue (reference data)."""

    __tablename__ = "support_programmes"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(100), default="")
    funds: Mapped[str] = mapped_column(Text, default="")
    stages: Mapped[list[str]] = mapped_column(default=list)
    gap_areas: Mapped[list[str]] = mapped_column(default=list)
    categories: Mapped[list[str]] = mapped_column(default=list)
    budget_cap: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reentry_wait_years: Mapped[int] = mapped_column(default=0)


# --- local only: never synced ------------------------------------------------------


class OutboxEntry(Base):
    """One local change waiting to be pushed, written in the transaction that made it.

    ``op_id`` is what the server remembers to apply a replayed push only once;
    ``base`` holds the values the edit started from, for the server's three-way merge.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(default=dict)
    base_version: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class LocalSetting(Base):
    """Per-database state that belongs to this laptop (signed-in user, sync cursor…)."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    User,
    Organisation,
    Programme,
    ProgrammeOrganisation,
    ProgrammeBudget,
    Meeting,
    Company,
    Contact,
    Assignment,
    Visit,
    Difficulty,
    Measure,
    Attachment,
    Diagnosis,
    DiagnosisScore,
    Roadmap,
    RoadmapItem,
    StatusChange,
    Review,
    SupportProgramme,
)
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}


class SyncConflict(Base):
    """An edit sync could not apply as made: kept here until the user decides.

    ``kind``: ``field`` (both sides changed the same field; the server value is kept),
    ``delete`` (deleted here, edited there), ``deleted`` (edited here, deleted there) or
    ``rejected`` (the server refused it, e.g. a reviewed visit).
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    op_id: Mapped[uuid.UUID] = mapped_column(index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str | None] = mapped_column(String(60), default=None)
    kind: Mapped[str] = mapped_column(String(10))
    base: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True, default=None)
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(String(10), default=None)


class UploadedBlob(Base):
    """Attachment contents known to be complete on the server (never sent twice)."""

    __tablename__ = "uploaded_blobs"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)


# --- impact and satisfaction (domain.impact, domain.satisfaction) ------------------------


class ImpactFigure(Synced, Base):
    """One yearly figure of a company (성과조사): a result year, or its baseline year.

    ``confirmed_*``: the company's representative confirmed the value on the coach's laptop
    (``confirmed_by`` is the coach who took it, stamped by the server from the login).
    """

    __tablename__ = "impact_figures"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    year: Mapped[int]
    metric: Mapped[str] = mapped_column(String(20))
    value: Mapped[int] = mapped_column(BigInteger)
    baseline: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(20), default="coach")
    note: Mapped[str] = mapped_column(String(500), default="")
    confirmed_name: Mapped[str | None] = mapped_column(String(100), default=None)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    confirmed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)


class SatisfactionRating(Synced, Base):
    """The company representative's rating of a visit: append-only, one per visit."""

    __tablename__ = "satisfaction_ratings"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), unique=True)
    respondent: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(100), default="")
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


SYNCED_MODELS = (*SYNCED_MODELS, ImpactFigure, SatisfactionRating)
MODEL_BY_TABLE.update({m.__tablename__: m for m in (ImpactFigure, SatisfactionRating)})


class SentChange(Base):
    """A row whose change the server applied, until the pull brings its version back.

    Between the two the coach's edit is on the server but this laptop has not yet seen the
    server's copy (the sync stopped after the push, or the server holds the change back).
    """

    __tablename__ = "sync_sent"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncRun(Base):
    """One sync as the coach may look back on it: when, what went each way, what failed.

    ``outcome``: ``ok``, ``failed`` (``error`` says why) or ``cancelled``. ``refused`` holds
    ``{"table", "row_id", "reason"}`` per change the server would not take.
    """

    __tablename__ = "sync_runs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    started_at: Mapped[dt.datetime] = mapped_column(index=True, default=utcnow)
    seconds: Mapped[float] = mapped_column(default=0.0)
    outcome: Mapped[str] = mapped_column(String(10), default="ok")
    sent: Mapped[int] = mapped_column(default=0)
    received: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    uploaded: Mapped[int] = mapped_column(default=0)
    downloaded: Mapped[int] = mapped_column(default=0)
    refused: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    messages: Mapped[list[str]] = mapped_column(JSON, default=list)
    error: Mapped[str] = mapped_column(Text, default="")
    backup: Mapped[str | None] = mapped_column(Text, default=None)


class VisitSignature(Synced, Base):
    """The company's representative signing a visit on site (coach_app.domain.signature).

    Append-only: a signature is never changed; a visit edited and signed again gets a new
    row, and the newest one is the visit's signature. ``strokes`` is the drawing as vector
    strokes in the pad's 0..1000 box; ``content`` the canonical JSON the signer saw, and
    ``content_hash`` its SHA-256 (the server checks the one against the other)."""

    __tablename__ = "visit_signatures"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), index=True)
    coach_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    signer_name: Mapped[str] = mapped_column(String(50))
    signer_title: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[dt.datetime]
    strokes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))


SYNCED_MODELS = (*SYNCED_MODELS, VisitSignature)
MODEL_BY_TABLE[VisitSignature.__tablename__] = VisitSignature
