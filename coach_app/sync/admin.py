"""What an administrator does on the shared database besides people: programmes,
companies, assignments and a look at the server's health.

Everything here runs with the schema owner's connection, straight on the server, so the
README's set-up works on an empty database before any laptop has synced. The server's
triggers still stamp versions and its CHECKs still apply.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

import psycopg

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.messages import pick
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.validate import date_order
from coach_app.sync.admin_connection import owner_connect
from coach_app.sync.connection import Connection

# --- programmes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerProgramme:
    name: str
    year: int
    agency: str
    budget: int
    live_assignments: int


def add_programme(url: str, draft: ProgrammeDraft, agency: str = "") -> uuid.UUID:
    """A programme (사업) of one year; the same name twice in a year is refused."""
    problems = draft.problems()
    if problems:
        raise ValidationError(problems)
    name = draft.name.strip()
    with owner_connect(url) as connection:
        taken = connection.execute(
            "SELECT 1 FROM coach.programmes WHERE name = %s AND year = %s AND deleted_at IS NULL",
            (name, draft.year),
        ).fetchone()
        if taken is not None:
            raise ValidationError(
                [FieldProblem("name", "already_registered", {"value": f"{name} ({draft.year})"})]
            )
        programme_id = uuid.uuid4()
        now = dt.datetime.now(dt.UTC)
        connection.execute(
            "INSERT INTO coach.programmes (id, name, year, agency, budget, funding_national,"
            " funding_local, funding_company, created_at, updated_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                programme_id,
                name,
                draft.year,
                agency.strip(),
                draft.budget,
                draft.funding.national,
                draft.funding.local,
                draft.funding.company,
                now,
                now,
            ),
        )
    return programme_id


def list_programmes(url: str) -> list[ServerProgramme]:
    with owner_connect(url) as connection:
        rows = connection.execute(
            "SELECT p.name, p.year, p.agency, p.budget, count(a.id) FILTER ("
            "  WHERE a.deleted_at IS NULL AND (a.ends_on IS NULL OR a.ends_on >= current_date)"
            ") AS live_assignments FROM coach.programmes p"
            " LEFT JOIN coach.assignments a ON a.programme_id = p.id"
            " WHERE p.deleted_at IS NULL GROUP BY p.id ORDER BY p.year DESC, p.name"
        ).fetchall()
    return [ServerProgramme(**row) for row in rows]


# --- assignments --------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerAssignment:
    coach: str
    company: str
    brn: str
    programme: str
    year: int
    starts_on: dt.date
    ends_on: dt.date | None


def list_assignments(
    url: str, coach: str | None = None, company: str | None = None
) -> list[ServerAssignment]:
    """Every assignment not deleted, ended ones too; ``company`` is a 사업자등록번호."""
    with owner_connect(url) as connection:
        rows = connection.execute(
            "SELECT u.login AS coach, c.name AS company, c.brn, p.name AS programme, p.year,"
            " a.starts_on, a.ends_on FROM coach.assignments a"
            " JOIN coach.users u ON u.id = a.coach_id"
            " JOIN coach.companies c ON c.id = a.company_id"
            " JOIN coach.programmes p ON p.id = a.programme_id"
            " WHERE a.deleted_at IS NULL"
            " AND (%(coach)s::text IS NULL OR u.login = %(coach)s)"
            " AND (%(company)s::text IS NULL OR c.brn = %(company)s)"
            " ORDER BY u.login, c.name, a.starts_on",
            {"coach": coach, "company": company},
        ).fetchall()
    return [ServerAssignment(**row) for row in rows]


def end_assignment(url: str, coach: str, company: str, programme: str, ends_on: dt.date) -> dt.date:
    """Give the coach's open assignment to the company an end date; returns its start.

    The coach's laptop drops the company at its next sync once the date has passed."""
    with owner_connect(url) as connection:
        row = connection.execute(
            "SELECT a.id, a.starts_on FROM coach.assignments a"
            " JOIN coach.users u ON u.id = a.coach_id"
            " JOIN coach.companies c ON c.id = a.company_id"
            " JOIN coach.programmes p ON p.id = a.programme_id"
            " WHERE u.login = %s AND c.brn = %s AND p.name = %s AND a.deleted_at IS NULL"
            " AND (a.ends_on IS NULL OR a.ends_on > %s)"
            " ORDER BY a.starts_on DESC LIMIT 1",
            (coach, company, programme, ends_on),
        ).fetchone()
        if row is None:
            raise ValidationError(
                [
                    FieldProblem(
                        "assignment",
                        "not_found",
                        {"value": f"{coach} · {company} · {programme}"},
                    )
                ]
            )
        problem = date_order("ends_on", row["starts_on"], ends_on)
        if problem is not None:
            raise ValidationError([problem])
        connection.execute(
            "UPDATE coach.assignments SET ends_on = %s, updated_at = now() WHERE id = %s",
            (ends_on, row["id"]),
        )
        starts_on: dt.date = row["starts_on"]
    return starts_on


