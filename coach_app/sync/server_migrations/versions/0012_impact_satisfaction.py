"""impact figures and satisfaction ratings

Revision ID: 0012
Revises: 0008
Create Date: 2026-11-29

``impact_figures`` (성과조사, coach_app.domain.impact): a company's yearly figures and its
baseline year, each with its source and the company's confirmation.

- In the company's scope, as its other rows: read by whoever reads the company; written by
  the coaches assigned to it and by supervisors and administrators (who import figures).
  A row stays with its company.
- The confirmation (``confirmed_name``, ``confirmed_at``, ``confirmed_by``) is taken by a
  coach of the company, with the representative at the laptop: anyone else setting or
  changing it is refused, and ``confirmed_by`` is the login that wrote it, whatever was
  sent. A confirmed figure keeps its value, year, metric and baseline unless the same
  write withdraws the confirmation or takes a new one.

``satisfaction_ratings`` (만족도, coach_app.domain.satisfaction): the representative's
rating of a visit.

- Append-only for everyone, one per visit. Inserted only by the coach of the visit, for a
  company assigned to them; the scores are 1 to 5. Read by whoever reads the company.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0008"
branch_labels = None
depends_on = None

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
CREATE TABLE coach.impact_figures (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    metric VARCHAR(20) NOT NULL CHECK (metric IN ('sales', 'employees', 'new_hires',
        'exports_usd', 'patents', 'certifications', 'investment')),
    value BIGINT NOT NULL CHECK (value >= 0),
    baseline BOOLEAN NOT NULL,
    source VARCHAR(20) NOT NULL CHECK (source IN ('coach', 'document', 'import', 'public')),
    note VARCHAR(500) NOT NULL,
    confirmed_name VARCHAR(100),
    confirmed_at TIMESTAMP WITH TIME ZONE,
    confirmed_by UUID,{_COMMON}
    CONSTRAINT pk_impact_figures PRIMARY KEY (id),
    CONSTRAINT ck_impact_figures_confirmation
        CHECK ((confirmed_at IS NULL) = (confirmed_name IS NULL)),
    {_fk("impact_figures", "company_id", "companies")}
);
CREATE INDEX ix_impact_figures_company_id ON coach.impact_figures (company_id);
CREATE TABLE coach.satisfaction_ratings (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    visit_id UUID NOT NULL,
    respondent VARCHAR(100) NOT NULL,
    position VARCHAR(100) NOT NULL,
    answers JSONB NOT NULL,
    comment TEXT NOT NULL,
    rated_at TIMESTAMP WITH TIME ZONE NOT NULL,{_COMMON}
    CONSTRAINT pk_satisfaction_ratings PRIMARY KEY (id),
    CONSTRAINT uq_satisfaction_ratings_visit_id UNIQUE (visit_id),
    CONSTRAINT ck_satisfaction_ratings_live CHECK (deleted_at IS NULL),
    CONSTRAINT ck_satisfaction_ratings_scores CHECK (coach.scores_valid(answers)),
    {_fk("satisfaction_ratings", "company_id", "companies")},
    {_fk("satisfaction_ratings", "visit_id", "visits")}
);
CREATE INDEX ix_satisfaction_ratings_company_id ON coach.satisfaction_ratings (company_id);
"""

SCORES = r"""
-- Every answer a whole number from 1 to 5, and at least one.
CREATE FUNCTION coach.scores_valid(answers JSONB) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_typeof(answers) = 'object'
       AND EXISTS (SELECT 1 FROM jsonb_each(answers))
       AND NOT EXISTS (
           SELECT 1 FROM jsonb_each(answers) AS a(k, v)
           WHERE jsonb_typeof(v) <> 'number' OR v::text !~ '^[1-5]$')
$$;
"""

