"""``export calendar``: a coach's plan as an iCalendar file for Outlook or Google Calendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach_app.cli.common import Commands, iso_date, open_database
from coach_app.domain.errors import FieldProblem, ValidationError
from coach_app.domain.messages import pick


def register(exports: Commands, common: argparse.ArgumentParser) -> None:
    """``export calendar`` under the ``export`` group."""
    calendar = exports.add_parser(
        "calendar", parents=[common], help="a coach's planned visits as an .ics file"
    )
    calendar.add_argument("-o", "--output", type=Path, required=True, help="FILE.ics")
    calendar.add_argument(
        "--coach", default=None, help="the coach's login (default: the signed-in user)"
    )
    calendar.add_argument(
        "--from", dest="start", type=iso_date, default=None, help="first day (default: today)"
    )
    calendar.add_argument("--to", dest="end", type=iso_date, default=None, help="last day")
    calendar.set_defaults(handler=_export_calendar)


def _export_calendar(args: argparse.Namespace) -> int:
    from coach_app.services.people import user_by_login
    from coach_app.services.planning import export_calendar

    with open_database(args) as db:
        if args.coach is not None:
            coach = user_by_login(db, args.coach)
            if coach is None:
                raise ValidationError([FieldProblem("coach", "not_found", {"value": args.coach})])
            coach_id = coach.id
        elif db.actor is not None:
            coach_id = db.actor
        else:
            raise ValidationError([FieldProblem("coach", "required")])
        count = export_calendar(db, coach_id, args.output, args.start, args.end)
    print(
        pick(
            f"일정을 썼습니다: {args.output} (일정 {count:,}건)",
            f"Calendar written: {args.output} ({count:,} events)",
        )
    )
    return 0
