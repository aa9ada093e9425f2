"""Generated from forms/company_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSplitter, QToolButton, QVBoxLayout,
    QWidget)

class Ui_CompanyPageForm(object):
    def setupUi(self, CompanyPageForm: QWidget) -> None:
        if not CompanyPageForm.objectName():
            CompanyPageForm.setObjectName(u"CompanyPageForm")
        CompanyPageForm.resize(1100, 680)
        self.outer = QVBoxLayout(CompanyPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back_button = QPushButton(CompanyPageForm)
        self.back_button.setObjectName(u"back_button")

        self.top.addWidget(self.back_button)

        self.title = QLabel(CompanyPageForm)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.title.sizePolicy().hasHeightForWidth())
        self.title.setSizePolicy(sizePolicy)

        self.top.addWidget(self.title)

        self.edit_button = QPushButton(CompanyPageForm)
        self.edit_button.setObjectName(u"edit_button")

        self.top.addWidget(self.edit_button)

        self.visit_button = QPushButton(CompanyPageForm)
        self.visit_button.setObjectName(u"visit_button")

        self.top.addWidget(self.visit_button)

        self.diagnosis_button = QPushButton(CompanyPageForm)
        self.diagnosis_button.setObjectName(u"diagnosis_button")

        self.top.addWidget(self.diagnosis_button)

        self.measure_button = QPushButton(CompanyPageForm)
        self.measure_button.setObjectName(u"measure_button")

        self.top.addWidget(self.measure_button)

        self.roadmap_button = QPushButton(CompanyPageForm)
        self.roadmap_button.setObjectName(u"roadmap_button")

        self.top.addWidget(self.roadmap_button)

        self.report_button = QToolButton(CompanyPageForm)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.report_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.top.addWidget(self.report_button)

        self.impact_button = QPushButton(CompanyPageForm)
        self.impact_button.setObjectName(u"impact_button")

        self.top.addWidget(self.impact_button)

        self.rating_button = QPushButton(CompanyPageForm)
        self.rating_button.setObjectName(u"rating_button")

        self.top.addWidget(self.rating_button)


        self.outer.addLayout(self.top)

        self.body = QSplitter(CompanyPageForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy1)
        self.left = QWidget(self.body)
        self.left.setObjectName(u"left")
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.profile_box = QGroupBox(self.left)
        self.profile_box.setObjectName(u"profile_box")
        self.profile = QFormLayout(self.profile_box)
        self.profile.setObjectName(u"profile")

        self.left_layout.addWidget(self.profile_box)

        self.contacts_box = QGroupBox(self.left)
        self.contacts_box.setObjectName(u"contacts_box")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.contacts_box.sizePolicy().hasHeightForWidth())
        self.contacts_box.setSizePolicy(sizePolicy2)
        self.contacts_layout = QVBoxLayout(self.contacts_box)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts = QListWidget(self.contacts_box)
        self.contacts.setObjectName(u"contacts")

        self.contacts_layout.addWidget(self.contacts)


        self.left_layout.addWidget(self.contacts_box)

        self.body.addWidget(self.left)
        self.right = QSplitter(self.body)
        self.right.setObjectName(u"right")
        self.right.setOrientation(Qt.Orientation.Vertical)
        self.timeline_box = QGroupBox(self.right)
        self.timeline_box.setObjectName(u"timeline_box")
        self.timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline = QListWidget(self.timeline_box)
        self.timeline.setObjectName(u"timeline")

        self.timeline_layout.addWidget(self.timeline)

        self.right.addWidget(self.timeline_box)
        self.plan_box = QGroupBox(self.right)
        self.plan_box.setObjectName(u"plan_box")
        self.plan_layout = QVBoxLayout(self.plan_box)
        self.plan_layout.setObjectName(u"plan_layout")
        self.plan_summary = QLabel(self.plan_box)
        self.plan_summary.setObjectName(u"plan_summary")
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextFormat(Qt.TextFormat.RichText)

        self.plan_layout.addWidget(self.plan_summary)

        self.diagnoses = QListWidget(self.plan_box)
        self.diagnoses.setObjectName(u"diagnoses")

        self.plan_layout.addWidget(self.diagnoses)

        self.right.addWidget(self.plan_box)
        self.difficulties_box = QGroupBox(self.right)
        self.difficulties_box.setObjectName(u"difficulties_box")
        self.difficulties_layout = QVBoxLayout(self.difficulties_box)
        self.difficulties_layout.setObjectName(u"difficulties_layout")
        self.difficulties = QListWidget(self.difficulties_box)
        self.difficulties.setObjectName(u"difficulties")
        self.difficulties.setWordWrap(True)

        self.difficulties_layout.addWidget(self.difficulties)

        self.right.addWidget(self.difficulties_box)
        self.measures_box = QGroupBox(self.right)
        self.measures_box.setObjectName(u"measures_box")
        self.measures_layout = QVBoxLayout(self.measures_box)
        self.measures_layout.setObjectName(u"measures_layout")
        self.measures = QListWidget(self.measures_box)
        self.measures.setObjectName(u"measures")
        self.measures.setWordWrap(True)

        self.measures_layout.addWidget(self.measures)

        self.right.addWidget(self.measures_box)
        self.body.addWidget(self.right)

        self.outer.addWidget(self.body)


        self.retranslateUi(CompanyPageForm)
    # setupUi

    def retranslateUi(self, CompanyPageForm: QWidget) -> None:
        self.back_button.setText(QCoreApplication.translate("CompanyPageForm", u"\u2190 \uae30\uc5c5 \ubaa9\ub85d", None))
        self.edit_button.setText(QCoreApplication.translate("CompanyPageForm", u"\uae30\uc5c5 \uc815\ubcf4 \uc218\uc815", None))
        self.visit_button.setText(QCoreApplication.translate("CompanyPageForm", u"\uc0c8 \ubc29\ubb38 \uae30\ub85d", None))
        self.diagnosis_button.setText(QCoreApplication.translate("CompanyPageForm", u"\uc0c8 \uc9c4\ub2e8", None))
        self.measure_button.setText(QCoreApplication.translate("CompanyPageForm", u"\uc9c0\uc6d0 \uc870\uce58 \ucd94\uac00", None))
        self.roadmap_button.setText(QCoreApplication.translate("CompanyPageForm", u"\ub85c\ub4dc\ub9f5", None))
        self.report_button.setText(QCoreApplication.translate("CompanyPageForm", u"\ubcf4\uace0\uc11c(PDF)", None))
        self.impact_button.setText(QCoreApplication.translate("CompanyPageForm", u"\uc131\uacfc \uc218\uce58", None))
        self.rating_button.setText(QCoreApplication.translate("CompanyPageForm", u"\ub9cc\uc871\ub3c4 \ud3c9\uac00", None))
        self.profile_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\uae30\uc5c5 \uac1c\uc694", None))
        self.contacts_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\ub2f4\ub2f9\uc790", None))
        self.timeline_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\ubc29\ubb38 \uc774\ub825 (\ucd5c\uadfc \uc21c)", None))
        self.plan_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\uc9c4\ub2e8\uacfc \ub85c\ub4dc\ub9f5", None))
#if QT_CONFIG(tooltip)
        self.diagnoses.setToolTip(QCoreApplication.translate("CompanyPageForm", u"\ub450 \ubc88 \ub204\ub974\uba74 \uc9c4\ub2e8\uc744 \uc5fd\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.difficulties_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\ubbf8\ud574\uacb0 \uc560\ub85c\uc0ac\ud56d", None))
        self.measures_box.setTitle(QCoreApplication.translate("CompanyPageForm", u"\uc9c0\uc6d0 \uc870\uce58", None))
        pass
    # retranslateUi

