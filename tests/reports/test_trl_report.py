"""A TRL diagnosis in the reports: the standard it follows, its nine levels and its scores."""

import datetime as dt
import re
import uuid
from pathlib import Path

from coach_app.domain.company import CompanyDraft
from coach_app.domain.messages import set_language
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.reports import ReportKind, write_report
from coach_app.store.database import Database
from tests.reports.test_pdf import assert_sound

DAY = dt.date(2026, 10, 10)


def _trl_diagnosis(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    checklist = shipped_checklists().find("trl", "1.0")
    assert checklist is not None
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", industry="금속")
    )
    entries = {item.code: ItemEntry(6) for item in checklist.items}
    entries["trl.core.function"] = ItemEntry(9)
    entries["trl.production.process"] = ItemEntry(2, target=4)
    diagnosis = save_diagnosis(db, company, DiagnosisDraft("trl", "1.0", DAY, entries))
    return company, diagnosis


def test_diagnosis_report_names_the_standard_and_the_nine_levels(
    db: Database, tmp_path: Path
) -> None:
    _company, diagnosis = _trl_diagnosis(db)
    target = tmp_path / "trl.pdf"
    write_report(db, ReportKind.DIAGNOSIS, diagnosis, target)
    text = assert_sound(target)
    flat = re.sub(r"\s+", " ", text)
    assert "ISO 16290" in flat and "2013" in flat
    assert "1–9단계" in flat
    assert "기술성숙도 TRL 진단 v1.0" in flat
    # The radar's rings are numbered up to 9 and the top item reads 9, not capped at 5.
    assert re.search(r"핵심 요소기술이 목표 성능을 낸다\s+9\s+9", flat)


def test_dossier_in_english_says_the_standard_too(db: Database, tmp_path: Path) -> None:
    company, _diagnosis = _trl_diagnosis(db)
    set_language("en")
    target = tmp_path / "dossier.pdf"
    write_report(db, ReportKind.DOSSIER, company, target)
    flat = re.sub(r"\s+", " ", assert_sound(target))
    assert "ISO 16290:2013, Technology Readiness Levels" in flat and "levels 1–9" in flat


def test_a_smart_factory_diagnosis_made_with_1_0_keeps_its_levels_and_standard(
    db: Database, tmp_path: Path
) -> None:
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", industry="금속")
    )
    old = shipped_checklists().find("smart_factory", "1.0")
    assert old is not None and old.version == "1.0"
    entries = {item.code: ItemEntry(2) for item in old.items}
    diagnosis = save_diagnosis(db, company, DiagnosisDraft("smart_factory", "1.0", DAY, entries))
    target = tmp_path / "sf.pdf"
    write_report(db, ReportKind.DIAGNOSIS, diagnosis, target)
    flat = re.sub(r"\s+", " ", assert_sound(target))
    assert "스마트공장 수준 진단 v1.0" in flat and "참조모델" in flat
    assert "수준확인제도" not in flat  # the 2.0 standard is not put on a 1.0 diagnosis
