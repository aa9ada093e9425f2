"""``present(x)``: ``x`` when it is there, a failed test when it is None; ``narrowed(kind,
x)``: ``x`` when it is a ``kind``.

Qt's stubs type ``QTableWidget.item()``, ``QTreeWidgetItem.child()`` and the like as
possibly None (an empty cell); a test that reads a cell expects it to be there."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    assert value is not None, "expected a value, found None"
    return value


def narrowed(kind: type[T], value: object) -> T:
    """``value`` when it is a ``kind``, a failed test when not: a widget from a dict typed
    by the union of its kinds, a cell read back from a workbook."""
    assert isinstance(value, kind), f"expected {kind.__name__}, found {type(value).__name__}"
    return value
