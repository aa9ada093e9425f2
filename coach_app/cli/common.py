"""What the command groups share: argument types and opening the local database."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from coach_app import paths

if TYPE_CHECKING:
    from coach_app.store.database import Database

# The object ``add_subparsers`` returns; each command group adds its commands to it.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from error


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def database_path(args: argparse.Namespace) -> Path:
    path: Path = getattr(args, "db", None) or paths.default_database()
    return path


def open_database(args: argparse.Namespace) -> Database:
    # Imported here: the window's start (the default command) shows before SQLAlchemy loads.
    from coach_app.store.database import Database

    db = Database.open(database_path(args))
    if getattr(args, "command", None):  # the window shows it in a dialog of its own
        from coach_app.cli import keys

        keys.show_recovery_once(db)
    return db
