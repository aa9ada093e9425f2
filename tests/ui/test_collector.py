"""The GUI thread's collector: start-up's objects are frozen out of later collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

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
