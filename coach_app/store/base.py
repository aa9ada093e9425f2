"""The declarative base and the columns every synced entity carries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coach_app.store.types import UTCDateTime, utcnow

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime,
        uuid.UUID: Uuid,
        dict[str, Any]: JSON,
        list[str]: JSON,
    }


# Columns that record who/when and the sync state rather than what the user typed;
# the outbox does not treat a change to them as an edit.
BOOKKEEPING = frozenset(
    {"created_at", "created_by", "updated_at", "updated_by", "server_version", "search_text"}
)
# Columns that stay on this laptop: the sync state, and what is derived from other columns.
LOCAL_ONLY = frozenset({"server_version", "search_text"})


class Synced:
    """Mixin for entities that travel between the laptop and the agency's server.

    ``server_version`` is the server's change sequence number of the row this local copy
    is based on (None: never seen by the server); sync uses it as the base of a three-way
    merge. Rows are never deleted locally: ``deleted_at`` marks a tombstone so the delete
    travels like any other change.
    """

    __tablename__: str

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    server_version: Mapped[int | None] = mapped_column(BigInteger, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
