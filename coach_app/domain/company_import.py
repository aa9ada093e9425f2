"""Reading companies from a spreadsheet row: which column is which field, and what each
cell means (numbers typed as text, dates in the ways people write them, amounts in 만원)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coach_app.domain.company import REGIONS, CompanyDraft
from coach_app.domain.errors import FieldProblem
from coach_app.domain.money import parse_krw


@dataclass(frozen=True)
class ImportField:
    key: str  # the CompanyDraft attribute
    required: bool
    # Header texts that mean this field, folded (lower case, no spaces or punctuation).
    synonyms: tuple[str, ...]


FIELDS: tuple[ImportField, ...] = (
    ImportField("name", True, ("기업명", "업체명", "회사명", "상호", "기업", "name", "company")),
    ImportField(
        "brn",
        True,
        ("사업자등록번호", "사업자번호", "등록번호", "brn", "businessno", "businessnumber"),
    ),
    ImportField("ceo", False, ("대표자", "대표", "대표자명", "대표이사", "ceo")),
    ImportField("region", False, ("지역", "시도", "소재지", "region")),
    ImportField("industry", False, ("업종", "업태", "산업", "industry")),
    ImportField("address", False, ("주소", "사업장주소", "address")),
    ImportField("employees", False, ("종업원", "종업원수", "직원수", "근로자수", "employees")),
    ImportField("revenue", False, ("매출액", "매출", "연매출", "revenue", "sales")),
    ImportField("designation", False, ("지정", "지정인증", "인증", "designation")),
    ImportField("supplier_tier", False, ("협력사구분", "협력사", "tier", "suppliertier")),
    ImportField("founded_on", False, ("설립일", "설립일자", "창업일", "founded", "foundedon")),
    ImportField("phone", False, ("전화", "전화번호", "연락처", "phone", "tel")),
    ImportField("email", False, ("이메일", "전자우편", "email", "mail")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
REQUIRED = tuple(f.key for f in FIELDS if f.required)


def fold(header: object) -> str:
    return re.sub(r"[\s·_\-()./:]+", "", str(header or "")).casefold()


def guess_mapping(headers: Sequence[object]) -> dict[str, int]:
    """Field → column index, for the headers that clearly name a field."""
    folded = [fold(h) for h in headers]
    mapping: dict[str, int] = {}
    for field in FIELDS:
        for synonym in field.synonyms:
            if synonym in folded and folded.index(synonym) not in mapping.values():
                mapping[field.key] = folded.index(synonym)
                break
    return mapping


def missing_required(mapping: Mapping[str, int]) -> list[str]:
    return [key for key in REQUIRED if key not in mapping]


def is_empty(values: Sequence[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


# Dates people type: 2015-03-02, 2015.3.2, 2015/03/02, 20150302, 2015년 3월 2일.
_DATE = re.compile(r"^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?\.?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def read_date(value: Any) -> dt.date | None:
    """A date from a date cell or from text; ValueError if it cannot be one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def _whole_number(value: Any, from_text: Callable[[str], int]) -> int | None:
    """A whole number from a number cell, or from text read by ``from_text``."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    return from_text(str(value))


def _count_text(text: str) -> int:
    text = text.replace(",", "").replace("명", "").strip()
    if not text.lstrip("-").isdigit():
        raise ValueError(text)
    return int(text)


def read_count(value: Any) -> int | None:
    """'1,200', '45명', 45.0 → a head count."""
    return _whole_number(value, _count_text)


def read_money(value: Any) -> int | None:
    """'12억', '1,500만원', 3500000000 → KRW."""
    return _whole_number(value, parse_krw)


def read_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed in a text column (e.g. a phone without 0)
    return str(value).strip()


def read_region(text: str) -> str:
    """'광주광역시' or 'Gwangju' → '광주'; anything else is left for validation to name."""
    if not text or text in REGIONS:
        return text
    for short, english in REGIONS.items():
        if text.startswith(short) or text.casefold() == english.casefold():
            return short
    # 충청북도 → 충북, 경상남도 → 경남 … : first and third syllables.
    if len(text) >= 3 and text[0] + text[2] in REGIONS:
        return text[0] + text[2]
    return text


def draft_from(values: Mapping[str, Any]) -> tuple[CompanyDraft, list[FieldProblem]]:
    """A company draft from one row's mapped cells, and what could not be read."""
    problems: list[FieldProblem] = []

    def number(key: str, reader: Any, code: str) -> Any:
        try:
            return reader(values.get(key))
        except ValueError:
            problems.append(FieldProblem(key, code))
            return None

    founded = number("founded_on", read_date, "date_format")
    draft = CompanyDraft(
        name=read_text(values.get("name")),
        brn=read_text(values.get("brn")),
        ceo=read_text(values.get("ceo")),
        address=read_text(values.get("address")),
        region=read_region(read_text(values.get("region"))),
        industry=read_text(values.get("industry")),
        employees=number("employees", read_count, "not_integer"),
        revenue=number("revenue", read_money, "money_format"),
        designation=read_text(values.get("designation")) or None,
        supplier_tier=read_text(values.get("supplier_tier")) or None,
        founded_on=founded,
        phone=read_text(values.get("phone")),
        email=read_text(values.get("email")),
    )
    return draft, problems + draft.problems()
