"""field model: organisations, programme periods and budgets, meetings, measures

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

- ``organisations`` (agency, government office, bank, university, training body),
  ``programme_organisations`` (who takes part in a programme, with what role),
  ``programme_budgets`` (a programme's money per year and funding source) and
  ``meetings`` (간담회) are reference data: everyone reads them, supervisors and
  administrators write them.
- ``programmes`` gain a lead organisation, a period and targets; ``difficulties`` and
  ``roadmap_items`` an organisation beside their free-text agency; ``visits`` a meeting:
  each company's part in a meeting is its own visit, holding its own difficulties.
- A supervisor may record a meeting: insert its visits (as their own, ``coach_id`` being
  the supervisor) and the difficulties raised at them. Nothing else of a coach's content.
- ``measures`` (지원 조치): a measure of one company is in that company's scope (its
  coaches write it, as supervisors do); a measure with no company answers several
  companies' difficulties and only supervisors and administrators write it, everyone reads
  it. The difficulties it answers (``difficulty_ids``) must exist and, for a company's
  measure, be that company's (checked at commit, so a push may carry both in any order).
- Data: every distinct free-text agency becomes an organisation linked from the rows that
  named it (the text stays); each programme's one-year budget split becomes its budget
  rows and its period that year. Ids are derived as in the laptops' migration 0004.
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAME_NAMESPACE = uuid.UUID("6f1f7c52-2f35-4d0b-9a0e-6c1c2f6e8f11")
BUDGET_NAMESPACE = uuid.UUID("0b6d1c0e-8a57-4f5e-9f0e-3f7b9d3c2a41")
LINKED = (("programmes", "agency"), ("difficulties", "agency"), ("roadmap_items", "owner_agency"))
SPLIT = (
    ("national", "funding_national"),
    ("local", "funding_local"),
    ("company", "funding_company"),
)

NEW_TABLES = ("organisations", "programme_organisations", "programme_budgets", "meetings", "measures")
REFERENCE = ("organisations", "programme_organisations", "programme_budgets", "meetings")

_COMMON = """
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,"""


def _fk(table: str, column: str, parent: str) -> str:
    return (
        f"CONSTRAINT fk_{table}_{column}_{parent} FOREIGN KEY({column}) "
        f"REFERENCES coach.{parent} (id) DEFERRABLE INITIALLY DEFERRED"
    )


TABLES = f"""
CREATE TABLE coach.organisations (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    phone VARCHAR(30) NOT NULL,
    email VARCHAR(200) NOT NULL,{_COMMON}
    CONSTRAINT pk_organisations PRIMARY KEY (id)
);
ALTER TABLE coach.programmes
    ADD COLUMN organisation_id UUID,
    ADD COLUMN starts_on DATE,
    ADD COLUMN ends_on DATE,
    ADD COLUMN target_visits INTEGER CHECK (target_visits >= 0),
    ADD COLUMN target_companies INTEGER CHECK (target_companies >= 0),
    ADD COLUMN target_measures INTEGER CHECK (target_measures >= 0),
    ADD {_fk("programmes", "organisation_id", "organisations")};
CREATE TABLE coach.programme_organisations (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    programme_id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    role VARCHAR(50) NOT NULL,{_COMMON}
    CONSTRAINT pk_programme_organisations PRIMARY KEY (id),
    {_fk("programme_organisations", "programme_id", "programmes")},
    {_fk("programme_organisations", "organisation_id", "organisations")}
);
CREATE INDEX ix_programme_organisations_programme_id
    ON coach.programme_organisations (programme_id);
