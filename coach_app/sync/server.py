"""Setting up the agency's shared database: schema, roles, grants, users, assignments.

Run by an administrator with an owner's connection (``coach-app server init URL``).
Every step can run again: ``init`` on an initialised database only brings it up to date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine

from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.messages import pick
from coach_app.domain.review import MOVES
from coach_app.domain.roles import Role, login_problem
from coach_app.domain.validate import date_order
from coach_app.sync.admin_connection import owner_connect
from coach_app.sync.connection import Connection
from coach_app.sync.tables import ORDERED

MIGRATIONS = Path(__file__).with_name("server_migrations")
DEFAULT_ROLE_PREFIX = "coach_"

# Columns each role may write, per table: "*" for every travelling column.
# Supervisors review and comment; they do not edit a coach's content.
_BOOKKEEPING = ("updated_at", "updated_by")
_COACH_WRITES: dict[str, tuple[str, ...]] = {
    "companies": ("*",),
    "contacts": ("*",),
    "visits": ("*",),
    "difficulties": ("*",),
    "attachments": ("*",),
    "diagnoses": ("*",),
    "diagnosis_scores": ("*",),
    "roadmaps": ("*",),
    "roadmap_items": ("*",),
    "measures": ("*",),
    "status_changes": ("*",),
    "impact_figures": ("*",),
    "satisfaction_ratings": ("*",),
    "visit_signatures": ("*",),
}
_COACH_NEVER = {
    # A company's number and its existence are the supervisors' to change.
    "companies": ("brn", "deleted_at"),
    "visits": ("reviewed_at", "reviewed_by"),
    "roadmaps": ("approved_at", "approved_by"),
}
_COACH_NO_INSERT = ("companies",)
_MEETING_VISIT = (
    "visit_date",
    "place",
    "attendees",
    "purpose",
    "notes",
    "programme_id",
    "deleted_at",
)
_MEETING_DIFFICULTY = (
    "category",
    "description",
    "severity",
    "requested_support",
    "agency",
    "organisation_id",
    "due_on",
    "deleted_at",
)
_SUPERVISOR_WRITES: dict[str, tuple[str, ...]] = {
    "organisations": ("*",),
    "programmes": ("*",),
    "programme_organisations": ("*",),
    "programme_budgets": ("*",),
    "meetings": ("*",),
    "measures": ("*",),
    "impact_figures": ("*",),  # never the confirmation: server 0012 refuses it
    "companies": ("*",),
    "contacts": ("*",),
    "assignments": ("*",),
    "reviews": ("*",),
    # A meeting's visits and difficulties are corrected by supervisors (server 0007 holds
    # them to meetings); a coach's content is never theirs.
    "visits": ("reviewed_at", "reviewed_by", *_BOOKKEEPING, *_MEETING_VISIT),
    "difficulties": (*_MEETING_DIFFICULTY, *_BOOKKEEPING),
    "roadmaps": ("status", "approved_at", "approved_by", *_BOOKKEEPING),
}
# A supervisor recording a meeting inserts each company's visit and its difficulties (the
# policies hold them to meeting visits of their own); they never edit a coach's content.
_SUPERVISOR_INSERTS: dict[str, tuple[str, ...]] = {
    "visits": ("reviewed_at", "reviewed_by"),  # every column but these
    "difficulties": (),
    "status_changes": (),
    "visit_signatures": (),  # of a meeting's visit only (server 0016)
}
_ADMIN_EXTRA: dict[str, tuple[str, ...]] = {"users": ("*",), "support_programmes": ("*",)}
# Only insert, never update: a review is a record of what was decided, a status change
# of what happened, a signature of what was signed, a rating of what was said.
_INSERT_ONLY = ("reviews", "status_changes", "satisfaction_ratings", "visit_signatures")


def server_script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def server_head() -> str:
    head = server_script().get_current_head()
    assert head is not None
    return head


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlalchemy_url(url: str) -> str:
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def group_roles(prefix: str) -> dict[Role, str]:
    return {role: f"{prefix}{role.value}" for role in Role}


def init_server(url: str, role_prefix: str | None = None) -> str:
    """Create or upgrade the shared schema, roles and grants; returns the schema revision.

    ``role_prefix`` (default ``coach_``) names the group roles on the first run; later runs
    keep it, and refuse a different one."""
    with owner_connect(url, autocommit=True, initialised=False) as connection:
        _check_owner(connection)
        connection.execute("CREATE SCHEMA IF NOT EXISTS coach")
    engine = create_engine(_sqlalchemy_url(url))
    try:
        with engine.begin() as connection:
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            revision = MigrationContext.configure(
                connection, opts={"version_table_schema": "coach"}
            ).get_current_revision()
    finally:
        engine.dispose()
    with owner_connect(url) as connection:
        prefix = _stored_prefix(connection, role_prefix)
        roles = group_roles(prefix)
        for name in roles.values():
            _ensure_role(connection, name, login=False)
        _grant(connection, roles)
        _copy_moves(connection)
        # Logins of people deactivated, or moved, before the server kept them in step.
        connection.execute(
            "SELECT coach.apply_login(login, role, active AND deleted_at IS NULL)"
            " FROM coach.users WHERE coach.is_coach_login(login)"
        )
        # Only this agency's people connect: another agency's logins on a shared cluster
        # (PostgreSQL lets every role connect to every database by default) are kept out.
        database = sql.Identifier(connection.info.dbname)
        connection.execute(sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(database))
        for name in roles.values():
            connection.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, sql.Identifier(name))
            )
        # Pulls wait for every writer still running (that is how no row is skipped), so a
        # client that dies inside a write transaction must not hold everyone up for long.
        connection.execute(
            sql.SQL("ALTER DATABASE {} SET idle_in_transaction_session_timeout = '5min'").format(
                sql.Identifier(connection.info.dbname)
            )
        )
    return revision or ""


class OwnerLacksRights(CoachError):
    """The login given to ``server init`` cannot set the database up; nothing was changed."""


def _check_owner(connection: Connection) -> None:
    """Refuse before any change when the login could not finish: it makes the group roles
    and the people's logins (CREATEROLE) and sets the database's time-outs (its owner)."""
    row = connection.execute(
        "SELECT current_user AS login, r.rolsuper OR r.rolcreaterole AS makes_roles,"
        " r.rolsuper OR d.datdba = r.oid AS owns"
        " FROM pg_roles r, pg_database d"
        " WHERE r.rolname = current_user AND d.datname = current_database()"
    ).fetchone()
    assert row is not None
    login, database = row["login"], connection.info.dbname
    missing = [
        statement
        for ok, statement in (
            (row["makes_roles"], f"ALTER ROLE {login} CREATEROLE;"),
            (row["owns"], f"ALTER DATABASE {database} OWNER TO {login};"),
        )
        if not ok
    ]
    if missing:
        fix = " ".join(missing)
        raise OwnerLacksRights(
            pick(
                f"로그인 {login}은(는) 서버를 설정할 수 없습니다: 데이터베이스 {database}의 "
                "소유자이고 역할을 만들 수 있어야(CREATEROLE) 합니다. 아무것도 바꾸지 "
                f"않았습니다. 슈퍼유저로 실행하세요: {fix}",
                f"The login {login} cannot set the server up: it must own the database "
                f"{database} and be allowed to create roles (CREATEROLE). Nothing was changed. "
                f"Run as a superuser: {fix}",
            )
        )


def _stored_prefix(connection: Connection, wanted: str | None) -> str:
    """The prefix of the group roles this database uses, chosen at its first ``init``.

    Another prefix asked later is refused, not ignored: the logins already made belong to
    the first prefix's groups, and a second set of groups would let nobody in."""
    connection.execute(
        "INSERT INTO coach.settings (key, value) VALUES ('role_prefix', %s) "
        "ON CONFLICT (key) DO NOTHING",
        (wanted or DEFAULT_ROLE_PREFIX,),
    )
    row = connection.execute("SELECT value FROM coach.settings WHERE key = 'role_prefix'")
    found = row.fetchone()
    assert found is not None
    stored = str(found["value"])
    if wanted is not None and wanted != stored:
        raise ValidationError([FieldProblem("role_prefix", "role_prefix_taken", {"value": stored})])
    return stored