# --- companies ----------------------------------------------------------------------------


def company_numbers(url: str) -> dict[str, uuid.UUID]:
    """사업자등록번호 → id of every company on the server (for the import's checks)."""
    with owner_connect(url) as connection:
        rows = connection.execute(
            "SELECT brn, id FROM coach.companies WHERE deleted_at IS NULL"
        ).fetchall()
    return {str(row["brn"]): uuid.UUID(str(row["id"])) for row in rows}


def write_companies(
    url: str, rows: Iterable[tuple[uuid.UUID | None, CompanyDraft]]
) -> tuple[int, int]:
    """Insert the new companies and update the known ones in one transaction:
    (inserted, updated). An empty cell does not wipe what the server knows."""
    inserted = updated = 0
    now = dt.datetime.now(dt.UTC)
    try:
        with owner_connect(url) as connection:
            for existing_id, draft in rows:
                values = asdict(draft.normalized())
                if existing_id is None:
                    _insert_company(connection, values, now)
                    inserted += 1
                    continue
                kept = {k: v for k, v in values.items() if v not in (None, "")}
                assignments = ", ".join(f"{name} = %({name})s" for name in kept)
                # Only a company whose values change is written: an unchanged one would
                # get a new version that every laptop then pulls for nothing.
                differs = " OR ".join(f"{name} IS DISTINCT FROM %({name})s" for name in kept)
                changed = connection.execute(
                    f"UPDATE coach.companies SET {assignments}, updated_at = %(now)s"
                    f" WHERE id = %(id)s AND ({differs or 'false'})",
                    {**kept, "now": now, "id": existing_id},
                ).rowcount
                updated += changed
    except psycopg.errors.IntegrityError as error:
        detail = error.diag.message_primary
        raise CoachError(
            pick(
                "서버가 가져오기를 거부했습니다. 아무것도 가져오지 않았습니다 (다른 곳에서 같은"
                f" 사업자등록번호가 방금 등록되었을 수 있습니다). 상세: {detail}",
                "The server refused the import; nothing was imported (the same business"
                f" number may have just been registered elsewhere). Detail: {detail}",
            )
        ) from error
    return inserted, updated


def _insert_company(connection: Connection, values: Mapping[str, object], now: object) -> None:
    names = ["id", *values, "created_at", "updated_at"]
    connection.execute(
        f"INSERT INTO coach.companies ({', '.join(names)}) VALUES"
        f" ({', '.join(f'%({name})s' for name in names)})",
        {**values, "id": uuid.uuid4(), "created_at": now, "updated_at": now},
    )


# --- the server's health ------------------------------------------------------------------


@dataclass(frozen=True)
class ServerStatus:
    schema: str | None
    clients: dict[str, int]  # login → open sessions on this database
    oldest_login: str | None
    oldest_age: dt.timedelta | None
    oldest_state: str | None
    pending_blobs: int
    pending_bytes: int
    audit_rows: int
    audit_bytes: int
    database_bytes: int


def server_status(url: str) -> ServerStatus:
    """What to watch: the schema, who is connected, the oldest open transaction (which
    holds every pull back), uploads never finished, the audit log and the database size."""
    with owner_connect(url, autocommit=True) as connection:
        schema = connection.execute("SELECT version_num FROM coach.alembic_version").fetchone()
        clients = connection.execute(
            "SELECT coalesce(usename, '?') AS login, count(*) AS sessions FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend' GROUP BY 1 ORDER BY 1"
        ).fetchall()
        oldest = connection.execute(
            "SELECT usename AS login, now() - xact_start AS age, state FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND xact_start IS NOT NULL ORDER BY xact_start LIMIT 1"
        ).fetchone()
        # The bytes stored, not the sizes announced (which a login chooses).
        blobs = connection.execute(
            "SELECT count(DISTINCT b.hash) AS n, coalesce(sum(length(c.data)), 0) AS bytes"
            " FROM coach.blobs b LEFT JOIN coach.blob_chunks c ON c.hash = b.hash"
            " WHERE NOT b.complete"
        ).fetchone()
        audit = connection.execute(
            "SELECT (SELECT count(*) FROM coach.audit_log) AS n,"
            " pg_total_relation_size('coach.audit_log') AS bytes,"
            " pg_database_size(current_database()) AS database"
        ).fetchone()
    assert blobs is not None and audit is not None
    return ServerStatus(
        schema=str(schema["version_num"]) if schema else None,
        clients={str(row["login"]): int(row["sessions"]) for row in clients},
        oldest_login=oldest["login"] if oldest else None,
        oldest_age=oldest["age"] if oldest else None,
        oldest_state=oldest["state"] if oldest else None,
        pending_blobs=int(blobs["n"]),
        pending_bytes=int(blobs["bytes"]),
        audit_rows=int(audit["n"]),
        audit_bytes=int(audit["bytes"]),
        database_bytes=int(audit["database"]),
    )
