"""PDF reports: one dossier (10 visits, a diagnosis, a 15-item roadmap) against the same
text set as plain paragraphs by reportlab; a batch of 100 dossiers with two processes
against one."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from bench.harness import Figure, timed
from coach_app.demo import DemoSize, build
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft
from coach_app.reports import document
from coach_app.reports.fonts import register
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company, list_companies
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.reports import ReportKind, gather, write_batch, write_report
from coach_app.services.visits import record_visit
from coach_app.store.database import Database

RUNS = 5


def run(companies: int = 100) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        with Database.open(path) as db:
            build(db, DemoSize(companies, 10))
            company = _full_company(db)
            target = Path(folder) / "dossier.pdf"
            write_report(db, ReportKind.DOSSIER, company, target)  # fonts and imports warm
            ours = min(
                timed(lambda: write_report(db, ReportKind.DOSSIER, company, target))
                for _ in range(RUNS)
            )
            plain = min(
                timed(lambda: _plain(db, company, Path(folder) / "plain.pdf")) for _ in range(RUNS)
            )
            everyone = [c.id for c in list_companies(db)][:100]
            two = timed(lambda: write_batch(db, everyone, Path(folder) / "two", workers=2))
            one = timed(lambda: write_batch(db, everyone, Path(folder) / "one", workers=1))
    return [
        Figure(
            "dossier PDF (aim ≤ 0.5 s)",
            ours,
            plain,
            "the same text as plain reportlab paragraphs",
        ),
        Figure(
            f"batch of {len(everyone)} dossiers, 2 processes",
            two,
            one,
            "the same batch in 1 process",
            aim=0.7,
        ),
    ]


def _plain(db: Database, company: uuid.UUID, target: Path) -> None:
    """The dossier's words, one paragraph per fact, no tables or drawings."""
    facts = gather(db, company)
    lines = [facts.company.name, facts.company.brn, facts.company.address]
    for visit in facts.visits:
        lines += [f"{visit.visit_date} {visit.place} {visit.purpose}", visit.notes]
        lines += [f"{d.category} {d.description} {d.status}" for d in visit.difficulties]
    for diagnosis in facts.diagnoses:
        lines += [f"{a.name} {a.score} {a.target}" for a in diagnosis.areas]
        lines += [f"{i.area} {i.text} {i.current} {i.target}" for i in diagnosis.items]
    if facts.roadmap:
        lines += [f"{i.title} {i.starts_on} {i.ends_on} {i.total}" for i in facts.roadmap.items]
    register()
    body = document.styles().body
    SimpleDocTemplate(str(target)).build([document.text(line, body) for line in lines])


def _full_company(db: Database) -> uuid.UUID:
    company = create_company(
        db, CompanyDraft(name="(주)벤치정밀", brn="124-81-00998", region="광주")
    )
    for month in range(1, 11):
        record_visit(
            db,
            company,
            VisitDraft(
                dt.date(2026, month, 10),
                place="기업 회의실",
                attendees="대표, 생산팀장",
                purpose=f"{month}차 코칭",
                notes="공정별 병목을 확인하고 개선 방향을 협의함. " * 6,
                difficulties=[
                    DifficultyDraft("certification", "CE 인증 비용 부담"),
                    DifficultyDraft("funding", "운전자금 부족"),
                ],
            ),
        )
    save_diagnosis(
        db,
        company,
        DiagnosisDraft(
            "rnd",
            "1.0",
            dt.date(2026, 10, 10),
            {
                "rnd.ip.portfolio": ItemEntry(2),
                "rnd.tech.trl": ItemEntry(3),
                "rnd.market.launch": ItemEntry(2),
                "rnd.people.lab": ItemEntry(1),
            },
        ),
    )
    roadmap = rm.create_roadmap(db, company, "2027 로드맵")
    for n in range(15):
        rm.save_item(
            db,
            roadmap,
            rm.ItemDraft(
                title=f"과제 {n + 1}",
                stage="ip",
                starts_on=dt.date(2027, 1, 1) + dt.timedelta(days=30 * n),
                ends_on=dt.date(2027, 1, 25) + dt.timedelta(days=30 * n),
                budget=Budget(10_000_000, 2_000_000, 3_000_000),
            ),
        )
    return company
