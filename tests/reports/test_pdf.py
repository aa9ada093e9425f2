"""Every report read back: text extractable, the Korean font embedded, pages numbered n / N."""

import datetime as dt
import re
import subprocess
import uuid
from pathlib import Path

import pytest

from coach_app.cli import main
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft
from coach_app.reports import fonts
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.reports import ReportKind, write_batch, write_report
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from tests.present import present

LONG_NOTE = "공정별 병목을 확인하고 개선 방향을 협의함. " * 300  # several pages


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(present(re.search(r"Pages:\s+(\d+)", info.stdout)).group(1))


def assert_sound(path: Path) -> str:
    """Korean font embedded, every page numbered k / N with N the real page count."""
    fonts_out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    embedded = [line for line in fonts_out.splitlines() if "Nanum" in line]
    assert embedded and all(" yes yes " in line for line in embedded), fonts_out
    assert "Helvetica" not in fonts_out
    total = page_count(path)
    pages = pdf_text(path).split("\f")
    for number, page in enumerate(pages[:total], 1):
        assert re.search(rf"\b{number}\s*/\s*{total}\b", page), f"page {number} lacks its number"
    return "\f".join(pages)


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    programme = create_programme(db, ProgrammeDraft("R&D 현장코칭", 2026), agency="광주테크노파크")
    company_id = create_company(
        db,
        CompanyDraft(
            name="(주)한빛정밀", brn="124-81-00998", region="광주", ceo="김민준", employees=40
        ),
    )
    with db.read() as session:
        from coach_app.store.models import User

        coach = session.query(User).filter_by(login="kimcoach").one()
    assign_coach(db, programme, company_id, coach.id, dt.date(2026, 1, 1))
    for month in range(1, 11):
        record_visit(
            db,
            company_id,
            VisitDraft(
                dt.date(2026, month, 10),
                place="기업 회의실",
                attendees="대표 김민준",
                purpose=f"{month}차 코칭",
                notes=LONG_NOTE if month == 10 else "시제품 일정 점검",
                difficulties=[
                    DifficultyDraft("certification", f"CE 인증 비용 부담 {month}"),
                    DifficultyDraft(
                        "funding", "운전자금 부족 " + "상세 설명 " * (200 if month == 1 else 1)
                    ),
                ],
            ),
        )
    save_diagnosis(
        db,
        company_id,
        DiagnosisDraft(
            "rnd",
            "1.0",
            dt.date(2026, 10, 10),
            {
                item: ItemEntry(2)
                for item in (
                    "rnd.ip.portfolio",
                    "rnd.strategy.roadmap",
                    "rnd.tech.trl",
                    "rnd.market.launch",
                )
            },
        ),
    )
    roadmap = rm.create_roadmap(db, company_id, "2027 기술사업화 로드맵")
    for n in range(15):
        rm.save_item(
            db,
            roadmap,
            rm.ItemDraft(
                title=f"과제 {n + 1:02d}",
                stage="ip",
                starts_on=dt.date(2027, 1, 1) + dt.timedelta(days=30 * n),
                ends_on=dt.date(2027, 1, 25) + dt.timedelta(days=30 * n),
                budget=Budget(national=10_000_000, local=2_000_000, company=3_000_000),
            ),
        )
    rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    sign_in(db, "parksup")
    rm.review(db, roadmap, ReviewDecision.APPROVE, "승인합니다")
    sign_in(db, "kimcoach")
    return company_id


def test_the_dossier_reads_back(db: Database, company: uuid.UUID, tmp_path: Path) -> None:
    target = tmp_path / "종합.pdf"
    pages = write_report(db, ReportKind.DOSSIER, company, target)
    assert pages == page_count(target) > 5
    text = assert_sound(target)
    assert "(주)한빛정밀" in text and "광주테크노파크" in text
    assert "CE 인증 비용 부담 7" in text
    assert "225,000,000원" in text  # 15 items × 15,000,000원
    assert "박감독" in text and "승인" in text  # who approved
    assert "지식재산 관리" in text  # diagnosis areas by name
    metadata = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "기업 지원 종합 보고서" in metadata and "김코치" in metadata  # title and author


