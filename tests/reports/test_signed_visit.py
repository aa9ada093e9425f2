"""A signed visit's report: the signature block, and an edit after signing called out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.signature import SignatureDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.reports import ReportKind, write_report
from coach_app.services.signatures import sign_visit, signature_of
from coach_app.services.visits import save_visit
from coach_app.store.database import Database
from tests.reports.test_truth import pdf_text

DAY = dt.date.today() - dt.timedelta(days=1)
# A zig-zag "signature" across the pad, and a dot.
STROKES = [[(80.0 + 60 * i, 300.0 + (250 if i % 2 else 0)) for i in range(12)], [(900.0, 700.0)]]


def _visit(db: Database, **changes: Any) -> tuple[uuid.UUID, uuid.UUID]:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    draft = VisitDraft(
        visit_date=DAY,
        place="광주 공장",
        attendees="대표 김민준",
        notes="공정 병목 확인",
        difficulties=[DifficultyDraft("funding", "운전자금 부족")],
    )
    return company, save_visit(db, company, dataclasses.replace(draft, **changes))


def test_the_report_prints_the_signature_block(db: Database, tmp_path: Path) -> None:
    _, visit = _visit(db)
    sign_visit(db, visit, SignatureDraft("김민준", "대표이사", STROKES))
    shown = signature_of(db, visit)
    assert shown is not None
    target = tmp_path / "signed.pdf"
    write_report(db, ReportKind.VISIT, visit, target)
    text = pdf_text(target)
    assert "현장 서명" in text
    assert "김민준" in text and "대표이사" in text
    assert f"SHA-256 {shown.content_hash[:12]}" in text
    assert f"{shown.signed_at.astimezone():%Y-%m-%d %H:%M}" in text
    assert "서명한 뒤로 방문 기록이 바뀌지 않았습니다" in text
    assert "서명 후 수정됨" not in text


def test_an_edit_after_signing_is_printed_with_what_changed(db: Database, tmp_path: Path) -> None:
    company, visit = _visit(db)
    sign_visit(db, visit, SignatureDraft("김민준", "대표이사", STROKES))
    save_visit(
        db,
        company,
        VisitDraft(
            visit_date=DAY,
            place="본사 회의실",
            attendees="대표 김민준",
            notes="공정 병목 확인",
            difficulties=[DifficultyDraft("manpower", "생산 인력 부족")],
        ),
        visit,
    )
    target = tmp_path / "edited.pdf"
    write_report(db, ReportKind.VISIT, visit, target)
    text = " ".join(pdf_text(target).split())
    assert "서명 후 수정됨: 장소, 애로사항 추가: 생산 인력 부족" in text
    assert "서명한 뒤로" not in text


def test_an_unsigned_visit_has_no_signature_block(db: Database, tmp_path: Path) -> None:
    _, visit = _visit(db)
    target = tmp_path / "plain.pdf"
    write_report(db, ReportKind.VISIT, visit, target)
    text = pdf_text(target)
    assert "현장 서명" not in text and "서명 후 수정됨" not in text
