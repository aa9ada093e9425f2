"""Reports tell the truth: as of their date, for the visit's programme, the approved plan,
no internal comments; and they read well (whole words in headers, symbols kept, no
lonely rows). Read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from coach_app.cli import main
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft
from coach_app.reports.document import FRAME_HEIGHT, Meta, build, section, table
from coach_app.reports.fonts import register
from coach_app.services import roadmaps as rm
from coach_app.services.attachments import add_attachment
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    current_user,
    sign_in,
)
from coach_app.services.reports import ReportKind, write_report
from coach_app.services.visits import difficulties_of, follow_up, record_visit
from coach_app.store.database import Database


def pdf_text(path: Path, layout: bool = True) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


RESOLVED_WORD = re.compile(r"(?<!미)해결")  # 해결 as a status, not inside 미해결


@dataclass
class Story:
    company: uuid.UUID
    first_visit: uuid.UUID
    follow_up_visit: uuid.UUID
    roadmap: uuid.UUID
    draft: uuid.UUID


@pytest.fixture
def story(db: Database) -> Story:
    """한빛 was coached in 2019 under 스마트공장 고도화 (visit of 2019-04-22, followed up on
    2019-06-14), then assigned to R&D 현장코칭 from 2019-07-01 (its latest programme)."""
    coach = current_user(db)
    assert coach is not None
    smart = create_programme(db, ProgrammeDraft("스마트공장 고도화", 2019), agency="광주TP")
    rnd = create_programme(db, ProgrammeDraft("R&D 현장코칭", 2019), agency="광주경제진흥원")
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", ceo="김민준")
    )
    assign_coach(db, smart, company, coach.id, dt.date(2019, 1, 1), dt.date(2019, 6, 30))
    assign_coach(db, rnd, company, coach.id, dt.date(2019, 7, 1))
    first = record_visit(
        db,
        company,
        VisitDraft(
            dt.date(2019, 4, 22),
            place="본사 회의실",
            purpose="현장 애로 청취",
            difficulties=[
                DifficultyDraft("smart_factory", "MES 도입 비용 부담 ✔ 확인 😀"),
                DifficultyDraft("funding", "운전자금 부족"),
            ],
        ),
        programme_id=smart,
    )
    second = record_visit(
        db, company, VisitDraft(dt.date(2019, 6, 14), purpose="후속 점검"), programme_id=smart
    )
    mes, money = difficulties_of(db, company)
    follow_up(
        db, mes.id, "resolved", "스마트공장 지원사업 연계로 해결", second, dt.date(2019, 6, 14)
    )
    follow_up(db, money.id, "in_progress", "특례보증 신청", second)
    save_diagnosis(
        db,
        company,
        DiagnosisDraft("rnd", "1.0", dt.date(2019, 6, 14), {"rnd.tech.trl": ItemEntry(2)}),
    )
    roadmap = rm.create_roadmap(db, company, "2020 기술사업화 로드맵")
    rm.save_item(
        db,
        roadmap,
        rm.ItemDraft(
            title="시제품 제작",
            stage="prototype",
            starts_on=dt.date(2020, 3, 1),
            ends_on=dt.date(2020, 9, 30),
            budget=Budget(national=20_000_000, local=4_000_000, company=6_000_000),
            description="금형 설계 검증과 시제품 3종 제작",
            owner_agency="광주테크노파크",
        ),
    )
    rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    sign_in(db, "parksup")
    rm.review(db, roadmap, ReviewDecision.COMMENT, "내부 메모: 자부담 과소 의심")
    rm.review(db, roadmap, ReviewDecision.APPROVE, "내부 검토 의견 승인")
    sign_in(db, "kimcoach")
    draft = rm.editable_revision(db, roadmap)
    rm.save_item(db, draft, rm.ItemDraft(title="초안 수출 과제", stage="export"))
    return Story(company, first, second, roadmap, draft)


def test_a_visit_report_is_as_of_the_visit(db: Database, story: Story, tmp_path: Path) -> None:
    target = tmp_path / "visit.pdf"
    write_report(db, ReportKind.VISIT, story.first_visit, target)
    text = pdf_text(target)
    assert "2019 스마트공장 고도화" in text  # the visit's programme
    assert "2019 스마트공장 고도화" in text.split("\f")[1].splitlines()[0]  # in the header too
    assert "R&D 현장코칭" not in text and "광주경제진흥원" not in text  # not the latest one
    assert "광주TP" in text
    assert "기준일" in text and "2019-04-22" in text
    assert not RESOLVED_WORD.search(text), "resolved on 2019-06-14, after the report's date"
    assert "조치 중" not in text and "지원사업 연계" not in text
    # The history says what the status was that day (no longer a mere 미해결).
    assert "접수 (2019-04-22)" in text and "미해결" not in text
    assert "스마트공장·디지털화" in text
    assert "✔" in text  # set in the symbol font
    # The emoji is drawn too (reportlab's text layer maps characters beyond U+FFFF to the
    # wrong code, so look for a glyph where it stands rather than for the character).
    assert re.search(r"확인 \S", text)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts


def test_a_follow_up_visit_lists_its_follow_ups(db: Database, story: Story, tmp_path: Path) -> None:
    target = tmp_path / "visit2.pdf"
    write_report(db, ReportKind.VISIT, story.follow_up_visit, target)
    text = pdf_text(target)
    assert "후속 조치" in text
    assert "해결 (2019-06-14)" in text and "지원사업 연계로" in text
    assert "조치 중 (2019-06-14)" in text
    dossier = tmp_path / "dossier.pdf"
    write_report(db, ReportKind.DOSSIER, story.company, dossier)
    visits = pdf_text(dossier).split("방문 기록 2019-06-14")[1]
    assert "후속 조치" in visits.split("방문 기록 2019-04-22")[0]
    assert "기록된 애로사항이 없습니다" not in visits.split("방문 기록 2019-04-22")[0]


def test_the_dossier_prints_the_approved_plan_without_internal_comments(
    db: Database, story: Story, tmp_path: Path
) -> None:
    target = tmp_path / "dossier.pdf"
    write_report(db, ReportKind.DOSSIER, story.company, target)
    text = pdf_text(target)
    assert "시제품 제작" in text and "초안 수출 과제" not in text
    assert "내부 메모" not in text and "내부 검토 의견" not in text
    assert "박감독" in text  # who approved is not internal
    assert "1 · 승인" in text.replace("1차", "1")
    assert "미입력" in text and "0명" not in text  # employees unknown
    plain = pdf_text(target, layout=False)
    assert "미입력" in plain and not re.search(r"미입?\n입?력", plain)  # never 미입/력
    # The cover sums it up.
    cover = text.split("\f")[0]
    assert "진단 점수" in cover and "미해결 애로" in cover and "다음 단계" in cover
    assert "시제품 제작" in cover  # the next step
    # Asked for, the draft is printed and said to be one.
    drafted = tmp_path / "draft.pdf"
    write_report(db, ReportKind.DOSSIER, story.company, drafted, draft=True)
    text = pdf_text(drafted)
    assert "초안 수출 과제" in text and "미승인 초안" in text


def test_the_cli_prints_a_draft_only_when_asked(
    db: Database, story: Story, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(db.path)
    db.close()
    plain, drafted = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["report", "dossier", "124-81-00998", "--db", path, "-o", str(plain)]) == 0
    assert (
        main(["report", "dossier", "124-81-00998", "--db", path, "-o", str(drafted), "--draft"])
        == 0
    )
    assert "초안 수출 과제" not in pdf_text(plain)
    assert "초안 수출 과제" in pdf_text(drafted)


def test_the_roadmap_report_shows_agency_description_and_shares(
    db: Database, story: Story, tmp_path: Path
) -> None:
    target = tmp_path / "roadmap.pdf"
    write_report(db, ReportKind.ROADMAP, story.roadmap, target)
    text = pdf_text(target)
    assert "광주테크노파크" in text and "금형 설계 검증" in text
    assert "67%" in text and "13%" in text and "20%" in text  # 2,000 / 400 / 600 만원
    # Headers keep their words whole: "(만원)" is never split.
    assert text.count("(만원)") >= 3, text
    assert "내부 메모" not in text and "미승인" not in text
    draft = tmp_path / "draft.pdf"  # a revision in preparation says so, on the cover too
    write_report(db, ReportKind.ROADMAP, story.draft, draft)
    cover, *rest = pdf_text(draft).split("\f")
    assert "2차 · 작성 중 (미승인)" in cover and "미승인 초안" in "".join(rest)
    # The approval in its history was of the first revision, and says so.
    assert re.search(r"박감독\s+승인 \(1차\)", "".join(rest))
    assert "승인 (1차)" not in text  # the approved one's own decision needs no number


def test_a_crowded_table_keeps_figures_dates_and_latin_words_whole(tmp_path: Path) -> None:
    """Short of room, long Korean compounds break between syllables; amounts, dates,
    statuses and English words never do."""
    register()
    header = ["차례 · 단계", "과제 · 내용", "기간", "담당 기관", "국비 (만원)", "시비·도비 (만원)",
              "자부담 (만원)", "KPI", "상태"]  # fmt: skip
    row = ["1 · 스마트공장·디지털화",
           "양산 라인 구축 및 공정 자동화(스마트공장 기초 수준 → 고도화) Supplier qualification",
           "2020.10 ~ 2021.06", "한국자동차부품산업진흥재단", "15,000\n(50%)", "3,000\n(10%)",
           "12,000\n(40%)", "불량률 0.5%", "계획"]  # fmt: skip
    target = tmp_path / "crowded.pdf"
    build(target, Meta("표", "회사", "코치", "기관"), [table(header, [row], [0.1] * 9, (4, 5, 6))])
    words = set(pdf_text(target, layout=False).split())
    for whole in ("15,000", "3,000", "12,000", "2020.10", "2021.06", "계획", "qualification",
                  "Supplier", "불량률", "(만원)", "시비·도비"):  # fmt: skip
        assert whole in words, (whole, sorted(words))


def test_the_radar_shows_every_area(db: Database, story: Story, tmp_path: Path) -> None:
    target = tmp_path / "diagnosis.pdf"
    from coach_app.services.diagnoses import diagnoses_of

    write_report(db, ReportKind.DIAGNOSIS, diagnoses_of(db, story.company)[0].id, target)
    text = pdf_text(target, layout=False)
    from coach_app.domain.datafile import shown
    from coach_app.services.catalogues import shipped_checklists

    checklist = shipped_checklists().find("rnd", "1.0")
    assert checklist is not None
    for area in checklist.areas:
        assert shown(area.name) in text
    assert text.count("(미진단)") == len(checklist.areas) - 1  # only one area was scored


def test_a_table_never_leaves_one_row_on_a_page(tmp_path: Path) -> None:
    register()  # table() measures words in the report font
    meta = Meta("표", "회사", "코치", "기관")
    rows = [[f"행{n:02d}", "내용 " * 3] for n in range(1, 21)]
    for room in (12, 16, 20, 26):  # how much of the page is left for the table, in mm
        target = tmp_path / f"t{room}.pdf"
        story = [Spacer(1, FRAME_HEIGHT - room * mm), table(["번호", "내용"], rows, [0.3, 0.7])]
        build(target, meta, story)
        for page in pdf_text(target).split("\f"):
            found = re.findall(r"행\d\d", page)
            assert len(found) != 1, (room, found)


def test_photos_carry_their_caption(db: Database, story: Story, tmp_path: Path) -> None:
    picture = tmp_path / "line.jpg"
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), (40, 120, 200)).save(buffer, "JPEG")
    picture.write_bytes(buffer.getvalue())
    add_attachment(db, story.company, picture, story.first_visit, caption="가공 라인 전경")
    target = tmp_path / "visit.pdf"
    write_report(db, ReportKind.VISIT, story.first_visit, target)
    assert "가공 라인 전경" in pdf_text(target)
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 == 1
    dossier = tmp_path / "dossier.pdf"  # the dossier shows it under its visit too
    write_report(db, ReportKind.DOSSIER, story.company, dossier)
    assert "가공 라인 전경" in pdf_text(dossier)
    images = subprocess.run(["pdfimages", "-list", str(dossier)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 == 1


def test_a_heading_never_ends_a_page(tmp_path: Path) -> None:
    register()  # table() measures words in the report font
    meta = Meta("표", "회사", "코치", "기관")
    rows = [[f"행{n:02d}", "내용"] for n in range(1, 6)]
    target = tmp_path / "heading.pdf"
    story = [
        Spacer(1, FRAME_HEIGHT - 25 * mm),
        section("다음 표의 제목"),
        table(["번호", "내용"], rows, [0.3, 0.7]),
    ]
    build(target, meta, story)
    first, second = pdf_text(target).split("\f")[:2]
    assert "다음 표의 제목" not in first and "다음 표의 제목" in second


def test_a_word_wider_than_its_cell_wraps_inside(tmp_path: Path) -> None:
    register()
    from coach_app.reports.document import MARGIN, PAGE_WIDTH, key_values

    link = "https://example.com/" + "a" * 150
    target = tmp_path / "link.pdf"
    build(
        target,
        Meta("표", "회사", "코치", "기관"),
        [key_values([("링크", link)]), table(["번호", "주소"], [["1", link]], [0.2, 0.8])],
    )
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
    assert right <= PAGE_WIDTH - MARGIN + 1
