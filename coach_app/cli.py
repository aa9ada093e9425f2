"""The command line: parses, then hands each subcommand to the services.

``coach-app`` alone opens the GUI on the default local database.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coach_app import __version__, logs, paths
from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.messages import pick, set_language
from coach_app.store.database import Database

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang)
    log_path = logs.setup()
    handler: Handler = getattr(args, "handler", _gui)
    try:
        return handler(args)
    except ValidationError as error:
        print(str(error), file=sys.stderr)
        return 2
    except CoachError as error:
        print(str(error), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `coach-app dump | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(pick("중단했습니다.", "Interrupted."), file=sys.stderr)
        return 130
    except Exception:
        logs.log.exception("unexpected error in %s", getattr(args, "command", "gui"))
        print(
            pick(
                f"예기치 못한 오류가 발생했습니다. 자세한 내용은 로그 파일에 있습니다: {log_path}",
                f"An unexpected error occurred. The details are in the log file: {log_path}",
            ),
            file=sys.stderr,
        )
        return 1


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help="the local database file (default: coach.sqlite3 in the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="coach-app",
        parents=[common],
        description="Coach: field-consultation coaching. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"coach-app {__version__}")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko", help="language (ko)")
    parser.add_argument(
        "--demo-on-first-run",
        action="store_true",
        help="fill the database with demo data when it does not exist yet",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common], help="create demo data")
    demo.add_argument("--companies", type=_positive, default=300)
    demo.add_argument("--visits-per-company", type=_not_negative, default=6)
    demo.add_argument("--seed", type=int, default=20261122)
    demo.set_defaults(handler=_demo)

    dump = commands.add_parser("dump", parents=[common], help="write every entity as JSON")
    dump.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    dump.set_defaults(handler=_dump)

    check = commands.add_parser("check", parents=[common], help="check the database")
    check.set_defaults(handler=_check)

    backup = commands.add_parser("backup", parents=[common], help="back up the database now")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=_backup)

    restore = commands.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("backup", type=Path, help="backup file (see: coach-app backup --list)")
    restore.set_defaults(handler=_restore)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _db_path(args: argparse.Namespace) -> Path:
    path: Path = getattr(args, "db", None) or paths.default_database()
    return path


def _open(args: argparse.Namespace) -> Database:
    return Database.open(_db_path(args))


def _gui(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if args.demo_on_first_run and not path.exists():
        from coach_app.services.demo import DemoSize, build

        print(pick(f"데모 자료를 만드는 중: {path}", f"Creating demo data: {path}"))
        with _open(args) as db:
            build(db, DemoSize())
    from coach_app.ui.app import run

    return run(path, args.lang)


def _demo(args: argparse.Namespace) -> int:
    import time

    from coach_app.services.demo import DemoSize, build

    started = time.perf_counter()
    with _open(args) as db:
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

    with _open(args) as db:
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


def _check(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    with _open(args) as db:
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
        print(
            pick(
                f'복원하려면: coach-app restore --db "{report.path}" "{report.backups[0]}"',
                f'To restore: coach-app restore --db "{report.path}" "{report.backups[0]}"',
            )
        )
    return 1


def _backup(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    if args.list:
        for found in maintenance.list_backups(_db_path(args)):
            print(found)
        return 0
    with _open(args) as db:
        made = maintenance.make_backup(db)
    print(pick(f"백업을 만들었습니다: {made}", f"Backup written: {made}"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from coach_app.services import maintenance

    database = _db_path(args)
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
