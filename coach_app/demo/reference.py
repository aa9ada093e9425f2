"""Reference data: the coaches, supervisor and administrator, and the programmes."""

from __future__ import annotations

from coach_app.demo.base import Builder, Row
from coach_app.domain.roles import Role
from coach_app.store.models import Programme, User


class ReferenceBuilder(Builder):
    def _users(self) -> dict[str, list[Row]]:
        coaches_needed = max(3, min(30, self.size.companies // 300))
        specialties = ["rnd", "export", "smart_factory"]
        users: dict[str, list[Row]] = {s: [] for s in specialties}
        rows = self.data.rows(User)
        for index in range(coaches_needed):
            specialty = specialties[index % 3]
            login = f"coach{index + 1:02d}"
            row = self._stamp(
                {
                    "login": login,
                    "name": self._person(),
                    "role": Role.COACH.value,
                    "specialty": specialty,
                    "email": f"{login}@coach.example",
                    "phone": f"010-{1000 + index:04d}-{2000 + index:04d}",
                    "active": True,
                }
            )
            users[specialty].append(row)
            rows.append(row)
        self.data.coach_login = "coach01"
        for login, role in (("supervisor01", Role.SUPERVISOR), ("admin", Role.ADMIN)):
            rows.append(
                self._stamp(
                    {
                        "login": login,
                        "name": self._person(),
                        "role": role.value,
                        "specialty": None,
                        "email": f"{login}@coach.example",
                        "phone": "",
                        "active": True,
                    }
                )
            )
        self.supervisor = next(r for r in rows if r["login"] == "supervisor01")
        return users

    def _programmes(self) -> list[Row]:
        rows = self.data.rows(Programme)
        for spec in self.recipe["programmes"]:
            rows.append(
                self._stamp(
                    {
                        "name": spec["name"],
                        "year": self.today.year,
                        "agency": spec["agency"],
                        "budget": spec["budget"],
                        "funding_national": spec["national"],
                        "funding_local": spec["local"],
                        "funding_company": spec["company"],
                        "_specialty": spec["specialty"],
                    }
                )
            )
        return rows
