"""What comes after the visits: each coach's planned visits of the next weeks, a due date
set by the coach on some open difficulties, the companies' ratings of recent visits, and
their impact figures against a baseline year before support.

Done work stays before today; a plan is a visit dated in the future (domain.visit). The
figures are of years already closed, recorded today at the latest.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from coach_app.demo.base import Part, Row
from coach_app.domain.difficulty import DifficultyStatus
from coach_app.domain.impact import FigureSource, KpiActual, Metric, kpi_rollup
from coach_app.domain.satisfaction import Question
from coach_app.store.models import (
    Assignment,
    Company,
    Difficulty,
    ImpactFigure,
    Roadmap,
    RoadmapItem,
    SatisfactionRating,
    User,
    Visit,
)

if TYPE_CHECKING:
    pass

PLANS_PER_COACH = (2, 5)  # planned visits a coach has in the next four weeks
PLAN_DAYS = 28
SET_DUE_SHARE = 0.15  # open difficulties whose coach set a date of their own
RATED_SHARE = 0.3  # visits of the last year the company's representative rated
COMMENTS = (
    "현장 문제를 정확히 짚어 주셔서 도움이 되었습니다.",
    "인증 절차 설명이 알기 쉬웠습니다.",
    "후속 지원 일정이 조금 더 구체적이면 좋겠습니다.",
    "해외 바이어 연결까지 도와주셔서 감사합니다.",
    "다음 방문 때 공정 데이터도 함께 봐 주세요.",
)


class FollowUpBuilder(Part):
    def add(self) -> None:
        self._planned_visits()
        self._due_dates()
        self._ratings()
        self._impact()

    def _planned_visits(self) -> None:
        companies = {c["id"]: c for c in self.g.data.rows(Company)}
        assigned: dict[object, list[Row]] = defaultdict(list)
        for assignment in self.g.data.rows(Assignment):
            assigned[assignment["coach_id"]].append(assignment)
        coaches = [u for u in self.g.data.rows(User) if u["role"] == "coach"]
        visits = self.g.data.rows(Visit)
        for coach in coaches:
            mine = assigned.get(coach["id"], [])
            if not mine:
                continue
            count = min(len(mine), self.rng.randint(*PLANS_PER_COACH))
            for assignment in self.rng.sample(mine, count):
                company = companies[assignment["company_id"]]
                day = self.g.today + dt.timedelta(days=self.rng.randint(1, PLAN_DAYS))
                specialty = coach["specialty"] or "rnd"
                visits.append(
                    self._stamp(
                        {
                            "company_id": company["id"],
                            "coach_id": coach["id"],
                            "programme_id": assignment["programme_id"],
                            "visit_date": day,
                            "place": "기업 현장(공장)",
                            "attendees": f"대표 {company['ceo']}, 코치 {coach['name']}",
                            "purpose": self.rng.choice(self.g.recipe["purposes"][specialty]),
                            "notes": "",
                            "reviewed_at": None,
                            "reviewed_by": None,
                            "meeting_id": None,
                        }
                    )
                )

    def _due_dates(self) -> None:
        """Some open difficulties were given a date of their own: sooner or later than the
        severity's rule, never before the visit that raised them."""
        held = {v["id"]: v["visit_date"] for v in self.g.data.rows(Visit)}
        open_ = (DifficultyStatus.OPEN.value, DifficultyStatus.IN_PROGRESS.value)
        for difficulty in self.g.data.rows(Difficulty):
            chosen = None
            if difficulty["status"] in open_ and self.rng.random() < SET_DUE_SHARE:
                raised = held[difficulty["visit_id"]]
                chosen = raised + dt.timedelta(days=self.rng.randint(5, 120))
            # Every row of a bulk insert carries the same columns.
            difficulty["due_on"] = chosen

    def _ratings(self) -> None:
        """The representative rated some visits of the past year at their end; a visit
        of a meeting is not rated (it was the agency's event)."""
        companies = {c["id"]: c for c in self.g.data.rows(Company)}
        year_ago = self.g.today - dt.timedelta(days=365)
        ratings = self.g.data.rows(SatisfactionRating)
        for visit in self.g.data.rows(Visit):
            day = visit["visit_date"]
            if visit["meeting_id"] is not None or not year_ago <= day <= self.g.today:
                continue
            if self.rng.random() >= RATED_SHARE:
                continue
            mood = self.rng.choice((3, 4, 4, 5, 5))
            answers = {
                q.value: max(1, min(5, mood + self.rng.choice((-1, 0, 0, 1)))) for q in Question
            }
            # At the visit's end (17:00 in Korea), never after now or after a review: the
            # server refuses a rating dated ahead, and one dated after the visit's review.
            ended = dt.datetime.combine(day, dt.time(8), dt.UTC)
            when = min(ended, self.g.now, visit["reviewed_at"] or ended)
            ratings.append(
                self._stamp(
                    {
                        "company_id": visit["company_id"],
                        "visit_id": visit["id"],
                        "respondent": companies[visit["company_id"]]["ceo"],
                        "position": "대표이사",
                        "answers": answers,
                        "comment": self.rng.choice(COMMENTS) if self.rng.random() < 0.4 else "",
                        "rated_at": when,
                    },
                    when,
                )
            )

    def _impact(self) -> None:
        """For each company whose roadmap's KPIs give later figures: its figures of the
        year before support (the baseline), and of the last closed year."""
        roadmaps = {r["id"]: r["company_id"] for r in self.g.data.rows(Roadmap)}
        kpis: dict[object, list[KpiActual]] = defaultdict(list)
        for item in self.g.data.rows(RoadmapItem):
            kpis[roadmaps[item["roadmap_id"]]].append(
                KpiActual(item["kpi_name"], item["kpi_unit"], item["kpi_actual"], item["ends_on"])
            )
        first_visit: dict[object, dt.date] = {}
        for visit in self.g.data.rows(Visit):
            day, company_id = visit["visit_date"], visit["company_id"]
            if day <= self.g.today:
                first_visit[company_id] = min(day, first_visit.get(company_id, day))
        companies = {c["id"]: c for c in self.g.data.rows(Company)}
        coach_of = {a["company_id"]: a["coach_id"] for a in self.g.data.rows(Assignment)}
        last_year = self.g.today.year - 1
        for company_id, items in kpis.items():
            rolled = kpi_rollup(items, self.g.today)
            if not rolled or company_id not in first_visit:
                continue
            company = companies[company_id]
            # Before support, and before any result (a completed plan may predate the visits).
            base_year = min(first_visit[company_id].year, *(y for y, _m in rolled)) - 1
            if base_year >= last_year:
                continue  # supported this year only: no closed year after support yet
            # Half the companies confirmed their figures with their coach at the laptop.
            confirmed_by = coach_of.get(company_id) if self.rng.random() < 0.5 else None
            later = {metric: value for (_year, metric), value in rolled.items()}
            # A level the company had before (sales, staff) and grew from; flows it had few.
            later.setdefault(Metric.SALES, company["revenue"] or 1_000_000_000)
            later.setdefault(Metric.EMPLOYEES, company["employees"] or 10)
            for metric, value in sorted(later.items()):
                if metric.is_level:
                    before = int(value * self.rng.uniform(0.6, 0.9))
                else:
                    before = self.rng.randint(0, max(int(value) - 1, 0))
                self._figure(company, base_year, metric, before, True, confirmed_by)
                if metric in (Metric.SALES, Metric.EMPLOYEES):
                    grown = int(before * self.rng.uniform(1.05, 1.35))
                    self._figure(company, last_year, metric, grown, False, confirmed_by)

    def _figure(
        self,
        company: Row,
        year: int,
        metric: Metric,
        value: int,
        baseline: bool,
        confirmed_by: object,
    ) -> None:
        confirmed = confirmed_by is not None
        when = self.g.now - dt.timedelta(days=self.rng.randint(1, 60))
        self.g.data.rows(ImpactFigure).append(
            self._stamp(
                {
                    "company_id": company["id"],
                    "year": year,
                    "metric": metric.value,
                    "value": value,
                    "baseline": baseline,
                    "source": FigureSource.DOCUMENT.value,
                    "note": "지원 전 기준연도 재무제표" if baseline else "결산 재무제표",
                    "confirmed_name": f"대표 {company['ceo']}" if confirmed else None,
                    "confirmed_at": when if confirmed else None,
                    "confirmed_by": confirmed_by,
                },
                when,
            )
        )
