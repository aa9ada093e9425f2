"""Why a sync could not run, in words the user can act on."""

from __future__ import annotations

import enum
import re

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


class WrongDatabase(SyncError):
    pass


class CertificateProblem(SyncError):
    pass


class ServerBusy(SyncError):
    """The server is up but takes no more connections just now (it is reachable)."""


class Failure(enum.Enum):
    """Why a connection could not be made; each has its own remedy."""

    NO_DATABASE = "no database"
    LOGIN_REFUSED = "login refused"
    LOGIN_DISABLED = "login disabled"
    NO_PASSWORD = "no password"
    CERTIFICATE = "certificate"
    SERVER_BUSY = "server busy"
    UNREACHABLE = "unreachable"


def classify(error: Exception) -> Failure:
    """The one reading of a failed connection, for laptops and administrators alike.

    libpq does not hand over the SQLSTATE of a failed connection (psycopg leaves it empty),
    so the server's own words are read too: they are English unless the server sets
    ``lc_messages`` otherwise."""
    text = str(error)
    state = getattr(error, "sqlstate", None)
    lowered = text.lower()
    if state == "3D000" or re.search(r'database "[^"]*" does not exist', text):
        return Failure.NO_DATABASE
    if "no password supplied" in lowered:
        return Failure.NO_PASSWORD
    if "is not permitted to log in" in lowered:
        return Failure.LOGIN_DISABLED
    if (
        state in ("28P01", "28000")
        or "password authentication failed" in lowered
        or re.search(r'role "[^"]*" does not exist', text)
        or "pg_hba.conf" in lowered
    ):
        return Failure.LOGIN_REFUSED
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return Failure.CERTIFICATE
    # libpq gives no SQLSTATE (53300) for a refusal at start-up, only the server's words:
    # max_connections, a database's or a login's CONNECTION LIMIT, reserved slots.
    if state == "53300" or any(
        words in lowered
        for words in ("too many clients", "too many connections", "connection slots are reserved")
    ):
        return Failure.SERVER_BUSY
    return Failure.UNREACHABLE


def connect_failed(url: str, login: str, error: Exception) -> SyncError:
    """What a failed connection means to a laptop's user, in words they can act on."""
    from coach_app.sync.credentials import without_password

    detail = _detail(without_password(str(error)))
    failure = classify(error)
    if failure is Failure.NO_DATABASE:
        return wrong_database(url, detail)
    if failure is Failure.LOGIN_DISABLED:
        return login_disabled(login)
    if failure in (Failure.LOGIN_REFUSED, Failure.NO_PASSWORD):
        return bad_login(login)
    if failure is Failure.CERTIFICATE:
        return certificate_problem(url, detail)
    if failure is Failure.SERVER_BUSY:
        return server_busy(url, detail)
    return unreachable(url, detail)


def _detail(text: str) -> str:
    # libpq's first line says it all; the rest repeats it or offers generic hints.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


def wrong_database(url: str, detail: str) -> WrongDatabase:
    return WrongDatabase(
        pick(
            f"서버에는 연결했지만 그런 데이터베이스가 없습니다 ({url}). "
            "주소 끝의 데이터베이스 이름을 관리자에게 확인하세요.\n"
            f"상세: {detail}",
            f"The server answered, but it has no such database ({url}). Check the database "
            "name at the end of the address with your administrator.\n"
            f"Detail: {detail}",
        )
    )


def certificate_problem(url: str, detail: str) -> CertificateProblem:
    return CertificateProblem(
        pick(
            f"서버와 보안(TLS) 연결을 맺지 못했습니다 ({url}). 서버 인증서나 CA 인증서 파일, "
            "sslmode 설정을 관리자에게 확인하세요. 작업 내용은 이 컴퓨터에 안전하게 있습니다.\n"
            f"상세: {detail}",
            f"Could not set up a secure (TLS) connection to the server ({url}). Check the "
            "server's certificate, the CA certificate file and the sslmode setting with your "
            "administrator. Your work is safe on this computer.\n"
            f"Detail: {detail}",
        )
    )