CREATE TABLE coach.programme_budgets (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    programme_id UUID NOT NULL,
    year INTEGER NOT NULL,
    source VARCHAR(20) NOT NULL,
    amount BIGINT NOT NULL CHECK (amount >= 0),{_COMMON}
    CONSTRAINT pk_programme_budgets PRIMARY KEY (id),
    {_fk("programme_budgets", "programme_id", "programmes")}
);
CREATE INDEX ix_programme_budgets_programme_id ON coach.programme_budgets (programme_id);
CREATE TABLE coach.meetings (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    programme_id UUID,
    organiser_id UUID,
    held_on DATE NOT NULL,
    title VARCHAR(200) NOT NULL,
    place VARCHAR(200) NOT NULL,
    notes TEXT NOT NULL,
    attendees JSONB NOT NULL,{_COMMON}
    CONSTRAINT pk_meetings PRIMARY KEY (id),
    {_fk("meetings", "programme_id", "programmes")},
    {_fk("meetings", "organiser_id", "organisations")}
);
CREATE INDEX ix_meetings_held_on ON coach.meetings (held_on);
ALTER TABLE coach.visits
    ADD COLUMN meeting_id UUID,
    ADD {_fk("visits", "meeting_id", "meetings")};
CREATE INDEX ix_visits_meeting_id ON coach.visits (meeting_id);
ALTER TABLE coach.difficulties
    ADD COLUMN organisation_id UUID,
    ADD {_fk("difficulties", "organisation_id", "organisations")};
ALTER TABLE coach.roadmap_items
    ADD COLUMN organisation_id UUID,
    ADD {_fk("roadmap_items", "organisation_id", "organisations")};
CREATE TABLE coach.measures (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID,
    meeting_id UUID,
    programme_id UUID,
    organisation_id UUID,
    title VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT CHECK (amount >= 0),
    source VARCHAR(20),
    status VARCHAR(20) NOT NULL,
    decided_on DATE,
    due_on DATE,
    done_on DATE,
    difficulty_ids JSONB NOT NULL,{_COMMON}
    CONSTRAINT pk_measures PRIMARY KEY (id),
    {_fk("measures", "company_id", "companies")},
    {_fk("measures", "meeting_id", "meetings")},
    {_fk("measures", "programme_id", "programmes")},
    {_fk("measures", "organisation_id", "organisations")}
);
CREATE INDEX ix_measures_company_id ON coach.measures (company_id);
CREATE INDEX ix_measures_meeting_id ON coach.measures (meeting_id);
"""

MEASURES = r"""
-- Checked at commit: a push may carry a measure before the difficulties it answers.
CREATE FUNCTION coach.check_measure() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    current coach.measures;
BEGIN
    SELECT * INTO current FROM coach.measures WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(current.difficulty_ids) <> 'array' THEN
        PERFORM coach.refuse('a measure lists the difficulties it answers');
    END IF;
    IF EXISTS (
        SELECT 1 FROM jsonb_array_elements_text(current.difficulty_ids) AS wanted(id)
        LEFT JOIN coach.difficulties d ON d.id::text = lower(wanted.id)
        WHERE d.id IS NULL
           OR (current.company_id IS NOT NULL AND d.company_id <> current.company_id)
    ) THEN
        PERFORM coach.refuse('a measure answers existing difficulties, of its own company');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_difficulties AFTER INSERT OR UPDATE ON coach.measures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_measure();
CREATE TRIGGER keep_company BEFORE UPDATE ON coach.measures
    FOR EACH ROW EXECUTE FUNCTION coach.keep_company();

