"""What the coach can see of the sync, against the real PostgreSQL: each record's mark,
the history of syncs, a refused change kept with its reason until dealt with, and the
backup taken before a sync that changes something (and only then)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from coach_app.domain.sync_marks import SyncMark
from coach_app.services.syncing import conflicts, history, mark, marks, resolve, retry_refused
from coach_app.services.visits import get_visit, record_visit, review_visit, update_visit
from coach_app.store import backup, crypto
from coach_app.store.models import SentChange
from coach_app.sync import push
from coach_app.sync.connection import ServerAddress, connect
from coach_app.sync.engine import sync
from coach_app.sync.errors import SyncError
from tests.sync.conftest import Agency
from tests.sync.test_sync_flow import assign, visit


def _sync_backups(path: Path) -> list[str]:
    return [p.name for p in backup.list_backups(path) if p.stem.endswith("-sync")]


def test_a_record_waits_is_sent_then_confirmed(agency: Agency) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    visit_id = record_visit(kim.db, agency.companies[0], visit("첫 방문"))
    assert mark(kim.db, "visits", visit_id) == (SyncMark.WAITING, [])
    found, default = marks(kim.db, "companies")
    assert default is SyncMark.CONFIRMED and agency.companies[0] not in found

    # Pushed, not yet pulled back (a sync stopped between the two): sent.
    with connect(kim.server.address(kim.login), autocommit=True) as server:
        push.push(server, kim.db)
    assert mark(kim.db, "visits", visit_id) == (SyncMark.SENT, [])
    with kim.db.read() as session:
        assert set(session.scalars(select(SentChange.row_id))) >= {visit_id}

    kim.sync()
    assert mark(kim.db, "visits", visit_id) == (SyncMark.CONFIRMED, [])
    with kim.db.read() as session:
        assert list(session.scalars(select(SentChange.row_id))) == []


def test_a_new_database_shows_no_server_mark(agency: Agency) -> None:
    _found, default = marks(agency.kim.db, "visits")
    assert default is SyncMark.LOCAL  # kim's laptop has never synced


def test_history_keeps_each_sync_newest_first(agency: Agency) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    record_visit(kim.db, agency.companies[0], visit("하나"))
    record_visit(kim.db, agency.companies[0], visit("둘"))
    report = kim.sync()
    runs = history(kim.db)
    assert len(runs) == 2
    newest = runs[0]
    assert newest.started_at > runs[1].started_at
    assert newest.outcome == "ok" and newest.error == ""
    assert newest.sent == report.pushed >= 2  # the visits (and what goes with them)
    assert newest.seconds > 0
    assert runs[1].received > 0  # the first sync brought the company down

    # A sync that fails is kept with its message.
    wrong = ServerAddress(kim.server.url, "nobody_here")
    with pytest.raises(SyncError) as raised:
        sync(kim.db, wrong)
    message = str(raised.value)
    failed = history(kim.db)[0]
    assert failed.outcome == "failed" and failed.error == message and message


def test_a_refused_change_stays_with_its_reason_until_dealt_with(agency: Agency) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    visit_id = record_visit(kim.db, agency.companies[0], visit("검토 전"))
    kim.sync()
    agency.supervisor.sync()
    review_visit(agency.supervisor.db, visit_id)
    agency.supervisor.sync()
    update_visit(kim.db, visit_id, visit("검토 후 고침"))
    report = kim.sync()
    assert report.rejected == 1

    state, reasons = mark(kim.db, "visits", visit_id)
    assert state is SyncMark.REFUSED and reasons and "locked" in reasons[0]
    run = history(kim.db)[0]
    assert run.refused == [{"table": "visits", "row_id": str(visit_id), "reason": reasons[0]}]
    # Another sync does not make it disappear.
    kim.sync()
    assert mark(kim.db, "visits", visit_id)[0] is SyncMark.REFUSED
    assert marks(kim.db, "visits")[0][visit_id] is SyncMark.REFUSED

    # Retry: what was typed comes back into the visit, waiting to be sent again.
    (refusal,) = conflicts(kim.db)
    retry_refused(kim.db, refusal.id)
    assert get_visit(kim.db, visit_id).notes == "검토 후 고침"
    assert mark(kim.db, "visits", visit_id)[0] is SyncMark.WAITING
    kim.sync()  # refused again: the server still holds the review
    (again,) = conflicts(kim.db)
    assert again.id != refusal.id and "locked" in again.message
    assert mark(kim.db, "visits", visit_id)[0] is SyncMark.REFUSED

    # Discard: the server's version is back, and the mark is confirmed.
    resolve(kim.db, again.id, "theirs")
    kim.sync()
    assert get_visit(kim.db, visit_id).notes == "검토 전"
    assert mark(kim.db, "visits", visit_id) == (SyncMark.CONFIRMED, [])


def test_a_backup_is_taken_before_a_sync_that_changes_something_only(agency: Agency) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    first = kim.sync()  # receives the company: a change
    assert first.backup is not None and first.backup.endswith("-sync.sqlite3")
    assert _sync_backups(kim.db.path) == [first.backup.rsplit("/", 1)[-1]]
    key = crypto.known_key(kim.db.path.parent)
    assert backup.verify(Path(first.backup), key)

    quiet = kim.sync()  # nothing to send, nothing to receive
    assert quiet.backup is None and history(kim.db)[0].backup is None
    assert len(_sync_backups(kim.db.path)) == 1

    record_visit(kim.db, agency.companies[0], visit("바뀜"))
    busy = kim.sync()
    assert busy.backup is not None and history(kim.db)[0].backup == busy.backup
    assert len(_sync_backups(kim.db.path)) == 2
