"""Meetings (간담회) with several companies, and the measures (지원 조치) that answer them.

How a meeting is stored is explained in coach_app.domain.meeting: one meeting row, and
for each company an ordinary visit carrying ``meeting_id`` with that company's
difficulties, so everything that reads visits and difficulties keeps working.
"""

from coach_app.services.meetings.measures import (
    MeasureView,
    company_measures,
    delete_measure,
    follow_up_measure,
    measure_views,
    measures_for_company,
    record_measure,
    stored_measure,
    update_measure,
)
from coach_app.services.meetings.recording import (
    RecordedMeeting,
    record_meeting,
    stored_meeting,
    update_meeting,
)
from coach_app.services.meetings.views import (
    Answerable,
    MeetingCompanyView,
    MeetingDifficulty,
    MeetingLine,
    MeetingView,
    answerable,
    meeting_view,
    meetings,
    read_meeting,
)

__all__ = [
    "Answerable",
    "MeasureView",
    "MeetingCompanyView",
    "MeetingDifficulty",
    "MeetingLine",
    "MeetingView",
    "RecordedMeeting",
    "answerable",
    "company_measures",
    "delete_measure",
    "follow_up_measure",
    "measure_views",
    "measures_for_company",
    "meeting_view",
    "meetings",
    "read_meeting",
    "record_measure",
    "record_meeting",
    "stored_measure",
    "stored_meeting",
    "update_measure",
    "update_meeting",
]
