"""The shipped data files: diagnosis checklists and the support-programme catalogue.

A malformed file is reported and left out; the others still load, so one bad edit by an
administrator never stops the application.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from coach_app import paths
from coach_app.domain.catalogue import CatalogueEntry, parse_catalogue
from coach_app.domain.checklist import Checklist, latest, parse_checklist
from coach_app.domain.datafile import DataFileProblem
from coach_app.domain.messages import pick

log = logging.getLogger(__name__)
CATALOGUE_FILE = "support_programmes.toml"


@dataclass
class Checklists:
    templates: list[Checklist] = field(default_factory=list)
    problems: list[DataFileProblem] = field(default_factory=list)

    def find(self, template_id: str, version: str) -> Checklist | None:
        """The exact version a diagnosis used or, if it is gone, the newest of that id."""
        exact = next((c for c in self.templates if c.key == (template_id, version)), None)
        return exact or latest(self.templates, template_id)

    def newest(self) -> list[Checklist]:
        """One template per id, the newest version, for starting a new diagnosis."""
        ids = dict.fromkeys(c.id for c in self.templates)
        return [c for i in ids if (c := latest(self.templates, i)) is not None]


def load_checklists(folder: Path | None = None) -> Checklists:
    folder = folder or paths.resources() / "checklists"
    found = Checklists()
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            checklist = parse_checklist(_read(path), path.name)
            if checklist.key in seen:
                raise DataFileProblem(
                    path.name,
                    pick(
                        f"{seen[checklist.key]}와 id·version이 같습니다",
                        f"same id and version as {seen[checklist.key]}",
                    ),
                )
        except DataFileProblem as problem:
            log.warning("%s", problem)
            found.problems.append(problem)
            continue
        seen[checklist.key] = path.name
        found.templates.append(checklist)
    return found


@cache
def shipped_checklists() -> Checklists:
    return load_checklists()


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    path = path or paths.resources() / CATALOGUE_FILE
    return parse_catalogue(_read(path), path.name)


@cache
def shipped_catalogue() -> tuple[CatalogueEntry, ...]:
    return tuple(load_catalogue())


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise DataFileProblem(path.name, pick(f"TOML 형식 오류 ({error})", str(error))) from error
    except OSError as error:
        raise DataFileProblem(path.name, str(error)) from error


def data_file_problems() -> list[str]:
    """What is wrong with the shipped data files, for a warning at start."""
    problems = [str(p) for p in shipped_checklists().problems]
    try:
        shipped_catalogue()
    except DataFileProblem as problem:
        problems.append(str(problem))
    return problems
