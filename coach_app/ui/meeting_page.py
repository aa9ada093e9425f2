"""The 간담회 page: the meetings held, and one meeting's companies, their difficulties
and the measures answering them. A double-click opens a meeting to correct it; each
measure has links to correct or delete it, for whom the permission table lets."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.money import format_won
from coach_app.domain.permissions import Action
from coach_app.services.meetings import (
    MeasureView,
    MeetingLine,
    MeetingView,
    meeting_view,
    meetings,
)
from coach_app.services.permissions import may
from coach_app.store.database import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingListPage(QWidget):
    new_meeting_requested = Signal()
    measure_requested = Signal(object)  # meeting id
    # ("meeting" | "measure" | "delete-measure", id): correct or delete what is recorded
    edit_requested = Signal(str, object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lines: list[MeetingLine] = []
        self.new_button = QPushButton(self.tr("새 간담회…"))
        self.new_button.clicked.connect(self.new_meeting_requested)
        self.measure_button = QPushButton(self.tr("지원 조치 추가…"))
        self.measure_button.clicked.connect(self._measure)
        self.note = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.measure_button)
        top.addWidget(self.note, 1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("일자"),
                self.tr("제목"),
                self.tr("장소"),
                self.tr("주관 기관"),
                self.tr("기업"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((95, 0, 140, 130, 0)):
            if width:
                self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The count is narrow, its heading not ("Companies" in English).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.cellDoubleClicked.connect(self._edit_meeting)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table)
        body.addWidget(self.detail)
        body.setSizes([700, 520])  # the list first: titles are long
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def reload(self) -> None:
        chosen = self.meeting_id()
        self.lines = meetings(self.db)
        allowed = may(self.db, Action.RECORD_MEETING)
        self.new_button.setEnabled(allowed)
        self.note.setText("" if allowed else self.tr("간담회 기록은 관리자(감독)가 합니다."))
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (
                line.held_on.isoformat(),
                line.title,
                line.place,
                line.organiser,
                str(line.companies),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, str(line.id))
                self.table.setItem(row, column, item)
        rows = [r for r, line in enumerate(self.lines) if line.id == chosen]
        if self.lines:
            self.table.selectRow(rows[0] if rows else 0)
        self._show_selected()

    def meeting_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.lines):
            return None
        return self.lines[row].id

    def show_meeting(self, meeting_id: uuid.UUID) -> None:
        rows = [r for r, line in enumerate(self.lines) if line.id == meeting_id]
        if rows:
            self.table.selectRow(rows[0])

    def _show_selected(self) -> None:
        meeting_id = self.meeting_id()
        self.measure_button.setEnabled(
            meeting_id is not None and may(self.db, Action.RECORD_MEETING)
        )
        if meeting_id is None:
            self.detail.setHtml(
                self.tr("간담회를 고르면 참석 기업과 애로사항, 지원 조치가 보입니다.")
            )
            return
        self.detail.setHtml(self._html(meeting_view(self.db, meeting_id)))

    def _html(self, meeting: MeetingView) -> str:
        e = html.escape
        parts = [f"<h3>{e(meeting.title)}</h3>"]
        if may(self.db, Action.EDIT_MEETING):
            hint = self.tr("간담회 수정…")
            parts.append(f'<p><a href="meeting:{meeting.id}">{e(hint)}</a></p>')
        facts = (
            (self.tr("일자"), meeting.held_on.isoformat()),
            (self.tr("장소"), meeting.place),
            (self.tr("주관 기관"), meeting.organiser),
            (self.tr("참석자"), ", ".join(meeting.attendees)),
        )
        parts.append(
            "<p>"
            + "<br>".join(f"<b>{e(label)}</b>: {e(value)}" for label, value in facts if value)
            + "</p>"
        )
        # tr outside the f-strings: lupdate does not read calls inside one.
        count = self.tr("참석 기업 %1곳").replace("%1", str(len(meeting.companies)))
        measures, no_measures = self.tr("지원 조치"), self.tr("아직 지원 조치가 없습니다.")
        parts.append(f"<h4>{e(count)}</h4><ul>")
        for company in meeting.companies:
            raised = "".join(
                f"<li>[{e(d.category)}] {e(d.description)} ({e(d.status)})</li>"
                for d in company.difficulties
            )
            raised = f"<ul>{raised}</ul>" if raised else ""
            parts.append(f"<li><b>{e(company.name)}</b>{raised}</li>")
        parts.append("</ul>")
        parts.append(f"<h4>{e(measures)}</h4>")
        if not meeting.measures:
            parts.append(f"<p>{e(no_measures)}</p>")
        parts.append("<ul>" + "".join(self._measure_html(m) for m in meeting.measures) + "</ul>")
        return "".join(parts)

    def _measure_html(self, measure: MeasureView) -> str:
        e = html.escape
        money = format_won(measure.amount) if measure.amount is not None else ""
        head = " · ".join(x for x in (measure.status_label, money, measure.source_label) if x)
        answers = "".join(f"<li>{e(a)}</li>" for a in measure.answers)
        links = ""
        if self._may_edit(measure):
            edit, delete = self.tr("수정"), self.tr("삭제")
            links = (
                f' <a href="measure:{measure.id}">{e(edit)}</a>'
                f' · <a href="delete-measure:{measure.id}">{e(delete)}</a>'
            )
        return (
            f"<li><b>{e(measure.title)}</b> ({e(head)}){links}"
            + (f"<ul>{answers}</ul>" if answers else "")
            + "</li>"
        )

    def _may_edit(self, measure: MeasureView) -> bool:
        if measure.company_id is None:
            return may(self.db, Action.EDIT_MEETING)
        return may(self.db, Action.EDIT_MEASURE, company_id=measure.company_id)

    def _edit_meeting(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.lines):
            self.edit_requested.emit("meeting", self.lines[row].id)

    def _link(self, url: QUrl) -> None:
        kind, _, key = url.toString().partition(":")
        if kind in ("meeting", "measure", "delete-measure") and key:
            self.edit_requested.emit(kind, uuid.UUID(key))

    def _measure(self) -> None:
        meeting_id = self.meeting_id()
        if meeting_id is not None:
            self.measure_requested.emit(meeting_id)
