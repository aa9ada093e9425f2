"""A coach's plan as an iCalendar (RFC 5545) file that Outlook and Google Calendar import.

Each visit is one all-day event (a visit has a day, not an hour). Its UID is derived from
the visit's id, so importing the file again updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event

PRODUCT = "-//Coach//Coach planning//KO"
UID_DOMAIN = "coach-app"


@dataclass(frozen=True)
class CalendarEvent:
    uid: uuid.UUID
    day: dt.date | dt.datetime  # a date-time when the hour is known
    summary: str
    location: str = ""
    description: str = ""


def event_uid(visit_id: uuid.UUID) -> str:
    return f"{visit_id}@{UID_DOMAIN}"


def calendar_bytes(
    events: Sequence[CalendarEvent], name: str, stamp: dt.datetime | None = None
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    now = stamp or dt.datetime.now(dt.UTC)
    for item in events:
        event = Event()
        event.add("uid", event_uid(item.uid))
        event.add("dtstamp", now)
        event.add("dtstart", item.day)
        if isinstance(item.day, dt.datetime):
            event.add("dtend", item.day + dt.timedelta(hours=1))
        else:
            # All-day: DTEND is the next day (exclusive), as Outlook and Google expect.
            event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
