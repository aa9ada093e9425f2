"""The GUI-thread collector: frozen survivors are still reclaimed by the periodic thaw."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication

from coach_app.ui.collector import MainThreadCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_a_cycle_frozen_by_a_full_collection_is_reclaimed_by_the_thaw(qapp: QApplication) -> None:
    collector = MainThreadCollector(qapp)
    try:
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        watch = weakref.ref(first)
        gc.freeze()  # as after a full collection: the pair is out of reach of collections
        del first, second
        gc.collect()
        assert watch() is not None  # frozen: a plain collection leaves it
        collector.collect_everything()
        assert watch() is None
    finally:
        # Not stop(): that would switch Python's own collection back on for the session.
        collector.timer.stop()
        collector.thaw_timer.stop()
