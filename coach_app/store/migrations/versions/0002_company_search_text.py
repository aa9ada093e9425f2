"""companies.search_text: one lower-cased column for search as you type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the rule at the time of this migration (the app's own may evolve).
_FIELDS = ("name", "brn", "ceo", "region", "industry", "designation")


def _search_text(row: sa.Row) -> str:  # type: ignore[type-arg]
    parts = [str(getattr(row, f) or "") for f in _FIELDS]
    parts.append((row.brn or "").replace("-", ""))
    return " ".join(parts).casefold()


def upgrade() -> None:
    with op.batch_alter_table("companies") as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    companies = sa.table("companies", sa.column("id", sa.Uuid()), sa.column("search_text"),
                         *(sa.column(f) for f in _FIELDS))
    rows = connection.execute(sa.select(companies)).all()
    if rows:
        connection.execute(
            companies.update().where(companies.c.id == sa.bindparam("row_id")),
            [{"row_id": r.id, "search_text": _search_text(r)} for r in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("companies") as batch_op:
        batch_op.drop_column("search_text")
