"""Reports a company can be handed: whom to call (the coach's and the agency's phone and
e-mail), the agency on every page's foot, the next visit, the recommendations with who
carries them and when, and the signatures. Read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.organisation import OrganisationDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.meetings import record_measure, record_meeting
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.programmes import create_organisation
from coach_app.services.reports import ReportKind, write_report
from coach_app.services.visits import record_visit
from coach_app.store.database import Database

AGENCY = "광주테크노파크"
AGENCY_PHONE, AGENCY_MAIL = "062-601-1001", "coaching@gjtp.example"
COACH_PHONE, COACH_MAIL = "010-1234-5678", "lee@gjtp.example"
PROGRAMME = "R&D 현장코칭"


@dataclass
class Handover:
    company: uuid.UUID
    first_visit: uuid.UUID
    roadmap: uuid.UUID
    meeting: uuid.UUID
    planned_on: dt.date
    todays_visit: uuid.UUID  # after the roadmap was approved


def pdf_pages(path: Path) -> list[str]:
    run = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [page for page in run.stdout.split("\f") if page.strip()]


@pytest.fixture
def handover(db: Database) -> Handover:
    """(주)한빛정밀 coached by 이코치 for 광주테크노파크: a visit in 2019, another one
    planned a month from today, an approved roadmap, a meeting and its measures."""
    create_user(db, UserDraft("parkboss", "박감독", "supervisor"))
    coach = create_user(
        db, UserDraft("leecoach", "이코치", "coach", "rnd", phone=COACH_PHONE, email=COACH_MAIL)
    )
    sign_in(db, "parkboss")
    create_organisation(db, OrganisationDraft(AGENCY, "agency", AGENCY_PHONE, AGENCY_MAIL))
    city = create_organisation(db, OrganisationDraft("광주광역시", "government", "062-613-2114"))
    bank = create_organisation(db, OrganisationDraft("광주신용보증재단", "bank"))
    programme = create_programme(db, ProgrammeDraft(PROGRAMME, 2019), agency=AGENCY)
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", ceo="김민준")
    )
    assign_coach(db, programme, company, coach, dt.date(2019, 1, 1))
    meeting = record_meeting(
        db,
        MeetingDraft(
            held_on=dt.date(2019, 5, 2),
            title="뿌리산업 현장 간담회",
            programme_id=programme,
            organiser_id=city,
            companies=[MeetingCompany(company, [DifficultyDraft("funding", "운전자금 부족")])],
        ),
    )
    for title, status, due in (
        ("특례보증 확대", "decided", dt.date(2019, 12, 31)),
        ("끝난 보증 상담", "done", dt.date(2019, 6, 30)),
    ):
        record_measure(
            db,
            MeasureDraft(
                title,
                status=status,
                organisation_id=bank,
                meeting_id=meeting.meeting_id,
                programme_id=programme,
                decided_on=dt.date(2019, 5, 10),
                due_on=due,
                done_on=due if status == "done" else None,
                difficulty_ids=[meeting.difficulties[company][0]],  # the company's own
            ),
        )
    sign_in(db, "leecoach")
    first = record_visit(
        db, company, VisitDraft(dt.date(2019, 4, 22), purpose="현장 애로 청취"), programme
    )
    record_visit(db, company, VisitDraft(dt.date(2019, 6, 14), purpose="후속 점검"), programme)
    planned_on = dt.date.today() + dt.timedelta(days=30)
    record_visit(db, company, VisitDraft(planned_on, purpose="시제품 점검"), programme)
    roadmap = rm.create_roadmap(db, company, "2020 기술사업화 로드맵")
    rm.save_item(
        db,
        roadmap,
        rm.ItemDraft(
            title="시제품 제작",
            stage="prototype",
            starts_on=dt.date(2020, 3, 1),
            ends_on=dt.date(2020, 9, 30),
            budget=Budget(national=20_000_000),
            owner_agency=AGENCY,
        ),
    )
    rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
    sign_in(db, "parkboss")
    rm.review(db, roadmap, ReviewDecision.APPROVE, "")
    sign_in(db, "leecoach")
    today = record_visit(db, company, VisitDraft(dt.date.today(), purpose="로드맵 설명"), programme)
    return Handover(company, first, roadmap, meeting.meeting_id, planned_on, today)


def _reports(db: Database, handover: Handover, folder: Path) -> dict[ReportKind, list[str]]:
    wanted = {
        ReportKind.DOSSIER: handover.company,
        ReportKind.VISIT: handover.first_visit,
        ReportKind.ROADMAP: handover.roadmap,
        ReportKind.MEETING: handover.meeting,
    }
    pages = {}
    for kind, entity in wanted.items():
        target = folder / f"{kind.value}.pdf"
        write_report(db, kind, entity, target)
        pages[kind] = pdf_pages(target)
    return pages


def test_every_report_says_whom_to_call_and_whose_it_is(
    db: Database, handover: Handover, tmp_path: Path
) -> None:
    for kind, pages in _reports(db, handover, tmp_path).items():
        cover = pages[0]
        if kind is not ReportKind.MEETING:  # the meeting's organiser is the city
            assert re.search(rf"기관 연락처\s+{AGENCY_PHONE} · {AGENCY_MAIL}", cover), kind
            assert re.search(rf"코치 연락처\s+{COACH_PHONE} · {COACH_MAIL}", cover), kind
        else:
            assert re.search(r"기관 연락처\s+062-613-2114", cover)
            assert re.search(r"작성자 연락처\s+미입력", cover)  # 박감독 left no contact
        for number, page in enumerate(pages, 1):
            foot = page.rstrip().splitlines()[-1]
            agency = "광주광역시" if kind is ReportKind.MEETING else AGENCY
            assert foot.strip().startswith(agency), (kind, number, foot)
            assert PROGRAMME not in foot, (kind, number, foot)  # the agency's, not the programme's
            assert re.search(rf"\s{number}\s*/\s*{len(pages)}$", foot.rstrip()), foot


def test_the_visit_roadmap_and_dossier_end_with_signatures(
    db: Database, handover: Handover, tmp_path: Path
) -> None:
    for kind, pages in _reports(db, handover, tmp_path).items():
        last = pages[-1]
        assert "확인 및 서명" in last, kind
        assert re.search(r"서명 _{10,}", last), kind
        assert len(re.findall(r"서명 _{10,}", last)) == 2, kind
        if kind is ReportKind.MEETING:
            assert re.search(r"작성자\s+주관 기관", last)
            assert re.search(r"성명 박감독\s+성명 광주광역시", last)
        else:
            assert re.search(r"코치\s+기업 대표", last), kind
            assert re.search(r"성명 이코치\s+성명 김민준", last), kind
        day = "2019-04-22" if kind is ReportKind.VISIT else f"{dt.date.today():%Y-%m-%d}"
        assert re.search(rf"일자 {day}\s+일자 {day}", last), kind


def test_the_next_visit_is_the_first_one_after_the_reports_date(
    db: Database, handover: Handover, tmp_path: Path
) -> None:
    planned = f"{handover.planned_on:%Y-%m-%d}"
    reports = _reports(db, handover, tmp_path)
    for kind in (ReportKind.DOSSIER, ReportKind.ROADMAP):
        assert re.search(rf"다음 방문\s+{planned} · 시제품 점검 · 이코치", reports[kind][0]), kind
    # The visit report is as of its visit: the next one then was the meeting of May.
    visit = "\n".join(reports[ReportKind.VISIT])
    assert re.search(r"다음 방문\s+2019-05-02 · 뿌리산업 현장 간담회", reports[ReportKind.VISIT][0])
    assert planned not in visit
    meeting = "\n".join(reports[ReportKind.MEETING])
    assert f"(주)한빛정밀 · 다음 방문 {planned}" in meeting
    # The visits held are not listed as to come.
    dossier = "\n".join(reports[ReportKind.DOSSIER])
    assert not re.search(r"다음 방문\s+2019", dossier)


def test_recommendations_name_their_owner_and_dates(
    db: Database, handover: Handover, tmp_path: Path
) -> None:
    reports = _reports(db, handover, tmp_path)
    todays = tmp_path / "today.pdf"
    write_report(db, ReportKind.VISIT, handover.todays_visit, todays)
    reports[ReportKind.VISIT] = pdf_pages(todays)
    for kind in (ReportKind.DOSSIER, ReportKind.VISIT, ReportKind.ROADMAP):
        text = "\n".join(reports[kind])
        body = text.split("권고 사항 · 다음 단계")[1]
        assert re.search(rf"시제품 제작\s+{AGENCY}\s+2020-03-01 ~ 2020-09-30", body), kind
        assert re.search(r"특례보증 확대\s+광주신용보증재단\s+2019-12-31", body), kind
        assert "기한 경과" in body, kind
        cover = reports[kind][0]
        assert f"시제품 제작 — 담당 {AGENCY}, 2020-03-01 ~ 2020-09-30 (기한 경과)" in cover, kind
    dossier = "\n".join(reports[ReportKind.DOSSIER]).split("권고 사항 · 다음 단계")[1]
    assert re.search(r"특례보증 확대\s+광주신용보증재단\s+2019-12-31", dossier)
    assert "끝난 보증 상담" not in dossier.split("다음 방문")[0]  # done: not a next step
    # The visit of 2019-04-22 came before the measures were decided (2019-05-10) and
    # the roadmap was approved (today).
    first = tmp_path / "first.pdf"
    write_report(db, ReportKind.VISIT, handover.first_visit, first)
    visit = "\n".join(pdf_pages(first))
    assert "특례보증 확대" not in visit and "시제품 제작" not in visit
    assert "정해진 다음 단계가 없습니다" in visit
    meeting = reports[ReportKind.MEETING]
    assert "특례보증 확대 — 담당 광주신용보증재단, 2019-05-10 ~ 2019-12-31" in meeting[0]
    assert "끝난 보증 상담 —" not in meeting[0]
    assert re.search(r"기한 2019-12-31", "\n".join(meeting))  # in the measures table too
