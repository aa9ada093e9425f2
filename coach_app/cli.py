"""The command line: parses, then hands each subcommand to the services.

``coach-app`` alone opens the GUI on the default local database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach_app import cli_keys, logs, paths
from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.messages import pick, set_language

if TYPE_CHECKING:
    from coach_app.store.database import Database
    from coach_app.sync.tls import ServerTls

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang or "ko")
    log_path = logs.setup()
    if getattr(args, "command", None) or args.demo_on_first_run:
        cli_keys.install()  # the data passphrase, where needed, is asked in the terminal
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
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default=None,
        help="language (default: Korean, or as chosen in the window)",
    )
    parser.add_argument(
        "--demo-on-first-run",
        action="store_true",
        help="fill the database with demo data when it does not exist yet",
    )
    # For installer smoke tests: open the window, say how long it took, and quit.
    parser.add_argument("--start-and-quit", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_keys.add_commands(commands, common)

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

    sync = commands.add_parser("sync", parents=[common], help="sync with the agency's server")
    sync.add_argument("--server", help="server URL, e.g. postgresql://db.agency.local/coach")
    sync.add_argument("--user", help="your server login")
    sync.add_argument(
        "--password-stdin", action="store_true", help="read your server password from stdin"
    )
    _tls_arguments(sync)
    sync.set_defaults(handler=_sync)

    verify = commands.add_parser("verify", parents=[common], help="compare with the server")
    verify.add_argument("--repair", action="store_true", help="take again what differs")
    verify.add_argument(
        "--password-stdin", action="store_true", help="read your server password from stdin"
    )
    _tls_arguments(verify)
    verify.set_defaults(handler=_verify)

    conflicts = commands.add_parser("conflicts", parents=[common], help="list sync conflicts")
    conflicts.add_argument("--all", action="store_true", help="include resolved ones")
    conflicts.set_defaults(handler=_conflicts)

    resolve = commands.add_parser("resolve", parents=[common], help="settle a sync conflict")
    resolve.add_argument("conflict", help="conflict id (see: coach-app conflicts)")
    resolve.add_argument("--keep", choices=("mine", "theirs"), default=None)
    resolve.add_argument("--value", help="keep this value instead (JSON, e.g. '\"text\"' or 12)")
    resolve.set_defaults(handler=_resolve)

    export = commands.add_parser("export", help="write summaries for programme managers")
    exports = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    summary = exports.add_parser("summary", parents=[common], help="the Excel summary")
    summary.add_argument("-o", "--output", type=Path, required=True, help="FILE.xlsx")
    summary.add_argument("--from", dest="start", type=_date, default=None)
    summary.add_argument("--to", dest="end", type=_date, default=None)
    summary.add_argument("--programme", default=None, help="programme name")
    summary.add_argument("--region", default=None, help="시·도, e.g. 광주")
    summary.add_argument("--coach", default=None, help="the coach's login")
    summary.set_defaults(handler=_export_summary)

    report = commands.add_parser("report", help="write PDF reports")
    reports = report.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    for kind, about in (
        ("visit", "one visit (ID: the visit's id)"),
        ("diagnosis", "one diagnosis (ID: the diagnosis's id)"),
        ("roadmap", "a roadmap revision (ID: the roadmap's id)"),
        ("dossier", "a company's dossier (ID: the company's id or 사업자등록번호)"),
        ("meeting", "a meeting (간담회) with its companies and measures (ID: the meeting's id)"),
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

    server = commands.add_parser("server", help="administer the shared database")
    admin = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = admin.add_parser("init", help="create or upgrade the schema, roles and policies")
    init.add_argument("url")
    init.add_argument(
        "--role-prefix",
        default=None,
        help="prefix of the group roles, e.g. coach_coach, coach_supervisor (default coach_);"
        " chosen at the first init and kept: another prefix later is refused",
    )
    init.set_defaults(handler=_server_init)
    add_user = admin.add_parser("add-user", help="create a person's login and user")
    add_user.add_argument("url")
    add_user.add_argument("--login", required=True)
    add_user.add_argument("--role", required=True, choices=("coach", "supervisor", "admin"))
    add_user.add_argument("--name", default="", help="표시 이름 (display name)")
    add_user.add_argument("--specialty", choices=("rnd", "export", "smart_factory", "general"))
    add_user.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input"
    )
    add_user.set_defaults(handler=_server_add_user)
    users = admin.add_parser("users", help="list the people on the server")
    users.add_argument("url")
    users.set_defaults(handler=_server_users)
    for action, about in (
        ("deactivate", "stop someone's login (NOLOGIN), keeping their work"),
        ("reactivate", "let a deactivated person log in again"),
    ):
        toggle = admin.add_parser(action, help=about)
        toggle.add_argument("url")
        toggle.add_argument("--login", required=True)
        toggle.set_defaults(handler=_server_set_active, active=action == "reactivate")
    set_role = admin.add_parser("set-role", help="change someone's role (and login group)")
    set_role.add_argument("url")
    set_role.add_argument("--login", required=True)
    set_role.add_argument("--role", required=True, choices=("coach", "supervisor", "admin"))
    set_role.set_defaults(handler=_server_set_role)
    reset = admin.add_parser("reset-password", help="a new password, read from standard input")
    reset.add_argument("url")
    reset.add_argument("--login", required=True)
    reset.set_defaults(handler=_server_reset_password)
    watchdog = admin.add_parser(
        "watchdog", help="end sessions left idle in a write transaction (holding up pulls)"
    )
    watchdog.add_argument("url")
    watchdog.add_argument(
        "--every", type=_positive, default=None, help="run every N seconds instead of once"
    )
    watchdog.set_defaults(handler=_server_watchdog)
    assign = admin.add_parser("assign", help="assign a coach to a company")
    assign.add_argument("url")
    assign.add_argument("--coach", required=True, help="the coach's login")
    assign.add_argument("--company", required=True, help="사업자등록번호")
    assign.add_argument("--programme", required=True, help="programme name")
    assign.add_argument("--from", dest="starts_on", type=_date, default=None)
    assign.add_argument("--to", dest="ends_on", type=_date, default=None)
    assign.set_defaults(handler=_server_assign)
    assignments = admin.add_parser("assignments", help="list assignments, ended ones too")
    assignments.add_argument("url")
    assignments.add_argument("--coach", default=None, help="only this coach's login")
    assignments.add_argument("--company", default=None, help="only this 사업자등록번호")
    assignments.set_defaults(handler=_server_assignments)
    unassign = admin.add_parser("unassign", help="end a coach's assignment to a company")
    unassign.add_argument("url")
    unassign.add_argument("--coach", required=True, help="the coach's login")
    unassign.add_argument("--company", required=True, help="사업자등록번호")
    unassign.add_argument("--programme", required=True, help="programme name")
    unassign.add_argument(
        "--on", dest="ends_on", type=_date, default=None, help="last day (default today)"
    )
    unassign.set_defaults(handler=_server_unassign)
    programme = admin.add_parser("programme", help="programmes (사업)")
    programmes = programme.add_subparsers(dest="programme_command", metavar="WHAT", required=True)
    add_programme = programmes.add_parser("add", help="create a programme")
    add_programme.add_argument("url")
    add_programme.add_argument("--name", required=True, help="사업명")
    add_programme.add_argument("--year", required=True, type=int, help="the programme's year")
    add_programme.add_argument("--agency", default="", help="the agency running it")
    add_programme.add_argument("--budget", type=_not_negative, default=0, help="KRW")
    add_programme.set_defaults(handler=_server_programme_add)
    list_programmes = programmes.add_parser("list", help="list the programmes")
    list_programmes.add_argument("url")
    list_programmes.set_defaults(handler=_server_programme_list)
    server_companies = admin.add_parser("companies", help="companies on the server")
    company_actions = server_companies.add_subparsers(
        dest="companies_command", metavar="WHAT", required=True
    )
    server_import = company_actions.add_parser(
        "import", help="import the desktop's .xlsx straight to the server (dry run by default)"
    )
    server_import.add_argument("url")
    server_import.add_argument("file", type=Path, metavar="FILE.xlsx")
    server_import.add_argument(
        "--mapping", default=None, help="field=column pairs (default: guessed from the headers)"
    )
    server_import.add_argument("--yes", action="store_true", help="write the valid rows")
    server_import.add_argument(
        "--report", type=Path, default=None, help="write the row-by-row result"
    )
    server_import.set_defaults(handler=_server_import_companies)
    status = admin.add_parser("status", help="schema, connections, stalls, uploads, audit log")
    status.add_argument("url")
    status.set_defaults(handler=_server_status)
    return parser


def _tls_arguments(command: argparse.ArgumentParser) -> None:
    """This run's certificate settings, over the ones saved in the window's settings."""
    command.add_argument(
        "--ca-file",
        metavar="PATH",
        default=None,
        help="the agency's CA certificate (PEM) for this run; with it the server is verified "
        "(sslmode=verify-full) unless --no-verify-server (default: as saved in the settings)",
    )
    command.add_argument(
        "--verify-server",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="check the server's certificate and host name against the CA file; "
        "--no-verify-server only encrypts (sslmode=require). An sslmode or sslrootcert in "
        "the server URL wins over both options",
    )


def _tls(args: argparse.Namespace, db: Database) -> ServerTls:
    """The saved certificate settings with this run's options on top (never saved)."""
    from coach_app.services import syncing
    from coach_app.sync.tls import check_ca_file

    ca_file = check_ca_file(args.ca_file) if args.ca_file else None
    tls = syncing.tls_settings(db).override(ca_file, args.verify_server)
    url = getattr(args, "server", None) or syncing.server_settings(db)[0] or ""
    if tls.parameters(url).get("sslmode") == "require":
        print(
            pick(
                "경고: 서버 인증서를 확인하지 않습니다. 연결은 암호화되지만 상대가 진짜 "
                "서버인지 알 수 없습니다.",
                "Warning: the server's certificate is not checked. The connection is "
                "encrypted, but nothing proves it is the real server.",
            ),
            file=sys.stderr,
        )
    return tls


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from error


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


