"""The diagnosis, roadmap item and company screens each save in one service call and one
transaction: a failure of any part leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import errno
import io
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import CoachError
from coach_app.domain.roadmap import Budget
from coach_app.domain.scoring import Evidence
from coach_app.services import roadmaps as rm
from coach_app.services.attachments import attachments_of
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.companies import create_company, update_company
from coach_app.services.diagnoses import (
    DiagnosisDraft,
    EvidenceFile,
    ItemEntry,
    diagnoses_of,
    save_diagnosis,
)
from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.store.files import MAX_SIZE, FileStore
from coach_app.store.models import OutboxEntry

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def snapshot(db: Database) -> tuple[str, int]:
    out = io.StringIO()
    dump(db, out)
    with db.read() as session:
        pending = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
    return out.getvalue(), pending


def export_draft(verified: uuid.UUID | None = None) -> DiagnosisDraft:
    checklist = shipped_checklists().find("export", "1.0")
    assert checklist is not None
    entries = {item.code: ItemEntry(3) for item in checklist.items}
    if verified is not None:
        first = checklist.items[0].code
        entries[first] = ItemEntry(
            3, evidence=Evidence.COACH_VERIFIED.value, attachment_id=verified
        )
    return DiagnosisDraft("export", "1.0", TODAY, entries)


def test_a_diagnosis_and_its_evidence_file_are_stored_together(
    db: Database, company_id: uuid.UUID
) -> None:
    file_id = uuid.uuid4()
    evidence = EvidenceFile(file_id, "CE인증서.jpg", b"\xff\xd8 certificate")
    save_diagnosis(db, company_id, export_draft(file_id), evidence=[evidence])
    (attachment,) = attachments_of(db, company_id)
    assert attachment.id == file_id and attachment.filename == "CE인증서.jpg"
    assert len(diagnoses_of(db, company_id)) == 1


Action = Callable[[], object]


def _diagnosis_with_a_problem(db: Database, company: uuid.UUID, m: pytest.MonkeyPatch) -> Action:
    file_id = uuid.uuid4()
    draft = export_draft(file_id)
    draft.entries[next(iter(draft.entries))].current = 9  # out of range
    evidence = [EvidenceFile(file_id, "a.jpg", b"jpg")]
    return lambda: save_diagnosis(db, company, draft, evidence=evidence)


def _diagnosis_evidence_too_large(
    db: Database, company: uuid.UUID, m: pytest.MonkeyPatch
) -> Action:
    file_id = uuid.uuid4()
    too_big = [EvidenceFile(file_id, "a.png", b"0" * (MAX_SIZE + 1))]
    return lambda: save_diagnosis(db, company, export_draft(file_id), evidence=too_big)


def _diagnosis_evidence_not_stored(
    db: Database, company: uuid.UUID, m: pytest.MonkeyPatch
) -> Action:
    def full(_self: FileStore, _data: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    m.setattr(FileStore, "put", full)
    file_id = uuid.uuid4()
    evidence = [EvidenceFile(file_id, "a.jpg", b"jpg")]
    return lambda: save_diagnosis(db, company, export_draft(file_id), evidence=evidence)


def _diagnosis_fails_after_the_evidence_row(
    db: Database, company: uuid.UUID, m: pytest.MonkeyPatch
) -> Action:
    from coach_app.services import diagnoses

    def broken(*_args: object) -> float:
        raise CoachError("디스크가 가득 찼습니다.")

    m.setattr(diagnoses, "overall", broken)
    file_id = uuid.uuid4()
    evidence = [EvidenceFile(file_id, "a.jpg", b"jpg")]
    return lambda: save_diagnosis(db, company, export_draft(file_id), evidence=evidence)


def _roadmap_item_on_a_frozen_revision(
    db: Database, company: uuid.UUID, m: pytest.MonkeyPatch
) -> Action:
    from coach_app.store.models import Roadmap

    roadmap = rm.create_roadmap(db, company, "2027 로드맵")
    with db.transaction() as session:
        stored = session.get(Roadmap, roadmap)
        assert stored is not None
        stored.status = "approved"
    draft = rm.ItemDraft(title="시제품 제작", stage="prototype")
    return lambda: rm.save_item(db, roadmap, draft)


def _roadmap_item_with_problems(db: Database, company: uuid.UUID, m: pytest.MonkeyPatch) -> Action:
    roadmap = rm.create_roadmap(db, company, "2027 로드맵")
    draft = rm.ItemDraft(
        title="시제품 제작",
        stage="prototype",
        starts_on=TODAY,
        ends_on=TODAY - dt.timedelta(days=1),  # ends before it starts
        budget=Budget(-1, 0, 0),
    )
    return lambda: rm.save_item(db, roadmap, draft)


def _company_duplicate_number(db: Database, company: uuid.UUID, m: pytest.MonkeyPatch) -> Action:
    create_company(db, CompanyDraft(name="(주)두번째", brn="220-81-62517", region="광주"))
    draft = CompanyDraft(name="(주)한빛정밀", brn="220-81-62517", region="광주")
    return lambda: update_company(db, company, draft)


Failing = Callable[[Database, uuid.UUID, pytest.MonkeyPatch], Action]


@pytest.mark.parametrize(
    "failing",
    [
        _diagnosis_with_a_problem,
        _diagnosis_evidence_too_large,
        _diagnosis_evidence_not_stored,
        _diagnosis_fails_after_the_evidence_row,
        _roadmap_item_on_a_frozen_revision,
        _roadmap_item_with_problems,
        _company_duplicate_number,
    ],
)
def test_a_failed_save_of_a_screen_leaves_the_database_unchanged(
    db: Database, company_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch, failing: Failing
) -> None:
    action = failing(db, company_id, monkeypatch)
    before = snapshot(db)
    with pytest.raises(CoachError):
        action()
    assert snapshot(db) == before
