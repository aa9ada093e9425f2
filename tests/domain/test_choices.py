"""Every fixed choice list: each value has its own label in both languages and parses back."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import coach_app.domain
from coach_app.domain.choices import Choice
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus
from coach_app.domain.messages import set_language


def _choice_lists() -> list[type[Choice]]:
    for module in pkgutil.iter_modules(coach_app.domain.__path__):
        importlib.import_module(f"coach_app.domain.{module.name}")
    found: list[type[Choice]] = []
    todo = list(Choice.__subclasses__())
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo += kind.__subclasses__()
    return sorted(found, key=lambda k: k.__name__)


LISTS = _choice_lists()


def test_the_lists_are_found() -> None:
    names = {k.__name__ for k in LISTS}
    assert {"DifficultyCategory", "DifficultyStatus", "Stage", "ItemStatus", "Band"} <= names


@pytest.mark.parametrize("kind", LISTS, ids=lambda k: k.__name__)
def test_each_value_has_its_own_label_and_parses_back(kind: type[Choice]) -> None:
    for language in ("ko", "en"):
        set_language(language)
        labels = [member.label for member in kind]
        assert len(set(labels)) == len(labels), f"{kind.__name__} {language}: {labels}"
        for member in kind:
            assert member.label.strip(), f"{kind.__name__}.{member.name} has no label"
            assert kind.parse(member.label) is member
            assert kind.parse(member.value) is member
    for member in kind:
        ko, en = member.labels
        assert (ko, en) != (member.value, member.value) or member.value == ko, (
            f"{kind.__name__}.{member.name} was never labelled"
        )


def test_lists_sharing_a_value_keep_their_own_labels() -> None:
    assert DifficultyCategory.SMART_FACTORY.label == "스마트공장·디지털화"
    assert DifficultyStatus.IN_PROGRESS.label == "조치 중"
    assert DifficultyCategory.parse("스마트공장·디지털화") is DifficultyCategory.SMART_FACTORY
    assert DifficultyStatus.parse("조치 중") is DifficultyStatus.IN_PROGRESS
