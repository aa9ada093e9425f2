"""The GUI's sync tests use the same real-PostgreSQL fixtures as the sync tests."""

from tests.sync.conftest import agency, laptop, postgres, server  # noqa: F401
