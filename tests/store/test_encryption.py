"""Encryption at rest: nothing readable beside the database, the right key only, recovery
on a fresh profile, and an unencrypted database encrypted in place."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services import drafts
from coach_app.services.attachments import add_attachment, attachments_of, content
from coach_app.services.companies import create_company, get_company
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.visits import record_visit
from coach_app.store import backup, crypto, encrypt_migration, keys
from coach_app.store.database import Database, table_counts
from tests.answering import answering

NAME = "(주)비밀정밀테크"
NOTE = "금형 불량률 7.3% 원인: 냉각수 배관"
PHOTO = b"\xff\xd8\xff\xe0" + b"PHOTO-OF-THE-PRODUCTION-LINE" * 400


def company() -> CompanyDraft:
    return CompanyDraft(name=NAME, brn="124-81-00998", ceo="최비밀", region="광주", industry="금형")


def fill(db: Database, tmp_path: Path) -> None:
    company_id = create_company(db, company())
    visit_id = record_visit(
        db, company_id, VisitDraft(visit_date=dt.date(2026, 3, 4), purpose="점검", notes=NOTE)
    )
    add_attachment(db, company_id, tmp_path / "line.jpg", visit_id, "라인", data=PHOTO)
    drafts.save(db.path, "visit-new", {"notes": NOTE, "company": NAME})
    backup.make_backup(db.path)


def secrets_in(folder: Path) -> list[str]:
    """Every file under ``folder`` holding the company name, the note or the photo."""
    needles = [NAME.encode(), NOTE.encode(), PHOTO[4:40], NAME.encode("utf-16-le")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n[:12]!r}" for n in needles if n in data]
    return found


def forget_everything(folder: Path, monkeypatch: pytest.MonkeyPatch, keyring: Path) -> None:
    """As on a fresh profile: no key in memory, another (empty) keyring."""
    crypto.forget(folder)
    monkeypatch.setenv("COACH_TEST_KEYRING_FOLDER", str(keyring))


def test_no_plaintext_in_any_file_beside_the_database(db: Database, tmp_path: Path) -> None:
    fill(db, tmp_path)
    key = crypto.key_for(db.path.parent)
    assert key is not None
    db.close()
    folder = db.path.parent
    names = {p.name for p in folder.rglob("*") if p.is_file()}
    assert {"coach.sqlite3", keys.KEY_FILE} <= names and len(names) >= 5  # files, draft, backup
    assert secrets_in(folder) == []
    for path in folder.rglob("*"):  # nor the key, in any form
        if path.is_file():
            data = path.read_bytes()
            assert key not in data and key.hex().encode() not in data
    # Still all there when read through the app.
    again = Database.open(db.path)
    [photo] = [a for a in attachments_of(again, find_company(again))]
    assert content(again, photo) == PHOTO
    assert drafts.pending(again.path)[0].payload["notes"] == NOTE
    again.close()


def find_company(db: Database) -> uuid.UUID:
    from sqlalchemy import select

    from coach_app.store.models import Company

    with db.read() as session:
        return session.scalars(select(Company.id)).one()


def test_the_wrong_passphrase_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.ENV_KEYRING, "keyring.backends.null.Keyring")  # no keyring here
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "correct horse battery")
    path = tmp_path / "coach.sqlite3"
    db = Database.open(path)
    create_company(db, company())
    db.close()
    before = path.read_bytes()
    crypto.forget(tmp_path)
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "wrong horse battery")
    with pytest.raises(keys.WrongSecret) as caught:
        Database.open(path)
    assert "맞지 않습니다" in str(caught.value) and "COACH_PASSPHRASE" in str(caught.value)
    assert path.read_bytes() == before
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "correct horse battery")
    again = Database.open(path)
    assert get_company(again, find_company(again)).name == NAME
    again.close()


def test_a_typed_passphrase_gets_tries_then_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keys.ENV_KEYRING, "keyring.backends.null.Keyring")
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    asked: list[keys.Ask] = []
    answers = iter(["short", "a good passphrase"])
    keys.set_prompt(answering(asked, answers))
    try:
        Database.open(tmp_path / "coach.sqlite3").close()
        assert [a.creating for a in asked] == [True, True] and "8자" in asked[1].problem
        crypto.forget(tmp_path)
        asked.clear()
        keys.set_prompt(answering(asked, "not it at all"))
        with pytest.raises(keys.WrongSecret, match="맞지 않아"):
            Database.open(tmp_path / "coach.sqlite3")
        assert len(asked) == keys.TRIES and "다시 입력" in asked[-1].problem
        keys.set_prompt(lambda ask: None)  # cancelled
        with pytest.raises(keys.DataLocked, match="암호화되어 있습니다"):
            Database.open(tmp_path / "coach.sqlite3")
        keys.set_prompt(lambda ask: "a good passphrase")
        Database.open(tmp_path / "coach.sqlite3").close()
    finally:
        keys.set_prompt(None)


def test_the_recovery_key_opens_the_data_on_a_fresh_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = tmp_path / "laptop"
    db = Database.open(laptop / "coach.sqlite3")
    create_user(db, UserDraft("kimcoach", "김코치", "coach", "rnd"))
    sign_in(db, "kimcoach")
    fill(db, tmp_path)
    recovery = keys.recovery_to_show(laptop)
    assert recovery is not None and len(recovery) == 39
    keys.recovery_shown(laptop)
    assert keys.recovery_to_show(laptop) is None  # shown once
    db.close()
    assert recovery not in (laptop / keys.KEY_FILE).read_text()

    other = tmp_path / "other-machine"
    shutil.copytree(laptop, other)
    forget_everything(other, monkeypatch, tmp_path / "new-keyring")
    monkeypatch.delenv(keys.ENV_PASSPHRASE, raising=False)
    with pytest.raises(keys.DataLocked):  # nothing to open it with
        Database.open(other / "coach.sqlite3")
    monkeypatch.setenv(keys.ENV_PASSPHRASE, recovery.lower().replace("-", " "))
    opened = Database.open(other / "coach.sqlite3")
    [photo] = attachments_of(opened, find_company(opened))
    assert content(opened, photo) == PHOTO
    opened.close()
    # Kept in this machine's keyring: the next start asks nothing.
    crypto.forget(other)
    monkeypatch.delenv(keys.ENV_PASSPHRASE)
    Database.open(other / "coach.sqlite3").close()


def test_recovery_without_a_keyring_asks_for_a_new_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(tmp_path / "coach.sqlite3")
    recovery = keys.recovery_to_show(tmp_path)
    assert recovery is not None
    db.close()
    crypto.forget(tmp_path)
    monkeypatch.setenv(keys.ENV_KEYRING, "keyring.backends.null.Keyring")
    asked: list[keys.Ask] = []
    answers = iter([recovery, "new passphrase 2026"])
    keys.set_prompt(answering(asked, answers))
    try:
        Database.open(tmp_path / "coach.sqlite3").close()
        assert [a.creating for a in asked] == [False, True]
        crypto.forget(tmp_path)
        keys.set_prompt(None)
        monkeypatch.setenv(keys.ENV_PASSPHRASE, "new passphrase 2026")
        Database.open(tmp_path / "coach.sqlite3").close()
    finally:
        keys.set_prompt(None)


def test_a_new_recovery_key_replaces_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(tmp_path / "coach.sqlite3").close()
    old = keys.recovery_to_show(tmp_path)
    new = keys.new_recovery_key(tmp_path)
    assert old and new != old and keys.recovery_to_show(tmp_path) is None
    found = keys.KeyFile.load(keys.key_file(tmp_path))
    assert found.unlock_with(old) is None
    assert found.unlock_with(new) == crypto.key_for(tmp_path)


def test_an_encrypted_file_without_its_key_file_is_not_given_a_new_key(
    db: Database, db_path: Path
) -> None:
    db.close()
    crypto.forget(db_path.parent)
    keys.key_file(db_path.parent).unlink()
    with pytest.raises(keys.DataLocked, match="키 파일이 없습니다"):
        Database.open(db_path)
    assert not keys.key_file(db_path.parent).exists()


def make_plain_folder(
    folder: Path, monkeypatch: pytest.MonkeyPatch, photos: int = 3
) -> dict[str, Any]:
    """A folder as an older Coach left it: database, backup, photos and a draft in the clear."""
    monkeypatch.setenv(crypto.PLAIN_FOR_BENCHMARK, "1")
    db = Database.open(folder / "coach.sqlite3")
    create_user(db, UserDraft("kimcoach", "김코치", "coach", "rnd"))
    sign_in(db, "kimcoach")
    fill(db, folder)
    for index in range(photos):
        add_attachment(
            db, find_company(db), folder / f"p{index}.png", data=PHOTO + str(index).encode() * 5000
        )
    expected = {
        "counts": table_counts(db),
        "photos": {a.content_hash for a in attachments_of(db, find_company(db))},
    }
    db.close()
    monkeypatch.delenv(crypto.PLAIN_FOR_BENCHMARK)
    assert encrypt_migration.is_plain_database(folder / "coach.sqlite3")
    assert secrets_in(folder)  # the starting point really is in the clear
    return expected


def check_migrated(folder: Path, expected: dict[str, Any]) -> None:
    db = Database.open(folder / "coach.sqlite3")
    try:
        assert table_counts(db) == expected["counts"]
        found = attachments_of(db, find_company(db))
        assert {a.content_hash for a in found} == expected["photos"]
        for attachment in found:
            data = content(db, attachment)
            assert data is not None
            assert hashlib.sha256(data).hexdigest() == attachment.content_hash
        assert drafts.pending(db.path)[0].payload["notes"] == NOTE
        key = crypto.key_for(folder)
        assert all(backup.verify(b, key) for b in backup.list_backups(db.path))
    finally:
        db.close()
    assert not encrypt_migration.journal(folder).exists()
    assert secrets_in(folder) == []


def test_an_unencrypted_database_and_its_files_are_encrypted_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = make_plain_folder(tmp_path, monkeypatch)
    check_migrated(tmp_path, expected)
    assert keys.recovery_to_show(tmp_path) is not None  # to be shown at this start


def test_nothing_about_the_company_reaches_the_log(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import text

    from coach_app import logs

    path = logs.setup(tmp_path / "logs")
    try:
        create_company(db, company())
        try:  # a bug's error, quoting a company's values
            with db.transaction() as session:
                session.execute(
                    text("INSERT INTO companies (id, name, brn) VALUES (:id, :name, :brn)"),
                    {"id": "x", "name": NAME, "brn": "124-81-00998"},
                )
        except Exception as error:
            assert NAME in str(error) or "IntegrityError" in repr(error)
            logs.log.exception("unexpected error in %s", "test")
        try:  # and one whose message quotes them itself
            found = company()
            raise ValueError(f"no such company: '{found.name}' ({found.brn}, ceo {found.ceo})")
        except ValueError:
            logs.log.exception("unexpected error in %s", "test")
        for handler in logs.log.handlers:
            handler.flush()
        written = path.read_text("utf-8")
        assert "IntegrityError" in written and "ValueError" in written
        assert "test_encryption.py" in written  # where it happened is kept
        for secret in (NAME, "124-81-00998", "1248100998", "최비밀", "비밀"):
            assert secret not in written
    finally:
        for handler in list(logs.log.handlers):
            logs.log.removeHandler(handler)
            handler.close()


def test_an_unencrypted_backup_can_be_restored_and_is_encrypted_at_open(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    old = tmp_path / "old"
    old.mkdir()
    make_plain_folder(old, monkeypatch, photos=0)
    [plain_backup] = backup.list_backups(old / "coach.sqlite3")
    assert encrypt_migration.is_plain_database(plain_backup)
    backup.restore(db.path, plain_backup)
    restored = Database.open(db.path)
    assert get_company(restored, find_company(restored)).name == NAME
    restored.close()
    assert not encrypt_migration.is_plain_database(db.path)
    assert NAME.encode() not in db.path.read_bytes()
