import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach_app import __version__
from coach_app.cli import main
from coach_app.store import backup


def run(*args: str) -> int:
    return main(list(args))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run("--version")
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_dump_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "coach.sqlite3"
    assert run("demo", "--db", str(database), "--companies", "25", "--visits-per-company", "2") == 0
    assert "데모 자료" in capsys.readouterr().out

    out = tmp_path / "dump.json"
    assert run("--db", str(database), "dump", "-o", str(out)) == 0
    document = json.loads(out.read_text("utf-8"))
    assert len(document["tables"]["companies"]) == 25
    visits = document["tables"]["visits"]
    # Two held visits a company, and the coaches' plans for the coming weeks beside them.
    today = dt.date.today().isoformat()
    held = [v for v in visits if v["meeting_id"] is None and v["visit_date"] <= today]
    assert len(held) == 50
    # The field model travels in the dump too: meetings, measures, organisations, budgets.
    for table in ("meetings", "measures", "organisations", "programme_budgets"):
        assert document["tables"][table], table
    assert {v["meeting_id"] for v in visits} - {None} == {
        m["id"] for m in document["tables"]["meetings"]
    }

    assert run("meetings", "--db", str(database)) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(document["tables"]["meetings"])
    meeting_id = listed[0].split()[0]
    assert "조치 2건 (20억 3,000만원)" in listed[0]
    pdf = tmp_path / "meeting.pdf"
    assert run("report", "meeting", meeting_id, "-o", str(pdf), "--db", str(database)) == 0
    assert pdf.stat().st_size > 0 and "보고서를 썼습니다" in capsys.readouterr().out

    assert run("check", "--db", str(database)) == 0
    report = capsys.readouterr().out
    assert "무결성 검사: 이상 없음" in report and "companies" in report


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--lang", "en", "check", "--db", str(tmp_path / "new.sqlite3")) == 0
    assert "Integrity check: ok" in capsys.readouterr().out


def test_bad_arguments_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run("demo", "--companies", "0")
    assert caught.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_a_corrupt_database_gets_the_backup_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "coach.sqlite3"
    assert run("demo", "--db", str(database), "--companies", "5") == 0
    assert run("backup", "--db", str(database)) == 0
    made = backup.newest(database)
    assert made is not None
    capsys.readouterr()
    database.write_bytes(b"\x00garbage" * 512)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)

    assert run("check", "--db", str(database)) == 1
    err = capsys.readouterr().err
    assert "손상" in err and str(made) in err and "Traceback" not in err

    assert run("restore", "--db", str(database), str(made)) == 0
    assert "복원했습니다" in capsys.readouterr().out
    assert run("check", "--db", str(database)) == 0


def test_backup_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "coach.sqlite3"
    run("demo", "--db", str(database), "--companies", "3")
    run("backup", "--db", str(database))
    capsys.readouterr()
    assert run("backup", "--list", "--db", str(database)) == 0
    listed = capsys.readouterr().out.split()
    # One taken when the new database was first reopened, one asked for.
    assert listed == [str(p) for p in backup.list_backups(database)]
    assert len(listed) == 2 and listed[0] == str(backup.newest(database))


def test_python_dash_m_works(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach_app",
            "--lang",
            "en",
            "check",
            "--db",
            str(tmp_path / "x.sqlite3"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Integrity check: ok" in done.stdout


def test_an_unexpected_error_is_logged_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.services import maintenance

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(maintenance, "check", broken)
    assert run("check", "--db", str(tmp_path / "x.sqlite3")) == 1
    err = capsys.readouterr().err
    assert "예기치 못한 오류" in err and "coach.log" in err and "ZeroDivisionError" not in err
    log_file = Path(err.strip().split(": ")[-1])
    assert "ZeroDivisionError: bug" in log_file.read_text("utf-8")