class _Version(argparse.Action):
    """``--version``: the installed version is looked up only when asked (it is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        from coach_app import __version__

        print(f"coach-app {__version__}")  # on standard output, as argparse's own action
        parser.exit()


def _db_path(args: argparse.Namespace) -> Path:
    path: Path = getattr(args, "db", None) or paths.default_database()
    return path


def _open(args: argparse.Namespace) -> Database:
    # Imported here: the window's start (the default command) shows before SQLAlchemy loads.
    from coach_app.store.database import Database

    db = Database.open(_db_path(args))
    if getattr(args, "command", None):  # the window shows it in a dialog of its own
        cli_keys.show_recovery_once(db)
    return db


def _gui(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if args.demo_on_first_run and not path.exists():
        from coach_app.services.demo import DemoSize, build

        print(pick(f"데모 자료를 만드는 중: {path}", f"Creating demo data: {path}"))
        with _open(args) as db:
            build(db, DemoSize())
    from coach_app.ui.app import run

    return run(path, args.lang, quit_after_start=args.start_and_quit)


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


def _meetings(args: argparse.Namespace) -> int:
    from coach_app.domain.money import format_korean
    from coach_app.services.meetings import meeting_view, meetings

    with _open(args) as db:
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
        from coach_app.store.errors import restore_hint

        print(restore_hint(report.path, report.backups[0]))
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


def _ask_password(url: str, login: str) -> str | None:
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(
        pick(f"{login}의 서버 비밀번호 ({url}): ", f"Server password for {login} ({url}): ")
    )


def _password_from_stdin() -> str:
    """One line of standard input; an empty password is refused, never sent."""
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CoachError(
            pick(
                "표준 입력으로 받은 비밀번호가 비어 있습니다. 빈 비밀번호는 보내지 않습니다.",
                "The password read from standard input is empty; an empty password is never sent.",
            )
        )
    return password


def _sync(args: argparse.Namespace) -> int:
    from coach_app.services import syncing

    password = _password_from_stdin() if args.password_stdin else None
    with _open(args) as db:
        report = syncing.run_sync(
            db,
            args.server,
            args.user,
            ask=_ask_password,
            progress=lambda text: print("  " + text),
            password=password,
            piped=args.password_stdin,
            tls=_tls(args, db),
        )
    print(
        pick(
            f"보냄 {report.pushed:,}건, 받음 {report.pulled:,}건, "
            f"사진·파일 보냄 {report.uploaded}개"
            f" / 받음 {report.downloaded}개 ({report.seconds:.1f}초)",
            f"Pushed {report.pushed:,}, pulled {report.pulled:,}, files sent {report.uploaded}"
            f" / received {report.downloaded} ({report.seconds:.1f} s)",
        )
    )
    if report.companies_added or report.companies_removed:
        print(
            pick(
                f"담당 기업: {report.companies_added}곳 추가, {report.companies_removed}곳 제외",
                f"Assigned companies: {report.companies_added} added, "
                f"{report.companies_removed} removed",
            )
        )
    if report.rejected:
        print(
            pick(
                f"서버가 거부한 변경: {report.rejected}건 (coach-app conflicts 참고)",
                f"Changes refused by the server: {report.rejected} (see coach-app conflicts)",
            )
        )
    if report.open_conflicts:
        print(
            pick(
                f"해결할 충돌: {report.open_conflicts}건 — coach-app conflicts",
                f"Conflicts to resolve: {report.open_conflicts} — coach-app conflicts",
            )
        )
    for message in report.messages:
        print(message)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from coach_app.services import syncing

    password = _password_from_stdin() if args.password_stdin else None
    with _open(args) as db:
        differences, repaired = syncing.check_against_server(
            db, fix=args.repair, ask=_ask_password, password=password, tls=_tls(args, db)
        )
    if not differences:
        print(pick("서버와 일치합니다.", "This computer matches the server."))
        return 0
    for difference in differences:
        print(
            pick(
                f"  {difference.table}: 서버 {difference.server_rows:,}행, "
                f"이 컴퓨터 {difference.local_rows:,}행 — 값이 다름 {len(difference.changed):,}, "
                f"이 컴퓨터에 없음 {len(difference.missing):,}, "
                f"서버에 없음 {len(difference.extra):,}",
                f"  {difference.table}: server {difference.server_rows:,} rows, "
                f"here {difference.local_rows:,} rows — other values {len(difference.changed):,}, "
                f"missing here {len(difference.missing):,}, "
                f"not on the server {len(difference.extra):,}",
            )
        )
    if args.repair:
        print(pick(f"{repaired:,}행을 다시 받았습니다.", f"Downloaded {repaired:,} rows again."))
        return 0
    print(pick("고치려면: coach-app verify --repair", "To repair: coach-app verify --repair"))
    return 1


def _conflicts(args: argparse.Namespace) -> int:
    from coach_app.services import syncing
    from coach_app.sync.errors import explain_refusal

    with _open(args) as db:
        found = syncing.conflicts(db, open_only=not args.all)
    if not found:
        print(pick("해결할 충돌이 없습니다.", "No conflicts to resolve."))
    for conflict in found:
        where = f"{conflict.table_name}.{conflict.field or '*'} ({conflict.row_id})"
        print(f"{conflict.id}  {conflict.kind:<8} {where}")
        print(
            pick(
                f"    내 값: {json.dumps(conflict.mine, ensure_ascii=False)}",
                f"    mine:   {json.dumps(conflict.mine, ensure_ascii=False)}",
            )
        )
        print(
            pick(
                f"    서버 값: {json.dumps(conflict.theirs, ensure_ascii=False)}",
                f"    theirs: {json.dumps(conflict.theirs, ensure_ascii=False)}",
            )
        )
        if conflict.message:
            print(f"    {explain_refusal(conflict.message)}")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    import uuid

    from coach_app.services import syncing

    if (args.keep is None) == (args.value is None):
        print(
            pick("--keep 또는 --value 중 하나를 지정하세요.", "Give either --keep or --value."),
            file=sys.stderr,
        )
        return 2
    with _open(args) as db:
        if args.value is not None:
            syncing.resolve(db, uuid.UUID(args.conflict), "value", json.loads(args.value))
        else:
            syncing.resolve(db, uuid.UUID(args.conflict), args.keep)
    print(
        pick(
            "충돌을 해결했습니다. 다음 동기화 때 반영됩니다.",
            "Conflict resolved; it goes to the server with the next sync.",
        )
    )
    return 0


def _server_init(args: argparse.Namespace) -> int:
    from coach_app.sync.server import init_server, watchdog_ready

    revision = init_server(args.url, args.role_prefix)
    print(
        pick(
            f"서버 데이터베이스가 준비되었습니다 (스키마 {revision}).",
            f"The server database is ready (schema {revision}).",
        )
    )
    if not watchdog_ready(args.url):
        print(
            pick(
                "주의: 스키마 소유자가 pg_read_all_stats와 pg_signal_backend의 구성원이 아니어서,"
                " 쓰기 트랜잭션을 열어 둔 세션을 끝낼 수 없습니다 (모두의 받기가 멈출 수 있음)."
                " 슈퍼유저로 GRANT pg_read_all_stats, pg_signal_backend TO 소유자;"
                " 를 실행하십시오.",
                "Warning: the schema owner is not a member of pg_read_all_stats and"
                " pg_signal_backend, so sessions left in a write transaction cannot be ended"
                " (everyone's pulls may stall). As a superuser run: GRANT pg_read_all_stats,"
                " pg_signal_backend TO the owner;",
            )
        )
    return 0


def _server_add_user(args: argparse.Namespace) -> int:
    from coach_app.sync.server import add_user

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    user_id = add_user(args.url, args.login, args.role, args.name, password, args.specialty)
    print(
        pick(
            f"사용자를 만들었습니다: {args.login} ({user_id})",
            f"User created: {args.login} ({user_id})",
        )
    )
    if password is None:
        print(
            pick(
                "비밀번호는 바꾸지 않았습니다. 새 로그인이면 비밀번호 인증으로는 아직 접속할 수"
                " 없습니다: reset-password로 정하십시오.",
                "The password was not changed. A new login cannot connect with password"
                " authentication yet: set one with reset-password.",
            )
        )
    return 0


def _server_watchdog(args: argparse.Namespace) -> int:
    import time

    from coach_app.sync.server import end_stalled_writers

    while True:
        ended = end_stalled_writers(args.url)
        if ended or args.every is None:
            print(pick(f"멈춘 세션 {ended}개를 끝냈습니다.", f"Stalled sessions ended: {ended}"))
        if args.every is None:
            return 0
        time.sleep(args.every)


def _server_users(args: argparse.Namespace) -> int:
    from coach_app.sync.server import list_users

    for user in list_users(args.url):
        state = pick("활성", "active") if user.active else pick("비활성", "inactive")
        login = "" if user.can_log_in else pick(" (접속 불가)", " (cannot log in)")
        print(f"{user.login}\t{user.name}\t{user.role}\t{state}{login}")
    return 0


def _server_set_active(args: argparse.Namespace) -> int:
    from coach_app.sync.server import set_active

    set_active(args.url, args.login, args.active)
    if args.active:
        print(pick(f"다시 접속할 수 있습니다: {args.login}", f"Reactivated: {args.login}"))
    else:
        print(pick(f"접속을 막았습니다: {args.login}", f"Deactivated: {args.login}"))
    return 0


def _server_set_role(args: argparse.Namespace) -> int:
    from coach_app.sync.server import set_role

    set_role(args.url, args.login, args.role)
    print(
        pick(
            f"역할을 바꿨습니다: {args.login} → {args.role}",
            f"Role changed: {args.login} → {args.role}",
        )
    )
    return 0


def _server_reset_password(args: argparse.Namespace) -> int:
    from coach_app.sync.server import reset_password

    reset_password(args.url, args.login, sys.stdin.readline().rstrip("\n"))
    print(pick(f"비밀번호를 바꿨습니다: {args.login}", f"Password changed: {args.login}"))
    return 0


def _server_assign(args: argparse.Namespace) -> int:
    from coach_app.sync.server import assign

    assignment = assign(
        args.url,
        args.coach,
        args.company,
        args.programme,
        args.starts_on or dt.date.today(),
        args.ends_on,
    )
    print(pick(f"배정했습니다 ({assignment}).", f"Assigned ({assignment})."))
    return 0


def _server_assignments(args: argparse.Namespace) -> int:
    from coach_app.sync.admin import list_assignments

    found = list_assignments(args.url, args.coach, args.company)
    for item in found:
        until = item.ends_on.isoformat() if item.ends_on else pick("계속", "open")
        print(
            f"{item.coach}\t{item.company} ({item.brn})\t{item.programme} {item.year}"
            f"\t{item.starts_on.isoformat()} – {until}"
        )
    if not found:
        print(pick("배정이 없습니다.", "No assignments."))
    return 0


def _server_unassign(args: argparse.Namespace) -> int:
    from coach_app.sync.admin import end_assignment

    ends_on = args.ends_on or dt.date.today()
    starts_on = end_assignment(args.url, args.coach, args.company, args.programme, ends_on)
    print(
        pick(
            f"배정을 끝냈습니다: {args.coach} · {args.company} ({starts_on} – {ends_on})",
            f"Assignment ended: {args.coach} · {args.company} ({starts_on} – {ends_on})",
        )
    )
    return 0


def _server_programme_add(args: argparse.Namespace) -> int:
    from coach_app.domain.programme import ProgrammeDraft
    from coach_app.domain.roadmap import Budget
    from coach_app.sync.admin import add_programme

    draft = ProgrammeDraft(args.name, args.year, args.budget, Budget(national=args.budget))
    add_programme(args.url, draft, args.agency)
    print(
        pick(
            f"사업을 만들었습니다: {args.name} ({args.year})",
            f"Programme created: {args.name} ({args.year})",
        )
    )
    return 0


def _server_programme_list(args: argparse.Namespace) -> int:
    from coach_app.sync.admin import list_programmes

    found = list_programmes(args.url)
    for item in found:
        print(
            f"{item.name}\t{item.year}\t{item.agency}\t{item.budget:,}"
            + pick(f"\t배정 {item.live_assignments}", f"\t{item.live_assignments} assigned")
        )
    if not found:
        print(pick("사업이 없습니다.", "No programmes."))
    return 0


def _server_import_companies(args: argparse.Namespace) -> int:
    from coach_app.domain.company_import import guess_mapping
    from coach_app.services import imports
    from coach_app.sync.admin import company_numbers, write_companies

    sheet = imports.read_sheet(args.file)
    mapping = (
        imports.parse_mapping(args.mapping, sheet.headers)
        if args.mapping
        else guess_mapping(sheet.headers)
    )
    plan = imports.check_against(company_numbers(args.url), sheet, mapping)
    for row in plan.rows:
        if row.problems:
            print(f"{row.number}: " + "; ".join(row.problems), file=sys.stderr)
    inserted, updated = plan.count(imports.Action.INSERT), plan.count(imports.Action.UPDATE)
    print(
        pick(
            f"새 기업 {inserted:,} · 갱신 {updated:,} · 거부된 행 {plan.invalid:,} "
            f"(빈 행 {sheet.empty_rows:,}개 건너뜀)",
            f"{inserted:,} new, {updated:,} updates, {plan.invalid:,} rows refused "
            f"({sheet.empty_rows:,} empty rows skipped)",
        )
    )
    if args.report:
        imports.write_result(plan, args.report)
        print(pick(f"결과 파일: {args.report}", f"Result file: {args.report}"))
    if not args.yes:
        print(
            pick(
                "확인만 했습니다. 올바른 행을 서버에 쓰려면 --yes를 붙이세요.",
                "Checked only. Add --yes to write the valid rows to the server.",
            )
        )
        return 0 if not plan.invalid else 2
    inserted, updated = write_companies(
        args.url, [(row.existing_id, row.draft) for row in plan.rows if row.valid]
    )
    print(
        pick(
            f"서버에 썼습니다: 새 기업 {inserted:,}, 갱신 {updated:,}",
            f"Written to the server: {inserted:,} new, {updated:,} updated",
        )
    )
    return 0 if not plan.invalid else 2


def _server_status(args: argparse.Namespace) -> int:
    from coach_app.sync.admin import server_status
    from coach_app.sync.server import server_head, watchdog_ready

    found = server_status(args.url)
    head = server_head()
    if not watchdog_ready(args.url):
        print(
            pick(
                "주의: 스키마 소유자가 pg_read_all_stats의 구성원이 아니어서 다른 로그인의"
                " 트랜잭션이 보이지 않습니다 (아래 '열린 트랜잭션'이 빠질 수 있음).",
                "Warning: the schema owner is not a member of pg_read_all_stats, so other"
                " logins' transactions are hidden (the open transaction below may be missing).",
            )
        )
    behind = "" if found.schema == head else pick(f" (필요 {head})", f" (needed {head})")
    print(pick("스키마: ", "Schema: ") + f"{found.schema}{behind}")
    clients = ", ".join(f"{login} {n}" for login, n in found.clients.items()) or "-"
    print(pick("접속: ", "Connected: ") + clients)
    if found.oldest_age is None:
        print(pick("열린 트랜잭션: 없음", "Open transactions: none"))
    else:
        seconds = int(found.oldest_age.total_seconds())
        print(
            pick(
                f"가장 오래된 트랜잭션: {found.oldest_login}, {seconds}초 ({found.oldest_state})",
                f"Oldest open transaction: {found.oldest_login}, {seconds} s"
                f" ({found.oldest_state})",
            )
        )
    print(
        pick(
            f"끝나지 않은 파일 올리기: {found.pending_blobs}개 ({found.pending_bytes:,} 바이트)",
            f"Unfinished file uploads: {found.pending_blobs} ({found.pending_bytes:,} bytes)",
        )
    )
    print(
        pick(
            f"감사 기록: {found.audit_rows:,}행, {found.audit_bytes:,} 바이트;"
            f" 데이터베이스 {found.database_bytes:,} 바이트",
            f"Audit log: {found.audit_rows:,} rows, {found.audit_bytes:,} bytes;"
            f" database {found.database_bytes:,} bytes",
        )
    )
    return 0 if found.schema == head else 1


def _export_summary(args: argparse.Namespace) -> int:
    from coach_app.services.exports import export_summary

    with _open(args) as db:
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


def _report(args: argparse.Namespace) -> int:
    from coach_app.services.reports import ReportKind, find_entity, write_report

    kind = ReportKind(args.kind)
    with _open(args) as db:
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

    with _open(args) as db:
        companies = batch_companies(db, args.programme, args.coach)

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

        result = write_batch(db, companies, args.output, args.workers, args.font, progress)
    print(file=sys.stderr)
    for company, message in result.failed:
        print(f"{company}: {message}", file=sys.stderr)
    print(
        pick(
            f"보고서 {len(result.written):,}개를 썼습니다: {args.output}"
            + (f" (실패 {len(result.failed):,}개)" if result.failed else ""),
            f"{len(result.written):,} reports written to {args.output}"
            + (f" ({len(result.failed):,} failed)" if result.failed else ""),
        )
    )
    return 1 if result.failed else 0


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

    with _open(args) as db:
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
