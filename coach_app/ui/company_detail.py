"""One company at a glance: profile and contacts, visit timeline, open difficulties."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.company import Designation, SupplierTier, industry_label, region_label
from coach_app.domain.datafile import shown
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.errors import CoachError
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.money import format_short, format_won
from coach_app.domain.permissions import Action
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.roadmap import ItemStatus
from coach_app.domain.scoring import HIGHEST, band
from coach_app.domain.visit import is_planned
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.companies import contacts_of, get_company
from coach_app.services.diagnoses import diagnoses_of, previous_in
from coach_app.services.meetings import follow_up_measure, measures_for_company
from coach_app.services.people import users
from coach_app.services.permissions import may
from coach_app.services.records import DiagnosisRecord, VisitRecord
from coach_app.services.roadmaps import Progress, current_roadmap, progress_of
from coach_app.services.satisfaction import rating_of_visit
from coach_app.services.visits import difficulties_of, latest_held_visit, visits_of
from coach_app.store.database import Database
from coach_app.ui.data_events import Change, DataEvents
from coach_app.ui.generated.ui_company_page import Ui_CompanyPageForm

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 2


class CompanyDetail(QWidget):
    back_requested = Signal()
    edit_requested = Signal(object)  # company id
    new_visit_requested = Signal(object)  # company id
    visit_opened = Signal(object, object)  # company id, visit id
    diagnosis_requested = Signal(object, object)  # company id, diagnosis id or None
    roadmap_requested = Signal(object)  # company id
    measure_requested = Signal(object)  # company id
    measure_moved = Signal(object)  # company id
    report_requested = Signal(str, object)  # report kind, entity id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.company_id: uuid.UUID | None = None

        form = QWidget(self)
        ui = Ui_CompanyPageForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.title = ui.title
        ui.back_button.clicked.connect(self.back_requested)
        self.edit_button = ui.edit_button
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.company_id))
        self.visit_button = ui.visit_button
        self.visit_button.clicked.connect(lambda: self.new_visit_requested.emit(self.company_id))
        self.diagnosis_button = ui.diagnosis_button
        self.diagnosis_button.clicked.connect(
            lambda: self.diagnosis_requested.emit(self.company_id, None)
        )
        self.measure_button = ui.measure_button
        self.measure_button.clicked.connect(lambda: self.measure_requested.emit(self.company_id))
        self.roadmap_button = ui.roadmap_button
        self.roadmap_button.clicked.connect(lambda: self.roadmap_requested.emit(self.company_id))
        report_menu = QMenu(self)
        self.report_actions: dict[str, QAction] = {}
        for kind, title in (
            ("dossier", self.tr("기업 종합 보고서…")),
            ("visit", self.tr("최근 방문 보고서…")),
            ("diagnosis", self.tr("최근 진단 보고서…")),
            ("roadmap", self.tr("로드맵 보고서…")),
        ):
            action = report_menu.addAction(title)
            action.triggered.connect(lambda _checked=False, k=kind: self._report(k))
            self.report_actions[kind] = action
        ui.report_button.setMenu(report_menu)
        self.impact_button = ui.impact_button
        self.impact_button.clicked.connect(self.open_impact)
        self.rating_button = ui.rating_button
        self.rating_button.clicked.connect(self.open_rating)
        self.rated_visit: uuid.UUID | None = None
        self.plan_summary = ui.plan_summary
        self.diagnoses = ui.diagnoses
        self.diagnoses.itemDoubleClicked.connect(self._open_diagnosis)
        self.profile = ui.profile
        self.contacts = ui.contacts
        self.timeline = ui.timeline
        self.timeline.itemDoubleClicked.connect(self._open_visit)
        self.difficulties = ui.difficulties
        self.measures = ui.measures
        self.measures.itemDoubleClicked.connect(self._move_measure)
        ui.body.setSizes([420, 700])

    def follow(self, events: DataEvents) -> None:
        """Shown again when what it shows changed."""
        events.changed.connect(self._data_changed)

    def _data_changed(self, change: Change) -> None:
        if self.company_id is not None and change.touches(self.company_id):
            self.show_company(self.company_id)

    def show_company(self, company_id: uuid.UUID) -> None:
        self.company_id = company_id
        company = get_company(self.db, company_id)
        self.title.setText(company.name)
        self.visit_button.setEnabled(may(self.db, Action.RECORD_VISIT, company_id=company_id))
        self.edit_button.setEnabled(may(self.db, Action.EDIT_COMPANY, company_id=company_id))
        self.diagnosis_button.setEnabled(
            may(self.db, Action.RECORD_DIAGNOSIS, company_id=company_id)
        )
        self._offer_rating(company_id)
        while self.profile.rowCount():
            self.profile.removeRow(0)
        tier = SupplierTier(company.supplier_tier).label if company.supplier_tier else ""
        designation = Designation(company.designation).label if company.designation else ""
        for label, value in (
            (self.tr("사업자등록번호"), company.brn),
            (self.tr("대표자"), company.ceo),
            (self.tr("지역"), region_label(company.region)),
            (self.tr("주소"), company.address),
            (self.tr("업종"), industry_label(company.industry)),
            (self.tr("지정·인증"), designation),
            (self.tr("협력사 구분"), tier),
            (self.tr("종업원"), f"{company.employees:,}" if company.employees is not None else ""),
            (self.tr("매출액"), format_short(company.revenue) if company.revenue else ""),
            (self.tr("전화"), company.phone),
        ):
            shown = QLabel(value or "—")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.profile.addRow(label, shown)
        self.contacts.clear()
        for contact in contacts_of(self.db, company_id):
            self.contacts.addItem(
                " · ".join(
                    x for x in (contact.name, contact.position, contact.phone, contact.email) if x
                )
            )
        names = {u.id: u.name for u in users(self.db)}
        self.timeline.clear()
        visits = visits_of(self.db, company_id)
        today = dt.date.today()
        held = [v for v in visits if not is_planned(v.visit_date, today)]
        # Planned visits are not the latest visit: they follow the visits held, soonest
        # first, under their own heading.
        planned = sorted(
            (v for v in visits if is_planned(v.visit_date, today)), key=lambda v: v.visit_date
        )
        for visit in held:
            self.timeline.addItem(self._visit_line(visit, names, planned=False))
        if planned:
            heading = QListWidgetItem(self.tr("— 예정된 방문 —"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(heading)
            for visit in planned:
                self.timeline.addItem(self._visit_line(visit, names, planned=True))
        self.difficulties.clear()
        for difficulty in difficulties_of(self.db, company_id, open_only=True):
            self.difficulties.addItem(
                f"[{DifficultyCategory(difficulty.category).label}] {difficulty.description}"
                f"  ({Severity(difficulty.severity).label}, "
                f"{DifficultyStatus(difficulty.status).label})"
            )
        if not self.difficulties.count():
            self.difficulties.addItem(self.tr("미해결 애로사항이 없습니다."))
        self.measure_button.setEnabled(may(self.db, Action.RECORD_MEASURE, company_id=company_id))
        self._show_measures(company_id)
        diagnoses = diagnoses_of(self.db, company_id)
        progress = progress_of(self.db, company_id)
        self._show_plan(diagnoses, progress)
        self.report_actions["visit"].setEnabled(bool(held))
        self.report_actions["diagnosis"].setEnabled(bool(diagnoses))
        self.report_actions["roadmap"].setEnabled(progress is not None)

    def _show_measures(self, company_id: uuid.UUID) -> None:
        """The company's measures and those answering its difficulties, its history of help."""
        self.measures.clear()
        for measure in measures_for_company(self.db, company_id):
            money = format_won(measure.amount) if measure.amount is not None else ""
            when = measure.decided_on.isoformat() if measure.decided_on else ""
            head = " · ".join(x for x in (measure.status_label, money, measure.source_label) if x)
            line = f"{when}  {measure.title}  ({head})".strip()
            if measure.meeting:
                line += "\n" + self.tr("간담회: %1").replace("%1", measure.meeting)
            for answer in measure.answers:
                line += f"\n  → {answer}"
            item = QListWidgetItem(line)
            item.setData(MEASURE_ROLE, (str(measure.id), measure.status))
            item.setToolTip(self.tr("두 번 눌러 진행 상태를 바꿉니다."))
            self.measures.addItem(item)
        if not self.measures.count():
            self.measures.addItem(self.tr("지원 조치가 없습니다."))

    def _move_measure(self, item: QListWidgetItem) -> bool:
        """A measure moves along (확정, 시행 중, 완료 …), as the company hears of it."""
        found = item.data(MEASURE_ROLE)
        if not found or self.company_id is None:
            return False
        if not may(self.db, Action.RECORD_MEASURE, company_id=self.company_id):
            return False
        measure_id, current = found
        statuses = list(MeasureStatus)
        labels = [s.label for s in statuses]
        now = next((i for i, s in enumerate(statuses) if s.value == current), 0)
        label, ok = QInputDialog.getItem(
            self, self.tr("지원 조치 진행"), self.tr("새 상태:"), labels, now, False
        )
        if not ok:
            return False
        status = statuses[labels.index(label)]
        try:
            follow_up_measure(
                self.db,
                uuid.UUID(measure_id),
                status.value,
                done_on=dt.date.today() if status is MeasureStatus.DONE else None,
            )
        except CoachError as error:
            QMessageBox.warning(self, self.tr("지원 조치 진행"), str(error))
            return False
        self.measure_moved.emit(self.company_id)
        return True

    def _visit_line(
        self, visit: VisitRecord, names: dict[uuid.UUID, str], planned: bool
    ) -> QListWidgetItem:
        # tr outside the f-string: lupdate does not read calls inside one.
        no_purpose = self.tr("(목적 없음)")
        line = f"{visit.visit_date:%Y-%m-%d}  {visit.purpose or no_purpose}"
        line += f"  — {names.get(visit.coach_id, '')}"
        if planned:
            line = self.tr("[예정] %1").replace("%1", line)
        if visit.reviewed_at is not None:
            line += self.tr("  [검토 완료]")
        item = QListWidgetItem(line)
        item.setData(VISIT_ROLE, str(visit.id))
        if planned:
            item.setForeground(QBrush(QColor("#1565c0")))
        return item

    def _show_plan(self, diagnoses: list[DiagnosisRecord], progress: Progress | None) -> None:
        """Latest diagnosis per checklist with its trend, and the roadmap's progress."""
        templates = shipped_checklists()
        lines: list[str] = []
        latest: dict[str, DiagnosisRecord] = {}
        self.diagnoses.clear()
        for diagnosis in diagnoses:
            checklist = templates.find(diagnosis.template_id, diagnosis.template_version)
            name = shown(checklist.name) if checklist else diagnosis.template_id
            top = checklist.top if checklist else HIGHEST
            # A score on a longer scale than 1–5 says out of what (TRL: "4.0/9").
            out_of = "" if top == HIGHEST else f"/{top}"
            score = diagnosis.overall_score
            item = QListWidgetItem(
                f"{diagnosis.diagnosed_on:%Y-%m-%d}  {name}  "
                + (
                    f"{score:.1f}{out_of}" + self.tr("점")
                    if score is not None
                    else self.tr("미완료")
                )
            )
            item.setData(VISIT_ROLE, str(diagnosis.id))
            self.diagnoses.addItem(item)
            if diagnosis.template_id in latest:
                continue
            latest[diagnosis.template_id] = diagnosis
            if score is None:  # items left unscored: no total to show
                lines.append(
                    f"<b>{name}</b> {diagnosis.diagnosed_on:%Y-%m-%d}: "
                    + self.tr("미완료 (점수가 없는 항목이 있습니다)")
                )
                continue
            line = f"<b>{name}</b> {diagnosis.diagnosed_on:%Y-%m-%d}: {score:.1f}{out_of}" + (
                self.tr("점 (%1)").replace("%1", band(score, top).label)
            )
            previous = previous_in(
                diagnoses, diagnosis.template_id, diagnosis.diagnosed_on, diagnosis.id
            )
            if previous is not None and previous.overall_score is not None:
                line += self.tr(", 지난 진단 대비 %1").replace(
                    "%1", f"{score - previous.overall_score:+.1f}"
                )
            lines.append(line)
        if not lines:
            lines.append(self.tr("아직 진단이 없습니다."))
        if progress is None:
            lines.append(self.tr("로드맵이 없습니다."))
            self.roadmap_button.setText(self.tr("로드맵 만들기"))
            self.roadmap_button.setEnabled(
                may(self.db, Action.CREATE_ROADMAP, company_id=self.company_id)
            )
        else:
            done = progress.by_status.get(ItemStatus.DONE.value, 0)
            total = sum(progress.by_status.values())
            line = self.tr("<b>로드맵</b> %1차 · %2 — 과제 %3개 중 완료 %4").replace(
                "%1", str(progress.revision)
            )
            line = (
                line.replace("%2", RoadmapStatus(progress.status).label)
                .replace("%3", str(total))
                .replace("%4", str(done))
            )
            if progress.kpis:
                line += (
                    self.tr(", KPI 달성 %1/%2")
                    .replace("%1", str(progress.kpis_met))
                    .replace("%2", str(progress.kpis))
                )
            lines.append(line)
            self.roadmap_button.setText(self.tr("로드맵 열기"))
            self.roadmap_button.setEnabled(True)
        self.plan_summary.setText("<br>".join(lines))

    def _report(self, kind: str) -> None:
        """The company itself, or its newest visit, diagnosis or roadmap."""
        if self.company_id is None:
            return
        entity: uuid.UUID | None = self.company_id
        if kind == "visit":
            held = latest_held_visit(self.db, self.company_id)
            entity = held.id if held else None
        elif kind == "diagnosis":
            found = diagnoses_of(self.db, self.company_id)
            entity = found[0].id if found else None
        elif kind == "roadmap":
            roadmap = current_roadmap(self.db, self.company_id)
            entity = roadmap.id if roadmap else None
        if entity is not None:
            self.report_requested.emit(kind, entity)

    def _open_diagnosis(self, item: QListWidgetItem) -> None:
        diagnosis_id = item.data(VISIT_ROLE)
        if diagnosis_id:
            self.diagnosis_requested.emit(self.company_id, uuid.UUID(diagnosis_id))

    def _open_visit(self, item: QListWidgetItem) -> None:
        visit_id = item.data(VISIT_ROLE)
        if visit_id:
            self.visit_opened.emit(self.company_id, uuid.UUID(visit_id))

    # --- impact and satisfaction (ui.impact_sheet, ui.satisfaction_form) -----------------

    def _offer_rating(self, company_id: uuid.UUID) -> None:
        """The latest held visit, when it is the signed-in coach's and not yet rated."""
        latest = latest_held_visit(self.db, company_id)
        self.rated_visit = None
        if (
            latest is not None
            and rating_of_visit(self.db, latest.id) is None
            and may(self.db, Action.RECORD_SATISFACTION, visit_id=latest.id)
        ):
            self.rated_visit = latest.id
        self.rating_button.setEnabled(self.rated_visit is not None)

    def open_impact(self) -> None:
        if self.company_id is None:
            return
        from coach_app.ui.impact_sheet import ImpactSheet

        ImpactSheet(self.db, self.company_id, self).exec()

    def open_rating(self) -> None:
        if self.company_id is None or self.rated_visit is None:
            return
        from coach_app.ui.satisfaction_form import SatisfactionForm

        form = SatisfactionForm(self.db, self.rated_visit, self.title.text(), self)
        if form.exec() and self.company_id is not None:
            self._offer_rating(self.company_id)
