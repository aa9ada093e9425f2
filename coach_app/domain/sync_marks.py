"""Where a record stands with the server, as the lists and the visit screen show it."""

from __future__ import annotations

import enum


class SyncMark(enum.Enum):
    """Most pressing first: a record with several is shown by the first that applies."""

    REFUSED = "refused"  # the server would not take the change; the coach must decide
    CONFLICT = "conflict"  # edited on both sides; the coach must decide
    WAITING = "waiting"  # changed here, in the outbox until the next sync
    SENT = "sent"  # the server took the change; its copy has not come back yet
    CONFIRMED = "confirmed"  # this laptop holds the server's copy
    LOCAL = "local"  # this database has never synced


# Each mark's place in the order above: the lower, the more pressing.
RANK = {mark: n for n, mark in enumerate(SyncMark)}


def most_pressing(*marks: SyncMark) -> SyncMark:
    """The mark to show for several: the first that applies in the order above."""
    return min(marks, key=RANK.__getitem__)
