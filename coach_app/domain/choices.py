"""Fixed choices with Korean and English labels; the value is what is stored."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from coach_app.domain.messages import pick

_LABELS: dict[StrEnum, tuple[str, str]] = {}


class Choice(StrEnum):
    """A stored code with a label in the user's language."""

    @property
    def label(self) -> str:
        ko, en = _LABELS.get(self, (self.value, self.value))
        return pick(ko, en)

    @classmethod
    def parse(cls, text: str) -> Self | None:
        """The member whose value or label (in either language) is ``text``."""
        wanted = text.strip().casefold()
        for member in cls:
            ko, en = _LABELS.get(member, (member.value, member.value))
            if wanted in (member.value.casefold(), ko.casefold(), en.casefold()):
                return member
        return None


def label_choices(labels: dict[StrEnum, tuple[str, str]]) -> None:
    _LABELS.update(labels)
