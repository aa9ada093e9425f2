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
