"""Every command that opens the database, as real processes on a machine with no keyring:
the passphrase comes from COACH_PASSPHRASE, the recovery key is printed once, a wrong
passphrase is refused in words, and no file holds the data in the clear."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from tests.cli.test_server_setup import empty_database  # noqa: F401 (a fixture)

PASSPHRASE = "field coach 2026"


def coach_app(
    *args: str, ok: bool = True, passphrase: str | None = PASSPHRASE, stdin: str = ""
) -> str:
    env = {**os.environ, "COACH_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("COACH_PASSPHRASE", None)
    if passphrase is not None:
        env["COACH_PASSPHRASE"] = passphrase
    done = subprocess.run(
        [sys.executable, "-m", "coach_app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        input=stdin,
    )
    assert (done.returncode == 0) == ok, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout + done.stderr


def test_every_local_command_works_on_the_encrypted_file(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    db = str(folder / "coach.sqlite3")
    first = coach_app("demo", "--db", db, "--companies", "12", "--visits-per-company", "2")
    assert "복구 키" in first
    recovery = next(w for w in first.split() if w.count("-") == 7)
    assert "복구 키" not in coach_app("check", "--db", db)  # shown once only

    dump = tmp_path / "dump.json"
    coach_app("dump", "--db", db, "-o", str(dump))
    tables = json.loads(dump.read_text("utf-8"))["tables"]
    assert len(tables["companies"]) == 12
    name = tables["companies"][0]["name"]
    company = tables["companies"][0]["id"]
    assert "이상 없음" in coach_app("check", "--db", db)
    coach_app("backup", "--db", db)
    listed = coach_app("backup", "--db", db, "--list")
    backup_file = next(line.split()[0] for line in listed.splitlines() if ".sqlite3" in line)
    coach_app("report", "dossier", company, "--db", db, "-o", str(tmp_path / "dossier.pdf"))
    coach_app("export", "summary", "--db", db, "-o", str(tmp_path / "summary.xlsx"))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["기업명", "사업자등록번호", "대표자", "지역", "업종"])
    sheet.append(["(주)암호화정밀", "220-81-62517", "정대표", "광주", "금속가공"])
    book.save(tmp_path / "list.xlsx")
    coach_app("import", "companies", str(tmp_path / "list.xlsx"), "--db", db, "--yes")
    coach_app("restore", "--db", db, backup_file)
    assert "(주)암호화정밀" not in coach_app("dump", "--db", db)  # the backup came back

    # Nothing readable: not the demo company's name, nor the imported one.
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert name.encode() not in data and "암호화정밀".encode() not in data, path

    refused = coach_app("check", "--db", db, ok=False, passphrase="not the passphrase")
    assert "맞지 않습니다" in refused
    locked = coach_app("check", "--db", db, ok=False, passphrase=None)
    assert "COACH_PASSPHRASE" in locked and "암호화되어 있습니다" in locked
    # The recovery key opens it as well, and can be replaced.
    assert "이상 없음" in coach_app("check", "--db", db, passphrase=recovery)
    new = coach_app("key", "recovery", "--db", db)
    assert recovery not in new
    coach_app("check", "--db", db, ok=False, passphrase=recovery)


def test_sync_works_on_the_encrypted_file(
    empty_database: tuple[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    url, tag = empty_database
    coach_app("server", "init", url, "--role-prefix", f"t{tag}_")
    coach_app("server", "add-user", url, "--login", f"kim_{tag}", "--role", "coach",
              "--name", "김코치", "--password-stdin", stdin="s3cret-pw\n")  # fmt: skip
    db = str(tmp_path / "coach.sqlite3")
    synced = coach_app("--lang", "en", "sync", "--db", db, "--server", url, "--user",
                       f"kim_{tag}", "--password-stdin", stdin="s3cret-pw\n")  # fmt: skip
    assert "Pushed 0" in synced and "recovery key" in synced
    verified = coach_app("--lang", "en", "verify", "--db", db, "--password-stdin",
                         stdin="s3cret-pw\n")  # fmt: skip
    assert "matches the server" in verified
