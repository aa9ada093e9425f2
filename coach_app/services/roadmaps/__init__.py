"""Roadmaps: items, revisions, suggestions from the catalogue, and the review workflow.

Split by job: ``queries`` (reading), ``editing`` (the coach's edits), ``review`` (moves and
decisions), ``suggestions`` (from the support catalogue), ``drafts`` (an item's fields).
The names below stay importable from ``coach_app.services.roadmaps``.
"""

from coach_app.domain.review import ReviewDecision
from coach_app.services.roadmaps.drafts import ITEM_FIELDS, ItemDraft, draft_of_item
from coach_app.services.roadmaps.editing import (
    catalogue_entry,
    create_roadmap,
    editable_revision,
    follow_up_item,
    remove_item,
    rename,
    save_item,
)
from coach_app.services.roadmaps.queries import (
    Progress,
    RoadmapRow,
    changes_since_approved,
    current_roadmap,
    get_roadmap,
    items_of,
    my_submissions,
    progress_of,
    review_queue,
    reviews_of,
    roadmap_rows,
    roadmaps_of,
    schedule_problems,
)
from coach_app.services.roadmaps.review import move, review
from coach_app.services.roadmaps.suggestions import accept, suggestions
from coach_app.store.models import RoadmapItem

__all__ = [
    "ITEM_FIELDS",
    "ItemDraft",
    "Progress",
    "ReviewDecision",
    "RoadmapItem",
    "RoadmapRow",
    "accept",
    "catalogue_entry",
    "changes_since_approved",
    "create_roadmap",
    "current_roadmap",
    "draft_of_item",
    "editable_revision",
    "follow_up_item",
    "get_roadmap",
    "items_of",
    "move",
    "my_submissions",
    "progress_of",
    "remove_item",
    "rename",
    "review",
    "review_queue",
    "reviews_of",
    "roadmap_rows",
    "roadmaps_of",
    "save_item",
    "schedule_problems",
    "suggestions",
]
