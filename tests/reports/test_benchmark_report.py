"""The diagnosis report shows each area against the peers, without naming any of them."""

import datetime as dt
import uuid
from pathlib import Path

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.reports import ReportKind, write_report
from coach_app.store.database import Database
from coach_app.store.models import Company, Diagnosis
from tests.reports.test_pdf import assert_sound

DAY = dt.date(2026, 10, 10)


def _peers(db: Database, scores: list[float]) -> None:
    assert db.actor is not None
    with db.transaction() as s:
        for n, score in enumerate(scores):
            company = Company(name=f"비교대상{n}호", brn=uuid.uuid4().hex[:10], industry="금속")
            s.add(company)
            s.flush()
            s.add(
                Diagnosis(
                    company_id=company.id,
                    coach_id=db.actor,
                    template_id="rnd",
                    template_version="1.0",
                    diagnosed_on=DAY,
                    area_scores={"rnd.ip": {"score": score}, "rnd.tech": {"score": score}},
                )
            )


def _report(db: Database, tmp_path: Path) -> str:
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", industry="금속")
    )
    diagnosis = save_diagnosis(
        db,
        company,
        DiagnosisDraft(
            "rnd", "1.0", DAY, {"rnd.ip.portfolio": ItemEntry(3), "rnd.tech.trl": ItemEntry(3)}
        ),
    )
    target = tmp_path / "diagnosis.pdf"
    write_report(db, ReportKind.DIAGNOSIS, diagnosis, target)
    return assert_sound(target)


def test_percentile_and_median_against_the_same_industry(db: Database, tmp_path: Path) -> None:
    _peers(db, [1.0, 2.0, 4.0, 5.0, 5.0])
    text = _report(db, tmp_path)
    assert "같은 업종(금속) 5곳과 비교" in text
    assert "백분위 40 · 중앙값 4.0" in text
    assert "비교대상" not in text  # no peer is ever named


def test_fewer_than_five_peers_are_said_so(db: Database, tmp_path: Path) -> None:
    _peers(db, [1.0, 2.0, 4.0])
    text = _report(db, tmp_path)
    assert "비교할 기업이 5곳 미만입니다 (3곳)" in text
    assert "비교 기업 3곳 (5곳 미만)" in text
    assert "백분위" not in text
