"""A visit signed on site by the company's representative, and what the signature covers.

The signature seals the visit's content as it stood when it was given. That content is,
exactly (version 1 of ``signed_content``):

- the visit's date, place, attendees, purpose and notes (코칭 내용);
- each difficulty raised at the visit, by id: category, description, severity, requested
  support and responsible agency (what was raised; its status moves on at later visits
  and does not unseal the visit);
- each photo or file attached to the visit, by id: file name and content hash.

It is written as canonical JSON (sorted keys, no spaces, UTF-8) and hashed with SHA-256;
the JSON itself is kept with the signature so that a later edit can say what changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coach_app.domain.errors import FieldProblem
from coach_app.domain.validate import collect, text_length

CONTENT_VERSION = 1
VISIT_FIELDS = ("visit_date", "place", "attendees", "purpose", "notes")
DIFFICULTY_FIELDS = ("category", "description", "severity", "requested_support", "agency")
# The pad's coordinates: x and y each run 0..PAD_SCALE across and down a pad PAD_ASPECT
# times as wide as it is high, whatever the screen's resolution, so the report draws the
# signature at any size with its shape.
PAD_SCALE = 1000
PAD_ASPECT = 3.0
# Enough for a long signature drawn slowly with a pen; a bound against accidents only.
MAX_POINTS = 20_000
# Fewer points than this is a click, not a signature.
MIN_POINTS = 5

Point = tuple[float, float]
Stroke = list[Point]


@dataclass
class SignatureDraft:
    """What the pad and the two fields hold when the representative confirms."""

    signer_name: str
    signer_title: str = ""
    strokes: list[Stroke] = field(default_factory=list)

    def problems(self) -> list[FieldProblem]:
        found = collect(
            text_length("signer_name", self.signer_name, 50),
            text_length("signer_title", self.signer_title, 50),
        )
        if not self.signer_name.strip():
            found.append(FieldProblem("signer_name", "required"))
        points = sum(len(s) for s in self.strokes)
        if points < MIN_POINTS:
            found.append(FieldProblem("signature", "signature_empty"))
        elif points > MAX_POINTS:
            found.append(FieldProblem("signature", "signature_too_long"))
        elif any(
            not (0 <= x <= PAD_SCALE and 0 <= y <= PAD_SCALE) for s in self.strokes for x, y in s
        ):
            found.append(FieldProblem("signature", "signature_outside"))
        return found


def signed_content(
    visit: Mapping[str, object],
    difficulties: Sequence[Mapping[str, object]],
    files: Sequence[Mapping[str, object]],
) -> dict[str, Any]:
    """The content a signature covers (see the module's text), from plain values: a visit's
    fields, its raised difficulties' (with ``id``) and its files' (``id``, ``filename``,
    ``content_hash``)."""
    return {
        "v": CONTENT_VERSION,
        "visit": {f: str(visit[f]) for f in VISIT_FIELDS},
        "difficulties": {
            str(d["id"]): {f: str(d[f]) for f in DIFFICULTY_FIELDS} for d in difficulties
        },
        "files": {
            str(f["id"]): {"filename": str(f["filename"]), "content_hash": str(f["content_hash"])}
            for f in files
        },
    }


def canonical(content: Mapping[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(text: str) -> str:
    """SHA-256 of the canonical text, hex: what the server checks against the text too."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Change:
    """One difference between the signed content and the visit now.

    ``kind``: a visit field name (place, notes, …), or difficulty_added / _removed /
    _changed, or file_added / file_removed; ``subject``: what it is about (a difficulty's
    description, a file's name), empty for a visit field; ``fields``: for a changed
    difficulty, which of its fields differ."""

    kind: str
    subject: str = ""
    fields: tuple[str, ...] = ()


def changes(signed: Mapping[str, Any], now: Mapping[str, Any]) -> list[Change]:
    """What differs between the content signed and the content now, in a stable order:
    the visit's fields, then difficulties, then files."""
    found = [Change(f) for f in VISIT_FIELDS if signed["visit"].get(f) != now["visit"].get(f)]
    before, after = signed["difficulties"], now["difficulties"]
    for key in sorted(before.keys() - after.keys(), key=lambda k: before[k]["description"]):
        found.append(Change("difficulty_removed", before[key]["description"]))
    for key in sorted(after.keys() - before.keys(), key=lambda k: after[k]["description"]):
        found.append(Change("difficulty_added", after[key]["description"]))
    for key in sorted(before.keys() & after.keys(), key=lambda k: after[k]["description"]):
        differing = tuple(f for f in DIFFICULTY_FIELDS if before[key].get(f) != after[key].get(f))
        if differing:
            found.append(Change("difficulty_changed", after[key]["description"], differing))
    files_before, files_after = signed["files"], now["files"]
    for key in sorted(files_before.keys() - files_after.keys()):
        found.append(Change("file_removed", files_before[key]["filename"]))
    for key in sorted(files_after.keys() - files_before.keys()):
        found.append(Change("file_added", files_after[key]["filename"]))
    return found


def short_hash(digest: str) -> str:
    """The first 12 hex digits, as printed: enough to compare by eye."""
    return digest[:12]
