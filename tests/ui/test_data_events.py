"""Pages follow the app's one "data changed" signal instead of being refreshed by hand."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.services.companies import draft_of, get_company, list_companies, update_company
from coach_app.store.database import Database
from coach_app.ui.company_model import CompanyListModel
from coach_app.ui.data_events import Change
from coach_app.ui.main_window import MainWindow


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=6, visits_per_company=1))
    return db


def test_pages_follow_what_changed(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    first, second = list_companies(demo)[:2]
    window.open_company(first.id)
    shown: list[object] = []
    real_show = window.company_detail.show_company

    def show(company_id: uuid.UUID) -> None:
        shown.append(company_id)
        real_show(company_id)

    monkeypatch.setattr(window.company_detail, "show_company", show)

    draft = draft_of(get_company(demo, first.id))
    draft.name = "Renamed Works"
    update_company(demo, first.id, draft)
    window.data_events.announce(Change(second.id))  # another company: the page stays
    assert shown == []
    window.data_events.announce(Change(first.id, companies=True))
    assert shown == [first.id]
    assert window.company_detail.title.text() == "Renamed Works"
    names = {
        window.companies.index(r, CompanyListModel.NAME).data()
        for r in range(window.companies.rowCount())
    }
    assert "Renamed Works" in names


def test_closing_a_visit_announces_its_company(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    company = list_companies(demo)[0]
    heard: list[Change] = []
    window.data_events.changed.connect(heard.append)
    editor = window.open_visit(company.id)
    editor.reject()
    qtbot.waitUntil(lambda: bool(heard), timeout=2_000)
    assert heard == [Change(company.id)]
