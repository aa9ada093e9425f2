"""``present(x)``: ``x`` when it is there, a failed test when it is None.

Qt's stubs type ``QTableWidget.item()``, ``QTreeWidgetItem.child()`` and the like as
possibly None (an empty cell); a test that reads a cell expects it to be there."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    assert value is not None, "expected a value, found None"
    return value
