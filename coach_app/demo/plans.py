"""Diagnoses and roadmaps (with their reviews and a second revision under review)."""

from __future__ import annotations

import datetime as dt
import uuid

from coach_app.demo.base import Builder, Row
from coach_app.domain.messages import pick
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.revision import carried_id
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.domain.scoring import overall
from coach_app.store.models import Diagnosis, DiagnosisScore, Review, Roadmap, RoadmapItem

# What each stage's items are measured by: KPI, unit, target.
_KPIS: dict[Stage, tuple[str, str, float]] = {
    Stage.RND_PLANNING: ("정부 R&D 과제 신청", "건", 1.0),
    Stage.IP: ("특허 출원", "건", 2.0),
    Stage.PROTOTYPE: ("시제품 제작", "건", 1.0),
    Stage.CERTIFICATION: ("인증 취득", "건", 1.0),
    Stage.COMMERCIALISATION: ("신규 매출", "백만원", 300.0),
    Stage.EXPORT: ("수출액", "만 달러", 50.0),
}
_REVIEW_COMMENTS: dict[ReviewDecision, tuple[str, ...]] = {
    ReviewDecision.REQUEST_CHANGES: (
        "자부담 조달 계획을 구체적으로 적어 주세요.",
        "시제품 일정이 인증 일정과 겹칩니다. 순서를 조정하세요.",
        "KPI 목표의 근거(기준값)를 보완해 주세요.",
    ),
    ReviewDecision.APPROVE: (
        "진단 결과와 잘 연결된 로드맵입니다. 승인합니다.",
        "예산 구성이 적정합니다.",
        "승인합니다. 분기별로 진행 상황을 공유해 주세요.",
    ),
    ReviewDecision.COMMENT: ("확인했습니다.",),
}


