"""The terminal's side of the data key: asked with getpass, typed twice when new, never
asked where there is no terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach_app.cli import keys as cli_keys
from coach_app.store import keys
from tests.answering import answering


def terminal(monkeypatch: pytest.MonkeyPatch, typed: list[str]) -> list[str]:
    prompts: list[str] = []
    answers = iter(typed)
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    monkeypatch.setattr(
        "coach_app.cli.keys.getpass.getpass",
        answering(prompts, answers),
    )
    return prompts


def test_a_new_passphrase_is_typed_twice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = terminal(monkeypatch, ["passphrase one", "passphrase two", "same one", "same one"])
    assert cli_keys.ask_in_terminal(keys.Ask(tmp_path, creating=True)) == ""
    assert "두 암호가 다릅니다" in capsys.readouterr().err
    assert cli_keys.ask_in_terminal(keys.Ask(tmp_path, creating=True)) == "same one"
    assert prompts == ["새 암호: ", "새 암호 확인: "] * 2


def test_unlocking_asks_once_and_says_why_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = terminal(monkeypatch, ["secret"])
    ask = keys.Ask(tmp_path, creating=False, problem="틀렸습니다")
    assert cli_keys.ask_in_terminal(ask) == "secret"
    assert "틀렸습니다" in capsys.readouterr().err and str(tmp_path) in prompts[0]


def test_no_terminal_no_question(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli_keys.ask_in_terminal(keys.Ask(tmp_path, creating=False)) is None


def test_key_passphrase_sets_the_passphrase_that_opens_the_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coach_app.cli import main
    from coach_app.store import crypto
    from coach_app.store.database import Database

    database = tmp_path / "coach.sqlite3"
    Database.open(database).close()  # made with the (test) keyring, no passphrase
    assert "passphrase" not in keys.KeyFile.load(keys.key_file(tmp_path)).slots
    monkeypatch.setattr(cli_keys, "ask_in_terminal", lambda ask: "chosen at the desk")
    assert main(["key", "passphrase", "--db", str(database)]) == 0
    crypto.forget(tmp_path)
    monkeypatch.setenv(keys.ENV_KEYRING, "keyring.backends.null.Keyring")
    monkeypatch.setenv(keys.ENV_PASSPHRASE, "chosen at the desk")
    Database.open(database).close()
