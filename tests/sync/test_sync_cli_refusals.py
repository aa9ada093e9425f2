"""`coach-app sync` names each change the server refused (what record, of which company,
of which day) with the server's reason in the user's language, and exits non-zero."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Iterator

import pytest

from coach_app.cli import main
from coach_app.cli.sync import EXIT_REFUSED
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.messages import set_language
from coach_app.domain.visit import VisitDraft
from coach_app.services.visits import add_difficulty, record_visit, review_visit, update_visit
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assign

DAY = dt.date.today() - dt.timedelta(days=3)


@pytest.fixture(autouse=True)
def korean_afterwards() -> Iterator[None]:
    yield
    set_language("ko")


def _refused_visit(agency: Agency) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    settle(agency.admin)
    settle(kim)
    visit_id = record_visit(kim.db, agency.companies[0], VisitDraft(DAY, "공장", notes="처음"))
    settle(kim)
    settle(agency.supervisor)
    review_visit(agency.supervisor.db, visit_id)
    settle(agency.supervisor)
    update_visit(kim.db, visit_id, VisitDraft(DAY, "공장", notes="검토 뒤에 고침"))


def _sync(agency: Agency, monkeypatch: pytest.MonkeyPatch, *lang: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("any-password\n"))
    return main([*lang, "sync", "--password-stdin", "--db", str(agency.kim.db.path)])


def test_each_refusal_is_named_with_its_reason_in_korean(
    agency: Agency, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused_visit(agency)
    assert _sync(agency, monkeypatch) == EXIT_REFUSED
    out = capsys.readouterr().out
    assert "서버가 거부한 변경: 1건" in out
    line = next(x for x in out.splitlines() if x.startswith("  - "))
    assert line.startswith(f"  - 방문 · (주)테스트0 · {DAY:%Y-%m-%d} — ")
    assert "검토" in line and "reviewed by a supervisor" in line  # explained, then its words
    assert "coach-app conflicts" in out

    # Nothing refused this time: the refusal stays open (coach-app conflicts) but the
    # sync itself went through.
    assert _sync(agency, monkeypatch) == 0
    assert "  - " not in capsys.readouterr().out


def test_in_english_and_for_a_record_gone_from_the_laptop(
    agency: Agency, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused_visit(agency)
    # A difficulty added to the visit the supervisor reviewed meanwhile: the server refuses
    # the new row and it leaves the laptop; it is named from what was typed.
    add_difficulty(agency.kim.db, _visit_id(agency), DifficultyDraft("funding", "자금"))
    assert _sync(agency, monkeypatch, "--lang", "en") == EXIT_REFUSED
    out = capsys.readouterr().out
    lines = [x for x in out.splitlines() if x.startswith("  - ")]
    assert f"Changes refused by the server: {len(lines)}" in out
    difficulty = next(x for x in lines if x.startswith("  - Difficulty"))
    assert difficulty.startswith(f"  - Difficulty · (주)테스트0 · {DAY:%Y-%m-%d} — "), lines
    assert "locked" in difficulty
    # The visit's own edit, and the status the new difficulty starts in: each named.
    kinds = sorted(x.split(" · ")[0] for x in lines)
    assert kinds == ["  - Difficulty", "  - Status change", "  - Visit"], lines
    assert all(f" · (주)테스트0 · {DAY:%Y-%m-%d} — " in x for x in lines), lines
    assert "What you typed is kept" in out


def _visit_id(agency: Agency) -> uuid.UUID:
    from sqlalchemy import select

    from coach_app.store.models import Visit

    with agency.kim.db.read() as session:
        return session.scalars(select(Visit.id)).one()
