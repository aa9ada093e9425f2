"""The company's representative signs the visit on the coach's laptop, at the end of it.

The dialog shows what is being signed (the visit as stored), takes the signer's name and
title and the drawing, and hands them to ``sign_visit`` in one call.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from coach_app.domain.errors import CoachError
from coach_app.domain.signature import SignatureDraft
from coach_app.services.attachments import attachments_of
from coach_app.services.signatures import sign_visit
from coach_app.services.visits import difficulties_of, get_visit
from coach_app.store.database import Database
from coach_app.ui.generated.ui_sign_visit import Ui_SignVisitForm


class SignVisitDialog(QDialog):
    def __init__(
        self,
        db: Database,
        visit_id: uuid.UUID,
        company_name: str,
        suggested_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.visit_id = visit_id
        self.signature_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("현장 서명 — %1").replace("%1", company_name))
        self.resize(760, 600)
        form = QWidget(self)
        ui = Ui_SignVisitForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.summary = ui.summary
        self.signer_name = ui.signer_name
        self.signer_title = ui.signer_title
        self.pad = ui.pad
        self.message = ui.message
        self.message.hide()
        self.sign_button = ui.sign_button
        ui.undo_button.clicked.connect(self.pad.undo)
        ui.clear_button.clicked.connect(self.pad.clear)
        ui.sign_button.clicked.connect(self.sign)
        ui.cancel_button.clicked.connect(self.reject)
        self.signer_name.setText(suggested_name)
        self.summary.setPlainText(self._summary())

    def _summary(self) -> str:
        visit = get_visit(self.db, self.visit_id)
        raised = [
            d for d in difficulties_of(self.db, visit.company_id) if d.visit_id == self.visit_id
        ]
        files = attachments_of(self.db, visit.company_id, self.visit_id)
        lines = [
            self.tr("방문일: %1 · 장소: %2")
            .replace("%1", f"{visit.visit_date:%Y-%m-%d}")
            .replace("%2", visit.place or "—"),
            self.tr("참석자: %1").replace("%1", visit.attendees or "—"),
            self.tr("방문 목적: %1").replace("%1", visit.purpose or "—"),
            self.tr("코칭 내용: %1").replace("%1", _short(visit.notes, 300) or "—"),
            self.tr("애로사항 %1건: %2")
            .replace("%1", str(len(raised)))
            .replace("%2", "; ".join(_short(d.description, 60) for d in raised) or "—"),
            self.tr("사진·파일 %1개").replace("%1", str(len(files))),
        ]
        return "\n".join(lines)

    def draft(self) -> SignatureDraft:
        return SignatureDraft(self.signer_name.text(), self.signer_title.text(), self.pad.strokes())

    def sign(self) -> bool:
        try:
            self.signature_id = sign_visit(self.db, self.visit_id, self.draft())
        except CoachError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.accept()
        return True


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
