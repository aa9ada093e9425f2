"""visit signatures: a visit signed on site by the company's representative

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

The representative signs on the coach's laptop; the signature (vector strokes), the signer's
name and title, the time and the visit's content at signing (canonical JSON and its SHA-256,
see coach_app.domain.signature) travel in one row.

- Append-only for everyone: no update, no delete, not even a soft delete. A visit edited
  and signed again gets a new row; the newest is the visit's signature.
- Inserted only by a coach, for a visit of their own (the visit's coach, stamped as the
  row's coach): a supervisor, an admin or another coach cannot put a signature on a visit.
  Never on a visit a supervisor has reviewed. The content hash must be the SHA-256 of the
  content kept with it. Checked at commit, so a push may carry it before its visit.
- Its company is its visit's company (coach.check_links of 0005).
- Read by whoever reads the company. Who wrote it is stamped by the server (coach.stamp).
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _fk(column: str, parent: str) -> str:
    return (
        f"CONSTRAINT fk_visit_signatures_{column}_{parent} FOREIGN KEY({column}) "
        f"REFERENCES coach.{parent} (id) DEFERRABLE INITIALLY DEFERRED"
    )


SCHEMA = f"""
CREATE TABLE coach.visit_signatures (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    visit_id UUID NOT NULL,
    coach_id UUID NOT NULL,
    signer_name VARCHAR(50) NOT NULL,
    signer_title VARCHAR(50) NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    strokes JSONB NOT NULL,
    content TEXT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_visit_signatures PRIMARY KEY (id),
    CONSTRAINT ck_visit_signatures_live CHECK (deleted_at IS NULL),
    CONSTRAINT ck_visit_signatures_signer CHECK (btrim(signer_name) <> ''),
    CONSTRAINT ck_visit_signatures_drawn
        CHECK (jsonb_typeof(strokes) = 'array' AND jsonb_array_length(strokes) > 0),
    {_fk("company_id", "companies")},
    {_fk("visit_id", "visits")},
    {_fk("coach_id", "users")}
);
CREATE INDEX ix_visit_signatures_company_id ON coach.visit_signatures (company_id);
CREATE INDEX ix_visit_signatures_visit_id ON coach.visit_signatures (visit_id);
CREATE INDEX ix_visit_signatures_feed ON coach.visit_signatures (txid, version);
CREATE TRIGGER stamp BEFORE INSERT ON coach.visit_signatures
    FOR EACH ROW EXECUTE FUNCTION coach.stamp();
CREATE TRIGGER audit AFTER INSERT ON coach.visit_signatures
    FOR EACH ROW EXECUTE FUNCTION coach.audit();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON coach.visit_signatures
    FOR EACH ROW EXECUTE FUNCTION coach.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON coach.visit_signatures
    FOR EACH STATEMENT EXECUTE FUNCTION coach.refuse_change();
CREATE CONSTRAINT TRIGGER check_links AFTER INSERT ON coach.visit_signatures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION coach.check_links('company_id', 'visit_id:visits');

-- Checked at commit: who records a signature, on which visit, sealing what.
CREATE FUNCTION coach.check_visit_signature() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    current coach.visit_signatures;
    visit coach.visits;
BEGIN
    SELECT * INTO current FROM coach.visit_signatures WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT * INTO visit FROM coach.visits WHERE id = current.visit_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the foreign key refuses it
    END IF;
    IF coach.my_role() IS DISTINCT FROM 'coach' OR visit.coach_id IS DISTINCT FROM coach.me()
       OR current.coach_id IS DISTINCT FROM coach.me() THEN
        PERFORM coach.refuse('a visit signature is recorded only by the coach of the visit');
    END IF;
    IF visit.reviewed_at IS NOT NULL THEN
        PERFORM coach.refuse(format('visit %s was reviewed by a supervisor and is locked',
                                    current.visit_id));
    END IF;
    IF current.content_hash IS DISTINCT FROM
       encode(sha256(convert_to(current.content, 'UTF8')), 'hex') THEN
        PERFORM coach.refuse('the hash of a visit signature does not match its content');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_signature AFTER INSERT ON coach.visit_signatures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_visit_signature();

ALTER TABLE coach.visit_signatures ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.visit_signatures FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.visit_signatures FOR INSERT WITH CHECK (
    (SELECT coach.my_role()) = 'coach' AND company_id IN (SELECT coach.my_writable_companies()));
"""


def upgrade() -> None:
    op.execute(SCHEMA)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
