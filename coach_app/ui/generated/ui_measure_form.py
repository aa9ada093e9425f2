"""Generated from forms/measure_form.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MeasureForm(object):
    def setupUi(self, MeasureForm: QWidget) -> None:
        if not MeasureForm.objectName():
            MeasureForm.setObjectName(u"MeasureForm")
        MeasureForm.resize(760, 640)
        self.outer = QVBoxLayout(MeasureForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_label = QLabel(MeasureForm)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(MeasureForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.title_error = QLabel(MeasureForm)
        self.title_error.setObjectName(u"title_error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.amount_label = QLabel(MeasureForm)
        self.amount_label.setObjectName(u"amount_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(MeasureForm)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount)

        self.amount_error = QLabel(MeasureForm)
        self.amount_error.setObjectName(u"amount_error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount_error)

        self.source_label = QLabel(MeasureForm)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(MeasureForm)
        self.source.setObjectName(u"source")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.source)

        self.programme_label = QLabel(MeasureForm)
        self.programme_label.setObjectName(u"programme_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme = QComboBox(MeasureForm)
        self.programme.setObjectName(u"programme")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.programme)

        self.organisation_label = QLabel(MeasureForm)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation = QComboBox(MeasureForm)
        self.organisation.setObjectName(u"organisation")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.status_label = QLabel(MeasureForm)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(MeasureForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status)

        self.decided_on_label = QLabel(MeasureForm)
        self.decided_on_label.setObjectName(u"decided_on_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.decided_on_label)

        self.decided_on = QLineEdit(MeasureForm)
        self.decided_on.setObjectName(u"decided_on")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decided_on)

        self.decided_on_error = QLabel(MeasureForm)
        self.decided_on_error.setObjectName(u"decided_on_error")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.decided_on_error)

        self.due_on_label = QLabel(MeasureForm)
        self.due_on_label.setObjectName(u"due_on_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.due_on_label)

        self.due_on = QLineEdit(MeasureForm)
        self.due_on.setObjectName(u"due_on")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.due_on)

        self.due_on_error = QLabel(MeasureForm)
        self.due_on_error.setObjectName(u"due_on_error")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.due_on_error)

        self.done_on_label = QLabel(MeasureForm)
        self.done_on_label.setObjectName(u"done_on_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.done_on_label)

        self.done_on = QLineEdit(MeasureForm)
        self.done_on.setObjectName(u"done_on")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.done_on)

        self.done_on_error = QLabel(MeasureForm)
        self.done_on_error.setObjectName(u"done_on_error")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.done_on_error)

        self.description_label = QLabel(MeasureForm)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(MeasureForm)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.description)


        self.outer.addLayout(self.form)

        self.answers_box = QGroupBox(MeasureForm)
        self.answers_box.setObjectName(u"answers_box")
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setObjectName(u"answers_layout")
        self.answers = QListWidget(self.answers_box)
        self.answers.setObjectName(u"answers")
        self.answers.setWordWrap(True)

        self.answers_layout.addWidget(self.answers)

        self.answers_error = QLabel(self.answers_box)
        self.answers_error.setObjectName(u"answers_error")

        self.answers_layout.addWidget(self.answers_error)


        self.outer.addWidget(self.answers_box)

        self.buttons = QDialogButtonBox(MeasureForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(MeasureForm)
    # setupUi

    def retranslateUi(self, MeasureForm: QWidget) -> None:
        self.title_label.setText(QCoreApplication.translate("MeasureForm", u"\uc870\uce58 \ub0b4\uc6a9 *", None))
        self.title.setPlaceholderText(QCoreApplication.translate("MeasureForm", u"\uc608: \ud2b9\ub840\ubcf4\uc99d \ud655\ub300", None))
        self.amount_label.setText(QCoreApplication.translate("MeasureForm", u"\uae08\uc561", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("MeasureForm", u"\uc608: 5\uc5b5\uc6d0 \ub610\ub294 500,000,000", None))
        self.source_label.setText(QCoreApplication.translate("MeasureForm", u"\uc7ac\uc6d0", None))
        self.programme_label.setText(QCoreApplication.translate("MeasureForm", u"\uc0ac\uc5c5", None))
        self.organisation_label.setText(QCoreApplication.translate("MeasureForm", u"\ub2f4\ub2f9 \uae30\uad00", None))
        self.status_label.setText(QCoreApplication.translate("MeasureForm", u"\uc0c1\ud0dc", None))
        self.decided_on_label.setText(QCoreApplication.translate("MeasureForm", u"\uacb0\uc815\uc77c", None))
        self.decided_on.setPlaceholderText(QCoreApplication.translate("MeasureForm", u"\uc608: 2026-11-29", None))
        self.due_on_label.setText(QCoreApplication.translate("MeasureForm", u"\uc644\ub8cc \uc608\uc815\uc77c", None))
        self.due_on.setPlaceholderText(QCoreApplication.translate("MeasureForm", u"\uc608: 2026-12-31", None))
        self.done_on_label.setText(QCoreApplication.translate("MeasureForm", u"\uc644\ub8cc\uc77c", None))
        self.done_on.setPlaceholderText(QCoreApplication.translate("MeasureForm", u"\uc644\ub8cc\ud55c \uc870\uce58\ub9cc", None))
        self.description_label.setText(QCoreApplication.translate("MeasureForm", u"\uc124\uba85", None))
        self.answers_box.setTitle(QCoreApplication.translate("MeasureForm", u"\uc774 \uc870\uce58\uac00 \ub2f5\ud558\ub294 \uc560\ub85c\uc0ac\ud56d", None))
        pass
    # retranslateUi

