"""How a summary is written: xlsxwriter in constant-memory mode, one row at a time.

Rows go to disk as they are written, so memory stays flat however many rows a sheet has;
each sheet's rows must come in order, top to bottom (the dashboard, the first sheet, is
written last: each sheet streams to its own temporary file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

KRW = '#,##0"원"'
COUNT = "#,##0"
DATE = "yyyy-mm-dd"
DATE_TIME = "yyyy-mm-dd hh:mm"
SCORE = "0.00"
HEADER = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496", "pattern": 1}
PIXELS_PER_CM = 96 / 2.54


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # in characters, as Excel shows it
    number_format: str | None = None


class Book:
    """A workbook written once, top to bottom, sheet by sheet; saved by ``close``."""

    def __init__(self, path: Path) -> None:
        # Each sheet streams to a temporary file; XlsxWriter leaves a sheet's behind when it
        # is empty (a cancelled summary's dashboard): they all go with this folder.
        self._scratch = tempfile.TemporaryDirectory(
            prefix="coach-summary-", ignore_cleanup_errors=True
        )
        options = {"constant_memory": True, "tmpdir": self._scratch.name}
        self._book = Workbook(str(path), options)
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self.header = self.format(**HEADER)

    def format(self, **properties: Any) -> Format:
        key = tuple(sorted(properties.items()))
        if key not in self._formats:
            self._formats[key] = self._book.add_format(properties)
        return self._formats[key]

    def number(self, number_format: str | None) -> Format | None:
        return None if number_format is None else self.format(num_format=number_format)

    def sheet(self, title: str, widths: Sequence[float] = ()) -> Worksheet:
        sheet = self._book.add_worksheet(title)
        for index, width in enumerate(widths):
            # Pixels, so the stored width is exactly ``width`` characters of Calibri 11.
            sheet.set_column_pixels(index, index, round(width * 7))
        return sheet

    def table_sheet(
        self, title: str, table_name: str, columns: list[Column], rows: Iterable[list[Any]]
    ) -> int:
        """One data sheet as an Excel table (filters, banded rows) under a frozen header
        row; returns the number of data rows."""
        sheet = self.sheet(title, [c.width for c in columns])
        sheet.freeze_panes(1, 0)
        # xlsxwriter refuses tables in constant-memory mode because it writes their header
        # cells itself, which needs the header row still in memory. It is, before the first
        # data row: the table is added then, over its header and one row, and stretched
        # over the rows written once they are all out.
        streaming = sheet.constant_memory
        sheet.constant_memory = False
        try:
            added = sheet.add_table(
                0,
                0,
                1,
                len(columns) - 1,
                {
                    "name": table_name,
                    "style": "Table Style Medium 2",
                    "columns": [{"header": c.title, "header_format": self.header} for c in columns],
                },
            )
        finally:
            sheet.constant_memory = streaming
        if added != 0:
            raise ValueError(f"table {table_name} refused ({added})")
        # The table wrote its header as shared strings; a streamed row holds inline ones.
        write_row(sheet, 0, [c.title for c in columns], [self.header] * len(columns))
        formats = [self.number(c.number_format) for c in columns]
        count = 0
        for count, row in enumerate(rows, start=1):
            write_row(sheet, count, row, formats)
        # An empty table is not valid Excel: it keeps one blank row under the headers.
        last = xl_rowcol_to_cell(max(count, 1), len(columns) - 1)
        table = sheet.tables[-1]
        table["range"] = f"A1:{last}"
        table["a_range"] = table["autofilter"] = table["range"]
        return count

    def bar_chart(
        self,
        kind: str,
        title: str,
        data_sheet: str,
        value_column: int,
        rows: int,
        size_cm: tuple[float, float],
        most: int = 0,
    ) -> Any:
        """A bar (or column) chart, no legend, over ``rows`` rows under the header of
        ``data_sheet``: categories in column A, values in ``value_column`` (its header names
        the series)."""
        chart = self._book.add_chart({"type": kind})
        if chart is None:
            raise ValueError(f"no {kind} chart")
        chart.add_series(
            {
                "name": [data_sheet, 0, value_column],
                "categories": [data_sheet, 1, 0, rows, 0],
                "values": [data_sheet, 1, value_column, rows, value_column],
            }
        )
        chart.set_title({"name": title})
        chart.set_legend({"none": True})
        # Counts are whole: with small ones a spreadsheet would step by 0.2 or 0.5 (0.5건).
        axis: dict[str, Any] = {"min": 0, "num_format": "#,##0"}
        if most <= 10:
            axis["major_unit"] = 1
        # A bar chart's value axis is its x axis (xlsxwriter swaps them), a column's its y.
        (chart.set_x_axis if kind == "bar" else chart.set_y_axis)(axis)
        width, height = size_cm
        chart.set_size(
            {"width": round(width * PIXELS_PER_CM), "height": round(height * PIXELS_PER_CM)}
        )
        return chart

    def close(self) -> None:
        try:
            self._book.close()
        finally:
            self._scratch.cleanup()


@contextlib.contextmanager
def book_at(target: Path) -> Iterator[Book]:
    """A workbook written beside ``target`` and put in its place once whole: a stopped or
    failed one is closed (its temporary files go) and thrown away, an older file kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial.xlsx")
    book = Book(partial)
    try:
        yield book
    except BaseException:
        with contextlib.suppress(Exception):
            book.close()
        partial.unlink(missing_ok=True)
        raise
    book.close()
    partial.replace(target)


def write_row(
    sheet: Worksheet, row: int, values: Sequence[Any], formats: Sequence[Format | None]
) -> None:
    """Cells by their type: a text is always text (never a formula or a link)."""
    for column, (value, cell_format) in enumerate(zip(values, formats, strict=True)):
        if value is None or value == "":
            continue  # an empty cell, as in an untouched sheet (blank to filters, COUNTA)
        if isinstance(value, str):
            sheet.write_string(row, column, value, cell_format)
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value, cell_format)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, cell_format)
        elif isinstance(value, Decimal):
            sheet.write_number(row, column, float(value), cell_format)
        elif isinstance(value, dt.date):
            # Documented to take dates as well as datetimes; its annotation says only the latter.
            sheet.write_datetime(row, column, value, cell_format)  # type: ignore[call-overload]
        else:
            sheet.write_string(row, column, str(value), cell_format)
