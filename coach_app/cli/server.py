"""Administering the shared PostgreSQL database: ``server …``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from coach_app.cli.common import Commands, iso_date, not_negative, positive
from coach_app.domain.messages import pick


def register(commands: Commands) -> None:
    """``server`` and its actions (they take the server's URL, not ``--db``)."""
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
        "--every", type=positive, default=None, help="run every N seconds instead of once"
    )
    watchdog.set_defaults(handler=_server_watchdog)
    assign = admin.add_parser("assign", help="assign a coach to a company")
    assign.add_argument("url")
    assign.add_argument("--coach", required=True, help="the coach's login")
    assign.add_argument("--company", required=True, help="사업자등록번호")
    assign.add_argument("--programme", required=True, help="programme name")
    assign.add_argument("--from", dest="starts_on", type=iso_date, default=None)
    assign.add_argument("--to", dest="ends_on", type=iso_date, default=None)
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
        "--on", dest="ends_on", type=iso_date, default=None, help="last day (default today)"
    )
    unassign.set_defaults(handler=_server_unassign)
    programme = admin.add_parser("programme", help="programmes (사업)")
    programmes = programme.add_subparsers(dest="programme_command", metavar="WHAT", required=True)
    add_programme = programmes.add_parser("add", help="create a programme")
    add_programme.add_argument("url")
    add_programme.add_argument("--name", required=True, help="사업명")
    add_programme.add_argument("--year", required=True, type=int, help="the programme's year")
    add_programme.add_argument("--agency", default="", help="the agency running it")
    add_programme.add_argument("--budget", type=not_negative, default=0, help="KRW")
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
