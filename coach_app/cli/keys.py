"""The command line's side of encryption: the passphrase asked in the terminal, the
recovery key printed once, and ``coach-app key`` to replace either.

Scripts with no terminal give the passphrase (or the recovery key) in the environment
variable ``COACH_PASSPHRASE``; on a machine with a keyring nothing is asked at all.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from coach_app.domain.messages import pick

if TYPE_CHECKING:
    from coach_app.services.encryption import Ask
    from coach_app.store.database import Database


def install() -> None:
    """Ask in the terminal when the data key is needed and neither keyring nor
    ``COACH_PASSPHRASE`` has it."""
    from coach_app.store import keys

    keys.set_prompt(ask_in_terminal)


def ask_in_terminal(ask: Ask) -> str | None:
    if not sys.stdin.isatty():
        return None
    if ask.problem:
        print(ask.problem, file=sys.stderr)
    if not ask.creating:
        return getpass.getpass(
            pick(
                f"데이터 암호 또는 복구 키 ({ask.folder}): ",
                f"Data passphrase or recovery key ({ask.folder}): ",
            )
        )
    print(
        pick(
            "이 컴퓨터에는 키링이 없어, 데이터를 암호화할 암호를 정해야 합니다(8자 이상). "
            "Coach를 시작할 때마다 묻습니다.",
            "This computer has no keyring, so choose a passphrase to encrypt the data "
            "(8 characters or more). Coach asks for it at every start.",
        ),
        file=sys.stderr,
    )
    first = getpass.getpass(pick("새 암호: ", "New passphrase: "))
    second = getpass.getpass(pick("새 암호 확인: ", "New passphrase again: "))
    if first != second:
        print(pick("두 암호가 다릅니다.", "The two passphrases differ."), file=sys.stderr)
        return ""  # too short: asked again
    return first


def show_recovery_once(db: Database) -> None:
    """Print the recovery key made at set-up, once (on standard error, not in a dump)."""
    from coach_app.services import encryption

    recovery = encryption.recovery_to_show(db)
    if recovery is None:
        return
    print(_recovery_text(recovery), file=sys.stderr)
    encryption.recovery_shown(db)


def _recovery_text(recovery: str) -> str:
    return pick(
        "\n로컬 데이터를 암호화했습니다. 아래 복구 키를 적어 안전한 곳에 보관하세요.\n"
        "다른 컴퓨터나 새 사용자 계정에서 데이터를 열 때 필요하며, 다시 표시되지 않습니다.\n\n"
        f"    {recovery}\n",
        "\nThe local data is now encrypted. Write the recovery key below down and keep it "
        "safe.\nIt opens the data on another computer or a new user account, and is not "
        f"shown again.\n\n    {recovery}\n",
    )


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    key = commands.add_parser(
        "key", parents=[common], help="replace the recovery key or the data passphrase"
    )
    key.add_argument(
        "action",
        choices=("recovery", "passphrase"),
        help="recovery: make a new recovery key (the old one stops working); "
        "passphrase: set or change the passphrase asked where there is no keyring",
    )
    key.set_defaults(handler=_key)


def _key(args: argparse.Namespace) -> int:
    from coach_app.services import encryption
    from coach_app.store.database import Database

    path = getattr(args, "db", None)
    if path is None:
        from coach_app import paths

        path = paths.default_database()
    with Database.open(path, take_backup=False) as db:
        if not encryption.is_encrypted(db):
            print(
                pick("암호화되지 않은 실행입니다.", "This run is not encrypted."), file=sys.stderr
            )
            return 1
        if args.action == "recovery":
            print(_recovery_text(encryption.new_recovery_key(db)))
            return 0
        passphrase = ask_in_terminal(encryption.Ask(db.path.parent, creating=True))
        if passphrase is None:
            print(pick("터미널에서 실행하세요.", "Run this in a terminal."), file=sys.stderr)
            return 1
        encryption.change_passphrase(db, passphrase)
        print(pick("암호를 바꿨습니다.", "The passphrase was changed."))
    return 0