def _ensure_role(
    connection: Connection, name: str, login: bool, password: str | None = None
) -> None:
    exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    verb = "ALTER" if exists else "CREATE"
    statement = sql.SQL("{} ROLE {} {}").format(
        sql.SQL(verb), sql.Identifier(name), sql.SQL("LOGIN" if login else "NOLOGIN")
    )
    if password is not None:
        statement = sql.SQL("{} {}").format(statement, password_clause(connection, name, password))
    connection.execute(statement)


def password_clause(connection: Connection, login: str, password: str) -> sql.Composed:
    """``PASSWORD 'SCRAM-SHA-256$…'``: the verifier is computed here, by libpq, so the
    password itself never reaches the server (nor its log with ``log_statement = ddl``)."""
    if not password:
        raise ValidationError([FieldProblem("password", "required")])
    verifier = connection.pgconn.encrypt_password(
        password.encode(), login.encode(), b"scram-sha-256"
    )
    return sql.SQL("PASSWORD {}").format(sql.Literal(verifier.decode("ascii")))


def _columns(table: str, wanted: tuple[str, ...], never: tuple[str, ...] = ()) -> list[str]:
    names = next(t.column_names for t in ORDERED if t.name == table)
    chosen = list(names) if "*" in wanted else [c for c in wanted if c in names]
    return [c for c in chosen if c not in never]


