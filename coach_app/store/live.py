"""Soft-deleted rows are left out of every query, once, here.

Rows are never deleted locally: ``deleted_at`` marks a tombstone that travels with sync
(see ``Synced``). A session made by ``Database`` adds ``deleted_at IS NULL`` for every
synced entity a SELECT names, joined entities and subqueries included, so no query has to
say it again.

Left alone, and so still seeing tombstones:
- a statement run with the execution option ``include_deleted=True``
  (``statement.execution_options(include_deleted=True)``);
- a lookup by primary key (``Session.get``) and the loading of an object's attributes or
  relationships: the caller asked for that very row and checks ``is_deleted`` itself
  (restoring a deleted row in a sync conflict needs it);
- statements on plain tables (``table.c.id``), which sync and the dump use;
- an alias made by ``labelling``, for the names that label other rows: a coach who has
  left still labels the visits they made.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import (
    ORMExecuteState,
    Session,
    aliased,
    sessionmaker,
    with_loader_criteria,
)
from sqlalchemy.orm.interfaces import ORMOption

from coach_app.store.base import Synced
from coach_app.store.models import SYNCED_MODELS

INCLUDE_DELETED = "include_deleted"
# How Session.get and attribute refreshes hand their load options to the statement.
_PRIMARY_KEY_LOAD = "_sa_orm_load_options"

Entity = TypeVar("Entity", bound=Synced)


def install(sessions: sessionmaker[Session]) -> None:
    """Leave tombstones out of the SELECTs of every session ``sessions`` makes."""
    event.listen(sessions, "do_orm_execute", _leave_out_deleted)


def labelling(model: type[Entity]) -> type[Entity]:
    """``model`` under an alias that sees deleted rows too, to join for a name that labels
    another row (the coach of a visit, the organisation of a programme's partner)."""
    return aliased(model)


def _leave_out_deleted(state: ORMExecuteState) -> None:
    if (
        not state.is_select
        or state.is_column_load
        or state.is_relationship_load
        or state.execution_options.get(INCLUDE_DELETED, False)
        or _PRIMARY_KEY_LOAD in state.local_execution_options
    ):
        return
    state.statement = state.statement.options(*_criteria())


@cache
def _criteria() -> tuple[ORMOption, ...]:
    # One option per entity rather than one for the Synced mixin: only then are aliases
    # (``labelling``) left alone.
    return tuple(
        with_loader_criteria(
            model,
            model.deleted_at.is_(None),
            include_aliases=False,
            # Relationships of the loaded objects load as they always did.
            propagate_to_loaders=False,
        )
        for model in SYNCED_MODELS
    )
