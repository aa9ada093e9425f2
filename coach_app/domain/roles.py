"""Who someone is in the agency, which decides what they may do."""

from __future__ import annotations

import re

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem


class Role(Choice):
    COACH = "coach"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Specialty(Choice):
    RND = "rnd"
    EXPORT = "export"
    SMART_FACTORY = "smart_factory"
    GENERAL = "general"


label_choices(
    {
        Role.COACH: ("코치", "coach"),
        Role.SUPERVISOR: ("관리자(감독)", "supervisor"),
        Role.ADMIN: ("시스템 관리자", "administrator"),
        Specialty.RND: ("R&D", "R&D"),
        Specialty.EXPORT: ("수출", "Export"),
        Specialty.SMART_FACTORY: ("스마트공장", "Smart factory"),
        Specialty.GENERAL: ("경영 일반", "General management"),
    }
)

# PostgreSQL logins are made from this, so keep to what needs no quoting.
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{2,39}$")


def login_problem(login: str) -> FieldProblem | None:
    if not login:
        return FieldProblem("login", "required")
    if not _LOGIN.match(login):
        return FieldProblem("login", "login_format")
    return None
