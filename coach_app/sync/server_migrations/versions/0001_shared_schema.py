"""shared schema: entities with change feed columns, audit log, idempotent push, blobs

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Every entity table carries ``version`` (from one sequence) and ``txid`` (the writing
transaction), stamped by trigger. Pulls read rows whose transaction is older than every
transaction still running, so a writer that commits late is never skipped.
Grants and the roadmap moves are applied by ``server init`` after the migrations,
because role names depend on the installation.
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ENTITY_TABLES = (
    "companies",
    "programmes",
    "support_programmes",
    "users",
    "assignments",
    "contacts",
    "roadmaps",
    "visits",
    "attachments",
    "diagnoses",
    "difficulties",
    "reviews",
    "diagnosis_scores",
    "roadmap_items",
)

TABLES = """
CREATE SEQUENCE coach.change_seq;
CREATE TABLE coach.companies (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    name VARCHAR(100) NOT NULL,
    brn VARCHAR(12) NOT NULL,
    ceo VARCHAR(50) NOT NULL,
    address VARCHAR(200) NOT NULL,
    region VARCHAR(10) NOT NULL,
    industry VARCHAR(50) NOT NULL,
    employees INTEGER,
    revenue BIGINT,
    designation VARCHAR(30),
    supplier_tier VARCHAR(20),
    founded_on DATE,
    phone VARCHAR(30) NOT NULL,
    email VARCHAR(200) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_companies PRIMARY KEY (id)
);
CREATE INDEX ix_companies_region ON coach.companies (region);
CREATE UNIQUE INDEX uq_companies_brn_live ON coach.companies (brn) WHERE deleted_at IS NULL;
CREATE TABLE coach.programmes (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    name VARCHAR(100) NOT NULL,
    year INTEGER NOT NULL,
    agency VARCHAR(100) NOT NULL,
    budget BIGINT NOT NULL,
    funding_national BIGINT NOT NULL,
    funding_local BIGINT NOT NULL,
    funding_company BIGINT NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_programmes PRIMARY KEY (id)
);
CREATE TABLE coach.support_programmes (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    code VARCHAR(50) NOT NULL,
    name VARCHAR(200) NOT NULL,
    agency VARCHAR(100) NOT NULL,
    funds TEXT NOT NULL,
    stages JSONB NOT NULL,
    gap_areas JSONB NOT NULL,
    categories JSONB NOT NULL,
    budget_cap BIGINT,
    reentry_wait_years INTEGER NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_support_programmes PRIMARY KEY (id),
    CONSTRAINT uq_support_programmes_code UNIQUE (code)
);
CREATE TABLE coach.users (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    login VARCHAR(40) NOT NULL,
    name VARCHAR(50) NOT NULL,
    role VARCHAR(20) NOT NULL,
    specialty VARCHAR(20),
    email VARCHAR(200) NOT NULL,
    phone VARCHAR(30) NOT NULL,
    active BOOLEAN NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_login UNIQUE (login)
);
CREATE TABLE coach.assignments (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    programme_id UUID NOT NULL,
    company_id UUID NOT NULL,
    coach_id UUID NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_assignments PRIMARY KEY (id),
    CONSTRAINT fk_assignments_programme_id_programmes FOREIGN KEY(programme_id) REFERENCES coach.programmes (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_assignments_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_assignments_coach_id_users FOREIGN KEY(coach_id) REFERENCES coach.users (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_assignments_programme_id ON coach.assignments (programme_id);
CREATE INDEX ix_assignments_company_id ON coach.assignments (company_id);
CREATE INDEX ix_assignments_coach_id ON coach.assignments (coach_id);
CREATE TABLE coach.contacts (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    name VARCHAR(50) NOT NULL,
    position VARCHAR(50) NOT NULL,
    phone VARCHAR(30) NOT NULL,
    email VARCHAR(200) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_contacts PRIMARY KEY (id),
    CONSTRAINT fk_contacts_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_contacts_company_id ON coach.contacts (company_id);
CREATE TABLE coach.roadmaps (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    programme_id UUID,
    coach_id UUID NOT NULL,
    title VARCHAR(200) NOT NULL,
    revision INTEGER NOT NULL,
    previous_id UUID,
    status VARCHAR(20) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    approved_at TIMESTAMP WITH TIME ZONE,
    approved_by UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_roadmaps PRIMARY KEY (id),
    CONSTRAINT fk_roadmaps_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_roadmaps_programme_id_programmes FOREIGN KEY(programme_id) REFERENCES coach.programmes (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_roadmaps_coach_id_users FOREIGN KEY(coach_id) REFERENCES coach.users (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_roadmaps_previous_id_roadmaps FOREIGN KEY(previous_id) REFERENCES coach.roadmaps (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_roadmaps_status ON coach.roadmaps (status);
CREATE INDEX ix_roadmaps_company_id ON coach.roadmaps (company_id);
CREATE TABLE coach.visits (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    coach_id UUID NOT NULL,
    programme_id UUID,
    visit_date DATE NOT NULL,
    place VARCHAR(200) NOT NULL,
    attendees TEXT NOT NULL,
    purpose TEXT NOT NULL,
    notes TEXT NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE,
    reviewed_by UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_visits PRIMARY KEY (id),
    CONSTRAINT fk_visits_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_visits_coach_id_users FOREIGN KEY(coach_id) REFERENCES coach.users (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_visits_programme_id_programmes FOREIGN KEY(programme_id) REFERENCES coach.programmes (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_visits_coach_id ON coach.visits (coach_id);
CREATE INDEX ix_visits_visit_date ON coach.visits (visit_date);
CREATE INDEX ix_visits_company_id ON coach.visits (company_id);
CREATE TABLE coach.attachments (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    visit_id UUID,
    kind VARCHAR(10) NOT NULL,
    filename VARCHAR(255) NOT NULL,
    mime_type VARCHAR(100) NOT NULL,
    size BIGINT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    caption VARCHAR(500) NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_attachments PRIMARY KEY (id),
    CONSTRAINT fk_attachments_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_attachments_visit_id_visits FOREIGN KEY(visit_id) REFERENCES coach.visits (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_attachments_content_hash ON coach.attachments (content_hash);
CREATE INDEX ix_attachments_company_id ON coach.attachments (company_id);
CREATE TABLE coach.diagnoses (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    visit_id UUID,
    coach_id UUID NOT NULL,
    template_id VARCHAR(50) NOT NULL,
    template_version VARCHAR(20) NOT NULL,
    diagnosed_on DATE NOT NULL,
    comment TEXT NOT NULL,
    area_scores JSONB NOT NULL,
    overall_score DOUBLE PRECISION,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_diagnoses PRIMARY KEY (id),
    CONSTRAINT fk_diagnoses_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_diagnoses_visit_id_visits FOREIGN KEY(visit_id) REFERENCES coach.visits (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_diagnoses_coach_id_users FOREIGN KEY(coach_id) REFERENCES coach.users (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_diagnoses_company_id ON coach.diagnoses (company_id);
CREATE TABLE coach.difficulties (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    visit_id UUID NOT NULL,
    category VARCHAR(30) NOT NULL,
    description TEXT NOT NULL,
    severity VARCHAR(10) NOT NULL,
    requested_support TEXT NOT NULL,
    agency VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    resolution TEXT NOT NULL,
    followed_up_visit_id UUID,
    resolved_on DATE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_difficulties PRIMARY KEY (id),
    CONSTRAINT fk_difficulties_company_id_companies FOREIGN KEY(company_id) REFERENCES coach.companies (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_difficulties_visit_id_visits FOREIGN KEY(visit_id) REFERENCES coach.visits (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_difficulties_followed_up_visit_id_visits FOREIGN KEY(followed_up_visit_id) REFERENCES coach.visits (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_difficulties_status ON coach.difficulties (status);
CREATE INDEX ix_difficulties_company_id ON coach.difficulties (company_id);
CREATE INDEX ix_difficulties_visit_id ON coach.difficulties (visit_id);
CREATE TABLE coach.reviews (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    roadmap_id UUID NOT NULL,
    reviewer_id UUID NOT NULL,
    decision VARCHAR(20) NOT NULL,
    comment TEXT NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_reviews PRIMARY KEY (id),
    CONSTRAINT fk_reviews_roadmap_id_roadmaps FOREIGN KEY(roadmap_id) REFERENCES coach.roadmaps (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_reviews_reviewer_id_users FOREIGN KEY(reviewer_id) REFERENCES coach.users (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_reviews_roadmap_id ON coach.reviews (roadmap_id);
CREATE TABLE coach.diagnosis_scores (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    diagnosis_id UUID NOT NULL,
    item_code VARCHAR(50) NOT NULL,
    current INTEGER,
    target INTEGER,
    evidence VARCHAR(20) NOT NULL,
    attachment_id UUID,
    comment TEXT NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_diagnosis_scores PRIMARY KEY (id),
    CONSTRAINT fk_diagnosis_scores_diagnosis_id_diagnoses FOREIGN KEY(diagnosis_id) REFERENCES coach.diagnoses (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_diagnosis_scores_attachment_id_attachments FOREIGN KEY(attachment_id) REFERENCES coach.attachments (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_diagnosis_scores_diagnosis_id ON coach.diagnosis_scores (diagnosis_id);
CREATE TABLE coach.roadmap_items (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    roadmap_id UUID NOT NULL,
    phase INTEGER NOT NULL,
    position INTEGER NOT NULL,
    stage VARCHAR(30) NOT NULL,
    item_type VARCHAR(50) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    starts_on DATE,
    ends_on DATE,
    budget_national BIGINT NOT NULL,
    budget_local BIGINT NOT NULL,
    budget_company BIGINT NOT NULL,
    owner_agency VARCHAR(100) NOT NULL,
    kpi_name VARCHAR(100) NOT NULL,
    kpi_unit VARCHAR(20) NOT NULL,
    kpi_baseline DOUBLE PRECISION,
    kpi_target DOUBLE PRECISION,
    kpi_actual DOUBLE PRECISION,
    status VARCHAR(20) NOT NULL,
    depends_on JSONB NOT NULL,
    gap_item_code VARCHAR(50),
    difficulty_id UUID,
    support_programme_code VARCHAR(50),
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_roadmap_items PRIMARY KEY (id),
    CONSTRAINT fk_roadmap_items_roadmap_id_roadmaps FOREIGN KEY(roadmap_id) REFERENCES coach.roadmaps (id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT fk_roadmap_items_difficulty_id_difficulties FOREIGN KEY(difficulty_id) REFERENCES coach.difficulties (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_roadmap_items_roadmap_id ON coach.roadmap_items (roadmap_id);
CREATE INDEX ix_companies_feed ON coach.companies (txid, version);
CREATE INDEX ix_programmes_feed ON coach.programmes (txid, version);
CREATE INDEX ix_support_programmes_feed ON coach.support_programmes (txid, version);
CREATE INDEX ix_users_feed ON coach.users (txid, version);
CREATE INDEX ix_assignments_feed ON coach.assignments (txid, version);
CREATE INDEX ix_contacts_feed ON coach.contacts (txid, version);
CREATE INDEX ix_roadmaps_feed ON coach.roadmaps (txid, version);
CREATE INDEX ix_visits_feed ON coach.visits (txid, version);
CREATE INDEX ix_attachments_feed ON coach.attachments (txid, version);
CREATE INDEX ix_diagnoses_feed ON coach.diagnoses (txid, version);
CREATE INDEX ix_difficulties_feed ON coach.difficulties (txid, version);
CREATE INDEX ix_reviews_feed ON coach.reviews (txid, version);
CREATE INDEX ix_diagnosis_scores_feed ON coach.diagnosis_scores (txid, version);
CREATE INDEX ix_roadmap_items_feed ON coach.roadmap_items (txid, version);
"""

SUPPORT = """
CREATE TABLE coach.settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per pushed client operation: a replayed push finds it and applies nothing.
CREATE TABLE coach.applied_ops (
    op_id UUID PRIMARY KEY,
    login TEXT NOT NULL DEFAULT session_user,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome JSONB NOT NULL DEFAULT '{}'
);

-- Conflicts and refusals met while pushing, for supervisors to see.
CREATE TABLE coach.conflicts (
    id UUID PRIMARY KEY,
    op_id UUID NOT NULL,
    login TEXT NOT NULL DEFAULT session_user,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    table_name TEXT NOT NULL,
    row_id UUID NOT NULL,
    field TEXT,
    kind TEXT NOT NULL,
    base JSONB,
    mine JSONB,
    theirs JSONB,
    message TEXT NOT NULL DEFAULT ''
);

-- Append-only: who changed what, when.
CREATE TABLE coach.audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    login TEXT NOT NULL DEFAULT session_user,
    table_name TEXT NOT NULL,
    row_id UUID,
    op TEXT NOT NULL,
    changed JSONB
);

-- Attachment contents by SHA-256, sent in chunks so a broken upload resumes.
CREATE TABLE coach.blobs (
    hash TEXT PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    size BIGINT NOT NULL CHECK (size >= 0 AND size <= 20971520),
    complete BOOLEAN NOT NULL DEFAULT false,
    uploaded_by TEXT NOT NULL DEFAULT session_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE coach.blob_chunks (
    hash TEXT NOT NULL REFERENCES coach.blobs (hash),
    position BIGINT NOT NULL CHECK (position >= 0),
    data BYTEA NOT NULL,
    uploaded_by TEXT NOT NULL DEFAULT session_user,
    PRIMARY KEY (hash, position)
);

-- The roadmap review moves, copied from the domain's table by `server init`.
CREATE TABLE coach.roadmap_moves (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    role TEXT NOT NULL,
    owner_only BOOLEAN NOT NULL,
    PRIMARY KEY (source, target, role)
);
"""

FUNCTIONS = r"""
CREATE FUNCTION coach.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    NEW.version := nextval('coach.change_seq');
    NEW.txid := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE FUNCTION coach.audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    changes JSONB;
BEGIN
    IF TG_OP = 'INSERT' THEN
        changes := to_jsonb(NEW) - 'version' - 'txid';
    ELSE
        SELECT jsonb_object_agg(n.key, n.value) INTO changes
        FROM jsonb_each(to_jsonb(NEW)) AS n
        WHERE n.key NOT IN ('version', 'txid')
          AND (to_jsonb(OLD) -> n.key) IS DISTINCT FROM n.value;
    END IF;
    INSERT INTO coach.audit_log (table_name, row_id, op, changed)
    VALUES (TG_TABLE_NAME, NEW.id, lower(TG_OP), changes);
    RETURN NULL;
END $$;

CREATE FUNCTION coach.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'coach: % is append-only', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

-- Marks an upload complete once its chunks add up to the announced bytes; drops them
-- otherwise, so the next attempt starts clean. Any uploader of the same bytes may finish.
CREATE FUNCTION coach.finish_blob(wanted TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    sound BOOLEAN;
BEGIN
    SELECT encode(sha256(coalesce(string_agg(data, ''::bytea ORDER BY position), ''::bytea)),
                  'hex') = wanted
       AND coalesce(sum(length(data)), 0) = (SELECT size FROM coach.blobs WHERE hash = wanted)
      INTO sound
      FROM coach.blob_chunks WHERE hash = wanted;
    IF sound THEN
        UPDATE coach.blobs SET complete = true WHERE hash = wanted;
    ELSE
        DELETE FROM coach.blob_chunks WHERE hash = wanted;
    END IF;
    RETURN sound;
END $$;

-- Who is connected, from the users table (not from role membership alone).
CREATE FUNCTION coach.me() RETURNS UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT id FROM coach.users
    WHERE login = session_user AND deleted_at IS NULL AND active
$$;

CREATE FUNCTION coach.my_role() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT role FROM coach.users
    WHERE login = session_user AND deleted_at IS NULL AND active
$$;

CREATE FUNCTION coach.is_reviewer() RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT coalesce(coach.my_role() IN ('supervisor', 'admin'), false)
$$;

-- The companies a coach is assigned to today (reviewers see every company).
CREATE FUNCTION coach.my_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND (ends_on IS NULL OR ends_on >= current_date)
$$;

-- What a coach may still read and write: an assignment that ended less than 30 days ago
-- still takes the work typed offline before the coach heard of the end. The change feed
-- follows coach.my_companies() only, so the company still leaves the laptop at once.
CREATE FUNCTION coach.my_writable_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND (ends_on IS NULL OR ends_on >= current_date - 30)
$$;

CREATE FUNCTION coach.guard_visit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.reviewed_at IS NOT NULL AND coach.my_role() = 'coach' THEN
        RAISE EXCEPTION 'coach: visit % was reviewed by a supervisor and is locked', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

-- Roadmap status moves follow coach.roadmap_moves; approved revisions are frozen.
CREATE FUNCTION coach.guard_roadmap() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    who TEXT := coach.my_role();
    allowed BOOLEAN;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' THEN
            RAISE EXCEPTION 'coach: a new roadmap revision starts as a draft'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT EXISTS (
            SELECT 1 FROM coach.roadmap_moves m
            WHERE m.source = OLD.status AND m.target = NEW.status AND m.role = who
              AND (NOT m.owner_only OR who <> 'coach' OR OLD.coach_id = coach.me())
        ) INTO allowed;
        IF NOT allowed THEN
            RAISE EXCEPTION 'coach: % may not move a roadmap from % to %',
                coalesce(who, session_user), OLD.status, NEW.status
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF OLD.status IN ('approved', 'in_progress', 'completed') AND (
        NEW.title IS DISTINCT FROM OLD.title OR NEW.company_id IS DISTINCT FROM OLD.company_id
        OR NEW.programme_id IS DISTINCT FROM OLD.programme_id
        OR NEW.revision IS DISTINCT FROM OLD.revision
    ) THEN
        RAISE EXCEPTION 'coach: an approved roadmap revision is frozen; start a new revision'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

-- Items of a frozen revision only take follow-up: status and KPI actuals.
CREATE FUNCTION coach.guard_roadmap_item() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parent_status TEXT;
    follow_up_only BOOLEAN;
BEGIN
    SELECT status INTO parent_status FROM coach.roadmaps WHERE id = NEW.roadmap_id;
    IF parent_status IN ('approved', 'in_progress', 'completed') THEN
        follow_up_only := TG_OP = 'UPDATE' AND (
            to_jsonb(NEW) - 'status' - 'kpi_actual' - 'updated_at' - 'updated_by'
                - 'version' - 'txid'
        ) = (
            to_jsonb(OLD) - 'status' - 'kpi_actual' - 'updated_at' - 'updated_by'
                - 'version' - 'txid'
        );
        IF NOT follow_up_only THEN
            RAISE EXCEPTION 'coach: items of an approved roadmap revision are frozen'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$;
"""

# Row-level security: reading follows the assignment, writing follows the role and, for a
# coach's own content, the coach column. Grants per role and column come from `server init`.
POLICIES = r"""
ALTER TABLE coach.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON coach.users FOR SELECT USING (true);
CREATE POLICY admin_writes ON coach.users FOR ALL
    USING ((SELECT coach.my_role()) = 'admin') WITH CHECK ((SELECT coach.my_role()) = 'admin');

ALTER TABLE coach.support_programmes ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON coach.support_programmes FOR SELECT USING (true);
CREATE POLICY admin_writes ON coach.support_programmes FOR ALL
    USING ((SELECT coach.my_role()) = 'admin') WITH CHECK ((SELECT coach.my_role()) = 'admin');

ALTER TABLE coach.programmes ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON coach.programmes FOR SELECT USING (true);
CREATE POLICY reviewers_write ON coach.programmes FOR ALL
    USING ((SELECT coach.is_reviewer())) WITH CHECK ((SELECT coach.is_reviewer()));

ALTER TABLE coach.companies ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.companies FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR id IN (SELECT coach.my_writable_companies()));
CREATE POLICY reviewers_insert ON coach.companies FOR INSERT
    WITH CHECK ((SELECT coach.is_reviewer()));
CREATE POLICY update_scope ON coach.companies FOR UPDATE
    USING ((SELECT coach.is_reviewer()) OR id IN (SELECT coach.my_writable_companies()));

ALTER TABLE coach.assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_own ON coach.assignments FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR coach_id = (SELECT coach.me()));
CREATE POLICY reviewers_insert ON coach.assignments FOR INSERT
    WITH CHECK ((SELECT coach.is_reviewer()));
CREATE POLICY reviewers_update ON coach.assignments FOR UPDATE
    USING ((SELECT coach.is_reviewer()));

ALTER TABLE coach.contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.contacts FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY write_scope ON coach.contacts FOR INSERT
    WITH CHECK ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY update_scope ON coach.contacts FOR UPDATE
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));

ALTER TABLE coach.reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.reviews FOR SELECT
    USING (roadmap_id IN (SELECT id FROM coach.roadmaps));
CREATE POLICY reviewer_insert ON coach.reviews FOR INSERT
    WITH CHECK ((SELECT coach.is_reviewer()) AND reviewer_id = (SELECT coach.me()));

ALTER TABLE coach.applied_ops ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON coach.applied_ops FOR ALL
    USING (login = session_user) WITH CHECK (login = session_user);

ALTER TABLE coach.conflicts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_or_reviewer ON coach.conflicts FOR SELECT
    USING (login = session_user OR (SELECT coach.is_reviewer()));
CREATE POLICY own_insert ON coach.conflicts FOR INSERT WITH CHECK (login = session_user);

ALTER TABLE coach.audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY reviewers_read ON coach.audit_log FOR SELECT USING ((SELECT coach.is_reviewer()));

ALTER TABLE coach.blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON coach.blobs FOR SELECT USING (
    uploaded_by = session_user
    OR EXISTS (SELECT 1 FROM coach.attachments a WHERE a.content_hash = hash));
CREATE POLICY own_insert ON coach.blobs FOR INSERT WITH CHECK (uploaded_by = session_user);
CREATE POLICY own_update ON coach.blobs FOR UPDATE USING (uploaded_by = session_user);

ALTER TABLE coach.blob_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY readable ON coach.blob_chunks FOR SELECT USING (
    uploaded_by = session_user
    OR EXISTS (SELECT 1 FROM coach.attachments a WHERE a.content_hash = hash));
CREATE POLICY own_insert ON coach.blob_chunks FOR INSERT WITH CHECK (uploaded_by = session_user);

ALTER TABLE coach.roadmap_moves ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON coach.roadmap_moves FOR SELECT USING (true);
"""

# Content a coach writes. Visits, diagnoses and roadmaps belong to the coach who made them;
# difficulties and attachments to every coach of the company. Supervisors may update them
# only through the review columns they are granted.
OWNED = ("visits", "diagnoses", "roadmaps")
SHARED = ("difficulties", "attachments")
CHILDREN = (("diagnosis_scores", "diagnoses", "diagnosis_id"),
            ("roadmap_items", "roadmaps", "roadmap_id"))


def _content_policies() -> str:
    parts = []
    for table in OWNED + SHARED:
        owner = "coach_id = (SELECT coach.me())" if table in OWNED else "true"
        mine = (f"(SELECT coach.my_role()) = 'coach' AND {owner}"
                " AND company_id IN (SELECT coach.my_writable_companies())")
        parts.append(f"""
ALTER TABLE coach.{table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.{table} FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.{table} FOR INSERT WITH CHECK ({mine});
CREATE POLICY coach_update ON coach.{table} FOR UPDATE USING ({mine}) WITH CHECK ({mine});
CREATE POLICY reviewer_update ON coach.{table} FOR UPDATE USING ((SELECT coach.is_reviewer()));
""")
    for table, parent, key in CHILDREN:
        mine = f"{key} IN (SELECT id FROM coach.{parent} WHERE coach_id = (SELECT coach.me()))"
        parts.append(f"""
ALTER TABLE coach.{table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.{table} FOR SELECT
    USING ({key} IN (SELECT id FROM coach.{parent}));
CREATE POLICY coach_insert ON coach.{table} FOR INSERT WITH CHECK ({mine});
CREATE POLICY coach_update ON coach.{table} FOR UPDATE USING ({mine}) WITH CHECK ({mine});
""")
    return "".join(parts)


def _triggers() -> str:
    parts = [
        f"CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON coach.{table} "
        "FOR EACH ROW EXECUTE FUNCTION coach.stamp();\n"
        f"CREATE TRIGGER audit AFTER INSERT OR UPDATE ON coach.{table} "
        "FOR EACH ROW EXECUTE FUNCTION coach.audit();\n"
        for table in ENTITY_TABLES
    ]
    parts.append("""
CREATE TRIGGER guard BEFORE UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_visit();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON coach.roadmaps
    FOR EACH ROW EXECUTE FUNCTION coach.guard_roadmap();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON coach.roadmap_items
    FOR EACH ROW EXECUTE FUNCTION coach.guard_roadmap_item();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON coach.audit_log
    FOR EACH ROW EXECUTE FUNCTION coach.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON coach.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION coach.refuse_change();
""")
    return "".join(parts)


def upgrade() -> None:
    for block in (TABLES, SUPPORT, FUNCTIONS, _triggers(), POLICIES, _content_policies()):
        op.execute(block)


def downgrade() -> None:
    op.execute("DROP SCHEMA coach CASCADE")
