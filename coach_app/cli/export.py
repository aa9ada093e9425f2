"""Summaries for programme managers: ``export summary``."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach_app.cli import calendar
from coach_app.cli.common import Commands, iso_date, open_database
from coach_app.domain.messages import pick


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    """``export summary``."""
    export = commands.add_parser("export", help="write summaries for programme managers")
    exports = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    summary = exports.add_parser("summary", parents=[common], help="the Excel summary")
    summary.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    summary.add_argument("--from", dest="start", type=iso_date, default=None)
    summary.add_argument("--to", dest="end", type=iso_date, default=None)
    summary.add_argument("--programme", default=None, help="programme name")
    summary.add_argument("--region", default=None, help="시·도, e.g. 광주")
    summary.add_argument("--coach", default=None, help="the coach's login")
    summary.set_defaults(handler=_export_summary)
    calendar.register(exports, common)


def _export_summary(args: argparse.Namespace) -> int:
    from coach_app.services.exports import export_summary

    with open_database(args) as db:
        counts = export_summary(
            db, args.output, args.start, args.end, args.programme, args.region, args.coach
        )
    print(
        pick(
            f"요약을 썼습니다: {args.output} (기업 {counts.rows['companies']:,}곳, "
            f"방문 {counts.rows['visits']:,}건, 애로사항 {counts.rows['difficulties']:,}건)",
            f"Summary written: {args.output} ({counts.rows['companies']:,} companies, "
            f"{counts.rows['visits']:,} visits, {counts.rows['difficulties']:,} difficulties)",
        )
    )
    return 0
