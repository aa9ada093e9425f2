"""기관: the agencies, offices, banks, universities and training bodies a programme involves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem
from coach_app.domain.validate import collect, email, phone, required_text, text_length

# Organisations made from the free-text agency names of earlier versions get an id derived
# from the name, so every laptop's migration and the server's make the same organisation.
NAME_NAMESPACE = uuid.UUID("6f1f7c52-2f35-4d0b-9a0e-6c1c2f6e8f11")


def id_for_name(name: str) -> uuid.UUID:
    return uuid.uuid5(NAME_NAMESPACE, name.strip())


class OrganisationKind(Choice):
    AGENCY = "agency"  # 지원기관 (테크노파크, 경제진흥원 …)
    GOVERNMENT = "government"  # 행정기관 (시청, 도청, 지방중소벤처기업청 …)
    BANK = "bank"
    UNIVERSITY = "university"
    TRAINING = "training"
    ASSOCIATION = "association"
    OTHER = "other"


label_choices(
    {
        OrganisationKind.AGENCY: ("지원기관", "Support agency"),
        OrganisationKind.GOVERNMENT: ("행정기관", "Government office"),
        OrganisationKind.BANK: ("금융기관", "Bank"),
        OrganisationKind.UNIVERSITY: ("대학", "University"),
        OrganisationKind.TRAINING: ("교육기관", "Training body"),
        OrganisationKind.ASSOCIATION: ("협회·단체", "Association"),
        OrganisationKind.OTHER: ("기타", "Other"),
    }
)


@dataclass
class OrganisationDraft:
    name: str
    kind: str = OrganisationKind.AGENCY.value
    phone: str = ""
    email: str = ""

    def problems(self) -> list[FieldProblem]:
        found = collect(
            required_text("name", self.name, 100),
            text_length("phone", self.phone, 30),
            phone("phone", self.phone),
            text_length("email", self.email, 200),
            email("email", self.email),
        )
        if OrganisationKind.parse(self.kind) is None:
            found.append(FieldProblem("kind", "unknown_choice", {"value": self.kind}))
        return found
