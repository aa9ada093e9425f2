"""The README's administrator section, command by command in its written order, on an
empty database: each step a real `coach-app` process, its output checked.

Run with ``-s`` to see the commands and their output (pasted in the README's example).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from openpyxl import Workbook
from psycopg import sql

from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.services import roadmaps as rm
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.store.database import Database
from coach_app.store.models import Company
from coach_app.sync.server import server_head
from tests.sync.conftest import ADMIN_URL, _with_database

TODAY = dt.date.today()
GOOD = ["124-81-00998", "220-81-62517", "410-86-12347"]
BAD_CHECK_DIGIT = "124-81-00999"


@pytest.fixture
def empty_database() -> Iterator[tuple[str, str]]:
    """A new database with no schema, and a tag that keeps its roles apart from others'."""
    tag = uuid.uuid4().hex[:8]
    name = f"coach_setup_{tag}"
    admin = psycopg.connect(ADMIN_URL, autocommit=True)
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield _with_database(ADMIN_URL, name), tag
    admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    for role in admin.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{tag}%",)):
        admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role[0])))
    admin.close()


def coach_app(*args: str, stdin: str = "", ok: bool = True) -> str:
    """Run one command as the administrator or a coach would; its output, printed too."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run(
        [sys.executable, "-m", "coach_app", "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    shown = " ".join(a if "postgresql://" not in a else "$URL" for a in args)
    print(f"$ coach-app {shown}\n{done.stdout}{done.stderr}", end="")
    assert (done.returncode == 0) == ok, done.stdout + done.stderr
    return done.stdout + done.stderr


def company_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["기업명", "사업자등록번호", "대표자", "지역", "업종"])
    sheet.append(["(주)광주정밀", GOOD[0], "김대표", "광주", "금속가공"])
    sheet.append(["(주)빛고을전자", GOOD[1], "이대표", "광주", "전자부품"])
    sheet.append(["(주)무등식품", GOOD[2], "박대표", "전남", "식품"])
    sheet.append(["(주)틀린번호", BAD_CHECK_DIGIT, "최대표", "광주", "기계"])
    book.save(path)
    return path


def test_the_administrator_section_in_its_order(
    empty_database: tuple[str, str], tmp_path: Path
) -> None:
    url, tag = empty_database
    prefix = f"t{tag}_"
    kim, lee, park = f"kim_{tag}", f"lee_{tag}", f"park_{tag}"

    # 1. The schema, roles and policies; a second prefix later is refused.
    assert f"The server database is ready (schema {server_head()})" in coach_app(
        "server", "init", url, "--role-prefix", prefix
    )
    refused = coach_app("server", "init", url, "--role-prefix", "other_", ok=False)
    assert f"already uses the prefix '{prefix}'" in refused

    # 2. A programme.
    assert "Programme created: R&D 현장코칭 (2026)" in coach_app(
        "server", "programme", "add", url, "--name", "R&D 현장코칭", "--year", "2026",
        "--agency", "광주테크노파크", "--budget", "150000000",
    )  # fmt: skip
    coach_app("server", "programme", "add", url, "--name", "R&D 현장코칭", "--year", "2026",
              ok=False)  # fmt: skip
    assert "R&D 현장코칭\t2026\t광주테크노파크\t150,000,000\t0 assigned" in coach_app(
        "server", "programme", "list", url
    )

    # 3. Companies from the desktop's .xlsx: checked first, then written; the wrong number
    # is reported and refused, the others arrive.
    sheet = company_list(tmp_path / "기업목록.xlsx")
    checked = coach_app("server", "companies", "import", url, str(sheet), ok=False)
    assert "3 new, 0 updates, 1 rows refused" in checked and "Checked only" in checked
    assert "5: " in checked and "check digit" in checked
    written = coach_app("server", "companies", "import", url, str(sheet), "--yes", ok=False)
    assert "Written to the server: 3 new, 0 updated" in written
    again = coach_app("server", "companies", "import", url, str(sheet), ok=False)
    assert "0 new, 3 updates, 1 rows refused" in again

    # 4. People, with passwords read from standard input (never on the command line).
    for login, role, name in ((kim, "coach", "김코치"), (lee, "coach", "이코치"),
                              (park, "supervisor", "박감독")):  # fmt: skip
        out = coach_app("server", "add-user", url, "--login", login, "--role", role,
                        "--name", name, "--password-stdin", stdin="s3cret-pw\n")  # fmt: skip
        assert f"User created: {login}" in out
    coach_app("server", "add-user", url, "--login", "nopw_" + tag, "--role", "coach",
              "--password-stdin", stdin="\n", ok=False)  # fmt: skip
    users = coach_app("server", "users", url)
    assert f"{kim}\t김코치\tcoach\tactive" in users and f"{park}\t박감독\tsupervisor" in users

    # 5. Assignments, with their dates; a duplicate is refused.
    start = (TODAY - dt.timedelta(days=30)).isoformat()
    coach_app("server", "assign", url, "--coach", kim, "--company", GOOD[0],
              "--programme", "R&D 현장코칭", "--from", start)  # fmt: skip
    coach_app("server", "assign", url, "--coach", kim, "--company", GOOD[1],
              "--programme", "R&D 현장코칭", "--from", start)  # fmt: skip
    coach_app("server", "assign", url, "--coach", lee, "--company", GOOD[2],
              "--programme", "R&D 현장코칭", "--from", start, "--to", "2026-12-31")  # fmt: skip
    duplicate = coach_app("server", "assign", url, "--coach", kim, "--company", GOOD[0],
                          "--programme", "R&D 현장코칭", ok=False)  # fmt: skip
    assert "already assigns this coach" in duplicate
    listed = coach_app("server", "assignments", url, "--coach", kim)
    assert listed.count(kim) == 2 and f"(주)광주정밀 ({GOOD[0]})" in listed
    assert f"{start} – open" in listed and lee not in listed

    # 6. Two coach laptops and a supervisor laptop sync; each sees its own companies.
    laptops = {login: tmp_path / login / "coach.sqlite3" for login in (kim, lee, park)}
    for login, path in laptops.items():
        out = coach_app("sync", "--db", str(path), "--server", url, "--user", login)
        assert "Pushed 0" in out
    assert companies_on(laptops[kim]) == {GOOD[0], GOOD[1]}
    assert companies_on(laptops[lee]) == {GOOD[2]}
    assert companies_on(laptops[park]) == set(GOOD)

    # 7. A review cycle: kim submits a roadmap, the supervisor approves it, kim sees it.
    roadmap = submitted_roadmap(laptops[kim], GOOD[0])
    assert "Pushed" in coach_app("sync", "--db", str(laptops[kim]))
    coach_app("sync", "--db", str(laptops[park]))
    with Database.open(laptops[park]) as db:
        assert [r.id for r in rm.review_queue(db)] == [roadmap]
        rm.review(db, roadmap, ReviewDecision.APPROVE, "승인합니다")
    coach_app("sync", "--db", str(laptops[park]))
    coach_app("sync", "--db", str(laptops[kim]))
    with Database.open(laptops[kim]) as db:
        assert rm.get_roadmap(db, roadmap).status == RoadmapStatus.APPROVED
    assert "This computer matches the server" in coach_app("verify", "--db", str(laptops[kim]))

    # 8. An assignment ends (today is its last day); ending it again finds nothing open.
    ended = coach_app("server", "unassign", url, "--coach", kim, "--company", GOOD[1],
                      "--programme", "R&D 현장코칭", "--on", TODAY.isoformat())  # fmt: skip
    assert f"Assignment ended: {kim} · {GOOD[1]} ({start} – {TODAY.isoformat()})" in ended
    coach_app("server", "unassign", url, "--coach", kim, "--company", GOOD[1],
              "--programme", "R&D 현장코칭", ok=False)  # fmt: skip

    # 9. What to watch.
    status = coach_app("server", "status", url)
    assert f"Schema: {server_head()}" in status and "Open transactions: none" in status
    assert "Unfinished file uploads: 0" in status and "Audit log: " in status
    assert "Stalled sessions ended: 0" in coach_app("server", "watchdog", url)


def companies_on(path: Path) -> set[str]:
    with Database.open(path) as db, db.read() as session:
        return {c.brn for c in session.query(Company).where(Company.deleted_at.is_(None))}


def submitted_roadmap(path: Path, number: str) -> uuid.UUID:
    with Database.open(path) as db:
        with db.read() as session:
            company = session.query(Company).filter_by(brn=number).one().id
        save_diagnosis(
            db,
            company,
            DiagnosisDraft("rnd", "1.0", TODAY, {"rnd.ip.portfolio": ItemEntry(1)}),
        )
        roadmap = rm.create_roadmap(db, company, "2027 로드맵")
        offered = rm.suggestions(db, roadmap, TODAY)
        proposal = next(p for p in offered if p.entry.code == "ip-bridge")
        rm.accept(db, roadmap, proposal, dt.date(2027, 1, 1))
        rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
        return roadmap


def test_init_by_a_login_that_cannot_finish_changes_nothing(
    empty_database: tuple[str, str],
) -> None:
    """A login that neither owns the database nor may create roles is told both fixes
    before anything is written (it used to stop half-way with "unexpected error")."""
    url, tag = empty_database
    login = f"weak_{tag}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        admin.execute(
            sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(
                sql.Identifier(str(psycopg.conninfo.conninfo_to_dict(url)["dbname"])),
                sql.Identifier(login),
            )
        )
    weak = psycopg.conninfo.make_conninfo(url, user=login)
    told = coach_app("server", "init", weak, "--role-prefix", f"t{tag}_", ok=False)
    assert f"ALTER ROLE {login} CREATEROLE;" in told and "OWNER TO" in told
    assert "Nothing was changed" in told and "unexpected" not in told
    with psycopg.connect(url) as owner:
        schema = owner.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'coach'").fetchone()
    assert schema is None
