"""The 2019 Gwangju meeting, rebuilt from the press text as a programme manager would.

광주광역시 met fifteen automotive and root-industry companies at once (현장 간담회) and heard
five difficulties; the city answered with three measures carrying money: 특례보증 +20억원
from a supplementary budget, 영세 협력사 지원 5억원 of which 4억원 added, 클러스터
해외마케팅 5억원. The programme, R&D 현장코칭, runs four years on 14억원 = 국비 8억 + 시비 6억.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.meeting import Attendee, MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.organisation import OrganisationDraft
from coach_app.domain.programme import Participant, ProgrammeDraft, ProgrammePlan, YearBudget
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.exports import export_summary
from coach_app.services.meetings import (
    follow_up_measure,
    measures_for_company,
    meeting_view,
    record_measure,
    record_meeting,
)
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    set_contact,
    sign_in,
)
from coach_app.services.programmes import create_organisation, plan_programme, programme_view
from coach_app.services.reports import ReportKind, write_report
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import Difficulty
from tests.sheets import values

HELD_ON = dt.date(2019, 4, 22)
EOK = 100_000_000  # 1억원

COMPANIES = [
    "(주)광신기계", "대광공업(주)", "(주)무등정밀", "빛고을오토텍", "(주)하남금속",
    "(주)평동단조", "진곡도금(주)", "(주)소촌열처리", "첨단오토(주)", "(주)송정주물",
    "(주)본촌용접", "삼도모터스(주)", "(주)장덕프레스", "(주)월출부품", "(주)나주사출",
]  # fmt: skip

# Five difficulties, each raised by one company (the others came to listen).
RAISED = {
    0: ("funding", "자동차 부품 수요 감소로 운전자금이 부족함"),
    1: ("funding", "영세 2·3차 협력사의 납품 단가 인하로 경영난"),
    4: ("export_marketing", "해외 완성차 업체를 만날 판로가 없음"),
    7: ("manpower", "열처리·도금 현장 인력 채용이 어려움"),
    11: ("technology", "친환경차 부품 전환 기술 개발 자금 부족"),
}


@dataclass
class Scene:
    db: Database
    programme: uuid.UUID
    city: uuid.UUID
    companies: list[uuid.UUID]
    meeting: uuid.UUID
    difficulties: dict[int, uuid.UUID]
    coach: uuid.UUID


def _build(db: Database) -> Scene:
    create_user(db, UserDraft("parkboss", "박감독", "supervisor", phone="062-960-1234"))
    create_user(db, UserDraft("admin", "관리자", "admin"))
    coach = create_user(db, UserDraft("leecoach", "이코치", "coach", "rnd"))
    with pytest.raises(RuleViolation):  # a coach edits no one's contact, not even their own
        set_contact(db, coach, "010-1234-5678", "lee@gjtp.or.kr")
    sign_in(db, "admin")
    with pytest.raises(ValidationError):
        set_contact(db, coach, "전화 없음", "lee-at-gjtp")
    set_contact(db, coach, "010-1234-5678", "lee@gjtp.or.kr")
    sign_in(db, "parkboss")
    city = create_organisation(db, OrganisationDraft("광주광역시", "government", "062-613-2114"))
    guarantee = create_organisation(db, OrganisationDraft("광주신용보증재단", "bank"))
    technopark = create_organisation(db, OrganisationDraft("광주테크노파크", "agency"))
    polytech = create_organisation(db, OrganisationDraft("한국폴리텍대학 광주캠퍼스", "training"))
    programme = create_programme(db, ProgrammeDraft("R&D 현장코칭", 2019))
    plan_programme(
        db,
        programme,
        ProgrammePlan(
            starts_on=dt.date(2019, 1, 1),
            ends_on=dt.date(2022, 12, 31),
            budgets=[
                *(YearBudget(year, "national", 2 * EOK) for year in range(2019, 2023)),
                *(YearBudget(year, "local", 150_000_000) for year in range(2019, 2023)),
            ],
            target_visits=15,
            target_companies=15,
            target_measures=3,
            participants=[
                Participant(city, "총괄"),
                Participant(guarantee, "금융"),
                Participant(technopark, "홍보·재정"),
                Participant(polytech, "교육"),
            ],
        ),
        lead_id=technopark,
    )
    companies = [
        create_company(
            db,
            CompanyDraft(
                name, brn.complete(f"4108{index:05d}"), region="광주", industry="자동차부품"
            ),
        )
        for index, name in enumerate(COMPANIES)
    ]
    for company in companies:
        assign_coach(db, programme, company, coach, dt.date(2019, 1, 1))
    recorded = record_meeting(
        db,
        MeetingDraft(
            held_on=HELD_ON,
            title="자동차·뿌리산업 현장 간담회",
            place="광주 평동산단 비즈니스센터",
            programme_id=programme,
            organiser_id=city,
            attendees=[
                Attendee("시장", "광주광역시장", organisation_id=city),
                Attendee("김보증", "이사장", organisation_id=guarantee),
                Attendee("정대표", "대표이사", company_id=companies[0]),
            ],
            companies=[
                MeetingCompany(
                    company,
                    [DifficultyDraft(*RAISED[i], agency="광주광역시")] if i in RAISED else [],
                )
                for i, company in enumerate(companies)
            ],
        ),
    )
    difficulties = {i: recorded.difficulties[companies[i]][0] for i in RAISED}
    for draft in (
        MeasureDraft(
            "특례보증 확대",
            amount=20 * EOK,
            source="local",
            status="decided",
            description="추가경정예산으로 20억원 증액",
            organisation_id=guarantee,
            decided_on=dt.date(2019, 5, 10),
            difficulty_ids=[difficulties[0], difficulties[11]],
        ),
        MeasureDraft(
            "영세 협력사 지원",
            amount=5 * EOK,
            source="local",
            status="decided",
            description="5억원 중 4억원 증액",
            organisation_id=city,
            decided_on=dt.date(2019, 5, 10),
            difficulty_ids=[difficulties[1]],
        ),
        MeasureDraft(
            "자동차 클러스터 해외마케팅 지원",
            amount=5 * EOK,
            source="local",
            status="in_progress",
            organisation_id=technopark,
            decided_on=dt.date(2019, 5, 10),
            difficulty_ids=[difficulties[4]],
        ),
    ):
        draft.meeting_id, draft.programme_id = recorded.meeting_id, programme
        record_measure(db, draft)
    return Scene(db, programme, city, companies, recorded.meeting_id, difficulties, coach)


@pytest.fixture
def gwangju(db: Database) -> Scene:
    return _build(db)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_meeting_is_one_event_with_fifteen_companies_five_difficulties_three_measures(
    gwangju: Scene,
) -> None:
    meeting = meeting_view(gwangju.db, gwangju.meeting)
    assert len(meeting.companies) == 15
    assert sum(len(c.difficulties) for c in meeting.companies) == 5
    # Each difficulty belongs to the company that raised it.
    by_name = {c.name: c for c in meeting.companies}
    assert [d.description for d in by_name["대광공업(주)"].difficulties] == [RAISED[1][1]]
    assert by_name["(주)장덕프레스"].difficulties == ()
    assert sorted((m.title, m.amount) for m in meeting.measures) == [
        ("영세 협력사 지원", 5 * EOK),
        ("자동차 클러스터 해외마케팅 지원", 5 * EOK),
        ("특례보증 확대", 20 * EOK),
    ]
    assert sum(m.amount or 0 for m in meeting.measures) == 30 * EOK
    assert "김보증 이사장 (광주신용보증재단)" in meeting.attendees
    # The agency typed on each difficulty is linked to the organisation of that name.
    with gwangju.db.read() as session:
        linked = set(session.scalars(select(Difficulty.organisation_id)))
    assert linked == {gwangju.city}
    # A company's history shows the measures answering its difficulties, and only those.
    first = measures_for_company(gwangju.db, gwangju.companies[0])
    assert [m.title for m in first] == ["특례보증 확대"]
    assert measures_for_company(gwangju.db, gwangju.companies[14]) == []


def test_the_programme_runs_four_years_on_fourteen_eok(gwangju: Scene) -> None:
    programme = programme_view(gwangju.db, gwangju.programme)
    assert programme.total == 14 * EOK
    assert sum(b.amount for b in programme.budgets if b.source == "national") == 8 * EOK
    assert sum(b.amount for b in programme.budgets if b.source == "local") == 6 * EOK
    assert list(programme.by_year()) == [2019, 2020, 2021, 2022]
    assert programme.lead == "광주테크노파크"
    assert {(p.name, p.role) for p in programme.participants} == {
        ("광주광역시", "총괄"),
        ("광주신용보증재단", "금융"),
        ("광주테크노파크", "홍보·재정"),
        ("한국폴리텍대학 광주캠퍼스", "교육"),
    }


def test_the_excel_summary_counts_the_meeting_once_and_shows_the_money(
    gwangju: Scene, tmp_path: Path
) -> None:
    # A separate ordinary visit, so "once" is not confused with "nothing else".
    sign_in(gwangju.db, "leecoach")
    record_visit(
        gwangju.db,
        gwangju.companies[3],
        VisitDraft(dt.date(2019, 6, 3), purpose="후속 방문"),
        programme_id=gwangju.programme,
    )
    target = tmp_path / "요약.xlsx"
    counts = export_summary(gwangju.db, target, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    assert counts.rows["visits"] == 16  # one row per company's part, plus the visit
    assert (counts.field_visits, counts.meetings) == (2, 1)
    book = load_workbook(target)
    dashboard = {r[0]: r[1] for r in values(book["대시보드"], 1) if r}
    assert dashboard["방문 수"] == 2
    assert dashboard["간담회 수"] == 1
    assert dashboard["지원 조치 금액 합계"] == 30 * EOK
    months = dict(values(book["월별 방문"]))
    assert months == {"2019-04": 1, "2019-06": 1}
    coach_rows = values(book["코치·월별"])
    assert {r[0]: r[-1] for r in coach_rows} == {"박감독": 1, "이코치": 1}
    visits = values(book["방문"])
    assert sum(1 for r in visits if r[5] == "자동차·뿌리산업 현장 간담회") == 15
    # The programme sheets: 2019's budget by source, targets against what was done.
    budgets = values(book["사업 예산"])
    assert budgets == [
        ("R&D 현장코칭", 2019, "국비", 2 * EOK),
        ("R&D 현장코칭", 2019, "시비·도비", 150_000_000),
    ]
    (target_row,) = values(book["사업 목표·실적"])
    assert target_row[0] == "R&D 현장코칭" and target_row[1] == "광주테크노파크"
    assert target_row[4] == 14 * EOK  # the whole programme's budget
    assert target_row[5:12] == (15, 2, 15, 15, 3, 3, 30 * EOK)
    measures = {r[1]: r for r in values(book["지원 조치"])}
    assert measures["특례보증 확대"][6] == 20 * EOK
    assert measures["특례보증 확대"][5] == "시비·도비"
    assert measures["특례보증 확대"][9] == 2  # answers two companies' difficulties
    assert measures["특례보증 확대"][2] == "(주)광신기계 외 1곳"
    assert measures["영세 협력사 지원"][2] == "대광공업(주)"
    assert measures["영세 협력사 지원"][10] == "5억원 중 4억원 증액"
    assert book["지원 조치"]["G2"].number_format == '#,##0"원"'
    # Small counts step by one on both charts' value axes, never 0.5건.
    with zipfile.ZipFile(target) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    assert len(charts) == 2
    for chart in charts:
        assert '<c:majorUnit val="1"/>' in chart and '<c:min val="0"/>' in chart
    # Outside the period nothing of it is counted.
    later = export_summary(gwangju.db, tmp_path / "2020.xlsx", dt.date(2020, 1, 1))
    assert (later.field_visits, later.rows["measures"]) == (0, 0)


def test_the_meeting_report_and_the_dossier_print_the_measures(
    gwangju: Scene, tmp_path: Path
) -> None:
    report = tmp_path / "간담회.pdf"
    write_report(gwangju.db, ReportKind.MEETING, gwangju.meeting, report)
    shown = re.sub(r"\s+", " ", _pdf_text(report))
    assert "현장 간담회 결과 보고서" in shown
    assert "자동차·뿌리산업 현장 간담회" in shown
    assert "15개사 · 5건 · 3건 (30억원)" in shown
    for words in ("특례보증 확대", "20억원", "영세 협력사 지원", "5억원 중 4억원 증액",
                  "자동차 클러스터 해외마케팅 지원", "광주신용보증재단", "시비·도비"):  # fmt: skip
        assert words in shown, words
    for _, description in RAISED.values():
        assert description in shown
    # The ten that came to listen are named together, not under ten empty headings.
    listening = [name for i, name in enumerate(COMPANIES) if i not in RAISED]
    quiet = re.search(
        r"애로사항 없이 참석한 기업 \(10개사, 다음 방문 미정\): (.*?) 확인 및 서명", shown
    )
    assert quiet is not None and sorted(quiet.group(1).split(", ")) == sorted(listening)
    assert "(주)나주사출 · 다음 방문" not in shown
    dossier = tmp_path / "dossier.pdf"
    write_report(gwangju.db, ReportKind.DOSSIER, gwangju.companies[0], dossier)
    shown = re.sub(r"\s+", " ", _pdf_text(dossier))
    assert "지원 조치" in shown and "특례보증 확대" in shown and "20억원" in shown
    assert "영세 협력사 지원" not in shown  # another company's measure
    # The shared measure also answers 삼도모터스's difficulty: counted, not named, here.
    assert "삼도모터스" not in shown and "친환경차" not in shown
    assert "외 1개 기업의 애로사항" in shown
    assert "간담회 자동차·뿌리산업 현장 간담회" in shown  # the visit says it was the meeting
    # Whom to call: the assigned coach's phone and e-mail.
    assert "이코치 · 010-1234-5678 · lee@gjtp.or.kr" in shown
    # The company's own visit report says it was the meeting, on the meeting's day.
    visit = tmp_path / "visit.pdf"
    part = meeting_view(gwangju.db, gwangju.meeting).companies[0].visit_id
    write_report(gwangju.db, ReportKind.VISIT, part, visit)
    shown = re.sub(r"\s+", " ", _pdf_text(visit))
    assert "간담회 자동차·뿌리산업 현장 간담회" in shown and "2019-04-22" in shown


def test_meetings_and_shared_measures_are_the_supervisors(gwangju: Scene) -> None:
    sign_in(gwangju.db, "leecoach")
    with pytest.raises(RuleViolation):
        record_meeting(
            gwangju.db,
            MeetingDraft(
                HELD_ON, "코치의 간담회", companies=[MeetingCompany(gwangju.companies[0])]
            ),
        )
    with pytest.raises(RuleViolation):
        record_measure(gwangju.db, MeasureDraft("공동 조치", amount=EOK))
    # A coach's measure for one company answers only that company's difficulties.
    with pytest.raises(ValidationError):
        record_measure(
            gwangju.db,
            MeasureDraft(
                "컨설팅", company_id=gwangju.companies[0], difficulty_ids=[gwangju.difficulties[1]]
            ),
        )
    shared = meeting_view(gwangju.db, gwangju.meeting).measures[0].id
    with pytest.raises(RuleViolation):
        follow_up_measure(gwangju.db, shared, "done", done_on=dt.date(2019, 12, 1))
    own = record_measure(
        gwangju.db,
        MeasureDraft(
            "운전자금 컨설팅",
            amount=3_000_000,
            source="national",
            company_id=gwangju.companies[0],
            difficulty_ids=[gwangju.difficulties[0]],
        ),
    )
    assert own in {m.id for m in measures_for_company(gwangju.db, gwangju.companies[0])}
    with pytest.raises(ValidationError):  # done, but when?
        follow_up_measure(gwangju.db, own, "완료")
    follow_up_measure(gwangju.db, own, "완료", done_on=dt.date(2019, 7, 1))
    (done,) = [m for m in measures_for_company(gwangju.db, gwangju.companies[0]) if m.id == own]
    assert (done.status_label, done.done_on) == ("완료", dt.date(2019, 7, 1))


def test_bad_measures_and_meetings_say_what_is_wrong(gwangju: Scene) -> None:
    with pytest.raises(ValidationError) as caught:
        record_measure(gwangju.db, MeasureDraft("", amount=-1, source="금화", status="done"))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"title", "amount", "source", "done_on"}
    with pytest.raises(ValidationError) as caught:
        record_meeting(
            gwangju.db,
            MeetingDraft(
                None,
                "",
                companies=[MeetingCompany(gwangju.companies[0])] * 2,
            ),
        )
    assert {p.field for p in caught.value.problems} == {"held_on", "title", "companies"}