def server_busy(url: str, detail: str) -> ServerBusy:
    return ServerBusy(
        pick(
            f"서버가 지금은 연결을 더 받지 못합니다 ({url}): 동시에 연결한 사람이 너무 많습니다. "
            "작업 내용은 이 컴퓨터에 안전하게 있으며, 잠시 후 다시 동기화하면 됩니다 "
            "(자동 동기화는 1분 안에 스스로 다시 시도합니다). 자주 일어나면 관리자에게 알리세요 "
            "(PostgreSQL의 max_connections 또는 연결 풀러).\n"
            f"상세: {detail}",
            f"The server takes no more connections just now ({url}): too many people are "
            "connected at once. Your work is safe on this computer; sync again in a moment "
            "(automatic sync tries again by itself within a minute). If this happens often, "
            "tell your administrator (PostgreSQL's max_connections, or a connection pooler).\n"
            f"Detail: {detail}",
        )
    )


def bad_address(url: str, detail: str) -> SyncError:
    return SyncError(
        pick(
            f"서버 주소를 읽을 수 없습니다 ({url}). "
            "예: postgresql://db.agency.local:5432/coach\n"
            f"상세: {detail}",
            f"The server address cannot be read ({url}). "
            "Example: postgresql://db.agency.local:5432/coach\n"
            f"Detail: {detail}",
        )
    )


def no_password(login: str, keyring_missing: bool) -> NotAuthorised:
    """No password to give: say where one can come from."""
    ko = (
        f"{login}의 서버 비밀번호가 필요합니다. 터미널에서 실행하거나 --password-stdin, "
        "PGPASSWORD 환경 변수 또는 ~/.pgpass 파일로 주세요."
    )
    en = (
        f"The server password for {login} is needed. Run this in a terminal, or give it "
        "with --password-stdin, the PGPASSWORD variable or a ~/.pgpass file."
    )
    if keyring_missing:
        ko += " " + KEYRING_HELP[0]
        en += " " + KEYRING_HELP[1]
    return NotAuthorised(pick(ko, en))


KEYRING_HELP = (
    "이 컴퓨터에는 비밀번호를 보관할 키링이 없어 실행할 때마다 묻습니다. "
    "키링을 설치하세요 (Linux: sudo apt install gnome-keyring 후 로그인 세션에서 잠금 해제, "
    "또는 KWallet; Windows와 macOS에는 기본으로 있습니다).",
    "This computer has no keyring to keep the password, so it is asked for on every run. "
    "Install one (Linux: sudo apt install gnome-keyring and unlock it in your login "
    "session, or KWallet; Windows and macOS have one built in).",
)


def rows_held(seconds: int) -> SyncError:
    """A push gave up waiting for rows another session keeps locked."""
    return SyncError(
        pick(
            f"다른 연결이 같은 기록을 {seconds}초 넘게 붙잡고 있어 변경 내용을 다 보내지 "
            "못했습니다. 보내지 못한 내용은 이 컴퓨터에 그대로 있고 다음 동기화 때 다시 "
            "보냅니다. 계속되면 관리자에게 알리세요 (server status, server watchdog).",
            f"Another connection has held the same records for over {seconds} seconds, so "
            "not every change could be sent. What was not sent stays on this computer and "
            "goes with the next sync. If this goes on, tell your administrator (server "
            "status, server watchdog).",
        )
    )


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


class LoginDisabled(SyncError):
    """The login exists but may not log in (deactivated): no password will help."""


