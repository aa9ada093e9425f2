"""Generated from forms/summary_export.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_SummaryExportForm(object):
    def setupUi(self, SummaryExportForm: QDialog) -> None:
        if not SummaryExportForm.objectName():
            SummaryExportForm.setObjectName(u"SummaryExportForm")
        SummaryExportForm.resize(520, 300)
        self.outer = QVBoxLayout(SummaryExportForm)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(SummaryExportForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.use_period = QCheckBox(SummaryExportForm)
        self.use_period.setObjectName(u"use_period")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.use_period)

        self.period = QHBoxLayout()
        self.period.setObjectName(u"period")
        self.start = QDateEdit(SummaryExportForm)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.period.addWidget(self.start)

        self.tilde = QLabel(SummaryExportForm)
        self.tilde.setObjectName(u"tilde")
        self.tilde.setText(u"~")

        self.period.addWidget(self.tilde)

        self.end = QDateEdit(SummaryExportForm)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.period.addWidget(self.end)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.period)

        self.programme_label = QLabel(SummaryExportForm)
        self.programme_label.setObjectName(u"programme_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme = QComboBox(SummaryExportForm)
        self.programme.setObjectName(u"programme")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programme)

        self.region_label = QLabel(SummaryExportForm)
        self.region_label.setObjectName(u"region_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QComboBox(SummaryExportForm)
        self.region.setObjectName(u"region")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.region)

        self.coach_label = QLabel(SummaryExportForm)
        self.coach_label.setObjectName(u"coach_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coach_label)

        self.coach = QComboBox(SummaryExportForm)
        self.coach.setObjectName(u"coach")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coach)


        self.outer.addLayout(self.form)

        self.message = QLabel(SummaryExportForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(SummaryExportForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(SummaryExportForm)
    # setupUi

    def retranslateUi(self, SummaryExportForm: QDialog) -> None:
        SummaryExportForm.setWindowTitle(QCoreApplication.translate("SummaryExportForm", u"Excel \uc694\uc57d \ub0b4\ubcf4\ub0b4\uae30", None))
        self.intro.setText(QCoreApplication.translate("SummaryExportForm", u"\uae30\uc5c5, \ubc29\ubb38, \uc560\ub85c\uc0ac\ud56d, \uc9c4\ub2e8 \uc810\uc218, \ub85c\ub4dc\ub9f5 \uc608\uc0b0\uc744 \uc2dc\ud2b8\ubcc4\ub85c \uc815\ub9ac\ud558\uace0 \ub300\uc2dc\ubcf4\ub4dc \ucc28\ud2b8\ub97c \ubd99\uc785\ub2c8\ub2e4. \ube44\uc6cc \ub450\uba74 \uc804\uccb4\ub97c \ub0b4\ubcf4\ub0c5\ub2c8\ub2e4.", None))
        self.use_period.setText(QCoreApplication.translate("SummaryExportForm", u"\uae30\uac04", None))
        self.start.setDisplayFormat(QCoreApplication.translate("SummaryExportForm", u"yyyy-MM-dd", None))
        self.end.setDisplayFormat(QCoreApplication.translate("SummaryExportForm", u"yyyy-MM-dd", None))
        self.programme_label.setText(QCoreApplication.translate("SummaryExportForm", u"\uc0ac\uc5c5", None))
        self.region_label.setText(QCoreApplication.translate("SummaryExportForm", u"\uc9c0\uc5ed", None))
        self.coach_label.setText(QCoreApplication.translate("SummaryExportForm", u"\ucf54\uce58", None))
    # retranslateUi