TRIGGERS = """
CREATE INDEX ix_impact_figures_feed ON coach.impact_figures (txid, version);
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.stamp();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.audit();
CREATE TRIGGER keep_company BEFORE UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.keep_company();
CREATE INDEX ix_satisfaction_ratings_feed ON coach.satisfaction_ratings (txid, version);
CREATE TRIGGER stamp BEFORE INSERT ON coach.satisfaction_ratings
    FOR EACH ROW EXECUTE FUNCTION coach.stamp();
CREATE TRIGGER audit AFTER INSERT ON coach.satisfaction_ratings
    FOR EACH ROW EXECUTE FUNCTION coach.audit();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON coach.satisfaction_ratings
    FOR EACH ROW EXECUTE FUNCTION coach.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON coach.satisfaction_ratings
    FOR EACH STATEMENT EXECUTE FUNCTION coach.refuse_change();
"""

RULES = r"""
-- The confirmation is the company's word, taken by a coach of the company.
CREATE FUNCTION coach.guard_confirmation() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    taken BOOLEAN;
BEGIN
    IF TG_OP = 'INSERT' THEN
        taken := NEW.confirmed_at IS NOT NULL OR NEW.confirmed_name IS NOT NULL
                 OR NEW.confirmed_by IS NOT NULL;
    ELSE
        taken := (NEW.confirmed_at, NEW.confirmed_name, NEW.confirmed_by)
                 IS DISTINCT FROM (OLD.confirmed_at, OLD.confirmed_name, OLD.confirmed_by);
        IF NOT taken AND NEW.confirmed_at IS NOT NULL
           AND (NEW.value, NEW.year, NEW.metric, NEW.baseline)
               IS DISTINCT FROM (OLD.value, OLD.year, OLD.metric, OLD.baseline) THEN
            PERFORM coach.refuse('a confirmed figure changes only with its confirmation withdrawn');
        END IF;
    END IF;
    IF taken AND NEW.confirmed_at IS NOT NULL THEN
        IF coach.my_role() IS DISTINCT FROM 'coach'
           OR NEW.company_id NOT IN (SELECT coach.my_writable_companies()) THEN
            PERFORM coach.refuse('a figure is confirmed with a coach of the company');
        END IF;
        NEW.confirmed_by := coach.me();
    ELSIF taken THEN
        -- Withdrawn: nothing of it is left.
        IF coach.my_role() IS DISTINCT FROM 'coach'
           AND TG_OP = 'UPDATE' AND OLD.confirmed_at IS NOT NULL THEN
            PERFORM coach.refuse('a figure is confirmed with a coach of the company');
        END IF;
        NEW.confirmed_name := NULL;
        NEW.confirmed_by := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_confirmation BEFORE INSERT OR UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.guard_confirmation();

ALTER TABLE coach.impact_figures ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.impact_figures FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.impact_figures FOR INSERT WITH CHECK (
    (SELECT coach.my_role()) = 'coach' AND company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_update ON coach.impact_figures FOR UPDATE
    USING ((SELECT coach.my_role()) = 'coach'
           AND company_id IN (SELECT coach.my_writable_companies()))
    WITH CHECK ((SELECT coach.my_role()) = 'coach'
                AND company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY reviewers_write ON coach.impact_figures FOR ALL
    USING ((SELECT coach.is_reviewer())) WITH CHECK ((SELECT coach.is_reviewer()));

CREATE CONSTRAINT TRIGGER check_links AFTER INSERT ON coach.satisfaction_ratings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION coach.check_links('company_id', 'visit_id:visits');
CREATE CONSTRAINT TRIGGER check_visit_owner AFTER INSERT ON coach.satisfaction_ratings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION coach.check_visit_owner();

ALTER TABLE coach.satisfaction_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.satisfaction_ratings FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.satisfaction_ratings FOR INSERT WITH CHECK (
    (SELECT coach.my_role()) = 'coach' AND company_id IN (SELECT coach.my_writable_companies()));
"""


def upgrade() -> None:
    for block in (SCORES, TABLES, TRIGGERS, RULES):
        op.execute(block)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
