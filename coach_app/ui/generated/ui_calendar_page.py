"""Generated from forms/calendar_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCalendarWidget, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSplitter, QStackedWidget, QTableWidgetItem,
    QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from coach_app.ui.week_grid import WeekGrid

class Ui_CalendarPageForm(object):
    def setupUi(self, CalendarPageForm: QWidget) -> None:
        if not CalendarPageForm.objectName():
            CalendarPageForm.setObjectName(u"CalendarPageForm")
        CalendarPageForm.resize(1200, 680)
        self.outer = QVBoxLayout(CalendarPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.coach_label = QLabel(CalendarPageForm)
        self.coach_label.setObjectName(u"coach_label")

        self.top.addWidget(self.coach_label)

        self.coach = QComboBox(CalendarPageForm)
        self.coach.setObjectName(u"coach")
        self.coach.setMinimumContentsLength(8)

        self.top.addWidget(self.coach)

        self.view = QComboBox(CalendarPageForm)
        self.view.addItem("")
        self.view.addItem("")
        self.view.setObjectName(u"view")

        self.top.addWidget(self.view)

        self.previous_button = QToolButton(CalendarPageForm)
        self.previous_button.setObjectName(u"previous_button")

        self.top.addWidget(self.previous_button)

        self.today_button = QPushButton(CalendarPageForm)
        self.today_button.setObjectName(u"today_button")

        self.top.addWidget(self.today_button)

        self.next_button = QToolButton(CalendarPageForm)
        self.next_button.setObjectName(u"next_button")

        self.top.addWidget(self.next_button)

        self.period = QLabel(CalendarPageForm)
        self.period.setObjectName(u"period")
        self.period.setStyleSheet(u"font-weight: bold;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.period.sizePolicy().hasHeightForWidth())
        self.period.setSizePolicy(sizePolicy)

        self.top.addWidget(self.period)

        self.export_button = QPushButton(CalendarPageForm)
        self.export_button.setObjectName(u"export_button")

        self.top.addWidget(self.export_button)


        self.outer.addLayout(self.top)

        self.body = QSplitter(CalendarPageForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy1)
        self.views = QStackedWidget(self.body)
        self.views.setObjectName(u"views")
        self.week = WeekGrid()
        self.week.setObjectName(u"week")
        self.views.addWidget(self.week)
        self.month_page = QWidget()
        self.month_page.setObjectName(u"month_page")
        self.month_layout = QVBoxLayout(self.month_page)
        self.month_layout.setObjectName(u"month_layout")
        self.month_layout.setContentsMargins(0, 0, 0, 0)
        self.month = QCalendarWidget(self.month_page)
        self.month.setObjectName(u"month")
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.month_layout.addWidget(self.month)

        self.day_list = QListWidget(self.month_page)
        self.day_list.setObjectName(u"day_list")
        self.day_list.setMaximumHeight(160)

        self.month_layout.addWidget(self.day_list)

        self.views.addWidget(self.month_page)
        self.body.addWidget(self.views)
        self.side = QWidget(self.body)
        self.side.setObjectName(u"side")
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.targets_box = QGroupBox(self.side)
        self.targets_box.setObjectName(u"targets_box")
        self.targets_layout = QGridLayout(self.targets_box)
        self.targets_layout.setObjectName(u"targets_layout")
        self.programme = QComboBox(self.targets_box)
        self.programme.setObjectName(u"programme")

        self.targets_layout.addWidget(self.programme, 0, 0, 1, 3)

        self.visits_label = QLabel(self.targets_box)
        self.visits_label.setObjectName(u"visits_label")

        self.targets_layout.addWidget(self.visits_label, 1, 0, 1, 1)

        self.visits_bar = QProgressBar(self.targets_box)
        self.visits_bar.setObjectName(u"visits_bar")
        self.visits_bar.setTextVisible(False)

        self.targets_layout.addWidget(self.visits_bar, 1, 1, 1, 1)

        self.visits_text = QLabel(self.targets_box)
        self.visits_text.setObjectName(u"visits_text")

        self.targets_layout.addWidget(self.visits_text, 1, 2, 1, 1)

        self.companies_label = QLabel(self.targets_box)
        self.companies_label.setObjectName(u"companies_label")

        self.targets_layout.addWidget(self.companies_label, 2, 0, 1, 1)

        self.companies_bar = QProgressBar(self.targets_box)
        self.companies_bar.setObjectName(u"companies_bar")
        self.companies_bar.setTextVisible(False)

        self.targets_layout.addWidget(self.companies_bar, 2, 1, 1, 1)

        self.companies_text = QLabel(self.targets_box)
        self.companies_text.setObjectName(u"companies_text")

        self.targets_layout.addWidget(self.companies_text, 2, 2, 1, 1)

        self.measures_label = QLabel(self.targets_box)
        self.measures_label.setObjectName(u"measures_label")

        self.targets_layout.addWidget(self.measures_label, 3, 0, 1, 1)

        self.measures_bar = QProgressBar(self.targets_box)
        self.measures_bar.setObjectName(u"measures_bar")
        self.measures_bar.setTextVisible(False)

        self.targets_layout.addWidget(self.measures_bar, 3, 1, 1, 1)

        self.measures_text = QLabel(self.targets_box)
        self.measures_text.setObjectName(u"measures_text")

        self.targets_layout.addWidget(self.measures_text, 3, 2, 1, 1)

        self.targets_note = QLabel(self.targets_box)
        self.targets_note.setObjectName(u"targets_note")
        self.targets_note.setWordWrap(True)

        self.targets_layout.addWidget(self.targets_note, 4, 0, 1, 3)


        self.side_layout.addWidget(self.targets_box)

        self.detail = QTextBrowser(self.side)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenLinks(False)

        self.side_layout.addWidget(self.detail)

        self.message = QLabel(self.side)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.side_layout.addWidget(self.message)

        self.body.addWidget(self.side)

        self.outer.addWidget(self.body)


        self.retranslateUi(CalendarPageForm)
    # setupUi

    def retranslateUi(self, CalendarPageForm: QWidget) -> None:
        self.coach_label.setText(QCoreApplication.translate("CalendarPageForm", u"\ucf54\uce58", None))
        self.view.setItemText(0, QCoreApplication.translate("CalendarPageForm", u"\uc8fc", None))
        self.view.setItemText(1, QCoreApplication.translate("CalendarPageForm", u"\uc6d4", None))

        self.previous_button.setText(QCoreApplication.translate("CalendarPageForm", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("CalendarPageForm", u"\uc774\uc804", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("CalendarPageForm", u"\uc624\ub298", None))
        self.next_button.setText(QCoreApplication.translate("CalendarPageForm", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("CalendarPageForm", u"\ub2e4\uc74c", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CalendarPageForm", u"iCalendar\ub85c \ub0b4\ubcf4\ub0b4\uae30\u2026", None))
        self.targets_box.setTitle(QCoreApplication.translate("CalendarPageForm", u"\uc0ac\uc5c5 \ubaa9\ud45c \ub300\ube44 \uc2e4\uc801", None))
        self.visits_label.setText(QCoreApplication.translate("CalendarPageForm", u"\ubc29\ubb38", None))
        self.companies_label.setText(QCoreApplication.translate("CalendarPageForm", u"\uae30\uc5c5", None))
        self.measures_label.setText(QCoreApplication.translate("CalendarPageForm", u"\uc9c0\uc6d0 \uc870\uce58", None))
        pass
    # retranslateUi

