"""The whole demo dataset, built in one order (the random draws depend on it)."""

from __future__ import annotations

import random

from coach_app.demo.base import DemoData
from coach_app.demo.companies import CompanyBuilder
from coach_app.demo.events import FieldEvents
from coach_app.demo.follow_up import FollowUpBuilder
from coach_app.demo.reference import ReferenceBuilder
from coach_app.store.models import Meeting, Organisation, StatusChange


class Generator(CompanyBuilder, ReferenceBuilder):
    """People and programmes, then each company's life, then the field events."""

    def run(self) -> DemoData:
        users = self._users()
        self.data.rows(Organisation)  # parents first: programmes will name them
        programmes = self._programmes()
        self.data.rows(Meeting)  # before the visits that are companies' parts in one
        for company in self._companies():
            self._company_life(company, programmes, users)
        # With a generator of its own, so the rest of the data stays as it was.
        FieldEvents(self, random.Random(self.size.seed + 1)).add(programmes)
        FollowUpBuilder(self, random.Random(self.size.seed + 2)).add()
        # Last: the history names difficulties and items of every kind.
        changes = next(t for t in self.data.tables if t.name == StatusChange.__tablename__)
        self.data.tables[changes] = self.data.tables.pop(changes)
        return self.data
