"""Scoring a diagnosis on site: items, area bands and a radar that follow every score."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.benchmark import Benchmark, benchmark, group_text, standing_text
from coach_app.domain.checklist import Checklist
from coach_app.domain.datafile import shown
from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.scoring import AreaScore, Band, Evidence, band, overall
from coach_app.services.attachments import attachments_of, size_problems
from coach_app.services.benchmark import peer_scores
from coach_app.services.catalogues import Checklists, shipped_checklists
from coach_app.services.companies import get_company
from coach_app.services.diagnoses import (
    DiagnosisDraft,
    EvidenceFile,
    ItemEntry,
    default_checklist,
    diagnoses_of,
    draft_of,
    previous_in,
    stored_areas,
)
from coach_app.services.diagnoses import (
    save_diagnosis as store_diagnosis,
)
from coach_app.store.database import Database
from coach_app.ui.diagnosis_model import (
    COMMENT,
    CURRENT,
    EVIDENCE,
    TARGET,
    DiagnosisItems,
    LevelDelegate,
)
from coach_app.ui.difficulty_model import ChoiceDelegate
from coach_app.ui.draft_keeper import CellEditors, DraftKeeper
from coach_app.ui.generated.ui_diagnosis_editor import Ui_DiagnosisForm
from coach_app.ui.keyboard import one_tab_leaves
from coach_app.ui.radar import RadarChart
from coach_app.ui.tasks import TaskRunner
from coach_app.ui.unsaved import GuardedDialog

BAND_COLOURS = {Band.RED: "#ef9a9a", Band.AMBER: "#ffe082", Band.GREEN: "#a5d6a7"}


def _standing(found: Benchmark | None, area: str, reading: bool) -> str:
    if found is None or area not in found.areas:
        return "…" if reading else "—"
    return standing_text(found.areas[area])


def _key(checklist: Checklist) -> str:
    """Combo data: a plain string, which Qt keeps as it is (a tuple would not survive)."""
    return f"{checklist.id}|{checklist.version}"


class DiagnosisEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        company_id: uuid.UUID,
        diagnosis_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        templates: Checklists | None = None,
        restored: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.company_id = company_id
        self.diagnosis_id = diagnosis_id
        self.templates = templates or shipped_checklists()
        self.dirty = False
        self.saved = False
        self.evidence: dict[uuid.UUID, EvidenceFile] = {}
        self.evidence_paths: dict[uuid.UUID, Path] = {}
        company = get_company(db, company_id)
        self.company_name = company.name
        # The peer benchmark: the other companies' area scores with this checklist, read
        # off the GUI thread once per checklist (None while they are being read).
        self.industry = company.industry
        self.peers: dict[str, list[dict[str, float]]] | None = None
        self.peers_of = ""
        self.peer_runner = TaskRunner(self, threads=1)
        self.finished.connect(lambda _result: self.peer_runner.shutdown())
        self.draft_key = (
            f"diagnosis-{diagnosis_id}" if diagnosis_id else f"diagnosis-new-{company_id}"
        )
        self.setWindowTitle(self.tr("진단 — %1").replace("%1", self.company_name))
        self.resize(1280, 720)

        form = QWidget(self)
        ui = Ui_DiagnosisForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.template = ui.template
        self.diagnosed_on = ui.diagnosed_on
        self.overall = ui.overall
        self.table = ui.items
        self.areas = ui.areas
        self.comment = ui.comment
        self.comment.setTabChangesFocus(True)
        one_tab_leaves(self.diagnosed_on)
        self.message = ui.message
        self.level_help = ui.level_help
        # The public standard the checklist follows, in small print under its name.
        self.standard = QLabel(form)
        self.standard.setWordWrap(True)
        self.standard.setStyleSheet("color: #555555; font-size: 11px;")
        ui.outer.insertWidget(1, self.standard)
        self.message.hide()
        self.radar = RadarChart()
        radar_box = ui.radar_box
        layout = radar_box.layout()
        assert layout is not None
        layout.addWidget(self.radar)
        ui.attach_button.clicked.connect(self._attach)
        buttons = ui.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        ui.body.setSizes([760, 480])

        self.model = DiagnosisItems(self)
        self.table.setModel(self.model)
        self.cells = CellEditors(self.table)
        self.table.setItemDelegate(self.cells)
        self.table.setItemDelegateForColumn(CURRENT, LevelDelegate(self.model, False, self))
        self.table.setItemDelegateForColumn(TARGET, LevelDelegate(self.model, True, self))
        self.table.setItemDelegateForColumn(EVIDENCE, ChoiceDelegate(Evidence, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column, width in enumerate((110, 0, 70, 70, 90, 90, 120)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.areas.setColumnCount(6)
        self.areas.setHorizontalHeaderLabels(
            [
                self.tr("영역"),
                self.tr("현재"),
                self.tr("목표"),
                self.tr("등급"),
                self.tr("지난 진단"),
                self.tr("동료 비교"),
            ]
        )
        self.areas.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The figures take what they need, the area's name the rest.
        for column in range(1, 6):
            self.areas.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.areas.verticalHeader().hide()

        self.previous_areas: dict[str, float] = {}
        self.previous_label = ""
        for checklist in self.templates.newest():
            self.template.addItem(self._name(checklist), _key(checklist))
        if diagnosis_id is not None:
            self._load(diagnosis_id)
        else:
            self.diagnosed_on.setDate(QDate.currentDate())
            self._start_from_default()
            self._choose_template()
        if restored is not None:
            self.restore(restored)
        self.template.currentIndexChanged.connect(self._choose_template)
        self.model.dataChanged.connect(self._changed)
        self.model.modelReset.connect(self.refresh)
        self.keeper = DraftKeeper(
            self, db.path, self.draft_key, self.payload, "diagnosis", lambda: self.company_name
        )
        for signal in (self.comment.textChanged, self.diagnosed_on.dateChanged, self.cells.typing):
            signal.connect(self._typed)
        self.table.selectionModel().currentRowChanged.connect(self._show_levels)
        self.refresh()

    # --- the draft ----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """Everything on the screen, including an item comment still being typed."""
        entries = {code: dict(entry.__dict__) for code, entry in self.model.entries.items()}
        for row, column, text in self.cells.typed():
            item = self.model.item_at(row)
            if column == COMMENT and item is not None:
                entries.setdefault(item.code, dict(ItemEntry().__dict__))["comment"] = text
        for values in entries.values():
            if values["attachment_id"] is not None:
                values["attachment_id"] = str(values["attachment_id"])
        return {
            "company_id": str(self.company_id),
            "diagnosis_id": str(self.diagnosis_id) if self.diagnosis_id else None,
            "template": self.template.currentData(),
            "diagnosed_on": self._date().isoformat(),
            "comment": self.comment.toPlainText(),
            "entries": entries,
            "evidence": {str(k): str(v) for k, v in self.evidence_paths.items()},
            "file_names": dict(self.model.file_names),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        index = self.template.findData(payload.get("template"))
        if index >= 0 and self.template.isEnabled():
            self.template.setCurrentIndex(index)
        day = dt.date.fromisoformat(payload["diagnosed_on"])
        self.diagnosed_on.setDate(QDate(day.year, day.month, day.day))
        self.comment.setPlainText(payload["comment"])
        checklist = self.checklist()
        if checklist is not None:
            entries = {}
            for code, values in payload["entries"].items():
                values = dict(values)
                if values.get("attachment_id"):
                    values["attachment_id"] = uuid.UUID(values["attachment_id"])
                entries[code] = ItemEntry(**values)
            self._find_previous(checklist, day)
            self.model.set_checklist(checklist, entries)
        self.model.file_names.update(payload.get("file_names", {}))
        for attachment_id, name in payload.get("evidence", {}).items():
            path = Path(name)
            try:
                data = path.read_bytes()
            except OSError:
                continue  # the file is gone: the item shows no evidence and says so on save
            key = uuid.UUID(attachment_id)
            self.evidence[key] = EvidenceFile(key, path.name, data)
            self.evidence_paths[key] = path
        self.dirty = True

    def _typed(self, *_args: object) -> None:
        self.dirty = True
        if self.keeper is not None:
            self.keeper.changed()

    @staticmethod
    def _name(checklist: Checklist) -> str:
        return f"{shown(checklist.name)} (v{checklist.version})"

    # --- loading ------------------------------------------------------------------------

    def _load(self, diagnosis_id: uuid.UUID) -> None:
        draft = draft_of(self.db, diagnosis_id)
        checklist = self.templates.find(draft.template_id, draft.template_version)
        if checklist is None:
            raise CoachError(
                self.tr("이 진단의 양식(%1)을 찾을 수 없습니다.").replace(
                    "%1", f"{draft.template_id} {draft.template_version}"
                )
            )
        if self.template.findData(_key(checklist)) < 0:
            self.template.addItem(self._name(checklist), _key(checklist))
        self.template.setCurrentIndex(self.template.findData(_key(checklist)))
        self.template.setEnabled(False)  # a diagnosis keeps the checklist it was made with
        day = draft.diagnosed_on
        self.diagnosed_on.setDate(QDate(day.year, day.month, day.day))
        self.comment.setPlainText(draft.comment)
        self._remember_files()
        self._find_previous(checklist, day)
        self.model.set_checklist(checklist, draft.entries)

    def _start_from_default(self) -> None:
        """The company's last checklist, or its programme's, rather than the first listed."""
        wanted = default_checklist(self.db, self.company_id)
        for index in range(self.template.count()):
            if str(self.template.itemData(index)).split("|", 1)[0] == wanted:
                self.template.setCurrentIndex(index)
                return

    def _choose_template(self) -> None:
        checklist = self.checklist()
        if checklist is None:
            return
        self._remember_files()
        self._find_previous(checklist, self._date())
        self.model.set_checklist(checklist, {})
        # A fresh checklist holds nothing typed yet; a comment already typed still counts.
        self.dirty = bool(self.comment.toPlainText().strip())

    def _remember_files(self) -> None:
        self.model.file_names = {
            str(a.id): a.filename for a in attachments_of(self.db, self.company_id)
        }

    def _find_previous(self, checklist: Checklist, day: dt.date) -> None:
        earlier = previous_in(
            diagnoses_of(self.db, self.company_id), checklist.id, day, self.diagnosis_id
        )
        self.previous_areas = {}
        self.previous_label = ""
        if earlier is not None:
            self.previous_areas = {
                a.area: a.score for a in stored_areas(earlier) if a.score is not None
            }
            self.previous_label = f"{earlier.diagnosed_on:%Y-%m-%d}"

    def checklist(self) -> Checklist | None:
        key = self.template.currentData()
        return self.templates.find(*key.split("|", 1)) if key else None

    def _date(self) -> dt.date:
        date = self.diagnosed_on.date()
        return dt.date(date.year(), date.month(), date.day())

    # --- scores -------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._typed()
        self.refresh()

    def area_scores(self) -> list[AreaScore]:
        checklist = self.checklist()
        if checklist is None:
            return []
        return checklist.score(self.draft().levels())

    def refresh(self) -> None:
        checklist = self.checklist()
        if checklist is None:
            return
        areas = self.area_scores()
        names = [checklist.area_name(a.area) for a in areas]
        found = self._benchmark(checklist, areas)
        self.standard.setText(checklist.standard.line())
        self.radar.set_data(
            names,
            [a.score for a in areas],
            [a.target for a in areas],
            [self.previous_areas.get(a.area) for a in areas] if self.previous_areas else None,
            checklist.top,
        )
        self.areas.setRowCount(len(areas))
        for row, (area, name) in enumerate(zip(areas, names, strict=True)):
            before = self.previous_areas.get(area.area)
            cells = [
                name,
                "—" if area.score is None else f"{area.score:.1f}",
                "—" if area.target is None else f"{area.target:.1f}",
                area.band.label if area.band else self.tr("미입력"),
                "—"
                if before is None
                else f"{before:.1f}"
                + ("" if area.score is None else f" ({area.score - before:+.1f})"),
                _standing(found, area.area, self.peers is None),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3 and area.band is not None:
                    cell.setBackground(QBrush(QColor(BAND_COLOURS[area.band])))
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.areas.setItem(row, column, cell)
        total = overall(areas, checklist.area_weights())
        unscored = len(self.draft().unscored(checklist))
        if total is None:
            text = self.tr("아직 점수가 없습니다")
        elif unscored:
            # Not a total over the areas scored so far, as if the rest did not exist.
            text = self.tr("종합 점수: 미완료 (항목 %1개 미입력)").replace("%1", str(unscored))
        else:
            text = (
                self.tr("종합 %1점 (%2)")
                .replace("%1", f"{total:.1f}")
                .replace("%2", band(total, checklist.top).label)
            )
        if self.previous_label:
            text += "   " + self.tr("비교: %1 진단").replace("%1", self.previous_label)
        if found is not None:
            text += "   " + group_text(found)
        self.overall.setText(text)

    def _benchmark(self, checklist: Checklist, areas: list[AreaScore]) -> Benchmark | None:
        if self.peers_of != checklist.id:
            self._read_peers(checklist.id)
        if self.peers is None:
            return None
        own = {a.area: a.score for a in areas if a.score is not None}
        return benchmark(own, self.industry, self.peers)

    def _read_peers(self, template_id: str) -> None:
        self.peers_of, self.peers = template_id, None
        db, company_id = self.db, self.company_id

        def arrived(peers: dict[str, list[dict[str, float]]]) -> None:
            if self.peers_of == template_id:
                self.peers = peers
                self.refresh()

        self.peer_runner.run(
            lambda _control: peer_scores(db, template_id, company_id), on_success=arrived
        )

    def _show_levels(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        item = self.model.item_at(row)
        self.level_help.setText(self.model.level_help(item).replace("\n", "   ") if item else "")

    # --- evidence -----------------------------------------------------------------------

    def _attach(self) -> None:
        row = self.table.currentIndex().row()
        if self.model.item_at(row) is None:
            self._say(self.tr("증빙을 붙일 항목을 먼저 고르세요."))
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("증빙 파일"),
            "",
            self.tr("사진과 문서 (*.jpg *.jpeg *.png *.pdf *.hwp *.docx *.xlsx);;모든 파일 (*)"),
        )
        if name:
            self.attach_file(row, name)

    def attach_file(self, row: int, name: str) -> None:
        """Read the file now (it is stored with the diagnosis, in the same transaction)."""
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError:
            self._say(self.tr("파일을 읽을 수 없습니다: %1").replace("%1", path.name))
            return
        too_large = size_problems(path.name, data)
        if too_large:
            self._say(str(too_large[0]))
            return
        attachment_id = uuid.uuid4()
        self.evidence[attachment_id] = EvidenceFile(attachment_id, path.name, data)
        self.evidence_paths[attachment_id] = path
        self.model.attach(row, attachment_id, path.name)
        self._changed()

    def pending_evidence(self) -> list[EvidenceFile]:
        """Files chosen on this screen that an item still points at."""
        chosen = {e.attachment_id for e in self.model.entries.values()}
        return [f for f in self.evidence.values() if f.attachment_id in chosen]

    # --- saving -------------------------------------------------------------------------

    def draft(self) -> DiagnosisDraft:
        checklist = self.checklist()
        assert checklist is not None
        return DiagnosisDraft(
            checklist.id,
            checklist.version,
            self._date(),
            dict(self.model.entries),
            self.comment.toPlainText(),
        )

    @classmethod
    def ask_incomplete(cls, parent: QWidget, unscored: int) -> bool:
        """Save with items still unscored? (Tests patch this.)"""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("DiagnosisEditor", "점수가 없는 항목"),
            QCoreApplication.translate(
                "DiagnosisEditor",
                "항목 %1개에 아직 점수가 없습니다. 이대로 저장하면 종합 점수는 비어 있고 "
                "진단은 미완료로 남습니다. 저장할까요?",
            ).replace("%1", str(unscored)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def save(self) -> bool:
        self.cells.commit_all()
        checklist = self.checklist()
        unscored = len(self.draft().unscored(checklist)) if checklist else 0
        if unscored and self.model.entries and not self.ask_incomplete(self, unscored):
            return False
        try:
            self.diagnosis_id = store_diagnosis(
                self.db,
                self.company_id,
                self.draft(),
                self.diagnosis_id,
                self.templates,
                self.pending_evidence(),
            )
        except ValidationError as error:
            checklist = self.checklist()
            lines = []
            for problem in error.problems:
                item = checklist.item(problem.field) if checklist else None
                lines.append(f"{shown(item.text)}: {problem.message}" if item else str(problem))
            self._say("\n".join(lines))
            return False
        except CoachError as error:
            self._say(str(error))
            return False
        self.saved, self.dirty = True, False
        self.forget_draft()
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
