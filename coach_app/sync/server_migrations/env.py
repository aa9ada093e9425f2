"""Alembic environment for the shared PostgreSQL schema (its own migration line)."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, version_table_schema="coach")
with context.begin_transaction():
    context.run_migrations()
