"""The company-list .xlsx on disk: read its first sheet (header found, empty rows counted,
formulas given their saved results) and write the row-by-row result of an import.

What the columns mean and whether a row is valid is the import service's business
(``coach_app.services.imports``); this module only reads and writes the file.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from coach_app.domain.company_import import is_empty
from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick

MAX_BYTES = 30 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SEARCH = 10  # the header is the first non-empty row among these
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")  # encrypted .xlsx and old .xls both start so


class ImportRefused(CoachError):
    """The whole file cannot be used; the message says why and what to do."""


@dataclass
class Sheet:
    path: Path
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[Any]]]  # (row number, cells), empty rows left out
    empty_rows: int


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an .xlsx, or an ``ImportRefused`` saying what is wrong."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        raise ImportRefused(
            pick(f"파일을 열 수 없습니다: {error}", f"Cannot open the file: {error}")
        ) from error
    if size > MAX_BYTES:
        raise ImportRefused(
            pick(
                f"파일이 너무 큽니다 ({size / 1_048_576:.0f} MB). "
                f"{MAX_BYTES // 1_048_576} MB 이하로 나누어 가져오세요.",
                f"The file is too large ({size / 1_048_576:.0f} MB); split it into files of "
                f"at most {MAX_BYTES // 1_048_576} MB.",
            )
        )
    if start == _OLE2:
        raise ImportRefused(
            pick(
                "암호가 걸린 파일이거나 예전 Excel 형식(.xls)입니다. Excel에서 암호를 풀고 "
                "'Excel 통합 문서(.xlsx)'로 다시 저장하세요.",
                "The file is password-protected or in the old Excel format (.xls). Remove the "
                "password in Excel and save it as an Excel Workbook (.xlsx).",
            )
        )
    if not zipfile.is_zipfile(path):
        raise ImportRefused(
            pick(
                "Excel 통합 문서(.xlsx)가 아닙니다. CSV나 다른 형식이면 Excel에서 열어 "
                "'.xlsx'로 저장한 뒤 가져오세요.",
                "This is not an Excel Workbook (.xlsx). If it is a CSV or another format, "
                "open it in Excel and save it as .xlsx first.",
            )
        )
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise ImportRefused(
            pick(f"Excel 파일을 읽을 수 없습니다: {error}", f"Cannot read the workbook: {error}")
        ) from error
    try:
        sheet = book.worksheets[0]
        cached: Any = None  # the formulas' saved results, read only if there are formulas
        header: list[Any] | None = None
        header_row = 0
        rows: list[tuple[int, list[Any]]] = []
        empty = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = list(values)
            if header is None:
                if not is_empty(cells):
                    header, header_row = cells, number
                elif number >= HEADER_SEARCH:
                    break
                continue
            if is_empty(cells):
                empty += 1
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportRefused(
                    pick(
                        f"행이 너무 많습니다 ({MAX_ROWS:,}행 넘음). 파일을 나누어 가져오세요.",
                        f"Too many rows (over {MAX_ROWS:,}); split the file.",
                    )
                )
            if any(isinstance(c, str) and c.startswith("=") for c in cells):
                if cached is None:
                    cached = load_workbook(path, read_only=True, data_only=True).worksheets[0]
                cells = _with_results(cells, cached, number)
            rows.append((number, cells))
    finally:
        book.close()
    if header is None:
        raise ImportRefused(pick("시트가 비어 있습니다.", "The first sheet is empty."))
    headers = [str(h).strip() if h is not None else "" for h in header]
    width = len(headers)
    rows = [(n, (cells + [None] * width)[:width]) for n, cells in rows]
    return Sheet(path, headers, header_row, rows, empty)


class Formula:
    """A formula cell whose result the file does not hold."""

    def __init__(self, text: str) -> None:
        self.text = text


def _with_results(cells: list[Any], cached: Any, number: int) -> list[Any]:
    values = next(cached.iter_rows(min_row=number, max_row=number, values_only=True), ())
    out = []
    for index, cell in enumerate(cells):
        if isinstance(cell, str) and cell.startswith("="):
            result = values[index] if index < len(values) else None
            out.append(Formula(cell) if result is None else result)
        else:
            out.append(cell)
    return out


@dataclass(frozen=True)
class CheckedRow:
    """One row of the import's result file: the cells as read, what the import does with
    the row, its problems and warnings; a row to fix is shown in yellow."""

    cells: list[Any]
    result: str
    notes: str
    valid: bool


def write_checked(target: Path, headers: Sequence[str], rows: Sequence[CheckedRow]) -> None:
    """The file as it came, with a result and a problems column."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = pick("가져오기 결과", "Import result")
    result_header = pick("결과", "Result")
    problem_header = pick("문제", "Problems")
    sheet.append([*headers, result_header, problem_header])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    fix = PatternFill("solid", fgColor="FFF59D")
    for row in rows:
        cells = [c.text if isinstance(c, Formula) else c for c in row.cells]
        sheet.append([*cells, row.result, row.notes])
        if not row.valid:
            for cell in sheet[sheet.max_row]:
                cell.fill = fix
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index in range(1, sheet.max_column + 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 60 if index == sheet.max_column else 16
    book.save(target)