def login_disabled(login: str) -> LoginDisabled:
    return LoginDisabled(
        pick(
            f"서버가 {login} 로그인을 막아 두었습니다 (비활성화된 사용자). 비밀번호 문제가 "
            "아닙니다. 관리자에게 문의하세요. 작업 내용은 이 컴퓨터에 안전하게 있습니다.",
            f"The server has disabled the login {login} (a deactivated user); it is not the "
            "password. Ask your administrator. Your work is safe on this computer.",
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
    from coach_app.sync.credentials import without_password

    detail = without_password(detail)
    return SyncError(
        pick(
            "동기화 중 서버 연결이 끊어졌습니다. 이 컴퓨터의 작업 내용은 그대로 있으며, "
            f"다음 동기화에서 이어서 진행합니다.\n상세: {detail}",
            "The connection to the server was lost during the sync. Nothing on this computer "
            f"was lost; the next sync carries on.\nDetail: {detail}",
        )
    )


def is_connection_problem(error: BaseException) -> bool:
    import psycopg

    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)


# What the server's own refusals mean, for the person who typed the change.
_REFUSALS: tuple[tuple[str, str, str], ...] = (
    (
        "a file may be at most 20 MB",
        "파일은 20MB까지만 올릴 수 있습니다.",
        "A file may be at most 20 MB.",
    ),
    (
        "unfinished uploads of one login",
        "끝나지 않은 파일 올리기가 100MB를 넘었습니다. 관리자에게 알리세요.",
        "Unfinished file uploads have passed 100 MB; tell your administrator.",
    ),
    (
        "of another company",
        "다른 기업의 방문·진단·애로사항·파일에는 연결할 수 없습니다.",
        "It cannot link to a visit, diagnosis, difficulty or file of another company.",
    ),
    (
        "writes its difficulties and files",
        "다른 코치의 방문에 속한 애로사항과 파일은 그 방문의 코치만 고칠 수 있습니다.",
        "Only the coach of a visit changes its difficulties and files.",
    ),
    (
        "a follow-up is recorded at a visit of your own",
        "다른 코치가 기록한 애로사항은 내 방문에서 후속 조치(상태, 조치 내용)만 기록할 수 "
        "있습니다.",
        "Another coach's difficulty takes only a follow-up (status, resolution) at a visit of "
        "your own.",
    ),
    (
        "follows its items up",
        "로드맵 과제의 진행 상황은 그 로드맵을 만든 코치만 기록합니다.",
        "Only the coach of a roadmap records the progress of its items.",
    ),
    (
        "is append-only",
        "이 기록은 남은 그대로이며 고치거나 지울 수 없습니다.",
        "This record stays as written; it cannot be changed or removed.",
    ),
    (
        "signature is recorded only by the coach of the visit",
        "방문 서명은 그 방문의 담당 코치 노트북에서만, 간담회 방문은 관리자 노트북에서만 "
        "기록됩니다.",
        "A visit's signature is recorded only on the laptop of the visit's coach, or for a "
        "meeting's visit on a supervisor's.",
    ),
    (
        "hash of a visit signature does not match",
        "서명의 해시가 서명한 내용과 맞지 않습니다.",
        "The signature's hash does not match the content signed.",
    ),
    (
        "ck_visit_signatures",
        "방문 서명에는 서명자 이름과 서명이 있어야 하며 지울 수 없습니다.",
        "A visit signature needs the signer's name and a drawn signature, and is never removed.",
    ),
    # Held and planned visits, dates in order (server 0017).
    (
        "a visit signature is not dated in the future",
        "서명 시각이 미래입니다. 컴퓨터의 시계를 확인하세요.",
        "The signature is dated in the future; check the computer's clock.",
    ),
    (
        "a planned visit is signed only once it took place",
        "아직 열리지 않은 (예정된) 방문은 서명을 받을 수 없습니다.",
        "A planned visit cannot be signed before it takes place.",
    ),
    (
        "a visit is not signed before its day",
        "방문 날짜보다 앞선 서명은 받을 수 없습니다. 방문 날짜나 컴퓨터의 시계를 확인하세요.",
        "A visit cannot be signed before its day; check the visit's date or the computer's clock.",
    ),
    (
        "a planned visit is reviewed only once it took place",
        "아직 열리지 않은 (예정된) 방문은 검토할 수 없습니다.",
        "A planned visit cannot be reviewed before it takes place.",
    ),
    (
        "a held visit cannot become a plan",
        "서명·만족도 평가·검토·애로사항·후속 조치가 있는 지난 방문은 앞날짜(예정된 방문)로 "
        "옮길 수 없습니다.",
        "A visit that took place and carries a signature, rating, review, difficulty or "
        "follow-up cannot be moved to a later date as a plan.",
    ),
    (
        "a status change is not dated before the difficulty was raised",
        "상태 변경일이 애로사항이 제기된 방문(간담회)의 날짜보다 빠릅니다.",
        "A status change cannot be dated before the visit (or meeting) that raised the difficulty.",
    ),
    (
        "a follow-up cites only a visit of your own",
        "후속 조치는 내 방문에서만 기록할 수 있습니다 (같은 기업 다른 코치의 방문은 안 됩니다).",
        "A follow-up is recorded only at a visit of your own, not at another coach's visit.",
    ),
    (
        "followed up only at a visit that took place",
        "후속 조치는 이미 진행된 방문에서만 기록할 수 있습니다 (예정된 방문은 안 됩니다).",
        "A follow-up is recorded only at a visit that took place, not at a planned one.",
    ),
    (
        "a difficulty noted on a planned visit is open",
        "예정된 방문에 적어 둔 애로사항은 '미해결' 상태로만 기록됩니다.",
        "A difficulty noted on a planned visit is recorded as open.",
    ),
    (
        "a difficulty is not due before it was raised",
        "애로사항의 처리 기한이 제기된 날짜보다 빠릅니다.",
        "A difficulty's due date cannot be before the day it was raised.",
    ),
    (
        "a figure is not confirmed before it was written",
        "기업 확인 시각이 수치를 기록한 시각보다 빠릅니다. 컴퓨터의 시계를 확인하세요.",
        "The confirmation is dated before the figure was written; check the computer's clock.",
    ),
    (
        "a satisfaction rating is not dated before the visit",
        "만족도 평가 시각이 방문 날짜보다 빠릅니다. 컴퓨터의 시계를 확인하세요.",
        "The rating is dated before the visit; check the computer's clock.",
    ),
    (
        "a reviewed visit takes only a rating given before its review",
        "관리자가 검토를 마친 방문에는 검토 전에 받은 만족도 평가만 올릴 수 있습니다.",
        "A reviewed visit takes only a rating given before its review.",
    ),
    (
        "ck_companies_not_negative",
        "기업의 종업원 수와 매출액은 0 이상이어야 합니다.",
        "A company's employees and revenue cannot be negative.",
    ),
    # Gaps closed by server 0014 (before "ck_status_changes": the first match speaks).
    (
        "a coach does not record meetings",
        "간담회는 관리자가 기록합니다. 코치는 방문을 간담회에 연결할 수 없습니다.",
        "Meetings are recorded by supervisors; a coach cannot link a visit to a meeting.",
    ),
    (
        "is answered by a measure and stays",
        "후속 조치가 기록되었거나 지원 조치가 답하는 애로사항(또는 그것이 있는 방문)은 "
        "간담회 수정에서 뺄 수 없습니다.",
        "A difficulty that was followed up or that a measure answers (or the visit holding it) "
        "cannot be withdrawn from the meeting.",
    ),
    (
        "a meeting visit is on the day the meeting was held",
        "간담회 방문의 날짜는 간담회 날짜와 같아야 합니다.",
        "A meeting's visits are dated the day the meeting was held.",
    ),
    (
        "records changes only to the difficulties of a meeting",
        "관리자는 간담회에서 제기된 애로사항의 상태만 기록할 수 있습니다.",
        "A supervisor records the status only of difficulties raised at a meeting.",
    ),
    (
        "a status change is not dated in the future",
        "상태 변경일은 내일 이후일 수 없습니다.",
        "A status change cannot be dated after tomorrow.",
    ),
    (
        "ck_status_changes_status",
        "알 수 없는 상태입니다.",
        "That status is not one the app knows.",
    ),
    (
        "ck_measures",
        "지원 조치의 상태·재원·금액·날짜가 올바르지 않습니다 (완료일은 결정일 이후).",
        "A measure's status, source, amount or dates are not valid (done on or after decided).",
    ),
    (
        "an impact figure is of a year not after next year",
        "성과 수치의 연도는 내년 이후일 수 없습니다.",
        "An impact figure's year cannot be after next year.",
    ),
    (
        "a figure is not confirmed in the future",
        "기업 확인 시각이 미래입니다. 컴퓨터의 시계를 확인하세요.",
        "The confirmation is dated in the future; check the computer's clock.",
    ),
    (
        "uq_impact_figures_live",
        "이 기업의 같은 연도·항목 수치가 이미 있습니다.",
        "This company already has a figure for that year and metric.",
    ),
    (
        "ck_satisfaction_ratings_questions",
        "만족도 평가는 모든 문항에 답해야 합니다.",
        "A satisfaction rating answers every question.",
    ),
    (
        "a satisfaction rating is not dated in the future",
        "만족도 평가 시각이 미래입니다. 컴퓨터의 시계를 확인하세요.",
        "The rating is dated in the future; check the computer's clock.",
    ),
    (
        "a satisfaction rating is of a visit that took place",
        "만족도 평가는 이미 진행된(삭제되지 않은) 방문에만 할 수 있습니다.",
        "Only a visit that took place (and was not deleted) can be rated.",
    ),
    (
        "ck_status_changes",
        "상태 변경 기록은 애로사항 하나 또는 로드맵 과제 하나의 것이며 지울 수 없습니다.",
        "A status change is of one difficulty or one roadmap item, and is never removed.",
    ),
    (
        "a measure lists the difficulties",
        "지원 조치가 답하는 애로사항 목록이 올바르지 않습니다.",
        "A measure's list of the difficulties it answers is not valid.",
    ),
    (
        "a measure answers existing difficulties",
        "지원 조치는 있는 애로사항에만 답할 수 있고, 한 기업의 조치는 그 기업의 애로사항에만 "
        "답합니다.",
        "A measure answers existing difficulties only, and a company's measure only that "
        "company's.",
    ),
    (
        "reviewed by a supervisor and is locked",
        "관리자가 검토를 마친 방문이라 수정할 수 없습니다.",
        "The visit was reviewed by a supervisor and is locked.",
    ),
    (
        "may not move a roadmap",
        "이 역할로는 로드맵 상태를 그렇게 바꿀 수 없습니다.",
        "Your role may not move the roadmap to that status.",
    ),
    (
        "frozen",
        "승인된 로드맵은 고칠 수 없습니다. 새 개정판을 만드세요.",
        "An approved roadmap is frozen; start a new revision.",
    ),
    (
        "under review",
        "검토 중인 로드맵은 고칠 수 없습니다. 먼저 검토 요청을 철회하세요.",
        "A roadmap under review cannot be edited; withdraw it first.",
    ),
    (
        "starts as a draft",
        "새 로드맵 개정판은 작성 중 상태로 시작합니다.",
        "A new roadmap revision starts as a draft.",
    ),
    (
        "follows an approved revision",
        "새 개정판은 같은 기업의 승인된 로드맵을 이어야 합니다.",
        "A new revision follows an approved revision of the same company.",
    ),
    (
        "recorded by",
        "제출·승인 시각과 승인자는 제출하거나 승인할 때 서버가 기록합니다.",
        "Submission and approval are recorded by the server when they happen.",
    ),
    (
        "reviewed once",
        "방문 검토는 관리자가 한 번만 기록합니다.",
        "A visit is reviewed once, by a supervisor.",
    ),
    (
        "keeps",
        "이 항목의 소속(기업, 코치, 개정판, 로그인 ID 등)은 바꿀 수 없습니다.",
        "This item keeps what it belongs to (company, coach, revision, login…).",
    ),
    (
        "stays",
        "다른 기업이나 로드맵으로 옮길 수 없습니다.",
        "It cannot move to another company or roadmap.",
    ),
    (
        "is not a Coach login",
        "Coach 사용자가 아닌 PostgreSQL 로그인입니다.",
        "That PostgreSQL login is not a Coach user.",
    ),
    (
        "ck_companies_brn",
        "사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다.",
        "The business registration number has a wrong check digit.",
    ),
    (
        "ck_assignments_dates",
        "배정 종료일이 시작일보다 빠릅니다.",
        "The assignment ends before it starts.",
    ),
    (
        "row-level security",
        "담당하지 않는 기업이거나 이 역할로는 할 수 없는 변경입니다.",
        "The company is not assigned to you, or your role may not make this change.",
    ),
    # Impact figures and satisfaction ratings (server 0012).
    (
        "a figure is confirmed with a coach of the company",
        "성과 수치의 기업 확인은 그 기업을 담당하는 코치가 받습니다.",
        "A figure is confirmed by the company with one of its coaches.",
    ),
    (
        "a confirmed figure changes only",
        "기업이 확인한 수치는 확인을 취소해야 바꿀 수 있습니다.",
        "A figure the company confirmed changes only once the confirmation is withdrawn.",
    ),
    (
        "uq_satisfaction_ratings_visit_id",
        "이 방문은 이미 평가되었습니다.",
        "This visit has already been rated.",
    ),
    (
        "permission denied",
        "이 역할로는 할 수 없는 변경입니다.",
        "Your role may not make this change.",
    ),
    (
        "does not let this user change the row",
        "서버에서 이 항목을 수정할 권한이 없습니다.",
        "The server does not let you change this item.",
    ),
    (
        "row not found on the server",
        "서버에 이 항목이 없습니다 (담당에서 빠졌거나 삭제되었을 수 있습니다).",
        "The item is not on the server (unassigned or deleted).",
    ),
    (
        "duplicate key",
        "같은 값이 서버에 이미 있습니다 (예: 같은 사업자등록번호).",
        "The same value is already on the server (e.g. the registration number).",
    ),
)


def explain_refusal(message: str) -> str:
    """The server's reason in the user's language (the original kept after it)."""
    for needle, ko, en in _REFUSALS:
        if needle in message:
            return f"{pick(ko, en)} ({message})"
    return message