def _grant(connection: Connection, roles: dict[Role, str]) -> None:
    everyone = [sql.Identifier(r) for r in roles.values()]
    who = sql.SQL(", ").join(everyone)
    connection.execute(sql.SQL("REVOKE ALL ON SCHEMA coach FROM PUBLIC"))
    connection.execute(
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA coach FROM PUBLIC, {}").format(who)
    )
    connection.execute(sql.SQL("GRANT USAGE ON SCHEMA coach TO {}").format(who))
    entity_tables = [t.name for t in ORDERED]
    for table in [*entity_tables, "roadmap_moves", "settings", "alembic_version"]:
        connection.execute(
            sql.SQL("GRANT SELECT ON coach.{} TO {}").format(sql.Identifier(table), who)
        )
    for table, rights in (
        ("applied_ops", "SELECT, INSERT"),
        ("conflicts", "SELECT, INSERT"),
        ("audit_log", "SELECT"),
        # Only coach.finish_blob marks a blob complete, after checking its bytes.
        ("blobs", "SELECT, INSERT (hash, size)"),
        ("blob_chunks", "SELECT, INSERT (hash, position, data)"),
    ):
        connection.execute(
            sql.SQL("GRANT {} ON coach.{} TO {}").format(
                sql.SQL(rights), sql.Identifier(table), who
            )
        )

    def write(
        role: str,
        table: str,
        wanted: tuple[str, ...],
        never: tuple[str, ...] = (),
        insert: bool = True,
    ) -> None:
        columns = sql.SQL(", ").join(sql.Identifier(c) for c in _columns(table, wanted, never))
        target = sql.SQL("coach.{}").format(sql.Identifier(table))
        if insert and ("*" in wanted):
            connection.execute(
                sql.SQL("GRANT INSERT ({}) ON {} TO {}").format(
                    columns, target, sql.Identifier(role)
                )
            )
        if table not in _INSERT_ONLY:
            connection.execute(
                sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                    columns, target, sql.Identifier(role)
                )
            )

    for table, wanted in _COACH_WRITES.items():
        write(
            roles[Role.COACH],
            table,
            wanted,
            _COACH_NEVER.get(table, ()),
            insert=table not in _COACH_NO_INSERT,
        )
    for role in (Role.SUPERVISOR, Role.ADMIN):
        for table, wanted in {
            **_SUPERVISOR_WRITES,
            **(_ADMIN_EXTRA if role is Role.ADMIN else {}),
        }.items():
            write(roles[role], table, wanted)
        for table, never in _SUPERVISOR_INSERTS.items():
            columns = sql.SQL(", ").join(sql.Identifier(c) for c in _columns(table, ("*",), never))
            connection.execute(
                sql.SQL("GRANT INSERT ({}) ON coach.{} TO {}").format(
                    columns, sql.Identifier(table), sql.Identifier(roles[role])
                )
            )


