"""Generated from forms/visit_editor.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_VisitEditorForm(object):
    def setupUi(self, VisitEditorForm: QWidget) -> None:
        if not VisitEditorForm.objectName():
            VisitEditorForm.setObjectName(u"VisitEditorForm")
        VisitEditorForm.resize(1100, 700)
        self.outer = QVBoxLayout(VisitEditorForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.visit_box = QGroupBox(VisitEditorForm)
        self.visit_box.setObjectName(u"visit_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.visit_box.sizePolicy().hasHeightForWidth())
        self.visit_box.setSizePolicy(sizePolicy)
        self.visit_form = QFormLayout(self.visit_box)
        self.visit_form.setObjectName(u"visit_form")
        self.date_label = QLabel(self.visit_box)
        self.date_label.setObjectName(u"date_label")

        self.visit_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.visit_date = QDateEdit(self.visit_box)
        self.visit_date.setObjectName(u"visit_date")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat(u"yyyy-MM-dd")

        self.visit_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visit_date)

        self.programme_label = QLabel(self.visit_box)
        self.programme_label.setObjectName(u"programme_label")

        self.visit_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme = QComboBox(self.visit_box)
        self.programme.setObjectName(u"programme")
        self.programme.setMinimumContentsLength(30)

        self.visit_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programme)

        self.place_label = QLabel(self.visit_box)
        self.place_label.setObjectName(u"place_label")

        self.visit_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.visit_box)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.visit_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.attendees_label = QLabel(self.visit_box)
        self.attendees_label.setObjectName(u"attendees_label")

        self.visit_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendees_label)

        self.attendees = QLineEdit(self.visit_box)
        self.attendees.setObjectName(u"attendees")

        self.visit_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendees)

        self.purpose_label = QLabel(self.visit_box)
        self.purpose_label.setObjectName(u"purpose_label")

        self.visit_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QLineEdit(self.visit_box)
        self.purpose.setObjectName(u"purpose")

        self.visit_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.notes_label = QLabel(self.visit_box)
        self.notes_label.setObjectName(u"notes_label")

        self.visit_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.visit_box)
        self.notes.setObjectName(u"notes")

        self.visit_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addWidget(self.visit_box)

        self.tabs = QTabWidget(VisitEditorForm)
        self.tabs.setObjectName(u"tabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy1)
        self.raised_page = QWidget()
        self.raised_page.setObjectName(u"raised_page")
        self.raised_layout = QVBoxLayout(self.raised_page)
        self.raised_layout.setObjectName(u"raised_layout")
        self.raised_layout.setContentsMargins(11, 11, 11, 11)
        self.raised_view = QTableView(self.raised_page)
        self.raised_view.setObjectName(u"raised_view")

        self.raised_layout.addWidget(self.raised_view)

        self.raised_buttons = QHBoxLayout()
        self.raised_buttons.setObjectName(u"raised_buttons")
        self.add_difficulty = QPushButton(self.raised_page)
        self.add_difficulty.setObjectName(u"add_difficulty")

        self.raised_buttons.addWidget(self.add_difficulty)

        self.remove_difficulty = QPushButton(self.raised_page)
        self.remove_difficulty.setObjectName(u"remove_difficulty")

        self.raised_buttons.addWidget(self.remove_difficulty)

        self.raised_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.raised_buttons.addItem(self.raised_spacer)


        self.raised_layout.addLayout(self.raised_buttons)

        self.tabs.addTab(self.raised_page, "")
        self.follow_page = QWidget()
        self.follow_page.setObjectName(u"follow_page")
        self.follow_layout = QVBoxLayout(self.follow_page)
        self.follow_layout.setObjectName(u"follow_layout")
        self.follow_layout.setContentsMargins(11, 11, 11, 11)
        self.follow_hint = QLabel(self.follow_page)
        self.follow_hint.setObjectName(u"follow_hint")
        self.follow_hint.setWordWrap(True)

        self.follow_layout.addWidget(self.follow_hint)

        self.follow_view = QTableView(self.follow_page)
        self.follow_view.setObjectName(u"follow_view")

        self.follow_layout.addWidget(self.follow_view)

        self.tabs.addTab(self.follow_page, "")
        self.photo_page = QWidget()
        self.photo_page.setObjectName(u"photo_page")
        self.photo_layout = QVBoxLayout(self.photo_page)
        self.photo_layout.setObjectName(u"photo_layout")
        self.photo_layout.setContentsMargins(11, 11, 11, 11)
        self.photo_hint = QLabel(self.photo_page)
        self.photo_hint.setObjectName(u"photo_hint")

        self.photo_layout.addWidget(self.photo_hint)

        self.photo_list = QListWidget(self.photo_page)
        self.photo_list.setObjectName(u"photo_list")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(128, 128))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setAcceptDrops(True)

        self.photo_layout.addWidget(self.photo_list)

        self.photo_buttons = QHBoxLayout()
        self.photo_buttons.setObjectName(u"photo_buttons")
        self.add_photo = QPushButton(self.photo_page)
        self.add_photo.setObjectName(u"add_photo")

        self.photo_buttons.addWidget(self.add_photo)

        self.remove_photo = QPushButton(self.photo_page)
        self.remove_photo.setObjectName(u"remove_photo")

        self.photo_buttons.addWidget(self.remove_photo)

        self.photo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photo_buttons.addItem(self.photo_spacer)


        self.photo_layout.addLayout(self.photo_buttons)

        self.tabs.addTab(self.photo_page, "")

        self.outer.addWidget(self.tabs)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.message = QLabel(VisitEditorForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.bottom.addWidget(self.message)

        self.bottom_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.save_button = QPushButton(VisitEditorForm)
        self.save_button.setObjectName(u"save_button")

        self.bottom.addWidget(self.save_button)

        self.close_button = QPushButton(VisitEditorForm)
        self.close_button.setObjectName(u"close_button")

        self.bottom.addWidget(self.close_button)


        self.outer.addLayout(self.bottom)


        self.retranslateUi(VisitEditorForm)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, VisitEditorForm: QWidget) -> None:
        self.visit_box.setTitle(QCoreApplication.translate("VisitEditorForm", u"\ubc29\ubb38 \ub0b4\uc6a9", None))
        self.date_label.setText(QCoreApplication.translate("VisitEditorForm", u"\ubc29\ubb38\uc77c", None))
        self.programme_label.setText(QCoreApplication.translate("VisitEditorForm", u"\uc0ac\uc5c5", None))
        self.place_label.setText(QCoreApplication.translate("VisitEditorForm", u"\uc7a5\uc18c", None))
        self.attendees_label.setText(QCoreApplication.translate("VisitEditorForm", u"\ucc38\uc11d\uc790", None))
        self.attendees.setPlaceholderText(QCoreApplication.translate("VisitEditorForm", u"\uc608: \ub300\ud45c \uae40\ubbfc\uc900, \uc0dd\uc0b0\ud300\uc7a5 \ubc15\uc11c\uc5f0", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitEditorForm", u"\ubc29\ubb38 \ubaa9\uc801", None))
        self.notes_label.setText(QCoreApplication.translate("VisitEditorForm", u"\ucf54\uce6d \ub0b4\uc6a9", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("VisitEditorForm", u"\ud604\uc7a5\uc5d0\uc11c \ud655\uc778\ud55c \ub0b4\uc6a9\uacfc \ucf54\uce6d \ub0b4\uc6a9\uc744 \uc801\uc73c\uc138\uc694.", None))
        self.add_difficulty.setText(QCoreApplication.translate("VisitEditorForm", u"\uc560\ub85c\uc0ac\ud56d \ucd94\uac00", None))
        self.remove_difficulty.setText(QCoreApplication.translate("VisitEditorForm", u"\uc120\ud0dd \uc0ad\uc81c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.raised_page), QCoreApplication.translate("VisitEditorForm", u"\uc774\ubc88 \ubc29\ubb38\uc758 \uc560\ub85c\uc0ac\ud56d", None))
        self.follow_hint.setText(QCoreApplication.translate("VisitEditorForm", u"\uc774\uc804 \ubc29\ubb38\uc5d0\uc11c \ub098\uc628 \uc560\ub85c\uc0ac\ud56d\uc758 \uc0c8 \uc0c1\ud0dc\uc640 \uc870\uce58 \uacb0\uacfc\ub97c \uc801\uc73c\uc138\uc694. '\ud574\uacb0'\uc774\ub098 '\uc885\uacb0'\uc5d0\ub294 \uc870\uce58 \uacb0\uacfc\uac00 \ud544\uc694\ud569\ub2c8\ub2e4.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.follow_page), QCoreApplication.translate("VisitEditorForm", u"\uc774\uc804 \uc560\ub85c\uc0ac\ud56d \ud6c4\uc18d \uc870\uce58", None))
        self.photo_hint.setText(QCoreApplication.translate("VisitEditorForm", u"\uc0ac\uc9c4\uc774\ub098 \ud30c\uc77c\uc744 \uc5ec\uae30\uc5d0 \ub04c\uc5b4\ub2e4 \ub193\uc544\ub3c4 \ub429\ub2c8\ub2e4.", None))
        self.add_photo.setText(QCoreApplication.translate("VisitEditorForm", u"\uc0ac\uc9c4\u00b7\ud30c\uc77c \ucd94\uac00\u2026", None))
        self.remove_photo.setText(QCoreApplication.translate("VisitEditorForm", u"\uc120\ud0dd\ud55c \uc0ac\uc9c4 \ube7c\uae30", None))
        self.tabs.setTabText(self.tabs.indexOf(self.photo_page), QCoreApplication.translate("VisitEditorForm", u"\uc0ac\uc9c4\u00b7\ud30c\uc77c", None))
        self.save_button.setText(QCoreApplication.translate("VisitEditorForm", u"\uc800\uc7a5", None))
        self.close_button.setText(QCoreApplication.translate("VisitEditorForm", u"\ub2eb\uae30", None))
        pass
    # retranslateUi

