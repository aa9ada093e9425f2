"""A file that is no database at all (an .ics picked by mistake) is named as such, not
taken for an encrypted database whose key file is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach_app.domain.messages import set_language
from coach_app.store import crypto
from coach_app.store.database import Database
from coach_app.store.errors import NotADatabase

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Coach//KO\r\nBEGIN:VEVENT\r\n"
    "SUMMARY:(주)한빛정밀 방문\r\nDTSTART;VALUE=DATE:20261130\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_ics_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "방문일정.ics"
    path.write_text(ICS, encoding="utf-8")
    with pytest.raises(NotADatabase) as caught:
        Database.open(path)
    message = str(caught.value)
    assert f"데이터베이스 파일이 아닙니다: {path}" in message
    assert "키 파일" not in message and "coach-key.json" not in message
    assert not (tmp_path / "coach-key.json").exists()  # nothing made beside it


def test_the_message_reads_in_english(tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    path.write_text(ICS * 100, encoding="utf-8")
    set_language("en")  # the fixture sets Korean back
    with pytest.raises(NotADatabase) as caught:
        Database.open(path)
    assert f"This is not a database file: {path}" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "may_be"),
    [
        (b"SQLite format 3\x00" + b"\x00" * 4080, True),  # a plain database
        (os.urandom(8192), True),  # what an encrypted one looks like
        (os.urandom(8000), False),  # not a whole number of pages
        (("가나다 coach\n" * 512).encode()[:8192], False),  # text, even page-sized
    ],
)
def test_what_may_be_a_database(tmp_path: Path, data: bytes, may_be: bool) -> None:
    path = tmp_path / "file"
    path.write_bytes(data)
    assert crypto.may_be_database(path) is may_be
