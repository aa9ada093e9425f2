"""Alembic environment for the local SQLite database (batch mode: SQLite cannot ALTER)."""

from alembic import context

from coach_app.store import models  # noqa: F401  (registers every table)
from coach_app.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
