"""Reading a written workbook back in tests."""

from __future__ import annotations

from typing import Any


def values(sheet: Any, min_row: int = 2) -> list[tuple[Any, ...]]:
    """The cell values of ``sheet`` from ``min_row`` on (2: below the headers). Typed
    ``Any``: a test compares each cell with what it expects, which openpyxl's union of every
    cell type cannot follow."""
    return list(sheet.iter_rows(min_row=min_row, values_only=True))
