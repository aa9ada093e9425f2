"""status_changes: the status history of difficulties and roadmap items

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Until now only the latest status was kept, so a report dated in the past printed today's
status. Each existing difficulty and item gets the history that is known of it, no more:

- a difficulty still open: open since the visit that raised it;
- a difficulty whose status changed on a known day (resolved on, or the date of the visit
  that followed it up): open at the raising visit, then its status that day;
- any other difficulty, and every roadmap item: its present status, with no date (reports
  keep their former reading for it).

Ids are derived from the row's id exactly as the server's migration 0006 derives them, so
the rows the server already holds are the same rows here. Rows of a difficulty or item not
yet pushed go into the outbox with it.
"""
import datetime as dt
import json
import uuid

from alembic import op
import sqlalchemy as sa
import coach_app.store.types

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Frozen copy of the server's migration 0006 namespace.
HISTORY_NAMESPACE = uuid.UUID("3c5b8e2a-7d41-4f0a-b6c9-51e2d8a4f7c3")
FINISHED = ("resolved", "closed")


def upgrade() -> None:
    op.create_table('status_changes',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('difficulty_id', sa.Uuid(), nullable=True),
    sa.Column('roadmap_item_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('kpi_actual', sa.Double(), nullable=True),
    sa.Column('changed_on', sa.Date(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_status_changes_company_id_companies')),
    sa.ForeignKeyConstraint(['difficulty_id'], ['difficulties.id'], name=op.f('fk_status_changes_difficulty_id_difficulties')),
    sa.ForeignKeyConstraint(['roadmap_item_id'], ['roadmap_items.id'], name=op.f('fk_status_changes_roadmap_item_id_roadmap_items')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_status_changes_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_changes'))
    )
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_changes_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_status_changes_difficulty_id'), ['difficulty_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_status_changes_roadmap_item_id'), ['roadmap_item_id'], unique=False)
    _backfill()


def known_history(difficulties, items, visit_dates):
    """(parent id, pushed?, rows) per difficulty and item, as described above."""
    for d in difficulties:
        raised = visit_dates.get(d.visit_id)
        first = dict(company_id=d.company_id, difficulty_id=d.id, roadmap_item_id=None,
                     status="open", resolution="", kpi_actual=None, changed_on=raised,
                     visit_id=d.visit_id)
        if d.status == "open":
            rows = [first]
        else:
            changed, at = None, None
            if d.status in FINISHED and d.resolved_on is not None:
                changed, at = d.resolved_on, d.followed_up_visit_id
            elif d.followed_up_visit_id is not None and d.followed_up_visit_id in visit_dates:
                changed, at = visit_dates[d.followed_up_visit_id], d.followed_up_visit_id
            last = dict(first, status=d.status, resolution=d.resolution or "",
                        changed_on=changed, visit_id=at)
            rows = [first, last] if changed is not None and raised is not None else [
                dict(last, changed_on=None)]
        yield d, rows
    for i in items:
        yield i, [dict(company_id=i.company_id, difficulty_id=None, roadmap_item_id=i.id,
                       status=i.status, resolution="", kpi_actual=i.kpi_actual, changed_on=None,
                       visit_id=None)]


def _backfill() -> None:
    connection = op.get_bind()
    now = dt.datetime.now(dt.timezone.utc)
    difficulties = connection.execute(sa.text(
        "SELECT id, company_id, visit_id, status, resolution, resolved_on, followed_up_visit_id,"
        " server_version FROM difficulties WHERE deleted_at IS NULL")).all()
    items = connection.execute(sa.text(
        "SELECT i.id, r.company_id, i.status, i.kpi_actual, i.server_version"
        " FROM roadmap_items i JOIN roadmaps r ON r.id = i.roadmap_id"
        " WHERE i.deleted_at IS NULL")).all()
    visit_dates = {
        uuid.UUID(str(v)) if not isinstance(v, uuid.UUID) else v: _date(d)
        for v, d in connection.execute(sa.text("SELECT id, visit_date FROM visits"))
    }
    changes = sa.table(
        "status_changes", *(sa.column(c) for c in (
            "company_id", "difficulty_id", "roadmap_item_id", "status", "resolution",
            "kpi_actual", "changed_on", "visit_id", "id", "created_at", "updated_at")),
    )
    outbox = sa.table("outbox", *(sa.column(c) for c in (
        "op_id", "table_name", "row_id", "op", "values", "base", "created_at")))
    written, pending = [], []
    for parent, rows in known_history(
        [_row(d) for d in difficulties], [_row(i) for i in items], visit_dates
    ):
        for n, row in enumerate(rows):
            row_id = uuid.uuid5(HISTORY_NAMESPACE, f"{parent.id}:{n}")
            # created_at tells which came first on the same day.
            stamp = now + dt.timedelta(microseconds=n)
            full = dict(row, id=row_id, created_at=stamp, updated_at=stamp)
            written.append(full)
            if parent.server_version is None:
                pending.append(full)
    for full in written:
        connection.execute(sa.text(
            "INSERT INTO status_changes (id, company_id, difficulty_id, roadmap_item_id, status,"
            " resolution, kpi_actual, changed_on, visit_id, created_at, updated_at) VALUES"
            " (:id, :company_id, :difficulty_id, :roadmap_item_id, :status, :resolution,"
            " :kpi_actual, :changed_on, :visit_id, :created_at, :updated_at)").bindparams(
                sa.bindparam("id", type_=sa.Uuid()),
                sa.bindparam("company_id", type_=sa.Uuid()),
                sa.bindparam("difficulty_id", type_=sa.Uuid()),
                sa.bindparam("roadmap_item_id", type_=sa.Uuid()),
                sa.bindparam("visit_id", type_=sa.Uuid()),
                sa.bindparam("changed_on", type_=sa.Date()),
                sa.bindparam("created_at", type_=coach_app.store.types.UTCDateTime(timezone=True)),
                sa.bindparam("updated_at", type_=coach_app.store.types.UTCDateTime(timezone=True)),
            ), full)
    for full in pending:
        values = {k: _json(v) for k, v in full.items()}
        values.update(created_by=None, updated_by=None, deleted_at=None)
        connection.execute(sa.text(
            "INSERT INTO outbox (op_id, table_name, row_id, op, \"values\", base, created_at)"
            " VALUES (:op_id, 'status_changes', :row_id, 'insert', :values, '{}', :created_at)"
        ).bindparams(
            sa.bindparam("op_id", type_=sa.Uuid()), sa.bindparam("row_id", type_=sa.Uuid()),
            sa.bindparam("created_at", type_=coach_app.store.types.UTCDateTime(timezone=True)),
        ), {"op_id": uuid.uuid4(), "row_id": full["id"], "values": json.dumps(values),
            "created_at": now})


class _Parent:
    def __init__(self, mapping):
        self.__dict__.update(mapping)


def _row(row):
    values = dict(row._mapping)
    for key in ("id", "company_id", "visit_id", "followed_up_visit_id"):
        if values.get(key) is not None and not isinstance(values[key], uuid.UUID):
            values[key] = uuid.UUID(str(values[key]))
    if values.get("resolved_on") is not None:
        values["resolved_on"] = _date(values["resolved_on"])
    return _Parent(values)


def _date(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _json(value):
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def downgrade() -> None:
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_changes_roadmap_item_id'))
        batch_op.drop_index(batch_op.f('ix_status_changes_difficulty_id'))
        batch_op.drop_index(batch_op.f('ix_status_changes_company_id'))
    op.drop_table('status_changes')
