"""Generated from forms/meeting_form.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm: QWidget) -> None:
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        MeetingForm.resize(1040, 660)
        self.outer = QVBoxLayout(MeetingForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.held_on_label = QLabel(MeetingForm)
        self.held_on_label.setObjectName(u"held_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_on_label)

        self.held_on = QLineEdit(MeetingForm)
        self.held_on.setObjectName(u"held_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_on)

        self.held_on_error = QLabel(MeetingForm)
        self.held_on_error.setObjectName(u"held_on_error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.held_on_error)

        self.title_label = QLabel(MeetingForm)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(MeetingForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.title_error = QLabel(MeetingForm)
        self.title_error.setObjectName(u"title_error")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.place_label = QLabel(MeetingForm)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(MeetingForm)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place)

        self.organiser_label = QLabel(MeetingForm)
        self.organiser_label.setObjectName(u"organiser_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser = QComboBox(MeetingForm)
        self.organiser.setObjectName(u"organiser")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organiser)

        self.attendees_label = QLabel(MeetingForm)
        self.attendees_label.setObjectName(u"attendees_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees = QPlainTextEdit(MeetingForm)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attendees)

        self.attendees_error = QLabel(MeetingForm)
        self.attendees_error.setObjectName(u"attendees_error")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.attendees_error)


        self.top.addLayout(self.form)

        self.companies_box = QGroupBox(MeetingForm)
        self.companies_box.setObjectName(u"companies_box")
        self.companies_layout = QVBoxLayout(self.companies_box)
        self.companies_layout.setObjectName(u"companies_layout")
        self.company_filter = QLineEdit(self.companies_box)
        self.company_filter.setObjectName(u"company_filter")
        self.company_filter.setClearButtonEnabled(True)

        self.companies_layout.addWidget(self.company_filter)

        self.companies = QListWidget(self.companies_box)
        self.companies.setObjectName(u"companies")

        self.companies_layout.addWidget(self.companies)

        self.companies_error = QLabel(self.companies_box)
        self.companies_error.setObjectName(u"companies_error")

        self.companies_layout.addWidget(self.companies_error)


        self.top.addWidget(self.companies_box)


        self.outer.addLayout(self.top)

        self.difficulties_box = QGroupBox(MeetingForm)
        self.difficulties_box.setObjectName(u"difficulties_box")
        self.difficulties_layout = QVBoxLayout(self.difficulties_box)
        self.difficulties_layout.setObjectName(u"difficulties_layout")
        self.difficulties = QTableWidget(self.difficulties_box)
        self.difficulties.setObjectName(u"difficulties")

        self.difficulties_layout.addWidget(self.difficulties)

        self.difficulty_buttons = QHBoxLayout()
        self.difficulty_buttons.setObjectName(u"difficulty_buttons")
        self.add_difficulty = QPushButton(self.difficulties_box)
        self.add_difficulty.setObjectName(u"add_difficulty")

        self.difficulty_buttons.addWidget(self.add_difficulty)

        self.remove_difficulty = QPushButton(self.difficulties_box)
        self.remove_difficulty.setObjectName(u"remove_difficulty")

        self.difficulty_buttons.addWidget(self.remove_difficulty)

        self.difficulties_error = QLabel(self.difficulties_box)
        self.difficulties_error.setObjectName(u"difficulties_error")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.difficulties_error.sizePolicy().hasHeightForWidth())
        self.difficulties_error.setSizePolicy(sizePolicy)

        self.difficulty_buttons.addWidget(self.difficulties_error)


        self.difficulties_layout.addLayout(self.difficulty_buttons)


        self.outer.addWidget(self.difficulties_box)

        self.buttons = QDialogButtonBox(MeetingForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm: QWidget) -> None:
        self.held_on_label.setText(QCoreApplication.translate("MeetingForm", u"\uc77c\uc790 *", None))
        self.held_on.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"\uc608: 2026-11-29", None))
        self.title_label.setText(QCoreApplication.translate("MeetingForm", u"\uc81c\ubaa9 *", None))
        self.title.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"\uc608: \uc790\ub3d9\ucc28\ubd80\ud488 \ud604\uc7a5 \uac04\ub2f4\ud68c", None))
        self.place_label.setText(QCoreApplication.translate("MeetingForm", u"\uc7a5\uc18c", None))
        self.organiser_label.setText(QCoreApplication.translate("MeetingForm", u"\uc8fc\uad00 \uae30\uad00", None))
        self.attendees_label.setText(QCoreApplication.translate("MeetingForm", u"\ucc38\uc11d\uc790", None))
        self.attendees.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"\ud55c \uc904\uc5d0 \ud55c \uba85: \uc774\ub984 \uc9c1\uc704 (\uc608: \uae40\ubcf4\uc99d \uc774\uc0ac\uc7a5)", None))
        self.companies_box.setTitle(QCoreApplication.translate("MeetingForm", u"\ucc38\uc11d \uae30\uc5c5 * (\uccb4\ud06c)", None))
        self.company_filter.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"\uae30\uc5c5\uba85\uc73c\ub85c \ucc3e\uae30", None))
        self.difficulties_box.setTitle(QCoreApplication.translate("MeetingForm", u"\uae30\uc5c5\ubcc4 \uc560\ub85c\uc0ac\ud56d", None))
        self.add_difficulty.setText(QCoreApplication.translate("MeetingForm", u"\uc560\ub85c\uc0ac\ud56d \ucd94\uac00", None))
        self.remove_difficulty.setText(QCoreApplication.translate("MeetingForm", u"\uc120\ud0dd \uc0ad\uc81c", None))
        pass
    # retranslateUi

