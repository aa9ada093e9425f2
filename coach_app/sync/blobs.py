"""Attachment contents travel apart from rows, by SHA-256, in chunks that resume.

Bytes the server already holds are never sent again; a half-sent file is continued
from its last chunk, and a half-received one from its partial file; both sides check
the hash before a file counts as there.
"""

from __future__ import annotations

from sqlalchemy import select

from coach_app.store.database import Database
from coach_app.store.files import MAX_SIZE, FileStore
from coach_app.store.models import Attachment, UploadedBlob
from coach_app.sync.connection import Connection

CHUNK = 512 * 1024


def upload_pending(server: Connection, db: Database, files: FileStore) -> int:
    """Send contents of local attachments the server lacks; returns how many were sent."""
    with db.read() as session:
        wanted = set(
            session.scalars(
                select(Attachment.content_hash)
                .where(Attachment.content_hash.not_in(select(UploadedBlob.content_hash)))
                # A deleted attachment may be restored on another laptop: send it too.
                .execution_options(include_deleted=True)
            )
        )
    if not wanted:
        return 0
    present = {
        r["hash"]
        for r in server.execute(
            "SELECT hash FROM coach.blobs WHERE hash = ANY(%s) AND complete", (sorted(wanted),)
        )
    }
    sent = 0
    for content_hash in sorted(wanted - present):
        if files.has(content_hash) and _upload(server, files, content_hash):
            present.add(content_hash)
            sent += 1
    with db.transaction() as session:
        for content_hash in present:
            session.merge(UploadedBlob(content_hash=content_hash))
    return sent


def _upload(server: Connection, files: FileStore, content_hash: str) -> bool:
    # The server is the agency's: it gets the plain bytes (encryption guards the laptop).
    data = files.read(content_hash)
    if len(data) > MAX_SIZE:
        return False
    server.execute(
        "INSERT INTO coach.blobs (hash, size) VALUES (%s, %s) ON CONFLICT (hash) DO NOTHING",
        (content_hash, len(data)),
    )
    sent = {
        r["position"]
        for r in server.execute(
            "SELECT position FROM coach.blob_chunks WHERE hash = %s", (content_hash,)
        )
    }
    for position in range(0, len(data), CHUNK):
        if position not in sent:
            # Each chunk commits by itself: an interrupted upload keeps what arrived.
            server.execute(
                "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING",
                (content_hash, position, data[position : position + CHUNK]),
            )
    row = server.execute("SELECT coach.finish_blob(%s) AS sound", (content_hash,)).fetchone()
    return bool(row and row["sound"])


def download_missing(server: Connection, db: Database, files: FileStore) -> int:
    """Fetch contents of attachments this laptop lacks; returns how many arrived."""
    with db.read() as session:
        hashes = set(session.scalars(select(Attachment.content_hash)))
    missing = sorted(h for h in hashes if not files.has(h))
    if not missing:
        return 0
    ready = {
        r["hash"]
        for r in server.execute(
            "SELECT hash FROM coach.blobs WHERE hash = ANY(%s) AND complete", (missing,)
        )
    }
    received = 0
    for content_hash in sorted(ready):
        have = files.received(content_hash, CHUNK)  # resume after the last whole chunk
        for row in server.execute(
            "SELECT data FROM coach.blob_chunks WHERE hash = %s AND position >= %s "
            "ORDER BY position",
            (content_hash, have),
        ):
            files.receive(content_hash, row["data"])
        if files.finish(content_hash, CHUNK):
            received += 1
    if received:
        with db.transaction() as session:
            for content_hash in ready:
                if files.has(content_hash):
                    session.merge(UploadedBlob(content_hash=content_hash))
    return received
