"""Photos and files attached to a company or a visit, kept once by content hash."""

from __future__ import annotations

import mimetypes
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, ValidationError, check
from coach_app.services.lookup import live
from coach_app.services.records import AttachmentRecord, records
from coach_app.store.database import Database
from coach_app.store.files import MAX_SIZE, FileStore
from coach_app.store.models import Attachment, Company, Visit
from coach_app.store.queries import attachments as queries
from coach_app.store.types import utcnow


def files_of(db: Database) -> FileStore:
    return FileStore.beside(db.path)


def add_attachment(
    db: Database,
    company_id: uuid.UUID,
    source: Path,
    visit_id: uuid.UUID | None = None,
    caption: str = "",
    data: bytes | None = None,
) -> uuid.UUID:
    """Attach ``source`` (or ``data`` under its name); the bytes are stored by their hash."""
    if data is None:
        try:
            data = source.read_bytes()
        except OSError as error:
            raise ValidationError(
                [FieldProblem("file", "file_unreadable", {"value": str(source)})]
            ) from error
    check(size_problems(source.name, data))
    content_hash = files_of(db).put(data)
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        if visit_id is not None:
            live(session, Visit, visit_id, "visit")
        return attach(session, company_id, visit_id, source.name, data, content_hash, caption)


def size_problems(name: str, data: bytes, field: str = "file") -> list[FieldProblem]:
    if len(data) <= MAX_SIZE:
        return []
    return [
        FieldProblem(
            field,
            "file_too_large",
            {
                "size": f"{len(data) / 1_048_576:.1f} MB",
                "limit": f"{MAX_SIZE // 1_048_576} MB",
                "name": name,
            },
        )
    ]


def attach(
    session: Session,
    company_id: uuid.UUID,
    visit_id: uuid.UUID | None,
    name: str,
    data: bytes,
    content_hash: str,
    caption: str = "",
    attachment_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Add the attachment row inside the caller's transaction (the bytes are already kept)."""
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(
        id=attachment_id or uuid.uuid4(),
        company_id=company_id,
        visit_id=visit_id,
        kind="photo" if mime.startswith("image/") else "file",
        filename=name,
        mime_type=mime,
        size=len(data),
        content_hash=content_hash,
        caption=caption,
    )
    session.add(attachment)
    session.flush()
    return attachment.id


def attachments_of(
    db: Database, company_id: uuid.UUID, visit_id: uuid.UUID | None = None
) -> list[AttachmentRecord]:
    with db.read() as session:
        return records(AttachmentRecord, queries.attachments_of(session, company_id, visit_id))


def remove_attachment(db: Database, attachment_id: uuid.UUID) -> None:
    with db.transaction() as session:
        live(session, Attachment, attachment_id, "file").deleted_at = utcnow()


def content(db: Database, attachment: Attachment | AttachmentRecord) -> bytes | None:
    """The bytes, or None while they have not arrived on this laptop yet."""
    store = files_of(db)
    if not store.has(attachment.content_hash):
        return None
    return store.read(attachment.content_hash)


def keep_bytes(db: Database, name: str, data: bytes, field: str = "file") -> str:
    """Store the bytes by hash before the rows that point at them are written; a failure
    (disk full, no permission) is a problem of that file, said in words."""
    try:
        return files_of(db).put(data)
    except OSError as error:
        raise ValidationError(
            [
                FieldProblem(
                    field, "file_not_stored", {"name": name, "reason": error.strerror or str(error)}
                )
            ]
        ) from error
