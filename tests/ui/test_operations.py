"""Background work that ends badly is told by one rule, in every screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coach_app.domain.errors import Cancelled, CoachError
from coach_app.ui.operations import failure_text


def test_a_cancel_is_no_failure_an_expected_error_speaks_for_itself(qtbot: QtBot) -> None:
    assert failure_text(Cancelled(), "보고서를 만들지 못했습니다.") is None
    assert (
        failure_text(CoachError("서버에 연결할 수 없습니다."), "x") == "서버에 연결할 수 없습니다."
    )
    told = failure_text(ZeroDivisionError("division by zero"), "보고서를 만들지 못했습니다.")
    assert told == "보고서를 만들지 못했습니다. 자세한 내용은 로그 파일에 있습니다."
    assert "division" not in (told or "")  # a bug's text is for the log, not the coach


def test_an_operation_announces_its_change_and_tells_its_failure(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from coach_app.ui.data_events import Change, DataEvents
    from coach_app.ui.operations import Operation
    from coach_app.ui.tasks import TaskRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    runner, events = TaskRunner(), DataEvents()
    announced: list[Change] = []
    events.changed.connect(announced.append)
    results: list[object] = []
    closed: list[str] = []
    change = Change(companies=True)

    done = Operation(parent, runner, lambda _c: 42, "저장하지 못했습니다.")
    done.success(results.append).changes(events, change).finally_(lambda: closed.append("ok"))
    done.run()
    qtbot.waitUntil(lambda: results == [42])
    assert announced == [change] and closed == ["ok"]

    def refused(_control: object) -> None:
        raise CoachError("이 기업의 담당 코치만 할 수 있습니다.")

    failing = Operation(parent, runner, refused, "저장하지 못했습니다.").changes(events, change)
    failing.finally_(lambda: closed.append("failed")).run()
    qtbot.waitUntil(lambda: failing.box is not None)
    assert failing.box is not None and "담당 코치만" in failing.box.text()
    assert announced == [change] and closed == ["ok", "failed"]  # nothing announced

    def stopped(_control: object) -> None:
        raise Cancelled

    told: list[str | None] = []
    Operation(parent, runner, stopped, "x").failure(told.append).run()
    qtbot.waitUntil(lambda: told == [None])  # a cancel: told, but as no failure
    runner.shutdown()
