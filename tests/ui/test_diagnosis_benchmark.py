"""The diagnosis screen sets each area score against the peers' as it is typed."""

from __future__ import annotations

import datetime as dt
import uuid

from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.store.database import Database
from coach_app.store.models import Company, Diagnosis
from coach_app.ui.diagnosis_editor import DiagnosisEditor
from coach_app.ui.diagnosis_model import CURRENT

PEER = 5  # the 동료 비교 column of the area table


def _peers(db: Database, scores: list[float]) -> None:
    assert db.actor is not None
    with db.transaction() as s:
        for score in scores:
            company = Company(name="비교대상", brn=uuid.uuid4().hex[:10], industry="금속")
            s.add(company)
            s.flush()
            s.add(
                Diagnosis(
                    company_id=company.id,
                    coach_id=db.actor,
                    template_id="rnd",
                    template_version="1.0",
                    diagnosed_on=dt.date(2026, 10, 1),
                    area_scores={"rnd.ip": {"score": score}},
                )
            )


def _area_row(editor: DiagnosisEditor, name: str) -> int:
    rows = editor.areas.rowCount()
    return next(r for r in range(rows) if (cell := editor.areas.item(r, 0)) and cell.text() == name)


def test_area_scores_against_the_peers(qtbot: QtBot, db: Database) -> None:
    _peers(db, [1.0, 2.0, 4.0, 5.0, 5.0])
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", industry="금속")
    )
    editor = DiagnosisEditor(db, company)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("rnd|1.0"))
    qtbot.waitUntil(lambda: editor.peers is not None, timeout=5_000)
    checklist = editor.checklist()
    assert checklist is not None
    codes = [getattr(editor.model.item_at(r), "code", "") for r in range(editor.model.rowCount())]
    row = codes.index("rnd.ip.portfolio")
    editor.model.setData(editor.model.index(row, CURRENT), 3)
    ip = _area_row(editor, checklist.area_name("rnd.ip"))
    cell = editor.areas.item(ip, PEER)
    assert cell is not None and cell.text() == "백분위 40 · 중앙값 4.0"
    assert "같은 업종(금속) 5곳과 비교" in editor.overall.text()
    # An area nobody else scored: fewer than five peers, said so.
    tech = editor.areas.item(_area_row(editor, checklist.area_name("rnd.tech")), PEER)
    assert tech is not None and tech.text() == "—"
    editor.model.setData(editor.model.index(codes.index("rnd.tech.trl"), CURRENT), 2)
    tech = editor.areas.item(_area_row(editor, checklist.area_name("rnd.tech")), PEER)
    assert tech is not None and tech.text() == "비교 기업 0곳 (5곳 미만)"
    editor.reject()