def _copy_moves(connection: Connection) -> None:
    """The server checks roadmap moves against the domain's own table."""
    connection.execute("DELETE FROM coach.roadmap_moves")
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO coach.roadmap_moves (source, target, role, owner_only) "
            "VALUES (%s, %s, %s, %s)",
            [
                (m.source.value, m.target.value, role.value, m.owner_only)
                for m in MOVES
                for role in m.roles
            ],
        )


def add_user(
    url: str,
    login: str,
    role: str,
    name: str,
    password: str | None = None,
    specialty: str | None = None,
) -> uuid.UUID:
    """Create (or update) a person's PostgreSQL login and their Coach user row.

    Run again for someone already there, it changes what is given: an empty name, no
    specialty or no password keep what the server holds, and someone deactivated stays so
    (``server reactivate``).
    """
    if password is not None and not password:
        raise ValidationError([FieldProblem("password", "required")])
    problem = login_problem(login)
    chosen = Role.parse(role)
    if problem is not None:
        raise ValidationError([problem])
    if chosen is None:
        raise ValidationError([FieldProblem("role", "unknown_choice", {"value": role})])
    with owner_connect(url) as connection:
        prefix = _stored_prefix(connection, None)
        roles = group_roles(prefix)
        if login in roles.values():
            raise ValidationError([FieldProblem("login", "brn_duplicate", {"name": login})])
        # A login of the cluster that is not this database's user is someone else's (another
        # agency's person, the owner): never take it over with a new password and group.
        foreign = connection.execute(
            "SELECT 1 FROM pg_roles r WHERE r.rolname = %s"
            " AND NOT EXISTS (SELECT 1 FROM coach.users u WHERE u.login = r.rolname)",
            (login,),
        ).fetchone()
        if foreign is not None:
            raise ValidationError([FieldProblem("login", "login_elsewhere")])
        _ensure_role(connection, login, login=True, password=password)
        for group in roles.values():
            connection.execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(login))
            )
        connection.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles[chosen]), sql.Identifier(login))
        )
        now = dt.datetime.now(dt.UTC)
        row = connection.execute(
            "INSERT INTO coach.users (id, login, name, role, specialty, email, phone, active,"
            " created_at, updated_at) VALUES (%s, %s, %s, %s, %s, '', '', true, %s, %s)"
            " ON CONFLICT (login) DO UPDATE SET"
            " name = CASE WHEN %s::text = '' THEN coach.users.name ELSE excluded.name END,"
            " role = excluded.role,"
            " specialty = coalesce(excluded.specialty, coach.users.specialty),"
            " updated_at = excluded.updated_at RETURNING id",
            (uuid.uuid4(), login, name or login, chosen.value, specialty, now, now, name),
        ).fetchone()
        assert row is not None
        return uuid.UUID(str(row["id"]))


def assign(
    url: str,
    coach_login: str,
    company_brn: str,
    programme: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
) -> uuid.UUID:
    """Assign a coach to a company in a programme, directly on the server."""
    with owner_connect(url) as connection:

        def one(query: str, value: object, field: str) -> uuid.UUID:
            found = connection.execute(query, (value,)).fetchone()
            if found is None:
                raise ValidationError([FieldProblem(field, "not_found", {"value": value})])
            return uuid.UUID(str(found["id"]))

        role = connection.execute(
            "SELECT role FROM coach.users WHERE login = %s AND deleted_at IS NULL", (coach_login,)
        ).fetchone()
        if role is not None and role["role"] != Role.COACH.value:
            label = (Role.parse(role["role"]) or Role.COACH).label
            raise ValidationError(
                [FieldProblem("coach", "not_a_coach", {"value": coach_login, "role": label})]
            )
        coach_id = one(
            "SELECT id FROM coach.users WHERE login = %s AND role = 'coach'", coach_login, "coach"
        )
        company_id = one(
            "SELECT id FROM coach.companies WHERE brn = %s AND deleted_at IS NULL",
            company_brn,
            "company",
        )
        programme_id = one(
            "SELECT id FROM coach.programmes WHERE name = %s AND "
            "deleted_at IS NULL ORDER BY year DESC LIMIT 1",
            programme,
            "programme",
        )
        problem = date_order("ends_on", starts_on, ends_on)
        if problem is not None:
            raise ValidationError([problem])
        overlapping = connection.execute(
            "SELECT starts_on, ends_on FROM coach.assignments WHERE coach_id = %s"
            " AND company_id = %s AND programme_id = %s AND deleted_at IS NULL"
            " AND starts_on <= coalesce(%s, 'infinity'::date)"
            " AND coalesce(ends_on, 'infinity'::date) >= %s",
            (coach_id, company_id, programme_id, ends_on, starts_on),
        ).fetchone()
        if overlapping is not None:
            period = f"{overlapping['starts_on']} – {overlapping['ends_on'] or ''}".strip()
            raise ValidationError(
                [FieldProblem("assignment", "assignment_overlap", {"value": period})]
            )
        now = dt.datetime.now(dt.UTC)
        assignment_id = uuid.uuid4()
        connection.execute(
            "INSERT INTO coach.assignments (id, programme_id, company_id, coach_id, starts_on,"
            " ends_on, created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (assignment_id, programme_id, company_id, coach_id, starts_on, ends_on, now, now),
        )
        return assignment_id


