"""Test set-up: offscreen Qt, a private settings/data folder, and fresh databases."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display in tests, and settings/logs of our own.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="coach-tests-"))
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())
# The data keys of test databases go to a keyring of files in that folder (no keyring
# daemon needed), for this process and the programs the tests start.
_ROOT = Path(__file__).resolve().parent.parent
os.environ["COACH_KEYRING_BACKEND"] = "tests.keyring_file.FileKeyring"
os.environ["COACH_TEST_KEYRING_FOLDER"] = str(_HOME / "keyring")
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(_ROOT), os.environ.get("PYTHONPATH", "")) if p
)

import pytest  # noqa: E402

from coach_app.domain.messages import set_language  # noqa: E402
from coach_app.services.people import UserDraft, create_user, sign_in  # noqa: E402
from coach_app.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _korean() -> Iterator[None]:
    set_language("ko")
    yield
    set_language("ko")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coach.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty, migrated database with a coach signed in."""
    database = Database.open(db_path)
    create_user(database, UserDraft("kimcoach", "김코치", "coach", "rnd"))
    sign_in(database, "kimcoach")
    yield database
    database.close()


_NEEDS_POSTGRES = {"postgres", "tls_server", "empty_database"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that reach the real PostgreSQL carry the ``postgres`` marker (``-m "not
    postgres"`` runs the rest on a machine without it; CI runs everything). A test of
    its own TLS cluster needs PostgreSQL's server programs, so it carries it too; so does
    a test given an empty database made on it. A test that reaches it with no fixture at
    all is marked where it is written."""
    for item in items:
        if _NEEDS_POSTGRES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
