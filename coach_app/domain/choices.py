"""Fixed choices with Korean and English labels; the value is what is stored."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from coach_app.domain.messages import pick

# Keyed by list and value: members of different lists may share a stored value
# ("in_progress", "smart_factory") and, being strings, would be equal dictionary keys.
_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str]] = {}


class Choice(StrEnum):
    """A stored code with a label in the user's language."""

    @property
    def labels(self) -> tuple[str, str]:
        """The Korean and English labels."""
        return _LABELS.get((type(self), self.value), (self.value, self.value))

    @property
    def label(self) -> str:
        ko, en = self.labels
        return pick(ko, en)

    @classmethod
    def parse(cls, text: str) -> Self | None:
        """The member whose value or label (in either language) is ``text``."""
        wanted = text.strip().casefold()
        for member in cls:
            ko, en = member.labels
            if wanted in (member.value.casefold(), ko.casefold(), en.casefold()):
                return member
        return None


def label_choices(labels: dict[StrEnum, tuple[str, str]]) -> None:
    _LABELS.update({(type(member), member.value): pair for member, pair in labels.items()})
