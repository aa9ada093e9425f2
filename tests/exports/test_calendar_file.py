"""The iCalendar file itself: what Outlook and Google Calendar need of it."""

from __future__ import annotations

import datetime as dt
import uuid

import icalendar

from coach_app.exports.calendar import CalendarEvent, calendar_bytes

VISIT = uuid.UUID("6f1c2a9e-0000-4000-8000-000000000001")


def test_a_date_time_event_and_text_that_needs_escaping() -> None:
    start = dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)
    data = calendar_bytes(
        [
            CalendarEvent(
                VISIT,
                start,
                "(주)대성, 금속; 본사",
                location="광주 광산구 평동산단로 12, 2층",
                description="정책자금 신청 지원\n서류 점검",
            )
        ],
        "김코치",
        stamp=dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC),
    )
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")  # lines end in CRLF, as RFC 5545 says
    assert b"VERSION:2.0\r\n" in data and b"PRODID:" in data
    assert b"SUMMARY:(\xec\xa3\xbc)\xeb\x8c\x80\xec\x84\xb1\\, \xea\xb8\x88\xec\x86\x8d\\;" in data
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == "(주)대성, 금속; 본사"
    assert str(event["LOCATION"]) == "광주 광산구 평동산단로 12, 2층"
    assert str(event["DESCRIPTION"]) == "정책자금 신청 지원\n서류 점검"
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == start + dt.timedelta(hours=1)
    assert str(event["UID"]) == f"{VISIT}@coach-app"
    assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)


def test_an_all_day_event_has_a_date_and_no_empty_fields() -> None:
    data = calendar_bytes([CalendarEvent(VISIT, dt.date(2026, 12, 3), "세진테크")], "김코치")
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert b"DTSTART;VALUE=DATE:20261203" in data
    assert event.decoded("DTEND") == dt.date(2026, 12, 4)
    assert "LOCATION" not in event and "DESCRIPTION" not in event
