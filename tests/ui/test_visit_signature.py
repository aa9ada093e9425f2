"""Signing a visit on the laptop: the pad (mouse, pen, touch; undo, clear), the dialog, and
the visit screen saying who signed, or that the visit was edited after signing."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.signatures import signature_of
from coach_app.services.visits import difficulties_of, save_visit, visits_of
from coach_app.store.database import Database
from coach_app.ui.sign_visit import SignVisitDialog
from coach_app.ui.signature_pad import SignaturePad
from coach_app.ui.visit_editor import VisitEditor
from tests.present import present

TODAY = dt.date.today()


def drag(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """A stroke with the left mouse button held, as a person draws it."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(
        kind: QEvent.Type, x: int, y: int, button: Qt.MouseButton, held: Qt.MouseButton
    ) -> None:
        at = QPointF(x, y)
        event = QMouseEvent(
            kind, at, pad.mapToGlobal(at), button, held, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, none, left)
    send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def zigzag(pad: SignaturePad, top: int = 60) -> None:
    box = pad.box()
    drag(pad, [(int(box.x()) + 20 + 30 * i, top + (40 if i % 2 else 0)) for i in range(10)])


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_pad_draws_with_the_mouse_and_takes_strokes_back(pad: SignaturePad) -> None:
    assert pad.is_empty()
    zigzag(pad)
    zigzag(pad, top=100)
    strokes = pad.strokes()
    assert [len(s) for s in strokes] == [10, 10]
    # In the pad's own coordinates: across 0..1000 whatever the widget's size.
    assert all(0 <= x <= 1000 and 0 <= y <= 1000 for s in strokes for x, y in s)
    assert strokes[0][1][0] > strokes[0][0][0]
    pad.undo()
    assert len(pad.strokes()) == 1
    pad.clear()
    assert pad.is_empty()


def test_the_pad_takes_a_pen(pad: SignaturePad) -> None:
    pen = QPointingDevice.primaryPointingDevice()
    for kind, x in (
        (QEvent.Type.TabletPress, 100),
        (QEvent.Type.TabletMove, 150),
        (QEvent.Type.TabletMove, 200),
        (QEvent.Type.TabletRelease, 250),
    ):
        at = QPointF(x, 90)
        event = QTabletEvent(
            kind, pen, at, pad.mapToGlobal(at), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)
    assert [len(s) for s in pad.strokes()] == [4]


def test_the_pad_takes_a_finger(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(100, 80))
    QTest.touchEvent(pad, screen).move(0, QPoint(160, 120))
    QTest.touchEvent(pad, screen).move(0, QPoint(220, 80))
    QTest.touchEvent(pad, screen).release(0, QPoint(260, 100))
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) >= 3


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", ceo="김민준")
    )


def test_a_new_visit_is_saved_then_signed_on_the_pad(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.place.setText("광주 공장")
    editor.notes.setPlainText("공정 병목 확인")
    editor.raised.add(DifficultyDraft("funding", "운전자금 부족"))
    assert editor.sign_button.isVisibleTo(editor)
    seen: dict[str, object] = {}

    def sign_on_pad(dialog: SignVisitDialog) -> int:
        seen["summary"] = dialog.summary.toPlainText()
        seen["name"] = dialog.signer_name.text()
        dialog.pad.resize(600, 200)
        assert not dialog.sign()  # nothing drawn yet: refused, said why
        seen["refusal"] = dialog.message.text()
        zigzag(dialog.pad)
        dialog.signer_title.setText("대표이사")
        assert dialog.sign(), dialog.message.text()
        return int(dialog.result())

    monkeypatch.setattr(SignVisitDialog, "exec", sign_on_pad)
    assert editor.ask_signature()
    (visit,) = visits_of(db, company)
    assert "광주 공장" in str(seen["summary"]) and "운전자금 부족" in str(seen["summary"])
    assert seen["name"] == "김민준"  # the CEO, offered
    assert "서명" in str(seen["refusal"])
    signature = signature_of(db, visit.id)
    assert signature is not None and signature.signer_title == "대표이사"
    assert not signature.edited
    assert editor.signature_note.isVisibleTo(editor)
    assert "김민준 (대표이사)" in editor.signature_note.text()
    assert signature.content_hash[:12] in editor.signature_note.text()
    # The editor stays open on the stored visit: saving again doubles nothing.
    assert editor.save()
    assert len(difficulties_of(db, company)) == 1 and len(visits_of(db, company)) == 1
    assert not present(signature_of(db, visit.id)).edited


def test_a_visit_edited_after_signing_says_so_and_what_changed(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.domain.signature import SignatureDraft
    from coach_app.services.signatures import sign_visit

    visit = save_visit(db, company, VisitDraft(TODAY, "광주 공장", notes="메모"))
    sign_visit(db, visit, SignatureDraft("김민준", "대표", [[(1.0, 1.0), (500.0, 400.0)] * 3]))
    save_visit(db, company, VisitDraft(TODAY, "본사 회의실", notes="메모"), visit)
    editor = VisitEditor(db, company, visit)
    qtbot.addWidget(editor)
    text = editor.signature_note.text()
    assert editor.signature_note.isVisibleTo(editor)
    assert text.startswith("서명 후 수정됨") and "장소" in text and "김민준 (대표)" in text


def test_a_planned_visit_is_not_offered_for_signing(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    planned = save_visit(db, company, VisitDraft(TODAY + dt.timedelta(days=20), "공장"))
    editor = VisitEditor(db, company, planned)
    qtbot.addWidget(editor)
    assert not editor.sign_button.isEnabled()
    assert not editor.ask_signature()
    assert "예정된 방문" in editor.message.text()
    assert signature_of(db, planned) is None
