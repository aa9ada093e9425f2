"""Where Coach keeps things: its shipped resources and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "Coach"
APP_AUTHOR = "CoachApp"


def resources() -> Path:
    """The ``resources/`` folder: beside the package in a source tree, inside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs  # only when a folder is asked for: a faster start

    return PlatformDirs(APP_NAME, APP_AUTHOR)


def data_folder() -> Path:
    return Path(_dirs().user_data_dir)


def default_database() -> Path:
    return data_folder() / "coach.sqlite3"


def log_folder() -> Path:
    return Path(_dirs().user_log_dir)
