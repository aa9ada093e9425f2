"""Sync with the agency's server: sync, verify, conflicts, resolve."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from coach_app.cli.common import Commands, open_database
from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick

if TYPE_CHECKING:
    from coach_app.store.database import Database
    from coach_app.sync.engine import SyncReport
    from coach_app.sync.tls import ServerTls

# The sync ran, but the server refused some changes (1 is an error that stopped it).
EXIT_REFUSED = 3


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    """sync, verify, conflicts and resolve."""
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="sync with the agency's server",
        epilog=f"Exits with {EXIT_REFUSED} when the server refused some changes (each is "
        "listed with its reason; see also: coach-app conflicts).",
    )
    sync.add_argument("--server", help="server URL, e.g. postgresql://db.agency.local/coach")
    sync.add_argument("--user", help="your server login")
    sync.add_argument(
        "--password-stdin", action="store_true", help="read your server password from stdin"
    )
    tls_arguments(sync)
    sync.set_defaults(handler=_sync)

    verify = commands.add_parser("verify", parents=[common], help="compare with the server")
    verify.add_argument("--repair", action="store_true", help="take again what differs")
    verify.add_argument(
        "--password-stdin", action="store_true", help="read your server password from stdin"
    )
    tls_arguments(verify)
    verify.set_defaults(handler=_verify)

    conflicts = commands.add_parser("conflicts", parents=[common], help="list sync conflicts")
    conflicts.add_argument("--all", action="store_true", help="include resolved ones")
    conflicts.set_defaults(handler=_conflicts)

    resolve = commands.add_parser("resolve", parents=[common], help="settle a sync conflict")
    resolve.add_argument("conflict", help="conflict id (see: coach-app conflicts)")
    resolve.add_argument("--keep", choices=("mine", "theirs"), default=None)
    resolve.add_argument("--value", help="keep this value instead (JSON, e.g. '\"text\"' or 12)")
    resolve.set_defaults(handler=_resolve)


def tls_arguments(command: argparse.ArgumentParser) -> None:
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
    with open_database(args) as db:
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
        return _told(db, report)


def _told(db: Database, report: SyncReport) -> int:
    """The sync's outcome for the terminal; non-zero when the server refused anything,
    so a script running the sync notices."""
    from coach_app.services.refusals import refused_records

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
                f"서버가 거부한 변경: {report.rejected}건",
                f"Changes refused by the server: {report.rejected}",
            )
        )
        for refused in refused_records(db, report.refusals):
            print(f"  - {refused.line()}")
        print(
            pick(
                "입력한 내용은 보관되어 있습니다. 고쳐서 다시 보내거나 버리려면: "
                "coach-app conflicts",
                "What you typed is kept. To correct and send it again, or to discard it: "
                "coach-app conflicts",
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
    return EXIT_REFUSED if report.rejected else 0


def _verify(args: argparse.Namespace) -> int:
    from coach_app.services import syncing

    password = _password_from_stdin() if args.password_stdin else None
    with open_database(args) as db:
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

    with open_database(args) as db:
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
    with open_database(args) as db:
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
