"""What a report shows, already in the reader's words: the services gather it, the
report only lays it out (so a report can be built in another process from plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CompanyFacts:
    name: str
    brn: str
    ceo: str
    region: str
    industry: str
    address: str
    employees: int | None
    revenue: int | None
    designation: str
    coach: str
    programme: str
    coach_contact: str = ""  # phone · e-mail: whom the company calls


@dataclass(frozen=True)
class DifficultyFacts:
    category: str
    description: str
    severity: str
    status: str
    requested_support: str
    agency: str
    resolution: str
    raised_on: dt.date | None = None
    changed_on: dt.date | None = None  # when it took the status shown
    finished: bool = False  # resolved or closed as of the report's date


@dataclass(frozen=True)
class SignatureFacts:
    """The representative's signature of a visit, and what was edited after it."""

    signer_name: str
    signer_title: str
    signed_at: str  # local time, as printed
    short_hash: str  # of the content signed
    strokes: list[list[tuple[float, float]]]  # the drawing, 0..1000 across and down the pad
    changes: list[str] = field(default_factory=list)  # since signing, in the reader's words

    @property
    def edited(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class VisitFacts:
    visit_date: dt.date
    place: str
    attendees: str
    purpose: str
    notes: str
    coach: str
    difficulties: list[DifficultyFacts] = field(default_factory=list)
    photos: list[bytes] = field(default_factory=list)  # JPEG or PNG, already downscaled
    follow_ups: list[DifficultyFacts] = field(default_factory=list)  # recorded at this visit
    captions: list[str] = field(default_factory=list)  # one per photo
    programme: str = ""  # the programme the visit was made for
    meeting: str = ""  # the meeting (간담회) this visit was the company's part of
    coach_contact: str = ""  # the visiting coach's phone · e-mail
    signature: SignatureFacts | None = None  # signed on site by the company's representative


@dataclass(frozen=True)
class MeasureFacts:
    """지원 조치 as printed: what, by whom, how much from where, answering what."""

    title: str
    amount: int | None
    source: str
    status: str
    organisation: str
    programme: str
    decided_on: dt.date | None
    due_on: dt.date | None
    answers: list[str]
    description: str = ""
    meeting: str = ""
    finished: bool = False  # done or dropped


@dataclass(frozen=True)
class NextStepFacts:
    """A recommendation as the company reads it: what comes next, who carries it, when."""

    what: str
    owner: str  # the agency or organisation in charge ("" when nobody was named)
    starts_on: dt.date | None
    due_on: dt.date | None
    source: str  # where it was decided: the roadmap, a measure


@dataclass(frozen=True)
class PlannedVisit:
    """The next visit on the calendar: one dated after the report's date."""

    visit_date: dt.date
    purpose: str
    coach: str


@dataclass(frozen=True)
class AreaFacts:
    name: str
    score: float | None
    target: float | None
    band: str  # "red" | "amber" | "green" | ""
    band_label: str
    previous: float | None
    # Against the agency's other companies (domain.benchmark), in words; "" if not scored.
    peer: str = ""


@dataclass(frozen=True)
class ScoredItemFacts:
    area: str
    text: str
    current: str  # "1"…the top level, N/A or not scored, in words
    target: str
    evidence: str
    comment: str


@dataclass(frozen=True)
class DiagnosisFacts:
    checklist: str
    version: str
    diagnosed_on: dt.date
    coach: str
    overall: float | None
    overall_label: str
    previous_on: dt.date | None
    areas: list[AreaFacts]
    items: list[ScoredItemFacts]
    comment: str
    peer_group: str = ""  # whom the areas were compared with
    standard: str = ""  # the public standard the checklist follows, in one line
    top: int = 5  # the top level of the checklist's scale (9 for TRL)


@dataclass(frozen=True)
class RoadmapItemFacts:
    phase: int
    stage: str
    stage_code: str
    title: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    national: int
    local: int
    company: int
    agency: str
    kpi: str
    status: str
    depends_on: str
    description: str = ""
    finished: bool = False  # done or dropped

    def share(self, amount: int) -> str:
        """``amount``'s share of the item's budget, as a percentage."""
        return f"{amount * 100 / self.total:.0f}%" if self.total else ""

    @property
    def total(self) -> int:
        return self.national + self.local + self.company


@dataclass(frozen=True)
class ReviewFacts:
    when: dt.datetime
    reviewer: str
    decision: str
    comment: str


@dataclass(frozen=True)
class RoadmapFacts:
    title: str
    revision: int
    status: str
    coach: str
    submitted_at: dt.datetime | None
    approved_at: dt.datetime | None
    approver: str
    items: list[RoadmapItemFacts]
    reviews: list[ReviewFacts]
    approved: bool = True  # False: a revision not (yet) approved, printed as such


@dataclass(frozen=True)
class Dossier:
    agency: str
    company: CompanyFacts
    visits: list[VisitFacts]
    open_difficulties: list[DifficultyFacts]
    diagnoses: list[DiagnosisFacts]  # newest first
    roadmap: RoadmapFacts | None
    as_of: dt.date | None = None  # the date the facts are as of (None: today)
    plan_note: str = ""  # why no plan is printed, when none is
    measures: list[MeasureFacts] = field(default_factory=list)  # decided by the date
    agency_contact: str = ""  # the agency's phone · e-mail
    next_visit: PlannedVisit | None = None
    next_steps: list[NextStepFacts] = field(default_factory=list)  # still ahead, by date


@dataclass(frozen=True)
class MeetingCompanyFacts:
    name: str
    difficulties: list[DifficultyFacts]
    next_visit: PlannedVisit | None = None


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting (간담회): one event, several companies, the measures that answered it."""

    agency: str
    title: str
    held_on: dt.date
    place: str
    programme: str
    organiser: str
    recorded_by: str
    contact: str
    attendees: list[str]
    companies: list[MeetingCompanyFacts]
    measures: list[MeasureFacts]
    notes: str = ""
    as_of: dt.date | None = None  # the date the statuses are as of
    agency_contact: str = ""  # the organiser's phone · e-mail
    recorder_contact: str = ""  # the recording coach's phone · e-mail
