"""User-facing texts of the non-GUI layers, Korean first with English as a translation.

The GUI translates its own strings with Qt's tr(); the layers below it cannot import Qt,
so the few texts they produce (validation and environment messages) live here, keyed by
code. The GUI and the CLI pick the language once at start with ``set_language``.
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["ko", "en"]
_NESTED = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
_language: Language = "ko"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "ko"


def current_language() -> Language:
    return _language


def pick(ko: str, en: str) -> str:
    """The text for the current language."""
    return en if _language == "en" else ko


# Field names as the user sees them on forms.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("이름", "Name"),
    "company_name": ("기업명", "Company name"),
    "brn": ("사업자등록번호", "Business registration number"),
    "ceo": ("대표자", "CEO"),
    "address": ("주소", "Address"),
    "region": ("지역", "Region"),
    "industry": ("업종", "Industry"),
    "employees": ("종업원 수", "Employees"),
    "revenue": ("매출액", "Revenue"),
    "designation": ("지정·인증", "Designation"),
    "supplier_tier": ("협력사 구분", "Supplier tier"),
    "founded_on": ("설립일", "Founded on"),
    "phone": ("전화번호", "Phone"),
    "email": ("이메일", "E-mail"),
    "position": ("직위", "Position"),
    "year": ("연도", "Year"),
    "budget": ("예산", "Budget"),
    "funding": ("재원 구성", "Funding split"),
    "login": ("로그인 ID", "Login"),
    "password": ("비밀번호", "Password"),
    "role_prefix": ("역할 접두사", "Role prefix"),
    "role": ("역할", "Role"),
    "specialty": ("전문 분야", "Specialty"),
    "visit_date": ("방문일", "Visit date"),
    "place": ("장소", "Place"),
    "attendees": ("참석자", "Attendees"),
    "purpose": ("방문 목적", "Purpose"),
    "notes": ("코칭 내용", "Notes"),
    "category": ("애로 분야", "Category"),
    "description": ("애로 내용", "Description"),
    "severity": ("심각도", "Severity"),
    "requested_support": ("요청 지원", "Requested support"),
    "agency": ("담당 기관", "Responsible agency"),
    "status": ("상태", "Status"),
    "resolution": ("조치 결과", "Resolution"),
    "refused_change": ("거부된 변경", "Refused change"),
    "starts_on": ("시작일", "Start date"),
    "ends_on": ("종료일", "End date"),
    "assignment": ("배정", "Assignment"),
    "programme": ("사업", "Programme"),
    "company": ("기업", "Company"),
    "coach": ("코치", "Coach"),
    "difficulty": ("애로사항", "Difficulty"),
    "difficulties": ("애로사항", "Difficulty"),
    "visit": ("방문", "Visit"),
    "file": ("첨부 파일", "Attachment"),
    "server": ("서버 주소", "Server address"),
    "template": ("진단 양식", "Checklist"),
    "diagnosis": ("진단", "Diagnosis"),
    "diagnosed_on": ("진단일", "Diagnosed on"),
    "evidence": ("근거", "Evidence"),
    "comment": ("의견", "Comment"),
    "title": ("제목", "Title"),
    "roadmap": ("로드맵", "Roadmap"),
    "items": ("로드맵 과제", "Roadmap items"),
    "depends_on": ("선행 과제", "Depends on"),
    "kpi_actual": ("KPI 실적", "KPI actual"),
    "kpi_baseline": ("KPI 기준값", "KPI baseline"),
    "kpi_target": ("KPI 목표", "KPI target"),
    "phase": ("추진 차례", "Phase"),
    "scores": ("진단 점수", "Scores"),
    "follow_ups": ("후속 조치", "Follow-up"),
    "photos": ("사진·파일", "Photo"),
    "kind": ("기관 유형", "Kind of organisation"),
    "organisation": ("기관", "Organisation"),
    "budgets": ("연도별 예산", "Budget by year"),
    "target_visits": ("목표 방문 수", "Target visits"),
    "target_companies": ("목표 기업 수", "Target companies"),
    "target_measures": ("목표 지원 조치 수", "Target measures"),
    "held_on": ("개최일", "Date held"),
    "companies": ("참여 기업", "Companies"),
    "meeting": ("간담회", "Meeting"),
    "measure": ("지원 조치", "Measure"),
    "amount": ("금액", "Amount"),
    "source": ("재원", "Funding source"),
    "decided_on": ("결정일", "Decided on"),
    # A measure's and a difficulty's: the forms call them 완료 예정일 and 처리 기한.
    "due_on": ("기한", "Due date"),
    "done_on": ("완료일", "Done on"),
    "signer_name": ("서명자 이름", "Signer's name"),
    "signer_title": ("서명자 직함", "Signer's title"),
    "signature": ("서명", "Signature"),
}

# Problems, by code. ``{…}`` fields are filled from the problem's parameters.
PROBLEMS: dict[str, tuple[str, str]] = {
    "required": ("필수 항목입니다.", "is required."),
    "programme_to_choose": (
        "이 기업은 방문일에 여러 사업에 배정되어 있습니다. 방문이 속한 사업을 고르세요: {names}",
        "must be chosen: the company is assigned to several programmes on the visit date: {names}",
    ),
    "too_long": ("{max}자 이하로 입력하세요.", "must be at most {max} characters."),
    "brn_format": (
        "숫자 10자리(예: 123-45-67891)로 입력하세요.",
        "must be 10 digits, e.g. 123-45-67891.",
    ),
    "brn_check_digit": (
        "검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요.",
        "has a wrong check digit (the last digit); check the number.",
    ),
    "brn_duplicate": (
        "이미 등록된 번호입니다 ({name}).",
        "is already registered ({name}).",
    ),
    "not_a_coach": (
        "{value}은(는) {role}입니다. 기업에는 코치만 배정합니다.",
        "{value} is a {role}; only coaches are assigned to companies.",
    ),
    "login_elsewhere": (
        "PostgreSQL에 이미 있는 로그인이지만 이 Coach 데이터베이스의 사용자가 아닙니다 "
        "(다른 기관이나 다른 프로그램의 것일 수 있습니다). 그 비밀번호와 권한을 바꾸지 "
        "않았습니다. 다른 로그인 이름을 쓰세요.",
        "already exists in PostgreSQL but is not a user of this Coach database (it may "
        "belong to another agency or program); its password and groups were left as they "
        "are. Choose another login name.",
    ),
    "not_negative": ("0 이상이어야 합니다.", "must not be negative."),
    "not_integer": ("정수로 입력하세요.", "must be a whole number."),
    "money_format": (
        "금액을 숫자로 입력하세요 (예: 1,500만원).",
        "must be an amount, e.g. 15,000,000.",
    ),
    "unknown_choice": ("목록에 없는 값입니다: {value}", "is not one of the choices: {value}"),
    "future_date": ("미래 날짜는 입력할 수 없습니다.", "cannot be in the future."),
    "beyond_planning_horizon": (
        "방문 계획은 1년 안의 날짜만 받습니다 ({last}까지). 날짜를 확인하세요.",
        "a visit can be planned at most a year ahead (until {last}); check the date.",
    ),
    "date_order": ("시작일보다 빠를 수 없습니다.", "cannot be before the start date."),
    "due_before_raised": (
        "애로사항이 제기된 날({raised})보다 빠를 수 없습니다.",
        "cannot be before the day the difficulty was raised ({raised}).",
    ),
    "due_finished": (
        "{status} 상태의 애로사항은 기한을 바꿀 수 없습니다 (다시 접수하면 바꿀 수 있습니다).",
        "cannot be moved on a difficulty that is {status} (reopen it first).",
    ),
    "assignment_overlap": (
        "이 코치는 같은 사업에서 이 기업에 이미 배정되어 있습니다 ({value}).",
        "already assigns this coach to this company in the programme ({value}).",
    ),
    "email_format": ("올바른 이메일 주소가 아닙니다.", "is not a valid e-mail address."),
    "phone_format": (
        "숫자와 하이픈으로 입력하세요 (예: 062-123-4567).",
        "must be digits and hyphens, e.g. 062-123-4567.",
    ),
    "year_outside": (
        "{year}년은 사업 기간 밖입니다.",
        "{year} is outside the programme's period.",
    ),
    "duplicate_budget": (
        "{year}년 같은 재원이 두 번 입력되었습니다.",
        "has the same funding source twice for {year}.",
    ),
    "duplicate_company": ("같은 기업이 두 번 있습니다.", "lists a company twice."),
    "other_company": (
        "다른 기업의 애로사항입니다.",
        "belongs to another company.",
    ),
    "year_range": (
        "{low}–{high} 사이의 연도를 입력하세요.",
        "must be a year from {low} to {high}.",
    ),
    "funding_sum": (
        "재원별 금액의 합({total})이 예산({budget})과 같아야 합니다.",
        "must add up to the budget ({budget}); it adds up to {total}.",
    ),
    "not_found": ("찾을 수 없습니다: {value}", "was not found: {value}"),
    "already_registered": ("이미 있습니다: {value}", "already exists: {value}"),
    "role_prefix_taken": (
        "이 데이터베이스는 이미 '{value}' 접두사를 씁니다. 다른 접두사는 쓸 수 없습니다"
        " (--role-prefix {value}로 실행하거나 빼세요).",
        "this database already uses the prefix '{value}'; another one cannot be used"
        " (run with --role-prefix {value}, or without it).",
    ),
    "transition": (
        "'{source}'에서 '{target}'(으)로 바꿀 수 없습니다.",
        "cannot change from '{source}' to '{target}'.",
    ),
    "not_allowed": ("{role} 권한으로는 할 수 없습니다.", "is not allowed for a {role}."),
    "login_format": (
        "영문 소문자로 시작하는 영문·숫자·밑줄 3–40자로 입력하세요.",
        "must be 3–40 lower-case letters, digits or underscores, starting with a letter.",
    ),
    "deleted": ("삭제된 항목입니다.", "has been deleted."),
    "has_follow_ups": (
        "'{value}'은(는) 이후 방문에서 후속 조치가 기록되어 있어 삭제할 수 없습니다.",
        "'{value}' was followed up at a later visit and cannot be removed.",
    ),
    "answered_by_measure": (
        "'{value}'은(는) 지원 조치 '{measure}'가 답하고 있어 삭제할 수 없습니다."
        " 먼저 그 조치에서 빼세요.",
        "'{value}' is answered by the measure '{measure}' and cannot be removed;"
        " take it out of that measure first.",
    ),
    "already_reviewed": (
        "이미 검토를 마친 방문입니다.",
        "has already been reviewed.",
    ),
    "planned_not_reviewable": (
        "아직 열리지 않은 (예정된) 방문은 검토할 수 없습니다.",
        "is a planned visit that has not taken place; it cannot be reviewed yet.",
    ),
    "signature_empty": (
        "서명 칸에 서명을 그려 주세요.",
        "is empty; please sign in the box.",
    ),
    "signature_too_long": (
        "서명이 너무 깁니다. 지우고 다시 서명해 주세요.",
        "is too long; clear it and sign again.",
    ),
    "signature_outside": ("서명 칸 밖의 점이 있습니다.", "has points outside the pad."),
    "planned_only_open": (
        "예정된 방문에 적어 두는 애로사항은 '미해결'로만 기록합니다. 방문 후에 상태를 바꾸세요.",
        "of a difficulty noted on a planned visit is open; change it once the visit took place.",
    ),
    "planned_no_follow_up": (
        "아직 열리지 않은 (예정된) 방문에서는 후속 조치를 기록할 수 없습니다. "
        "방문 후에 기록하세요.",
        "cannot be recorded at a planned visit that has not taken place; record it afterwards.",
    ),
    "held_not_plan": (
        "애로사항·후속 조치·서명·만족도 평가가 있는 지난 방문은 앞날짜(예정된 방문)로 옮길 수 "
        "없습니다.",
        "cannot move a visit that took place and carries difficulties, follow-ups, a signature "
        "or a rating to a later date as a plan.",
    ),
    "follow_up_before_raised": (
        "애로사항이 제기된 날({raised})보다 앞선 후속 조치는 기록할 수 없습니다.",
        "cannot be recorded before the day the difficulty was raised ({raised}).",
    ),
    "planned_not_signable": (
        "아직 열리지 않은 (예정된) 방문은 서명을 받을 수 없습니다.",
        "is a planned visit that has not taken place; it cannot be signed yet.",
    ),
    "visit_locked": (
        "관리자가 검토를 마친 방문은 수정할 수 없습니다.",
        "has been reviewed by a supervisor and can no longer be edited.",
    ),
    "file_too_large": (
        "파일이 너무 큽니다 ({size}). {limit} 이하만 첨부할 수 있습니다.",
        "is too large ({size}); attachments may be at most {limit}.",
    ),
    "file_not_stored": (
        "파일을 저장하지 못했습니다 ({name}): {reason}",
        "could not be stored ({name}): {reason}",
    ),
    "file_unreadable": ("파일을 읽을 수 없습니다: {value}", "cannot be read: {value}"),
    "evidence_attachment": (
        "'코치 확인'에는 사진이나 문서를 증빙으로 첨부해야 합니다.",
        "needs a photo or document attached when coach-verified.",
    ),
    "template_missing": (
        "진단 양식 {value}을(를) 찾을 수 없습니다.",
        "checklist {value} was not found.",
    ),
    "nothing_scored": ("한 항목 이상 점수를 매기세요.", "score at least one item."),
    "level_range": ("1–{top} 사이여야 합니다.", "must be from 1 to {top}."),
    "not_applicable": ("이 항목은 '해당 없음'을 고를 수 없습니다.", "cannot be marked N/A."),
    "dependencies": ("선행 과제 문제를 먼저 고치세요: {value}", "has dependency problems: {value}"),
    "explained": ("{value}", "{value}"),
    "date_format": ("날짜로 읽을 수 없습니다 (예: 2015-03-02).", "is not a date, e.g. 2015-03-02."),
    "formula_no_value": (
        "수식의 계산 결과가 저장되어 있지 않습니다. "
        "Excel에서 열어 저장하거나 값으로 붙여 넣으세요.",
        "is a formula without a saved result; open and save the file in Excel, "
        "or paste the values.",
    ),
    "duplicate_in_file": (
        "파일의 {row}행과 사업자등록번호가 같습니다.",
        "has the same business number as row {row} of the file.",
    ),
    "roadmap_empty": ("과제가 하나도 없습니다.", "has no items."),
    "comment_required": (
        "보완을 요청할 때는 무엇을 고칠지 의견을 적어야 합니다.",
        "must say what to change when requesting changes.",
    ),
    "roadmap_exists": (
        "이 기업에는 이미 로드맵이 있습니다. 기존 로드맵을 여세요.",
        "already exists for this company; open it instead.",
    ),
    "roadmap_frozen": (
        "승인된 차수는 고칠 수 없습니다. 새 차수를 만들어 고치세요.",
        "is approved and frozen; start a new revision to change it.",
    ),
    "roadmap_in_review": (
        "검토 중인 로드맵은 고칠 수 없습니다. 먼저 검토 요청을 취소하세요.",
        "is waiting for review; withdraw it before editing.",
    ),
    "parent_gone": (
        "이 변경이 속한 {parent}이(가) 이 컴퓨터에 없어 다시 넣을 수 없습니다 (함께 거부되었거나"
        " 서버에서 삭제되었습니다). {parent}을(를) 먼저 다시 넣거나, 이 변경을 그대로 두거나"
        " 버리세요.",
        "cannot be put back: the {parent} it belongs to is not on this computer (refused too,"
        " or deleted on the server). Put that back first, keep this change as it is, or"
        " discard it.",
    ),
    "no_current_user": (
        "사용자가 지정되지 않았습니다. 먼저 사용자로 로그인하거나 데모 자료를 만드세요.",
        "no user is signed in; sign in or create the demo data first.",
    ),
}


# What kind of record each synced table holds, as the coach calls it.
RECORD_KINDS: dict[str, tuple[str, str]] = {
    "companies": ("기업", "Company"),
    "contacts": ("담당자", "Contact"),
    "assignments": ("배정", "Assignment"),
    "visits": ("방문", "Visit"),
    "difficulties": ("애로사항", "Difficulty"),
    "attachments": ("사진·파일", "Photo or file"),
    "visit_signatures": ("현장 서명", "Signature"),
    "diagnoses": ("진단", "Diagnosis"),
    "diagnosis_scores": ("진단 항목", "Diagnosis item"),
    "roadmaps": ("로드맵", "Roadmap"),
    "roadmap_items": ("로드맵 과제", "Roadmap item"),
    "reviews": ("검토 의견", "Review"),
    "meetings": ("간담회", "Meeting"),
    "measures": ("지원 조치", "Measure"),
    "status_changes": ("상태 변경", "Status change"),
    "impact_figures": ("성과", "Impact figure"),
    "satisfaction_ratings": ("만족도 평가", "Satisfaction rating"),
    "programmes": ("사업", "Programme"),
    "organisations": ("기관", "Organisation"),
    "users": ("사용자", "User"),
}


def record_kind(table: str) -> str:
    """``visits`` → '방문' (Visit): what kind of record a row of ``table`` is."""
    ko, en = RECORD_KINDS.get(table, (table, table))
    return pick(ko, en)


def field_label(field: str) -> str:
    """``brn`` → '사업자등록번호'; ``difficulties[1].description`` → '애로사항 2 · 애로 내용'."""
    match = _NESTED.match(field)
    if match:
        outer, index, inner = match.groups()
        return f"{field_label(outer)} {int(index) + 1} · {field_label(inner)}"
    ko, en = FIELD_LABELS.get(field, (field, field))
    return pick(ko, en)


def problem_text(code: str, **params: object) -> str:
    ko, en = PROBLEMS[code]
    return pick(ko, en).format(**params)
