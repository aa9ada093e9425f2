"""``answering(asked, answers)``: a stand-in for a question to the user that records each
question and gives the next answer (or always the same one)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


def answering(asked: list[T], answers: Iterator[str] | str) -> Callable[[T], str]:
    def answer(question: T) -> str:
        asked.append(question)
        return answers if isinstance(answers, str) else next(answers)

    return answer
