"""Why a sync could not run, in words the user can act on."""

from __future__ import annotations

import psycopg

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick


class SyncError(CoachError):
    """The sync stopped; local work is intact and the next sync carries on."""


class ServerUnreachable(SyncError):
    pass


class NotAuthorised(SyncError):
    pass


class SchemaMismatch(SyncError):
    pass


def unreachable(url: str, detail: str) -> ServerUnreachable:
    return ServerUnreachable(
        pick(
            f"서버에 연결할 수 없습니다 ({url}). 네트워크(VPN) 연결을 확인하세요.\n"
            "작업 내용은 이 컴퓨터에 안전하게 저장되어 있으며, 연결되면 다시 동기화합니다.\n"
            f"상세: {detail}",
            f"Cannot reach the server ({url}). Check the network or VPN connection.\n"
            "Your work is safe on this computer and will sync once the server is reachable.\n"
            f"Detail: {detail}",
        )
    )


def bad_login(login: str) -> NotAuthorised:
    return NotAuthorised(
        pick(
            f"서버 로그인에 실패했습니다 ({login}). 아이디와 비밀번호를 확인하세요.",
            f"The server refused the login ({login}). Check the login and password.",
        )
    )


def not_a_user(login: str) -> NotAuthorised:
    return NotAuthorised(
        pick(
            f"'{login}' 로그인은 Coach 사용자로 등록되어 있지 않습니다. 관리자에게 문의하세요.",
            f"The login '{login}' is not registered as a Coach user; ask your administrator.",
        )
    )


def server_too_old(server: str | None, client: str) -> SchemaMismatch:
    return SchemaMismatch(
        pick(
            "서버 데이터베이스가 이 버전의 Coach보다 오래되었습니다 "
            f"(서버 {server}, 필요 {client}).\n"
            "관리자가 'coach-app server init'으로 서버를 업그레이드해야 합니다. "
            "아무것도 동기화하지 않았습니다.",
            f"The server database is older than this Coach (server {server}, needed {client}).\n"
            "An administrator must upgrade it with 'coach-app server init'. Nothing was synced.",
        )
    )


def client_too_old(server: str, client: str) -> SchemaMismatch:
    return SchemaMismatch(
        pick(
            f"서버가 더 새로운 버전의 Coach를 사용합니다 (서버 {server}, 이 프로그램 {client}).\n"
            "Coach를 업데이트한 뒤 다시 동기화하세요. 아무것도 동기화하지 않았습니다.",
            f"The server uses a newer Coach (server {server}, this program {client}).\n"
            "Update Coach, then sync again. Nothing was synced.",
        )
    )


def interrupted(detail: str) -> SyncError:
    return SyncError(
        pick(
            "동기화 중 서버 연결이 끊어졌습니다. 이 컴퓨터의 작업 내용은 그대로 있으며, "
            f"다음 동기화에서 이어서 진행합니다.\n상세: {detail}",
            "The connection to the server was lost during the sync. Nothing on this computer "
            f"was lost; the next sync carries on.\nDetail: {detail}",
        )
    )


def is_connection_problem(error: BaseException) -> bool:
    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)
