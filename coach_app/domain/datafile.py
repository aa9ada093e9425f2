"""Reading the data files shipped in ``resources/`` (checklists, the programme catalogue).

Each reader method checks one field and raises a ``DataFileProblem`` naming the file and
the place in it, so an administrator who edits a file knows what to mend.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick
from coach_app.domain.scoring import LOWEST

Text = tuple[str, str]  # Korean, English
# A scale has at least two levels; more than ten is surely a slip of the pen (TRL has nine).
FEWEST_LEVELS, MOST_LEVELS = 2, 10


class DataFileProblem(CoachError, ValueError):
    """A data file that cannot be used, with the file and the problem named."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(
            pick(
                f"{source} 파일을 쓸 수 없습니다: {problem}",
                f"The file {source} cannot be used: {problem}",
            )
        )
        self.source = source
        self.problem = problem


def shown(text: Text) -> str:
    return pick(*text)


class DataReader:
    """Field readers that raise a ``DataFileProblem`` naming the place in the file."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> NoReturn:
        raise DataFileProblem(self.source, f"{where}: {problem}")

    def text(self, data: Mapping[str, Any], key: str, where: str = "") -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(_at(where, key), pick("글자로 채워야 합니다", "must be non-empty text"))
        return str(value).strip()

    def code(self, data: Mapping[str, Any], key: str, where: str = "") -> str:
        value = self.text(data, key, where)
        if not all(ch.isalnum() or ch in "._-" for ch in value) or not value.isascii():
            self.fail(
                _at(where, key),
                pick(
                    f"'{value}'에는 영문, 숫자, '.', '_', '-'만 쓸 수 있습니다",
                    f"'{value}' may hold only letters, digits, '.', '_' and '-'",
                ),
            )
        return value

    def bilingual(self, data: Mapping[str, Any], key: str, where: str = "") -> Text:
        value = data.get(key)
        if not isinstance(value, Mapping):
            self.fail(
                _at(where, key),
                pick("ko와 en 글을 모두 적어야 합니다", "needs both a ko and an en text"),
            )
        return (self.text(value, "ko", _at(where, key)), self.text(value, "en", _at(where, key)))

    def weight(self, data: Mapping[str, Any], where: str) -> float:
        value = data.get("weight", 1)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.fail(_at(where, "weight"), pick("0보다 큰 수여야 합니다", "must be above 0"))
        return float(value)

    def flag(self, data: Mapping[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(_at(where, key), pick("true 또는 false여야 합니다", "must be true or false"))
        return bool(value)

    def scale(self, data: Any, where: str, size: int | None = None) -> tuple[Text, ...]:
        """Level descriptions keyed "1" … "n", every level described; its length is the top
        level. ``size``: the length it must have (an item's own levels follow the template's
        scale)."""
        place = _at(where, "levels" if where else "scale")
        count = len(data) if isinstance(data, Mapping) else 0
        levels = [str(n) for n in range(LOWEST, LOWEST + count)]
        if (
            not isinstance(data, Mapping)
            or sorted(data, key=str) != sorted(levels)
            or not FEWEST_LEVELS <= count <= MOST_LEVELS
        ):
            self.fail(
                place,
                pick(
                    f"1부터 차례로 {FEWEST_LEVELS}~{MOST_LEVELS}개 단계를 빠짐없이 설명해야 합니다",
                    f"must describe each level from 1 up, {FEWEST_LEVELS} to {MOST_LEVELS} levels",
                ),
            )
        if size is not None and count != size:
            self.fail(
                place,
                pick(
                    f"양식의 척도처럼 1부터 {size}까지 설명해야 합니다 ({count}단계뿐입니다)",
                    f"must describe the levels 1 to {size} like the template's scale "
                    f"(it has {count})",
                ),
            )
        return tuple(self.bilingual(data, level, where) for level in levels)

    def unique(self, code: str, seen: set[str], where: str) -> None:
        if code in seen:
            self.fail(where, pick(f"코드 '{code}'가 겹칩니다", f"code '{code}' is used twice"))
        seen.add(code)

    def number(self, data: Mapping[str, Any], key: str, where: str, default: float = 0) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            self.fail(
                _at(where, key), pick("0 이상인 수여야 합니다", "must be a number, 0 or more")
            )
        return float(value)

    def codes(self, data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(_at(where, key), pick("글자 목록이어야 합니다", "must be a list of texts"))
        return tuple(value)


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