class PlanBuilder(Builder):
    def _diagnoses(
        self,
        company: Row,
        coach: Row,
        template_id: str,
        visits: list[tuple[dt.date, uuid.UUID]],
    ) -> None:
        """A first diagnosis at the first visit and, for most companies, a second one
        later, a little better: the trend the company page shows."""
        checklist = self.checklists[template_id]
        start = {
            item.code: None
            if item.na_allowed and self.rng.random() < 0.15
            else self.rng.randint(1, 3)
            for item in checklist.items
        }
        moments = [visits[0]] + ([visits[-1]] if self.rng.random() < 0.6 else [])
        for round_, (day, visit_id) in enumerate(moments):
            levels = {
                code: None
                if level is None
                else min(checklist.top, level + round_ * self.rng.randint(0, 2))
                for code, level in start.items()
            }
            areas = checklist.score({c: (v, None) for c, v in levels.items() if v is not None})
            when = dt.datetime.combine(day, dt.time(15), dt.UTC)
            diagnosis = self._stamp(
                {
                    "company_id": company["id"],
                    "visit_id": visit_id,
                    "coach_id": coach["id"],
                    "template_id": checklist.id,
                    "template_version": checklist.version,
                    "diagnosed_on": day,
                    "comment": self.rng.choice(self.recipe["notes"]),
                    "area_scores": {
                        a.area: {"score": a.score, "target": a.target}
                        for a in areas
                        if a.score is not None
                    },
                    "overall_score": overall(areas, checklist.area_weights()),
                },
                when,
            )
            self.data.rows(Diagnosis).append(diagnosis)
            self.data.rows(DiagnosisScore).extend(
                self._stamp(
                    {
                        "diagnosis_id": diagnosis["id"],
                        "item_code": code,
                        "current": level,
                        "target": None,
                        "evidence": "self_reported",
                        "attachment_id": None,
                        "comment": "",
                    },
                    when,
                )
                for code, level in levels.items()
            )

    def _roadmap(
        self, company: Row, programme: Row, coach: Row, template_id: str, day: dt.date
    ) -> None:
        status = self.rng.choice(list(RoadmapStatus))
        when = dt.datetime.combine(day, dt.time(17), dt.UTC)
        areas = {a.code for a in self.checklists[template_id].areas}
        entries = [e for e in self.catalogue if areas & set(e.gap_areas)]
        chosen = sorted(
            self.rng.sample(entries, min(len(entries), self.rng.randint(2, 5))),
            key=lambda e: list(Stage).index(e.stage),
        )
        approved = status in (
            RoadmapStatus.APPROVED,
            RoadmapStatus.IN_PROGRESS,
            RoadmapStatus.COMPLETED,
        )
        roadmap = self._stamp(
            {
                "company_id": company["id"],
                "programme_id": programme["id"],
                "coach_id": coach["id"],
                "title": f"{day.year + 1} {programme['name']} 로드맵",
                "revision": 1,
                "previous_id": None,
                "status": status.value,
                "submitted_at": None if status is RoadmapStatus.DRAFT else when,
                "approved_at": when + dt.timedelta(days=5) if approved else None,
                "approved_by": self.supervisor["id"] if approved else None,
            },
            when,
        )
        self.data.rows(Roadmap).append(roadmap)
        start = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        if status is RoadmapStatus.COMPLETED:
            # A completed plan was carried out before today: it starts early enough to end.
            span = sum(30 * entry.months + 31 for entry in chosen)
            start = min(start, (self.today - dt.timedelta(days=span)).replace(day=1))
        previous: Row | None = None
        items: list[Row] = []
        for position, entry in enumerate(chosen):
            ends = start + dt.timedelta(days=30 * entry.months - 1)
            budget = entry.budget()
            kpi_name, unit, target = _KPIS[entry.stage]
            item_status = {
                RoadmapStatus.COMPLETED: ItemStatus.DONE,
                RoadmapStatus.IN_PROGRESS: (
                    ItemStatus.DONE
                    if position == 0
                    else ItemStatus.IN_PROGRESS
                    if position == 1
                    else ItemStatus.PLANNED
                ),
            }.get(status, ItemStatus.PLANNED)
            # Nothing is done (or begun) before its day: a roadmap of next year's work is
            # still in progress today, whatever its own status says.
            if item_status is ItemStatus.DONE and ends > self.today:
                item_status = ItemStatus.IN_PROGRESS
            if item_status is ItemStatus.IN_PROGRESS and start > self.today:
                item_status = ItemStatus.PLANNED
            item = self._stamp(
                {
                    "roadmap_id": roadmap["id"],
                    "phase": 1 + position // 2,
                    "position": position,
                    "stage": entry.stage.value,
                    "item_type": entry.item_type,
                    "title": pick(*entry.name),
                    "description": pick(*entry.funds),
                    "starts_on": start,
                    "ends_on": ends,
                    "budget_national": budget.national,
                    "budget_local": budget.local,
                    "budget_company": budget.company,
                    "owner_agency": entry.agency,
                    "kpi_name": kpi_name,
                    "kpi_unit": unit,
                    "kpi_baseline": 0.0,
                    "kpi_target": target,
                    "kpi_actual": target if item_status is ItemStatus.DONE else None,
                    "status": item_status.value,
                    "depends_on": [str(previous["id"])] if previous is not None else [],
                    "gap_item_code": next(a for a in entry.gap_areas if a in areas),
                    "difficulty_id": None,
                    "support_programme_code": entry.code,
                },
                when,
            )
            self.data.rows(RoadmapItem).append(item)
            # Planned with the roadmap, started on its start, done on its end.
            steps: list[Row] = [{"status": ItemStatus.PLANNED.value, "changed_on": min(day, start)}]
            if item_status is not ItemStatus.PLANNED:
                steps.append({"status": ItemStatus.IN_PROGRESS.value, "changed_on": start})
            if item_status is ItemStatus.DONE:
                steps.append(
                    {"status": item_status.value, "changed_on": ends, "kpi_actual": target}
                )
            self._history(item, company["id"], steps)
            self.item_steps[item["id"]] = steps
            items.append(item)
            previous = item
            # The next item starts on the first of the month after this one ends.
            start = (ends.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        if status is RoadmapStatus.COMPLETED and any(
            i["status"] != ItemStatus.DONE.value for i in items
        ):
            roadmap["status"] = RoadmapStatus.IN_PROGRESS.value  # its work is not over yet
        decisions = {
            RoadmapStatus.CHANGES_REQUESTED: [ReviewDecision.REQUEST_CHANGES],
        }.get(status, [])
        if approved:
            decisions = [ReviewDecision.APPROVE]
            if self.rng.random() < 0.4:
                decisions.insert(0, ReviewDecision.REQUEST_CHANGES)
        if approved:  # approved when the approving review was written
            roadmap["approved_at"] = when + dt.timedelta(days=2 + len(decisions) - 1)
        for n, decision in enumerate(decisions):
            self.data.rows(Review).append(
                self._stamp(
                    {
                        "roadmap_id": roadmap["id"],
                        "reviewer_id": self.supervisor["id"],
                        "decision": decision.value,
                        "comment": self.rng.choice(_REVIEW_COMMENTS[decision]),
                    },
                    when + dt.timedelta(days=2 + n),
                )
            )
        if status is RoadmapStatus.APPROVED and self.rng.random() < 0.4:
            self._revision(roadmap, items, when + dt.timedelta(days=40))

    def _revision(self, approved: Row, items: list[Row], when: dt.datetime) -> None:
        """A second revision waiting for review: one item later, one KPI raised, so the
        review queue has field-level changes to show."""
        revision = self._stamp(
            {
                **{k: approved[k] for k in ("company_id", "programme_id", "coach_id", "title")},
                "revision": 2,
                "previous_id": approved["id"],
                "status": RoadmapStatus.SUBMITTED.value,
                "submitted_at": when,
                "approved_at": None,
                "approved_by": None,
            },
            when,
        )
        self.data.rows(Roadmap).append(revision)
        for n, old in enumerate(items):
            item = dict(old)
            item.update(
                id=carried_id(revision["id"], old["id"]),
                roadmap_id=revision["id"],
                depends_on=[
                    str(carried_id(revision["id"], uuid.UUID(d))) for d in old["depends_on"]
                ],
            )
            if n == len(items) - 1:
                item["ends_on"] = old["ends_on"] + dt.timedelta(days=61)
                item["kpi_target"] = (old["kpi_target"] or 1.0) * 1.5
            self.data.rows(RoadmapItem).append(item)
            # A carried item keeps the history it had.
            self._history(item, approved["company_id"], self.item_steps[old["id"]])
