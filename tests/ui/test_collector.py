"""The GUI thread's collector: start-up's objects are frozen out of later collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from coach_app.ui import collector


@pytest.fixture
def unsettled(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(collector, "_settled", False)
    yield
    gc.unfreeze()  # the rest of the test session collects as before


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_freezes_what_start_up_left(unsettled: None) -> None:
    garbage = _Cycle()
    del garbage
    kept = [_Cycle()]
    collector.settle()
    assert gc.get_freeze_count() > 0
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())  # frozen, not scanned
    assert kept[0].me is kept[0]


def test_settle_only_once(unsettled: None) -> None:
    collector.settle()
    frozen = gc.get_freeze_count()
    made_since = [_Cycle() for _ in range(100)]
    collector.settle()
    assert gc.get_freeze_count() == frozen
    assert len(made_since) == 100


def test_a_later_cycle_is_still_collected(unsettled: None) -> None:
    collector.settle()
    cycle = _Cycle()
    del cycle
    assert gc.collect() >= 1


def test_a_cycle_frozen_by_a_full_collection_is_reclaimed_by_the_thaw(
    unsettled: None, qapp: QApplication
) -> None:
    collector.settle()
    keeper = collector.MainThreadCollector(qapp)
    try:
        first, second = _Cycle(), _Cycle()
        first.other, second.other = second, first  # type: ignore[attr-defined]
        watch = weakref.ref(first)
        gc.freeze()  # as after a full collection: the pair is out of reach of collections
        del first, second
        gc.collect()
        assert watch() is not None  # frozen: a plain collection leaves it
        keeper.collect_everything()
        assert watch() is None
    finally:
        # Not stop(): that would switch Python's own collection back on for the session.
        keeper.timer.stop()
        keeper.thaw_timer.stop()
