"""Screenshots of what the coach sees of the sync: marks in the lists and on the visit
screen, the sync history with a refused change, at 1366×768 (add ``en`` for English):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/sync_screenshots.py OUT [en]

Builds a small agency on the local PostgreSQL (a throw-away database, dropped after).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import uuid
from pathlib import Path

import psycopg
from psycopg import sql
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import POSTGRES, shoot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import assign_coach, create_programme, user_by_login
from coach_app.services.visits import record_visit, review_visit, update_visit
from coach_app.store.database import Database
from coach_app.sync import push
from coach_app.sync.connection import ServerAddress, connect
from coach_app.sync.engine import sync
from coach_app.sync.server import add_user, group_roles, init_server
from coach_app.ui.app import install_translators, make_application
from coach_app.ui.main_window import MainWindow


def _visit(notes: str, days: int) -> VisitDraft:
    return VisitDraft(
        visit_date=dt.date.today() - dt.timedelta(days=days),
        place="기업 현장",
        attendees="대표",
        purpose=notes,
        notes=notes,
    )


def main(out: Path, language: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(app, language)
    folder = Path(tempfile.mkdtemp(prefix="coach-syncshots-"))
    tag = uuid.uuid4().hex[:6]
    name = f"coach_shots_{tag}"
    owner = psycopg.connect(POSTGRES, autocommit=True)
    owner.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = POSTGRES.rpartition("/")[0] + "/" + name
    prefix = f"s{tag}_"
    logins = [f"{prefix}admin1", f"{prefix}kim", f"{prefix}sup"]
    try:
        init_server(url, prefix)
        add_user(url, logins[0], "admin", "관리자")
        add_user(url, logins[1], "coach", "김현장")
        add_user(url, logins[2], "supervisor", "박감독")
        admin = Database.open(folder / "admin.sqlite3")
        sync(admin, ServerAddress(url, logins[0]))
        programme = create_programme(admin, ProgrammeDraft("R&D 현장코칭", 2026))
        coach = user_by_login(admin, logins[1])
        assert coach is not None
        companies = []
        for n, (title, brn) in enumerate(
            (("(주)한빛정밀", "124-81-00998"), ("대성금속(주)", "220-81-62517"))
        ):
            companies.append(
                create_company(admin, CompanyDraft(name=title, brn=brn, region="광주"))
            )
            assign_coach(admin, programme, companies[n], coach.id, dt.date.today())
        sync(admin, ServerAddress(url, logins[0]))
        kim = Database.open(folder / "kim.sqlite3")
        sup = Database.open(folder / "sup.sqlite3")
        sync(kim, ServerAddress(url, logins[1]))
        refused = record_visit(kim, companies[0], _visit("금형 공정 점검", 9))
        record_visit(kim, companies[1], _visit("스마트공장 상담", 7))
        sync(kim, ServerAddress(url, logins[1]))
        sync(sup, ServerAddress(url, logins[2]))
        review_visit(sup, refused)
        sync(sup, ServerAddress(url, logins[2]))
        update_visit(kim, refused, _visit("금형 공정 점검 (검토 후 고침)", 9))
        sync(kim, ServerAddress(url, logins[1]))  # refused: the visit was reviewed
        sent = record_visit(kim, companies[1], _visit("품질 개선 후속", 3))
        with connect(ServerAddress(url, logins[1]), autocommit=True) as server:
            push.push(server, kim)  # sent, not yet seen back
        assert sent
        record_visit(kim, companies[0], _visit("작업 표준 교육", 1))  # waiting

        window = MainWindow(kim, auto_sync=False)
        window.sync_page.server.setText(url)
        window.sync_page.login.setText(logins[1])
        window.company_page.reload()
        shoot(window, out / "marks-companies.png")
        window.navigation.setCurrentRow(window.pages.indexOf(window.visit_page))
        shoot(window, out / "marks-visits.png")
        window.navigation.setCurrentRow(window.pages.indexOf(window.sync_page))
        window.sync_page.refresh_history()
        shoot(window, out / "sync-history.png")
        window.sync_page.history_view.selectRow(1)
        shoot(window, out / "sync-history-refused.png")
        editor = window.open_visit(companies[0], refused)
        shoot(editor, out / "marks-visit-editor.png", size=None)
        editor.close()
        window.close()
        for db in (admin, kim, sup):
            db.close()
    finally:
        owner.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for role in [*logins, *group_roles(prefix).values()]:
            owner.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), *(sys.argv[2:3] or ["ko"]))
    sys.stdout.flush()
    os._exit(0)  # as in screenshots.py: no final collection of the windows
