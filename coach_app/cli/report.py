"""PDF reports: one visit, diagnosis, roadmap, dossier or meeting, or a batch of dossiers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach_app.cli.common import Commands, open_database
from coach_app.domain.messages import pick


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    """``report`` of each kind, and ``report batch``."""
    report = commands.add_parser("report", help="write PDF reports")
    reports = report.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    for kind, about in (
        ("visit", "one visit (ID: the visit's id)"),
        ("diagnosis", "one diagnosis (ID: the diagnosis's id)"),
        ("roadmap", "a roadmap revision (ID: the roadmap's id)"),
        ("dossier", "a company's dossier (ID: the company's id or 사업자등록번호)"),
        ("meeting", "a meeting (간담회) with its companies and measures (ID: the meeting's id)"),
        ("impact", "a programme's impact report (ID: the programme's id)"),
    ):
        one = reports.add_parser(kind, parents=[common], help=about)
        one.add_argument("id", metavar="ID")
        one.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf")
        one.add_argument("--font", default=None, help="a Korean TrueType font file (.ttf)")
        if kind == "dossier":
            one.add_argument(
                "--draft",
                action="store_true",
                help="print the newest roadmap revision even if not approved (marked as such)",
            )
        one.set_defaults(handler=_report, kind=kind)
    batch = reports.add_parser(
        "batch", parents=[common], help="the dossiers of a programme's or a coach's companies"
    )
    batch.add_argument("--programme", default=None, help="programme name")
    batch.add_argument("--coach", default=None, help="the coach's login")
    batch.add_argument("-o", "--output", type=Path, required=True, help="a folder")
    batch.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    batch.add_argument("--font", default=None, help="a Korean TrueType font file (.ttf)")
    batch.set_defaults(handler=_report_batch)


def _report(args: argparse.Namespace) -> int:
    from coach_app.services.reports import ReportKind, find_entity, write_report

    kind = ReportKind(args.kind)
    with open_database(args) as db:
        entity_id = find_entity(db, kind, args.id)
        draft = getattr(args, "draft", False)
        pages = write_report(db, kind, entity_id, args.output, args.font, draft=draft)
    print(
        pick(
            f"보고서를 썼습니다: {args.output} ({pages}쪽)",
            f"Report written: {args.output} ({pages} pages)",
        )
    )
    return 0


def _report_batch(args: argparse.Namespace) -> int:
    from coach_app.services.reports import batch_companies, write_batch

    with open_database(args) as db:
        companies = batch_companies(db, args.programme, args.coach)

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

        result = write_batch(db, companies, args.output, args.workers, args.font, progress)
    print(file=sys.stderr)
    for failure in result.failed:  # the tracebacks, if any, are in the log file
        print(f"{failure.company}: {failure.message}", file=sys.stderr)
    print(
        pick(
            f"보고서 {len(result.written):,}개를 썼습니다: {args.output}"
            + (f" (실패 {len(result.failed):,}개)" if result.failed else ""),
            f"{len(result.written):,} reports written to {args.output}"
            + (f" ({len(result.failed):,} failed)" if result.failed else ""),
        )
    )
    return 1 if result.failed else 0
