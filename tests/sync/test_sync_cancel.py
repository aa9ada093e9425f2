"""Cancel stops a sync between chunks: what was sent or received stays, the next sync
carries on from there and ends equal to the server."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coach_app.domain.errors import Cancelled
from coach_app.services.visits import record_visit
from coach_app.sync import pull, push, state
from coach_app.sync.connection import connect
from coach_app.sync.engine import sync
from coach_app.sync.verify import verify
from tests.sync.conftest import Agency
from tests.sync.test_reliability import outbox_size
from tests.sync.test_sync_flow import assign, visit


def _cancel_after(chunks: int, word: str) -> Callable[[str], None]:
    seen: list[str] = []

    def progress(text: str) -> None:
        if word in text:
            seen.append(text)
            if len(seen) >= chunks:
                raise Cancelled

    return progress


def test_a_cancelled_sync_stops_between_chunks_and_the_next_one_finishes(
    agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    agency.supervisor.sync()
    typed = [
        record_visit(agency.kim.db, agency.companies[0], visit(f"방문 {i}")) for i in range(50)
    ]
    monkeypatch.setattr(push, "CHUNK", 10)
    monkeypatch.setattr(pull, "CHUNK", 10)

    # Sending: cancelled after the second chunk of ten.
    with pytest.raises(Cancelled):
        sync(agency.kim.db, agency.server.address(agency.kim.login), _cancel_after(2, "보냄"))
    assert outbox_size(agency.kim.db) == 30
    agency.kim.sync()
    assert outbox_size(agency.kim.db) == 0

    # Receiving on the supervisor's laptop: cancelled after two chunks, the cursor kept.
    with pytest.raises(Cancelled):
        sync(
            agency.supervisor.db,
            agency.server.address(agency.supervisor.login),
            _cancel_after(2, "받음"),
        )
    cursor = state.load(agency.supervisor.db).cursor_txid
    assert cursor > 0
    report = agency.supervisor.sync()
    assert 0 < report.pulled < 50  # only what the cancelled sync had not received
    with connect(agency.server.address(agency.supervisor.login), autocommit=True) as server:
        assert verify(server, agency.supervisor.db) == []
    from coach_app.services.visits import visits_of

    assert {v.id for v in visits_of(agency.supervisor.db, agency.companies[0])} >= set(typed)
