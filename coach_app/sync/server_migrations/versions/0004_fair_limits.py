"""fair limits: assignments count from their first day, uploads within their size,
and no session holds the pushes of others for long.

- ``coach.my_companies()`` / ``coach.my_writable_companies()`` ignored ``starts_on``: an
  assignment from next year gave the company to the coach today.
- The watchdog ended a session sitting on a lock others wait for only when it was idle:
  ``SELECT pg_advisory_lock(<a row id>), pg_sleep(3600)`` is active, and held every push
  of that row for as long as it liked. Now any Coach session another one has waited on
  for longer than ``writer_block_limit`` (30 seconds) is ended; pushes hold their row
  locks for milliseconds. (Pushes give up waiting after a minute and say why.)
- Chunks of an upload were taken without limit until ``finish_blob``: a login could store
  any number of bytes under a blob announced as one byte. A login's chunks of one file stop
  at the 20 MB a file may have, and its unfinished uploads at 100 MB in all.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MY_COMPANIES = """
CREATE OR REPLACE FUNCTION coach.my_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND starts_on <= current_date
      AND (ends_on IS NULL OR ends_on >= current_date)
$$;

CREATE OR REPLACE FUNCTION coach.my_writable_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND starts_on <= current_date
      AND (ends_on IS NULL OR ends_on >= current_date - 30)
$$;
"""


WATCHDOG = r"""
INSERT INTO coach.settings (key, value) VALUES ('writer_block_limit', '30 seconds')
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION coach.end_stalled_writers() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    idle_limit INTERVAL := (SELECT value FROM coach.settings WHERE key = 'writer_idle_limit');
    open_limit INTERVAL := (SELECT value FROM coach.settings WHERE key = 'writer_open_limit');
    block_limit INTERVAL := (SELECT value FROM coach.settings WHERE key = 'writer_block_limit');
    ended INTEGER;
BEGIN
    -- Who waits, and on whom, read once, and pg_locks only when someone waits: a push
    -- holds a lock per row it writes, and reading them all on every push cost a third of
    -- a second each time.
    WITH waiting AS MATERIALIZED (
        SELECT w.pid, (SELECT min(l.waitstart) FROM pg_locks l
                        WHERE l.pid = w.pid AND NOT l.granted) AS waitstart
          FROM pg_stat_activity w
         WHERE w.wait_event_type = 'Lock' AND w.datname = current_database()),
    blocking AS MATERIALIZED (
        SELECT b.pid, bool_or(waiting.waitstart < clock_timestamp() - block_limit) AS long
          FROM waiting, unnest(pg_blocking_pids(waiting.pid)) AS b(pid)
         GROUP BY b.pid)
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
                AND a.pid IN (SELECT pid FROM blocking))
            -- Whatever it is doing, a session someone has waited on for too long.
            OR a.pid IN (SELECT pid FROM blocking WHERE long));
    RETURN ended;
END $$;
"""


UPLOADS = r"""
CREATE OR REPLACE FUNCTION coach.guard_blob_chunk() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    -- FOR SHARE: a completion committing meanwhile is waited for, then seen.
    IF (SELECT complete FROM coach.blobs WHERE hash = NEW.hash FOR SHARE) THEN
        RETURN NULL;  -- the bytes are there already
    END IF;
    IF length(NEW.data) + (SELECT coalesce(sum(length(data)), 0) FROM coach.blob_chunks
                           WHERE hash = NEW.hash AND uploaded_by = NEW.uploaded_by)
       > 20971520 THEN
        PERFORM coach.refuse('a file may be at most 20 MB');
    END IF;
    IF length(NEW.data) + (SELECT coalesce(sum(length(c.data)), 0) FROM coach.blob_chunks c
                           JOIN coach.blobs b ON b.hash = c.hash AND NOT b.complete
                           WHERE c.uploaded_by = NEW.uploaded_by)
       > 104857600 THEN
        PERFORM coach.refuse('unfinished uploads of one login hold at most 100 MB');
    END IF;
    RETURN NEW;
END $$;
"""


def upgrade() -> None:
    op.execute(MY_COMPANIES)
    op.execute(WATCHDOG)
    op.execute(UPLOADS)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
