"""Importing companies from an .xlsx list: read (``coach_app.exports.company_list``), map
columns, check every row, then — only once the user accepts — write all valid rows in one
transaction.

Existing companies (same 사업자등록번호) are updated, never duplicated. The row-by-row
result can be saved as an .xlsx the user fixes and imports again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft, region_label
from coach_app.domain.company_import import (
    FIELD_KEYS,
    address_region,
    draft_from,
    guess_mapping,
    missing_required,
    money_unit,
)
from coach_app.domain.errors import Cancelled, FieldProblem
from coach_app.domain.messages import field_label, pick
from coach_app.exports import company_list
from coach_app.exports.company_list import Formula

# Re-exported: callers read the file, see the sheet and catch a refusal through this module.
from coach_app.exports.company_list import ImportRefused as ImportRefused
from coach_app.exports.company_list import Sheet as Sheet
from coach_app.exports.company_list import read_sheet as read_sheet
from coach_app.store.database import Database
from coach_app.store.models import Company

MAPPING_SETTING = "import/company_mapping"


class Action(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    SKIP = "skip"


@dataclass
class RowResult:
    number: int  # the row number in the sheet, as Excel shows it
    cells: list[Any]
    draft: CompanyDraft  # as read, even when it has problems
    problems: list[str] = field(default_factory=list)
    action: Action = Action.SKIP
    existing_id: uuid.UUID | None = None
    # Imported all the same, but worth a look (e.g. an address in another region).
    warnings: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class MappedColumn:
    """One field and the column it is read from, as the user should see it."""

    key: str
    field: str  # the field's name in the user's language
    header: str  # the column's header in the file
    unit: str = ""  # e.g. "×10,000원" when the header gives 만원


@dataclass
class ImportPlan:
    sheet: Sheet
    mapping: dict[str, int]
    rows: list[RowResult]

    @property
    def columns(self) -> list[MappedColumn]:
        return describe_mapping(self.sheet.headers, self.mapping)

    @property
    def warned(self) -> int:
        return sum(1 for r in self.rows if r.warnings)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.valid and r.action is action)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.rows if not r.valid)


# --- checking -----------------------------------------------------------------------------


def remembered_mapping(db: Database, headers: list[str]) -> dict[str, int]:
    """The mapping the user chose last time, where its column names are in this file;
    otherwise a guess from the header names."""
    saved = db.setting(MAPPING_SETTING) or {}
    mapping = guess_mapping(headers)
    for key, header in saved.items():
        if key in FIELD_KEYS and header in headers:
            mapping[key] = headers.index(header)
    return mapping


def remember_mapping(db: Database, sheet: Sheet, mapping: Mapping[str, int]) -> None:
    db.set_setting(MAPPING_SETTING, {k: sheet.headers[i] for k, i in mapping.items()})


def parse_mapping(text: str, headers: list[str]) -> dict[str, int]:
    """``name=기업명,brn=사업자번호`` (from the command line) → field → column index."""
    mapping: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, header = part.partition("=")
        key, header = key.strip(), header.strip()
        if key not in FIELD_KEYS:
            raise ImportRefused(
                pick(
                    f"알 수 없는 항목 '{key}' (쓸 수 있는 항목: {', '.join(FIELD_KEYS)})",
                    f"unknown field '{key}' (fields: {', '.join(FIELD_KEYS)})",
                )
            )
        if header not in headers:
            raise ImportRefused(
                pick(f"파일에 '{header}' 열이 없습니다.", f"The file has no column '{header}'.")
            )
        mapping[key] = headers.index(header)
    return mapping


def describe_mapping(headers: list[str], mapping: Mapping[str, int]) -> list[MappedColumn]:
    """The mapping in use, field by field in the order of the fields, for the user to check
    (the command line prints it; the wizard shows it)."""
    found = []
    for key in FIELD_KEYS:
        if key not in mapping:
            continue
        header = headers[mapping[key]]
        unit = ""
        if key == "revenue" and money_unit(header) != 1:
            unit = pick(f"×{money_unit(header):,}원", f"×{money_unit(header):,} KRW")
        found.append(MappedColumn(key, _field_name(key), header, unit))
    return found


def missing_columns(mapping: Mapping[str, int]) -> list[str]:
    """The required fields no column is read from, by their names."""
    return [_field_name(m) for m in missing_required(mapping)]


def ignored_headers(headers: list[str], mapping: Mapping[str, int]) -> list[str]:
    """The named columns no field is read from."""
    used = set(mapping.values())
    return [h for i, h in enumerate(headers) if h and i not in used]


def _field_name(key: str) -> str:
    return field_label("company_name" if key == "name" else key)


# Rows checked between two looks at the cancel button (a few milliseconds of work).
CANCEL_EVERY = 100


def check_rows(
    db: Database,
    sheet: Sheet,
    mapping: Mapping[str, int],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Every row checked; nothing is written. ``cancelled`` is asked every
    ``CANCEL_EVERY`` rows; once it says yes, ``Cancelled`` is raised."""
    with db.read() as session:
        existing = {
            number: company_id
            for number, company_id in session.execute(select(Company.brn, Company.id))
        }
    return check_against(existing, sheet, mapping, progress, cancelled)