# --- the people on the server ------------------------------------------------------------


@dataclass(frozen=True)
class ServerUser:
    login: str
    name: str
    role: str
    active: bool
    can_log_in: bool


def list_users(url: str) -> list[ServerUser]:
    """Everyone with a Coach user row, and whether their login may open a session."""
    with owner_connect(url) as connection:
        rows = connection.execute(
            "SELECT u.login, u.name, u.role, u.active AND u.deleted_at IS NULL AS active,"
            " coalesce(r.rolcanlogin, false) AS can_log_in FROM coach.users u"
            " LEFT JOIN pg_roles r ON r.rolname = u.login ORDER BY u.login"
        ).fetchall()
    return [ServerUser(**row) for row in rows]


def set_active(url: str, login: str, active: bool) -> None:
    """Deactivate (the login becomes NOLOGIN) or reactivate someone, name and role kept."""
    _update_user(url, login, "active = %s", active)


def set_role(url: str, login: str, role: str) -> None:
    """Change someone's role; the server moves their login to the matching group."""
    chosen = Role.parse(role)
    if chosen is None:
        raise ValidationError([FieldProblem("role", "unknown_choice", {"value": role})])
    _update_user(url, login, "role = %s", chosen.value)


def reset_password(url: str, login: str, password: str) -> None:
    """A new password for someone already there; nothing else about them changes."""
    with owner_connect(url) as connection:
        _known(connection, login)
        connection.execute(
            sql.SQL("ALTER ROLE {} {}").format(
                sql.Identifier(login), password_clause(connection, login, password)
            )
        )


def _update_user(url: str, login: str, assignment: str, value: object) -> None:
    with owner_connect(url) as connection:
        _known(connection, login)
        # The trigger coach.follow_user moves the login in this same transaction.
        connection.execute(
            f"UPDATE coach.users SET {assignment}, updated_at = now() WHERE login = %s",
            (value, login),
        )


def _known(connection: Connection, login: str) -> None:
    found = connection.execute("SELECT 1 FROM coach.users WHERE login = %s", (login,)).fetchone()
    if found is None:
        raise ValidationError([FieldProblem("login", "not_found", {"value": login})])


# --- sessions that hold everyone's pulls back ---------------------------------------------


def end_stalled_writers(url: str) -> int:
    """End the Coach sessions idle in a write transaction (or open) past the limits of
    ``coach.settings``; returns how many. Pushes do it too; cron may run it every minute."""
    with owner_connect(url, autocommit=True) as connection:
        row = connection.execute("SELECT coach.end_stalled_writers() AS ended").fetchone()
    return int(row["ended"]) if row else 0


def watchdog_ready(url: str) -> bool:
    """Whether the schema owner may see and end other logins' sessions, as the watchdog
    needs (a superuser, or a member of pg_read_all_stats and pg_signal_backend)."""
    with owner_connect(url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT r.rolsuper OR (pg_has_role(r.oid, 'pg_read_all_stats', 'MEMBER')"
            " AND pg_has_role(r.oid, 'pg_signal_backend', 'MEMBER')) AS ready"
            " FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner"
            " WHERE p.oid = 'coach.end_stalled_writers()'::regprocedure"
        ).fetchone()
    return bool(row and row["ready"])