ALTER TABLE coach.measures ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.measures FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IS NULL
           OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.measures FOR INSERT WITH CHECK (
    (SELECT coach.my_role()) = 'coach' AND company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_update ON coach.measures FOR UPDATE
    USING ((SELECT coach.my_role()) = 'coach'
           AND company_id IN (SELECT coach.my_writable_companies()))
    WITH CHECK ((SELECT coach.my_role()) = 'coach'
                AND company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY reviewers_write ON coach.measures FOR ALL
    USING ((SELECT coach.is_reviewer())) WITH CHECK ((SELECT coach.is_reviewer()));
"""

MEETING_VISITS = r"""
-- A supervisor records a meeting: each company's visit (as their own) and its difficulties.
CREATE POLICY reviewer_meeting_insert ON coach.visits FOR INSERT WITH CHECK (
    (SELECT coach.is_reviewer()) AND meeting_id IS NOT NULL AND coach_id = (SELECT coach.me()));
CREATE POLICY reviewer_meeting_insert ON coach.difficulties FOR INSERT WITH CHECK (
    (SELECT coach.is_reviewer())
    AND visit_id IN (SELECT id FROM coach.visits WHERE meeting_id IS NOT NULL));
"""


def _reference_policies() -> str:
    return "".join(
        f"""
ALTER TABLE coach.{table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON coach.{table} FOR SELECT USING (true);
CREATE POLICY reviewers_write ON coach.{table} FOR ALL
    USING ((SELECT coach.is_reviewer())) WITH CHECK ((SELECT coach.is_reviewer()));
"""
        for table in REFERENCE
    )


def _triggers() -> str:
    return "".join(
        f"CREATE INDEX ix_{table}_feed ON coach.{table} (txid, version);\n"
        f"CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON coach.{table} "
        "FOR EACH ROW EXECUTE FUNCTION coach.stamp();\n"
        f"CREATE TRIGGER audit AFTER INSERT OR UPDATE ON coach.{table} "
        "FOR EACH ROW EXECUTE FUNCTION coach.audit();\n"
        for table in NEW_TABLES
    )


def _organisations_from_agency_text(connection: sa.Connection) -> None:
    now = dt.datetime.now(dt.UTC)
    names: set[str] = set()
    for table, column in LINKED:
        found = connection.execute(sa.text(f"SELECT DISTINCT {column} FROM coach.{table}"))
        names.update(n.strip() for (n,) in found if n and n.strip())
    for name in sorted(names):
        connection.execute(
            sa.text(
                "INSERT INTO coach.organisations (id, name, kind, phone, email, created_at,"
                " updated_at) VALUES (:id, :name, 'agency', '', '', :now, :now)"
            ),
            {"id": uuid.uuid5(NAME_NAMESPACE, name), "name": name, "now": now},
        )
    # Foreign keys checked at each statement: a table with checks still pending cannot
    # have its triggers switched below.
    connection.execute(sa.text("SET CONSTRAINTS ALL IMMEDIATE"))
    for table, column in LINKED:
        # The guards would take the owner's data change for a coach's edit of locked rows.
        guarded = table != "programmes"
        if guarded:
            connection.execute(sa.text(f"ALTER TABLE coach.{table} DISABLE TRIGGER guard"))
        rows = connection.execute(
            sa.text(f"SELECT id, {column} FROM coach.{table} WHERE trim({column}) <> ''")
        ).all()
        for row_id, name in rows:
            connection.execute(
                sa.text(f"UPDATE coach.{table} SET organisation_id = :org WHERE id = :id"),
                {"org": uuid.uuid5(NAME_NAMESPACE, name.strip()), "id": row_id},
            )
        if guarded:
            connection.execute(sa.text(f"ALTER TABLE coach.{table} ENABLE TRIGGER guard"))


def _budgets_from_programme_years(connection: sa.Connection) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = connection.execute(
        sa.text(
            "SELECT id, year, funding_national, funding_local, funding_company"
            " FROM coach.programmes"
        )
    ).all()
    for row in rows:
        connection.execute(
            sa.text("UPDATE coach.programmes SET starts_on = :s, ends_on = :e WHERE id = :id"),
            {"s": dt.date(row.year, 1, 1), "e": dt.date(row.year, 12, 31), "id": row.id},
        )
        for source, column in SPLIT:
            amount = getattr(row, column) or 0
            if amount:
                connection.execute(
                    sa.text(
                        "INSERT INTO coach.programme_budgets (id, programme_id, year, source,"
                        " amount, created_at, updated_at)"
                        " VALUES (:id, :p, :y, :s, :a, :now, :now)"
                    ),
                    {
                        "id": uuid.uuid5(BUDGET_NAMESPACE, f"{row.id}:{row.year}:{source}"),
                        "p": row.id,
                        "y": row.year,
                        "s": source,
                        "a": amount,
                        "now": now,
                    },
                )


def upgrade() -> None:
    for block in (TABLES, _triggers(), MEASURES, MEETING_VISITS, _reference_policies()):
        op.execute(block)
    connection = op.get_bind()
    _organisations_from_agency_text(connection)
    _budgets_from_programme_years(connection)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