def check_against(
    existing: Mapping[str, uuid.UUID],
    sheet: Sheet,
    mapping: Mapping[str, int],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Every row checked against the companies already known (사업자등록번호 → id), on
    this computer or on the server; nothing is written."""
    missing = missing_required(mapping)
    if missing:
        raise ImportRefused(
            pick("꼭 필요한 열을 고르세요: ", "Choose the columns for the required fields: ")
            + ", ".join(_field_name(m) for m in missing)
        )
    units = (
        {"revenue": money_unit(sheet.headers[mapping["revenue"]])} if "revenue" in mapping else {}
    )
    seen: dict[str, int] = {}
    results: list[RowResult] = []
    for done, (number, cells) in enumerate(sheet.rows, 1):
        values = {key: cells[index] for key, index in mapping.items()}
        formulas = [k for k, v in values.items() if isinstance(v, Formula)]
        for key in formulas:
            values[key] = None
        draft, problems = draft_from(values, units)
        problems = [p for p in problems if p.field not in formulas or p.code != "required"]
        problems += [FieldProblem(k, "formula_no_value") for k in formulas]
        result = RowResult(number, cells, draft)
        key = brn.normalize(draft.brn) or ""
        if key and not any(p.field == "brn" for p in problems):
            if key in seen:
                problems.append(FieldProblem("brn", "duplicate_in_file", {"row": seen[key]}))
            else:
                seen[key] = number
            result.existing_id = existing.get(key)
        result.problems = [_say(p) for p in problems]
        result.warnings = _warnings(draft, values)
        if result.valid:
            result.action = Action.UPDATE if result.existing_id else Action.INSERT
        results.append(result)
        if cancelled is not None and done % CANCEL_EVERY == 0 and cancelled():
            raise Cancelled
        if progress and done % 500 == 0:
            progress(done, len(sheet.rows))
    return ImportPlan(sheet, dict(mapping), results)


def _warnings(draft: CompanyDraft, values: Mapping[str, Any]) -> list[str]:
    """What is imported but likely wrong: an address in another region than the one given
    (경기도 광주시 with region 광주 is not 광주광역시)."""
    given = str(values.get("region") or "").strip()
    named = address_region(draft.address)
    if given and named and draft.region and named != draft.region:
        return [
            pick(
                f"지역: 주소는 {region_label(named)}인데 지역 칸은 {region_label(draft.region)}"
                "입니다. 어느 쪽이 맞는지 확인하세요.",
                f"Region: the address is in {region_label(named)} but the region column says "
                f"{region_label(draft.region)}; check which is right.",
            )
        ]
    return []


def _say(problem: FieldProblem) -> str:
    label = field_label("company_name" if problem.field == "name" else problem.field)
    return f"{label}: {problem.message}"


# --- writing ------------------------------------------------------------------------------


def apply(db: Database, plan: ImportPlan) -> tuple[int, int]:
    """Write every valid row in one transaction: (inserted, updated). A failure leaves the
    database as it was."""
    inserted = updated = 0
    try:
        inserted, updated = _write(db, plan)
    except IntegrityError as error:
        raise ImportRefused(
            pick(
                "가져오는 중 사업자등록번호가 겹쳤습니다(다른 곳에서 방금 등록되었을 수 있습니다). "
                "아무것도 가져오지 않았습니다. 다시 확인한 뒤 가져오세요.",
                "A business number clashed while importing (it may have just been registered "
                "elsewhere). Nothing was imported; check the list again and retry.",
            )
        ) from error
    remember_mapping(db, plan.sheet, plan.mapping)
    return inserted, updated


def _write(db: Database, plan: ImportPlan) -> tuple[int, int]:
    inserted = updated = 0
    with db.transaction() as session:
        for row in plan.rows:
            if not row.valid:
                continue
            clean = row.draft.normalized()
            if row.action is Action.UPDATE and row.existing_id is not None:
                company = session.get(Company, row.existing_id)
                if company is None:
                    continue
                for name, value in asdict(clean).items():
                    # An empty cell does not wipe what is already known.
                    if value not in (None, ""):
                        setattr(company, name, value)
                updated += 1
            else:
                session.add(Company(**asdict(clean)))
                inserted += 1
        session.flush()
    return inserted, updated


def write_result(plan: ImportPlan, target: Path) -> None:
    """The file as it came, with a result and a problems column; rows to fix in yellow,
    so the user can mend them and import the file again."""
    words = {
        Action.INSERT: pick("새로 등록", "new"),
        Action.UPDATE: pick("기존 기업 갱신", "updates existing"),
        Action.SKIP: pick("고칠 것", "to fix"),
    }
    company_list.write_checked(
        target,
        plan.sheet.headers,
        [
            company_list.CheckedRow(
                row.cells, words[row.action], "\n".join(row.problems + row.warnings), row.valid
            )
            for row in plan.rows
        ],
    )
