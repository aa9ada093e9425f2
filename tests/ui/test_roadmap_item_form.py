"""The roadmap item form: a KPI where whole numbers are asked refuses 3.5, and every
problem of the form is said at once (seen point 5)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.services.roadmaps import create_roadmap, items_of
from coach_app.store.database import Database
from coach_app.ui.roadmap_item import ItemEditor


def test_a_fractional_kpi_and_an_end_before_the_start_are_said_together(
    qtbot: QtBot, db: Database
) -> None:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    roadmap: uuid.UUID = create_roadmap(db, company, "2027 로드맵")
    editor = ItemEditor(db, roadmap, [])
    qtbot.addWidget(editor)
    editor.fields["title"].setText("특허 출원")
    editor.fields["kpi_target"].setText("3.5")
    editor.starts_on.setDate(QDate(2027, 6, 1))
    editor.ends_on.setDate(QDate(2027, 3, 1))
    assert not editor.save()
    said = editor.message.text()
    assert "KPI 목표: 정수로 입력하세요." in said
    assert "종료일: 시작일보다 빠를 수 없습니다." in said
    assert items_of(db, roadmap) == []
    editor.fields["kpi_target"].setText("3")
    editor.ends_on.setDate(QDate(2027, 12, 31))
    assert editor.save()
    (item,) = items_of(db, roadmap)
    assert item.kpi_target == 3
