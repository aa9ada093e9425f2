"""The local database: demo data, dump, check, meetings, backup, restore, and the
company-list import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach_app.cli.common import Commands, database_path, not_negative, open_database, positive
from coach_app.domain.messages import pick


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    """demo, dump, check, meetings, backup and restore, as ``--help`` lists them."""
    demo = commands.add_parser("demo", parents=[common], help="create demo data")
    demo.add_argument("--companies", type=positive, default=300)
    demo.add_argument("--visits-per-company", type=not_negative, default=6)
    demo.add_argument("--seed", type=int, default=20261122)
    demo.set_defaults(handler=_demo)

    dump = commands.add_parser("dump", parents=[common], help="write every entity as JSON")
    dump.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    dump.set_defaults(handler=_dump)

    check = commands.add_parser("check", parents=[common], help="check the database")
    check.set_defaults(handler=_check)

    meetings = commands.add_parser(
        "meetings", parents=[common], help="list the meetings (간담회) with their measures"
    )
    meetings.set_defaults(handler=_meetings)

    backup = commands.add_parser("backup", parents=[common], help="back up the database now")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("backup", type=Path, help="backup file (see: coach-app backup --list)")
    restore.set_defaults(handler=_restore)


def register_import(commands: Commands, common: argparse.ArgumentParser) -> None:
    """``import companies`` (listed after ``report``)."""
    importing = commands.add_parser("import", help="import lists")
    imports = importing.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    companies = imports.add_parser("companies", parents=[common], help="companies from an .xlsx")
    companies.add_argument("file", type=Path, metavar="FILE.xlsx")
    companies.add_argument(
        "--mapping",
        default=None,
        help="field=column pairs, e.g. 'name=업체명,brn=사업자번호' (default: as last time, "
        "or guessed from the headers)",
    )
    companies.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    companies.add_argument("--yes", action="store_true", help="import without asking")
    companies.add_argument("--report", type=Path, default=None, help="write the row-by-row result")
    companies.set_defaults(handler=_import_companies)


def _demo(args: argparse.Namespace) -> int:
    import time

    from coach_app.demo import DemoSize, build

    started = time.perf_counter()
    with open_database(args) as db:
        data = build(
            db,
            DemoSize(args.companies, args.visits_per_company, args.seed),
            progress=lambda line: print("  " + line),
        )
        total = sum(len(rows) for rows in data.tables.values())
    seconds = time.perf_counter() - started
    print(
        pick(
            f"데모 자료 {total:,}행을 {seconds:.1f}초 만에 만들었습니다: {db.path}",
            f"Created {total:,} demo rows in {seconds:.1f} s: {db.path}",
        )
    )
    print(pick(f"로그인 사용자: {data.coach_login}", f"Signed in as: {data.coach_login}"))
    return 0


def _dump(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    with open_database(args) as db:
        if args.output is None:
            maintenance.dump(db, sys.stdout)
        else:
            with args.output.open("w", encoding="utf-8", newline="\n") as out:
                counts = maintenance.dump(db, out)
            print(
                pick(
                    f"{sum(counts.values()):,}행을 썼습니다: {args.output}",
                    f"Wrote {sum(counts.values()):,} rows: {args.output}",
                ),
                file=sys.stderr,
            )
    return 0


def _meetings(args: argparse.Namespace) -> int:
    from coach_app.domain.money import format_korean
    from coach_app.services.meetings import meeting_view, meetings

    with open_database(args) as db:
        for line in meetings(db):
            seen = meeting_view(db, line.id)
            total = format_korean(sum(m.amount or 0 for m in seen.measures))
            count = len(seen.measures)
            print(
                f"{line.id}  {line.held_on}  {line.title}  "
                + pick(
                    f"기업 {line.companies}곳 · 조치 {count}건 ({total})",
                    f"{line.companies} companies · {count} measures ({total})",
                )
            )
    return 0


def _check(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    with open_database(args) as db:
        report = maintenance.check(db)
    print(pick(f"데이터베이스: {report.path}", f"Database: {report.path}"))
    for table, count in report.counts.items():
        print(f"  {table:<20} {count:>10,}")
    print(
        pick(
            f"동기화 대기 변경: {report.pending_changes:,}",
            f"Changes waiting to sync: {report.pending_changes:,}",
        )
    )
    print(pick(f"백업: {len(report.backups)}개", f"Backups: {len(report.backups)}"))
    if report.sound:
        print(pick("무결성 검사: 이상 없음", "Integrity check: ok"))
        return 0
    print(pick("무결성 검사에서 문제가 발견되었습니다:", "The integrity check found problems:"))
    for problem in report.problems:
        print("  " + problem)
    if report.backups:
        from coach_app.store.errors import restore_hint

        print(restore_hint(report.path, report.backups[0]))
    return 1


def _backup(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    if args.list:
        for found in maintenance.list_backups(database_path(args)):
            print(found)
        return 0
    with open_database(args) as db:
        made = maintenance.make_backup(db)
    print(pick(f"백업을 만들었습니다: {made}", f"Backup written: {made}"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    database = database_path(args)
    try:
        kept = maintenance.restore(database, args.backup)
    except ValueError:
        print(
            pick(
                f"올바른 백업 파일이 아닙니다: {args.backup}",
                f"Not a sound backup file: {args.backup}",
            ),
            file=sys.stderr,
        )
        return 1
    print(pick(f"복원했습니다: {database}", f"Restored: {database}"))
    if kept is not None:
        print(
            pick(
                f"이전 파일은 여기에 보관했습니다: {kept}", f"The previous file is kept at: {kept}"
            )
        )
    return 0


def _print_mapping(headers: list[str], mapping: dict[str, int]) -> None:
    """Which column each field is read from, so a column read wrongly or not at all is
    seen before anything is imported."""
    from coach_app.services import imports

    print(pick("열 대응 (항목 ← 파일의 열):", "Columns (field ← column in the file):"))
    for column in imports.describe_mapping(headers, mapping):
        unit = f" ({column.unit})" if column.unit else ""
        print(f"  {column.field} ← {column.header}{unit}")
    ignored = imports.ignored_headers(headers, mapping)
    if ignored:
        print(pick("  읽지 않는 열: ", "  Columns not read: ") + ", ".join(ignored))
    print(
        pick(
            '  (다르게 읽으려면 --mapping "name=업체명,brn=사업자번호")',
            '  (to read them otherwise: --mapping "name=업체명,brn=사업자번호")',
        )
    )


def _import_companies(args: argparse.Namespace) -> int:
    from coach_app.services import imports

    with open_database(args) as db:
        sheet = imports.read_sheet(args.file)
        mapping = (
            imports.parse_mapping(args.mapping, sheet.headers)
            if args.mapping
            else imports.remembered_mapping(db, sheet.headers)
        )
        _print_mapping(sheet.headers, mapping)
        missing = imports.missing_columns(mapping)
        if missing:
            names = ", ".join(missing)
            found = ", ".join(h for h in sheet.headers if h) or "—"
            print(
                pick(
                    f"꼭 필요한 열을 찾지 못했습니다: {names}. 파일의 열: {found}.\n"
                    '--mapping "name=업체명,brn=사업자번호"처럼 어느 열인지 알려 주세요.',
                    f"The required columns were not found: {names}. Columns in the file: "
                    f'{found}.\nSay which they are with --mapping "name=업체명,brn=사업자번호".',
                ),
                file=sys.stderr,
            )
            return 2
        plan = imports.check_rows(db, sheet, mapping)
        for row in plan.rows:
            if row.problems:
                print(f"{row.number}: " + "; ".join(row.problems), file=sys.stderr)
            for warning in row.warnings:
                print(f"{row.number}: {pick('주의', 'warning')}: {warning}", file=sys.stderr)
        inserted, updated = plan.count(imports.Action.INSERT), plan.count(imports.Action.UPDATE)
        print(
            pick(
                f"새 기업 {inserted:,} · 갱신 {updated:,} · 고칠 행 {plan.invalid:,} "
                f"· 주의할 행 {plan.warned:,} (빈 행 {sheet.empty_rows:,}개 건너뜀)",
                f"{inserted:,} new, {updated:,} updates, {plan.invalid:,} rows to fix, "
                f"{plan.warned:,} with warnings ({sheet.empty_rows:,} empty rows skipped)",
            )
        )
        if args.report:
            imports.write_result(plan, args.report)
            print(pick(f"결과 파일: {args.report}", f"Result file: {args.report}"))
        if args.dry_run or not (inserted or updated):
            return 0 if not plan.invalid else 2
        if not args.yes:
            if not sys.stdin.isatty():
                print(
                    pick(
                        "가져오지 않았습니다: 확인하려면 --yes를 붙이세요.",
                        "Nothing imported: add --yes to accept.",
                    ),
                    file=sys.stderr,
                )
                return 2
            answer = input(pick("올바른 행을 가져올까요? [y/N] ", "Import the valid rows? [y/N] "))
            if answer.strip().casefold() not in ("y", "yes", "예", "ㅛ"):
                print(pick("가져오지 않았습니다.", "Nothing imported."))
                return 0
        inserted, updated = imports.apply(db, plan)
    print(
        pick(
            f"가져왔습니다: 새 기업 {inserted:,}, 갱신 {updated:,}",
            f"Imported: {inserted:,} new, {updated:,} updated",
        )
    )
    return 0