def test_each_single_report(db: Database, company: uuid.UUID, tmp_path: Path) -> None:
    from coach_app.services.diagnoses import diagnoses_of
    from coach_app.services.visits import visits_of

    visit = visits_of(db, company)[0]  # the one with the very long note
    target = tmp_path / "visit.pdf"
    assert write_report(db, ReportKind.VISIT, visit.id, target) >= 3  # the note runs on
    text = assert_sound(target)
    assert "CE 인증 비용 부담 10" in text
    target = tmp_path / "diagnosis.pdf"
    write_report(db, ReportKind.DIAGNOSIS, diagnoses_of(db, company)[0].id, target)
    assert "R&D 역량 진단" in assert_sound(target)
    target = tmp_path / "roadmap.pdf"
    write_report(db, ReportKind.ROADMAP, present(rm.current_roadmap(db, company)).id, target)
    text = assert_sound(target)
    assert "과제 15" in text and "2027 기술사업화 로드맵" in text


def test_a_missing_font_says_how_to_fix_it(
    db: Database, company: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "_CANDIDATES", {"linux": [("/nowhere/x.ttf", "")]})
    monkeypatch.setattr("coach_app.reports.fonts.sys.platform", "linux")
    with pytest.raises(fonts.FontMissing, match="fonts-nanum"):
        write_report(db, ReportKind.DOSSIER, company, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(fonts.FontMissing, match="없습니다"):
        fonts.find_font(str(tmp_path / "none.ttf"))
    chosen = fonts.find_font("/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf")
    assert chosen.name == "NanumMyeongjo"


def test_batch_with_two_processes_and_cancel(
    db: Database, company: uuid.UUID, tmp_path: Path
) -> None:
    others = [
        create_company(db, CompanyDraft(name=f"(주)테스트{n}", brn=number, region="광주"))
        for n, number in enumerate(("220-81-62517", "120-81-47521", "107-81-25825"))
    ]
    seen: list[int] = []
    result = write_batch(
        db, [company, *others], tmp_path / "out", workers=2, progress=lambda d, t: seen.append(d)
    )
    assert not result.failed and not result.cancelled
    assert len(result.written) == 4 and seen[-1] == 4
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))[0].startswith("(주)테스트0")
    stopped = write_batch(
        db, [company, *others] * 3, tmp_path / "stop", workers=1, cancelled=lambda: True
    )
    assert stopped.cancelled and len(stopped.written) < 4


def test_cli_reports(
    db: Database, company: uuid.UUID, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(db.path)
    db.close()
    assert (
        main(["report", "dossier", "124-81-00998", "--db", path, "-o", str(tmp_path / "a.pdf")])
        == 0
    )
    assert "쪽)" in capsys.readouterr().out
    assert (
        main(["report", "visit", str(uuid.uuid4()), "--db", path, "-o", str(tmp_path / "b.pdf")])
        == 2
    )
    assert "방문: 찾을 수 없습니다" in capsys.readouterr().err
    code = main(
        [
            "report",
            "batch",
            "--programme",
            "R&D 현장코칭",
            "--db",
            path,
            "-o",
            str(tmp_path / "all"),
        ]
    )
    assert code == 0 and len(list((tmp_path / "all").glob("*.pdf"))) == 1


def test_a_damaged_photo_is_left_out(db: Database, company: uuid.UUID, tmp_path: Path) -> None:
    import io

    from reportlab.lib.utils import ImageReader

    from coach_app.services.attachments import add_attachment
    from coach_app.services.visits import visits_of

    visit = visits_of(db, company)[1]
    good = Path(__file__).parents[2] / "resources" / "icons" / "coach.png"
    data = good.read_bytes()
    add_attachment(db, company, good, visit.id)
    add_attachment(db, company, Path("broken.png"), visit.id, data=data[: len(data) // 2])
    target = tmp_path / "visit.pdf"
    write_report(db, ReportKind.VISIT, visit.id, target)
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 >= 1  # the good photo is there
    assert ImageReader(io.BytesIO(data)).getSize() == (256, 256)
