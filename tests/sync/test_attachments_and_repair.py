"""Attachments travel by content hash and resume; verification finds and repairs drift."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import delete

from coach_app.domain.errors import ValidationError
from coach_app.services.attachments import add_attachment, attachments_of, content, files_of
from coach_app.services.visits import record_visit
from coach_app.store.models import Visit
from coach_app.sync import blobs
from coach_app.sync.connection import connect
from coach_app.sync.verify import repair, verify
from tests.sync.conftest import Agency
from tests.sync.test_sync_flow import assign, visit


@pytest.fixture
def both_on_zero(agency: Agency) -> Agency:
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 0)
    agency.admin.sync()
    for laptop in (agency.kim, agency.lee, agency.supervisor):
        laptop.sync()
    return agency


def photo(size: int, seed: int = 1) -> bytes:
    return hashlib.sha256(str(seed).encode()).digest() * (size // 32) + b"\xff" * (size % 32)


def blob_rows(agency: Agency) -> tuple[int, int]:
    with psycopg.connect(agency.server.url) as owner:
        row = owner.execute(
            "SELECT (SELECT count(*) FROM coach.blobs), (SELECT count(*) FROM coach.blob_chunks)"
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])


def test_attachments_reach_everyone_once(both_on_zero: Agency, tmp_path: Path) -> None:
    agency = both_on_zero
    company = agency.companies[0]
    visit_id = record_visit(agency.kim.db, company, visit("사진 첨부"))
    data = photo(1_300_000)
    add_attachment(agency.kim.db, company, tmp_path / "공장.jpg", visit_id, "생산 라인", data=data)
    # The same bytes attached again (another visit, another name) are stored and sent once.
    add_attachment(agency.kim.db, company, tmp_path / "copy.jpg", None, data=data)
    assert agency.kim.sync().uploaded == 1
    assert blob_rows(agency) == (1, 3)  # 1.3 MB in 512 KiB chunks
    for laptop in (agency.lee, agency.supervisor):
        assert laptop.sync().downloaded == 1
        found = attachments_of(laptop.db, company)
        assert {a.filename for a in found} == {"공장.jpg", "copy.jpg"}
        assert all(content(laptop.db, a) == data for a in found)
        assert found[0].kind == "photo" and found[0].mime_type == "image/jpeg"
    assert agency.kim.sync().uploaded == 0


def test_a_broken_upload_resumes(
    both_on_zero: Agency, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = both_on_zero
    data = photo(2_000_000, seed=2)
    add_attachment(agency.kim.db, agency.companies[0], tmp_path / "big.png", data=data)
    sent_chunks: list[int] = []
    real_execute = psycopg.Connection.execute

    def cut_after_two_chunks(
        self: psycopg.Connection[Any], query: Any, params: Any = None, **kwargs: Any
    ) -> Any:
        if "INSERT INTO coach.blob_chunks" in str(query):
            if len(sent_chunks) == 2:
                raise psycopg.OperationalError("connection lost")
            sent_chunks.append(params[1])
        return real_execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", cut_after_two_chunks)
    with pytest.raises(Exception, match=r"연결이 끊어졌습니다|connection lost"):
        agency.kim.sync()
    monkeypatch.undo()
    assert blob_rows(agency) == (1, 2)
    agency.kim.sync()
    assert blob_rows(agency)[1] == 4  # only the two missing chunks were sent
    agency.lee.sync()
    assert content(agency.lee.db, attachments_of(agency.lee.db, agency.companies[0])[0]) == data


def test_a_broken_download_resumes(both_on_zero: Agency, tmp_path: Path) -> None:
    agency = both_on_zero
    data = photo(1_500_000, seed=3)
    add_attachment(agency.kim.db, agency.companies[0], tmp_path / "a.jpg", data=data)
    agency.kim.sync()
    content_hash = hashlib.sha256(data).hexdigest()
    store = files_of(agency.lee.db)
    partial = store.partial(content_hash)
    store.receive(content_hash, data[: blobs.CHUNK])  # one chunk arrived (sealed)
    with partial.open("ab") as file:
        file.write(b"\x00" * 1000)  # and a bit of the next
    assert data[:64] not in partial.read_bytes()  # nothing in the clear on the disk
    agency.lee.sync()
    assert store.read(content_hash) == data
    assert data[:64] not in store.path(content_hash).read_bytes()
    assert not partial.exists()


def test_an_oversized_file_is_refused_with_a_message(both_on_zero: Agency, tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    with big.open("wb") as file:
        file.truncate(21 * 1024 * 1024)
    with pytest.raises(ValidationError, match="첨부 파일: 파일이 너무 큽니다"):
        add_attachment(both_on_zero.kim.db, both_on_zero.companies[0], big)


def test_verify_finds_drift_and_repair_fixes_it_keeping_the_outbox(
    both_on_zero: Agency,
) -> None:
    agency = both_on_zero
    kept = record_visit(agency.kim.db, agency.companies[0], visit("서버에 있음"))
    agency.kim.sync()
    pending = record_visit(agency.kim.db, agency.companies[0], visit("아직 안 보냄"))
    with agency.kim.db.transaction() as session:
        session.execute(delete(Visit).where(Visit.id == kept))  # drift: a row went missing
    address = agency.server.address(agency.kim.login)
    with connect(address, autocommit=True) as server:
        assert [d.table for d in verify(server, agency.kim.db)] == ["visits"]
        repair(server, agency.kim.db)
        assert verify(server, agency.kim.db) == []
    agency.kim.sync()  # the unsent visit survived the repair and goes now
    with psycopg.connect(agency.server.url) as owner:
        ids = {r[0] for r in owner.execute("SELECT id FROM coach.visits")}
    assert {kept, pending} <= ids


def test_the_cli_syncs_and_reports(both_on_zero: Agency) -> None:
    agency = both_on_zero
    record_visit(agency.kim.db, agency.companies[0], visit("CLI에서 동기화"))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach_app",
            "sync",
            "--db",
            str(agency.kim.db.path),
            "--server",
            agency.server.url,
            "--user",
            agency.kim.login,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert run.returncode == 0, run.stderr
    assert "보냄 1건" in run.stdout
    verify_run = subprocess.run(
        [sys.executable, "-m", "coach_app", "verify", "--db", str(agency.kim.db.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verify_run.returncode == 0 and "서버와 일치합니다" in verify_run.stdout
    offline = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach_app",
            "sync",
            "--db",
            str(agency.kim.db.path),
            "--server",
            "postgresql://127.0.0.1:1/coach",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert offline.returncode == 1 and "서버에 연결할 수 없습니다" in offline.stderr
    assert "Traceback" not in offline.stderr
