"""Reading the data files shipped in ``resources/`` (checklists, the programme catalogue).

Each reader method checks one field and raises a ``DataFileProblem`` naming the file and
the place in it, so an administrator who edits a file knows what to mend.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick
from coach_app.domain.scoring import HIGHEST, LOWEST

Text = tuple[str, str]  # Korean, English
LEVELS = range(LOWEST, HIGHEST + 1)


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

    def scale(self, data: Any, where: str) -> tuple[Text, ...]:
        """Five level descriptions, keyed "1" … "5"."""
        if not isinstance(data, Mapping) or sorted(data) != [str(n) for n in LEVELS]:
            self.fail(
                _at(where, "levels" if where else "scale"),
                pick(
                    "1부터 5까지 다섯 단계를 모두 설명해야 합니다",
                    "must describe each of the levels 1 to 5",
                ),
            )
        return tuple(self.bilingual(data, str(n), where) for n in LEVELS)

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
