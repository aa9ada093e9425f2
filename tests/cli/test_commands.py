"""The command groups together: every command is there, and a batch that fails for one
company says so and ends with an error code."""

import argparse
import datetime as dt
from pathlib import Path

import pytest

from coach_app.cli import _parser, main
from coach_app.domain.company import CompanyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.services.companies import create_company
from coach_app.services.people import assign_coach, create_programme
from coach_app.services.reports import file_name
from coach_app.store.database import Database


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix}{name}")
                found += commands(sub, f"{prefix}{name} ")
    return found


def test_every_command_is_there_in_order() -> None:
    local = "demo dump check meetings backup restore sync verify conflicts resolve"
    reports = ("visit", "diagnosis", "roadmap", "dossier", "meeting", "impact", "batch")
    admin = (
        "init add-user users deactivate reactivate set-role reset-password watchdog assign "
        "assignments unassign programme"
    )
    assert commands(_parser()) == [
        *local.split(" "),
        "export",
        "export summary",
        "export calendar",
        "report",
        *(f"report {k}" for k in reports),
        "import",
        "import companies",
        "server",
        *(f"server {a}" for a in admin.split(" ")),
        "server programme add",
        "server programme list",
        "server companies",
        "server companies import",
        "server status",
        "key",
    ]


def test_a_failed_dossier_in_a_batch(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = create_programme(db, ProgrammeDraft("수출 코칭", 2026))
    coach = db.current_user()
    assert coach is not None
    for name, number in (("(주)잘됨정밀", "220-81-62517"), ("(주)막힘산업", "120-81-47521")):
        company = create_company(db, CompanyDraft(name=name, brn=number, region="광주"))
        assign_coach(db, programme, company, coach, dt.date(2026, 1, 1))
    folder = tmp_path / "out"
    (folder / file_name("(주)막힘산업", "120-81-47521")).mkdir(parents=True)
    path = str(db.path)
    db.close()

    code = main(["report", "batch", "--programme", "수출 코칭", "--db", path, "-o", str(folder)])

    assert code == 1
    out, err = capsys.readouterr()
    assert "보고서 1개를 썼습니다" in out and "(실패 1개)" in out
    assert "(주)막힘산업_1208147521: [Errno 21] Is a directory" in err
    assert "Traceback" not in err
