"""closed rules: authorship by the server, full freeze, visit locks, blobs, logins, stalls

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

What the first schema left open, now decided by PostgreSQL itself:

- Authorship. ``created_by`` and ``updated_by`` are stamped from ``session_user`` (through
  ``coach.users``) on every write; ``created_at``/``created_by`` and ``id`` never change.
  ``approved_by`` is the login that moves a roadmap to approved, ``reviewed_by`` the login
  that reviews a visit; neither changes otherwise. A value sent by a client is overwritten
  (``reviews.reviewer_id`` must already be the login itself, since 0001).
- Roadmaps. A roadmap keeps its company, coach, revision and previous revision; the
  submission time changes only with a submission, the approval columns only with the
  approval. Once submitted, nothing but the review moves changes (every column, the soft
  delete included); items of a submitted or approved roadmap take no insert, and their
  updates are limited to follow-up (status, KPI actual) on an approved one; an item never
  moves to another roadmap.
- Reviewed visits lock their difficulties and attachments: no insert, edit, soft delete,
  nor a move in or out. A difficulty raised at a reviewed visit still takes its follow-up
  at a later visit (status, resolution, resolved on, the follow-up visit), but a follow-up
  is never recorded at a reviewed visit.
- Companies: every 사업자등록번호 passes the check digit (``coach.brn_valid``, the same
  algorithm as ``coach_app.domain.brn``); coaches may not change it nor soft-delete a
  company (column grants, in ``server init``). The constraint is NOT VALID so an upgrade
  never fails on a number already stored: such a company must be corrected before it can
  be edited again. An assignment never ends before it starts (also NOT VALID).
- Blobs. A login announces a blob (hash and size only: ``complete`` takes its default,
  false) and sends chunks under its own name; only ``coach.finish_blob`` marks a blob
  complete, after the caller's own chunks hash to the announced SHA-256. Then the
  completer's chunks are the blob and every other login's chunks of that hash go; chunks
  for a complete blob are ignored. ``finish_blob`` answers true only to a caller whose own
  bytes hashed right, or who may see an attachment with that hash.
- Logins. A change of ``users.role``, ``users.active`` or ``users.deleted_at`` moves the
  PostgreSQL login to the matching group and to LOGIN / NOLOGIN in the same transaction;
  a user row keeps its login. A deactivated user's open session can no longer write (every
  write policy needs ``coach.me()``, which ignores users who are not active).
- Stalls. PostgreSQL lets any login ``SET idle_in_transaction_session_timeout = 0`` (a
  user-settable parameter cannot be protected, and ``ALTER ROLE … SET`` is only a default),
  so the limit is enforced by a watchdog instead: ``coach.end_stalled_writers()`` ends
  every session of a Coach login that holds a transaction id (which is what holds back
  everyone's pulls) and has been idle in its transaction longer than ``writer_idle_limit``
  or open longer than ``writer_open_limit`` (``coach.settings``; 5 and 15 minutes), and
  every session of a Coach login that keeps a lock someone waits for while doing nothing
  for longer than ``writer_idle_limit`` (a session-level advisory lock on a row id would
  hold up every push of that row, and no time-out applies to a session merely idle). It runs
  after every push (a statement trigger on ``coach.applied_ops``), any login may call it,
  and ``coach-app server watchdog`` runs it from cron. The function runs as the schema
  owner, who must be a superuser or hold ``pg_read_all_stats`` and ``pg_signal_backend``.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Tables that belong to one company: a row never moves to another.
COMPANY_ROWS = ("contacts", "roadmaps", "visits", "attachments", "diagnoses", "difficulties")

HELPERS = r"""
CREATE FUNCTION coach.brn_valid(brn TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN brn ~ '^[0-9]{3}-[0-9]{2}-[0-9]{5}$' THEN (
        SELECT (10 - (d[1] + 3 * d[2] + 7 * d[3] + d[4] + 3 * d[5] + 7 * d[6] + d[7]
                      + 3 * d[8] + 5 * d[9] + (5 * d[9]) / 10) % 10) % 10 = d[10]
        FROM (SELECT array_agg(substr(replace(brn, '-', ''), i, 1)::int ORDER BY i) AS d
              FROM generate_series(1, 10) AS i) AS digits
    ) ELSE false END
$$;
ALTER TABLE coach.companies
    ADD CONSTRAINT ck_companies_brn CHECK (coach.brn_valid(brn)) NOT VALID;
ALTER TABLE coach.assignments
    ADD CONSTRAINT ck_assignments_dates CHECK (ends_on IS NULL OR ends_on >= starts_on) NOT VALID;
ALTER TABLE coach.users
    ADD CONSTRAINT ck_users_role CHECK (role IN ('coach', 'supervisor', 'admin')) NOT VALID;

CREATE FUNCTION coach.refuse(message TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'coach: %', message USING ERRCODE = 'insufficient_privilege';
END $$;

-- The Coach groups, named with the installation's prefix.
CREATE FUNCTION coach.group_of(role TEXT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT value || role FROM coach.settings WHERE key = 'role_prefix'
$$;

CREATE FUNCTION coach.is_coach_login(login TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE u.rolname = login AND NOT u.rolsuper
          AND g.rolname IN (coach.group_of('coach'), coach.group_of('supervisor'),
                            coach.group_of('admin'))
    )
$$;

-- The jsonb of a row without the columns a rule lets change.
CREATE FUNCTION coach.without(r JSONB, VARIADIC names TEXT[]) RETURNS JSONB
LANGUAGE sql IMMUTABLE AS $$
    SELECT r - names - 'version' - 'txid' - 'updated_at' - 'updated_by'
$$;
"""

STAMP = r"""
CREATE OR REPLACE FUNCTION coach.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    writer UUID := coach.me();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
            PERFORM coach.refuse('a row keeps its id');
        END IF;
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
    ELSE
        NEW.created_by := writer;
    END IF;
    NEW.updated_by := writer;
    NEW.version := nextval('coach.change_seq');
    NEW.txid := pg_current_xact_id();
    RETURN NEW;
END $$;

CREATE FUNCTION coach.keep_company() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.company_id IS DISTINCT FROM OLD.company_id THEN
        PERFORM coach.refuse(format('a row of %s stays with its company', TG_TABLE_NAME));
    END IF;
    RETURN NEW;
END $$;
"""

ROADMAPS = r"""
CREATE OR REPLACE FUNCTION coach.guard_roadmap() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    who TEXT := coach.my_role();
    moved BOOLEAN;
    earlier coach.roadmaps;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' OR NEW.submitted_at IS NOT NULL
           OR NEW.approved_at IS NOT NULL OR NEW.approved_by IS NOT NULL THEN
            PERFORM coach.refuse('a new roadmap revision starts as a draft');
        END IF;
        IF NEW.previous_id IS NOT NULL THEN
            SELECT * INTO earlier FROM coach.roadmaps WHERE id = NEW.previous_id;
            IF NOT FOUND OR earlier.company_id <> NEW.company_id
               OR earlier.status NOT IN ('approved', 'in_progress', 'completed') THEN
                PERFORM coach.refuse('a new revision follows an approved revision of its company');
            END IF;
        END IF;
        RETURN NEW;
    END IF;
    moved := NEW.status IS DISTINCT FROM OLD.status;
    IF moved AND NOT EXISTS (
        SELECT 1 FROM coach.roadmap_moves m
        WHERE m.source = OLD.status AND m.target = NEW.status AND m.role = who
          AND (NOT m.owner_only OR who <> 'coach' OR OLD.coach_id = coach.me())
    ) THEN
        PERFORM coach.refuse(format('%s may not move a roadmap from %s to %s',
                                    coalesce(who, session_user), OLD.status, NEW.status));
    END IF;
    IF (NEW.company_id, NEW.coach_id, NEW.revision, NEW.previous_id)
       IS DISTINCT FROM (OLD.company_id, OLD.coach_id, OLD.revision, OLD.previous_id) THEN
        PERFORM coach.refuse('a roadmap keeps its company, coach, revision and previous revision');
    END IF;
    IF moved AND NEW.status = 'approved' THEN
        NEW.approved_by := coach.me();
        IF NEW.approved_at IS NOT DISTINCT FROM OLD.approved_at THEN
            NEW.approved_at := now();
        END IF;
    ELSIF (NEW.approved_at, NEW.approved_by) IS DISTINCT FROM (OLD.approved_at, OLD.approved_by) THEN
        PERFORM coach.refuse('an approval is recorded by approving');
    END IF;
    IF NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
       AND NOT (moved AND NEW.status = 'submitted') THEN
        PERFORM coach.refuse('the submission time is recorded by submitting');
    END IF;
    IF OLD.status NOT IN ('draft', 'changes_requested') AND coach.without(to_jsonb(NEW),
            'status', 'approved_at', 'approved_by', 'submitted_at')
       <> coach.without(to_jsonb(OLD), 'status', 'approved_at', 'approved_by', 'submitted_at') THEN
        IF OLD.status = 'submitted' THEN
            PERFORM coach.refuse('a roadmap under review is not edited; withdraw it first');
        END IF;
        PERFORM coach.refuse('an approved roadmap revision is frozen; start a new revision');
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION coach.guard_roadmap_item() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    parent TEXT;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.roadmap_id IS DISTINCT FROM OLD.roadmap_id THEN
        PERFORM coach.refuse('a roadmap item stays in its roadmap');
    END IF;
    -- FOR SHARE: an approval committing meanwhile is waited for, then seen.
    SELECT status INTO parent FROM coach.roadmaps WHERE id = NEW.roadmap_id FOR SHARE;
    IF parent = 'submitted' THEN
        PERFORM coach.refuse('the items of a roadmap under review are not edited; withdraw it first');
    END IF;
    IF parent IN ('approved', 'in_progress', 'completed') AND NOT (
        TG_OP = 'UPDATE' AND coach.without(to_jsonb(NEW), 'status', 'kpi_actual')
                             = coach.without(to_jsonb(OLD), 'status', 'kpi_actual')
    ) THEN
        PERFORM coach.refuse('items of an approved roadmap revision are frozen');
    END IF;
    RETURN NEW;
END $$;
"""

VISITS = r"""
CREATE OR REPLACE FUNCTION coach.guard_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF (NEW.reviewed_at, NEW.reviewed_by) IS DISTINCT FROM (OLD.reviewed_at, OLD.reviewed_by) THEN
        IF OLD.reviewed_at IS NULL AND NEW.reviewed_at IS NOT NULL AND coach.is_reviewer() THEN
            NEW.reviewed_by := coach.me();
        ELSE
            PERFORM coach.refuse('a visit is reviewed once, by a supervisor');
        END IF;
    END IF;
    IF OLD.reviewed_at IS NOT NULL AND coach.my_role() IS DISTINCT FROM 'supervisor'
       AND coach.my_role() IS DISTINCT FROM 'admin' THEN
        PERFORM coach.refuse(format('visit %s was reviewed by a supervisor and is locked', OLD.id));
    END IF;
    IF NEW.coach_id IS DISTINCT FROM OLD.coach_id THEN
        PERFORM coach.refuse('a visit keeps its coach');
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION coach.visit_reviewed(visit UUID) RETURNS BOOLEAN
LANGUAGE sql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    -- FOR SHARE: a review committing meanwhile is waited for, then seen.
    SELECT coalesce((SELECT reviewed_at IS NOT NULL FROM coach.visits WHERE id = visit FOR SHARE),
                    false)
$$;

-- Difficulties and attachments of a reviewed visit are locked with it.
CREATE FUNCTION coach.guard_visit_part() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    locked TEXT := format('visit %s was reviewed by a supervisor and is locked', NEW.visit_id);
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF coach.visit_reviewed(NEW.visit_id) THEN
            PERFORM coach.refuse(locked);
        END IF;
    ELSIF NEW.visit_id IS DISTINCT FROM OLD.visit_id THEN
        IF coach.visit_reviewed(NEW.visit_id) OR coach.visit_reviewed(OLD.visit_id) THEN
            PERFORM coach.refuse(format('visit %s or %s was reviewed by a supervisor and is locked',
                                        OLD.visit_id, NEW.visit_id));
        END IF;
    ELSIF coach.visit_reviewed(NEW.visit_id) THEN
        -- A difficulty raised there is still followed up at later visits.
        IF TG_TABLE_NAME <> 'difficulties'
           OR coach.without(to_jsonb(NEW), 'status', 'resolution', 'resolved_on',
                            'followed_up_visit_id')
              <> coach.without(to_jsonb(OLD), 'status', 'resolution', 'resolved_on',
                               'followed_up_visit_id') THEN
            PERFORM coach.refuse(locked);
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'difficulties' THEN
        IF (TG_OP = 'INSERT' OR NEW.followed_up_visit_id IS DISTINCT FROM OLD.followed_up_visit_id)
           AND coach.visit_reviewed(NEW.followed_up_visit_id) THEN
            PERFORM coach.refuse(format('visit %s was reviewed by a supervisor and is locked',
                                        NEW.followed_up_visit_id));
        END IF;
    END IF;
    RETURN NEW;
END $$;
"""

BLOBS = r"""
-- Each login's chunks are its own: nobody can spoil another's upload.
ALTER TABLE coach.blob_chunks DROP CONSTRAINT blob_chunks_pkey;
ALTER TABLE coach.blob_chunks ADD CONSTRAINT blob_chunks_pkey
    PRIMARY KEY (hash, uploaded_by, position);

-- Whether the caller may see a blob: an attachment with that hash in their scope.
CREATE FUNCTION coach.may_see_blob(wanted TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT coach.me() IS NOT NULL AND EXISTS (
        SELECT 1 FROM coach.attachments a
        WHERE a.content_hash = wanted
          AND (coach.is_reviewer() OR a.company_id IN (SELECT coach.my_writable_companies()))
    )
$$;

CREATE FUNCTION coach.guard_blob_chunk() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    -- FOR SHARE: a completion committing meanwhile is waited for, then seen.
    IF (SELECT complete FROM coach.blobs WHERE hash = NEW.hash FOR SHARE) THEN
        RETURN NULL;  -- the bytes are there already
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard BEFORE INSERT ON coach.blob_chunks
    FOR EACH ROW EXECUTE FUNCTION coach.guard_blob_chunk();

CREATE OR REPLACE FUNCTION coach.finish_blob(wanted TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    whole BYTEA;
    done BOOLEAN;
BEGIN
    IF coach.me() IS NULL THEN
        RETURN false;
    END IF;
    SELECT complete INTO done FROM coach.blobs WHERE hash = wanted FOR UPDATE;
    IF done IS NULL THEN
        RETURN false;
    END IF;
    SELECT string_agg(data, ''::bytea ORDER BY position) INTO whole
      FROM coach.blob_chunks WHERE hash = wanted AND uploaded_by = session_user;
    IF whole IS NULL OR done THEN
        -- Nothing of the caller's: say only what the caller may know anyway.
        RETURN done AND (whole IS NOT NULL OR coach.may_see_blob(wanted));
    END IF;
    IF encode(sha256(whole), 'hex') <> wanted OR length(whole) > 20971520 THEN
        DELETE FROM coach.blob_chunks WHERE hash = wanted AND uploaded_by = session_user;
        RETURN false;
    END IF;
    UPDATE coach.blobs SET complete = true, size = length(whole), uploaded_by = session_user
     WHERE hash = wanted;
    DELETE FROM coach.blob_chunks WHERE hash = wanted AND uploaded_by <> session_user;
    RETURN true;
END $$;

DROP POLICY readable ON coach.blobs;
DROP POLICY own_insert ON coach.blobs;
DROP POLICY own_update ON coach.blobs;
CREATE POLICY readable ON coach.blobs FOR SELECT USING (
    uploaded_by = session_user OR coach.may_see_blob(hash));
CREATE POLICY own_insert ON coach.blobs FOR INSERT WITH CHECK (
    uploaded_by = session_user AND NOT complete AND (SELECT coach.me()) IS NOT NULL);

DROP POLICY readable ON coach.blob_chunks;
DROP POLICY own_insert ON coach.blob_chunks;
-- Others' chunks are readable once they are the complete blob.
CREATE POLICY readable ON coach.blob_chunks FOR SELECT USING (
    uploaded_by = session_user OR (
        EXISTS (SELECT 1 FROM coach.blobs b WHERE b.hash = blob_chunks.hash AND b.complete
                AND b.uploaded_by = blob_chunks.uploaded_by)
        AND coach.may_see_blob(hash)));
CREATE POLICY own_insert ON coach.blob_chunks FOR INSERT WITH CHECK (
    uploaded_by = session_user AND (SELECT coach.me()) IS NOT NULL);
"""

LOGINS = r"""
-- Puts a Coach login in the group of its role, able to log in or not.
CREATE FUNCTION coach.apply_login(login TEXT, role TEXT, can_log_in BOOLEAN) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    part TEXT;
    grp TEXT;
    member BOOLEAN;
BEGIN
    IF NOT coach.is_coach_login(login) THEN
        PERFORM coach.refuse(format('%s is not a Coach login', login));
    END IF;
    FOREACH part IN ARRAY ARRAY['coach', 'supervisor', 'admin'] LOOP
        grp := coach.group_of(part);
        member := pg_has_role(login, grp, 'MEMBER');
        IF part = role AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', grp, login);
        ELSIF part <> role AND member THEN
            EXECUTE format('REVOKE %I FROM %I', grp, login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN can_log_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

-- The PostgreSQL login follows the user row, in the same transaction.
CREATE FUNCTION coach.follow_user() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.login IS DISTINCT FROM OLD.login THEN
        PERFORM coach.refuse('a user keeps their login');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.login) THEN
        -- (no login yet: `server add-user` makes it)
        PERFORM coach.apply_login(NEW.login, NEW.role, NEW.active AND NEW.deleted_at IS NULL);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER follow BEFORE INSERT OR UPDATE ON coach.users
    FOR EACH ROW EXECUTE FUNCTION coach.follow_user();

-- A login that is not active writes nothing, even from a session opened before.
DROP POLICY own ON coach.applied_ops;
CREATE POLICY own ON coach.applied_ops FOR ALL
    USING (login = session_user)
    WITH CHECK (login = session_user AND (SELECT coach.me()) IS NOT NULL);
DROP POLICY own_insert ON coach.conflicts;
CREATE POLICY own_insert ON coach.conflicts FOR INSERT
    WITH CHECK (login = session_user AND (SELECT coach.me()) IS NOT NULL);
"""

STALLS = r"""
INSERT INTO coach.settings (key, value) VALUES
    ('writer_idle_limit', '5 minutes'), ('writer_open_limit', '15 minutes')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION coach.end_stalled_writers() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    idle_limit INTERVAL := (SELECT value FROM coach.settings WHERE key = 'writer_idle_limit');
    open_limit INTERVAL := (SELECT value FROM coach.settings WHERE key = 'writer_open_limit');
    ended INTEGER;
BEGIN
    SELECT count(*) FILTER (WHERE pg_terminate_backend(a.pid)) INTO ended
      FROM pg_stat_activity a
     WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
       AND coach.is_coach_login(a.usename)
       AND ((a.backend_xid IS NOT NULL
             AND ((a.state LIKE 'idle in transaction%'
                   AND a.state_change < clock_timestamp() - idle_limit)
                  OR a.xact_start < clock_timestamp() - open_limit))
            -- A lock kept by a session that does nothing (an advisory lock on a row id
            -- holds up every push of that row), only looked for when someone waits.
            OR (a.state <> 'active' AND a.state_change < clock_timestamp() - idle_limit
                AND a.pid IN (SELECT unnest(pg_blocking_pids(w.pid)) FROM pg_stat_activity w
                              WHERE w.wait_event_type = 'Lock'
                                AND w.datname = current_database())));
    RETURN ended;
END $$;

CREATE FUNCTION coach.watch_writers() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM coach.end_stalled_writers();
    RETURN NULL;
END $$;
CREATE TRIGGER watch AFTER INSERT ON coach.applied_ops
    FOR EACH STATEMENT EXECUTE FUNCTION coach.watch_writers();
"""


# Helpers only the rules call (as the owner): a login calling them could learn who is a
# Coach login, or take locks on rows it cannot see.
PRIVATE = r"""
REVOKE EXECUTE ON FUNCTION coach.group_of(TEXT), coach.is_coach_login(TEXT),
    coach.visit_reviewed(UUID), coach.apply_login(TEXT, TEXT, BOOLEAN) FROM PUBLIC;
"""


def _triggers() -> str:
    parts = [
        f"CREATE TRIGGER keep_company BEFORE UPDATE ON coach.{table} "
        "FOR EACH ROW EXECUTE FUNCTION coach.keep_company();\n"
        for table in COMPANY_ROWS
    ]
    parts.append("""
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON coach.difficulties
    FOR EACH ROW EXECUTE FUNCTION coach.guard_visit_part();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON coach.attachments
    FOR EACH ROW EXECUTE FUNCTION coach.guard_visit_part();
""")
    return "".join(parts)


def upgrade() -> None:
    for block in (HELPERS, STAMP, ROADMAPS, VISITS, BLOBS, LOGINS, STALLS, PRIVATE, _triggers()):
        op.execute(block)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
