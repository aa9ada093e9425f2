"""Generated from forms/dashboard_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPageForm(object):
    def setupUi(self, DashboardPageForm: QWidget) -> None:
        if not DashboardPageForm.objectName():
            DashboardPageForm.setObjectName(u"DashboardPageForm")
        DashboardPageForm.resize(1200, 680)
        self.outer = QVBoxLayout(DashboardPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.heading = QLabel(DashboardPageForm)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.top.addWidget(self.heading)

        self.as_of = QLabel(DashboardPageForm)
        self.as_of.setObjectName(u"as_of")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.as_of.sizePolicy().hasHeightForWidth())
        self.as_of.setSizePolicy(sizePolicy)

        self.top.addWidget(self.as_of)

        self.refresh_button = QPushButton(DashboardPageForm)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top.addWidget(self.refresh_button)


        self.outer.addLayout(self.top)

        self.body = QSplitter(DashboardPageForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy1)
        self.figures = QWidget(self.body)
        self.figures.setObjectName(u"figures")
        self.figures_layout = QVBoxLayout(self.figures)
        self.figures_layout.setObjectName(u"figures_layout")
        self.figures_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_area = QWidget(self.figures)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_area.setMinimumSize(QSize(360, 230))
        sizePolicy1.setHeightForWidth(self.chart_area.sizePolicy().hasHeightForWidth())
        self.chart_area.setSizePolicy(sizePolicy1)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.figures_layout.addWidget(self.chart_area)

        self.follow_box = QGroupBox(self.figures)
        self.follow_box.setObjectName(u"follow_box")
        self.follow_layout = QGridLayout(self.follow_box)
        self.follow_layout.setObjectName(u"follow_layout")
        self.workload_button = QPushButton(self.follow_box)
        self.workload_button.setObjectName(u"workload_button")

        self.follow_layout.addWidget(self.workload_button, 0, 0, 1, 1)

        self.overdue_button = QPushButton(self.follow_box)
        self.overdue_button.setObjectName(u"overdue_button")

        self.follow_layout.addWidget(self.overdue_button, 0, 1, 1, 1)

        self.waiting_button = QPushButton(self.follow_box)
        self.waiting_button.setObjectName(u"waiting_button")

        self.follow_layout.addWidget(self.waiting_button, 1, 0, 1, 2)


        self.figures_layout.addWidget(self.follow_box)

        self.impact_box = QGroupBox(self.figures)
        self.impact_box.setObjectName(u"impact_box")
        self.impact_layout = QGridLayout(self.impact_box)
        self.impact_layout.setObjectName(u"impact_layout")
        self.impact_button = QPushButton(self.impact_box)
        self.impact_button.setObjectName(u"impact_button")

        self.impact_layout.addWidget(self.impact_button, 0, 0, 1, 1)


        self.figures_layout.addWidget(self.impact_box)

        self.quality_box = QGroupBox(self.figures)
        self.quality_box.setObjectName(u"quality_box")
        self.quality_layout = QGridLayout(self.quality_box)
        self.quality_layout.setObjectName(u"quality_layout")
        self.never_button = QPushButton(self.quality_box)
        self.never_button.setObjectName(u"never_button")

        self.quality_layout.addWidget(self.never_button, 0, 0, 1, 1)

        self.notes_button = QPushButton(self.quality_box)
        self.notes_button.setObjectName(u"notes_button")

        self.quality_layout.addWidget(self.notes_button, 0, 1, 1, 1)

        self.incomplete_button = QPushButton(self.quality_box)
        self.incomplete_button.setObjectName(u"incomplete_button")

        self.quality_layout.addWidget(self.incomplete_button, 1, 0, 1, 1)

        self.duplicates_button = QPushButton(self.quality_box)
        self.duplicates_button.setObjectName(u"duplicates_button")

        self.quality_layout.addWidget(self.duplicates_button, 1, 1, 1, 1)


        self.figures_layout.addWidget(self.quality_box)

        self.body.addWidget(self.figures)
        self.listing = QWidget(self.body)
        self.listing.setObjectName(u"listing")
        self.listing_layout = QVBoxLayout(self.listing)
        self.listing_layout.setObjectName(u"listing_layout")
        self.listing_layout.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(self.listing)
        self.list_title.setObjectName(u"list_title")
        self.list_title.setStyleSheet(u"font-weight: bold;")
        self.list_title.setWordWrap(True)

        self.listing_layout.addWidget(self.list_title)

        self.rows = QTableView(self.listing)
        self.rows.setObjectName(u"rows")

        self.listing_layout.addWidget(self.rows)

        self.hint = QLabel(self.listing)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")

        self.listing_layout.addWidget(self.hint)

        self.body.addWidget(self.listing)

        self.outer.addWidget(self.body)


        self.retranslateUi(DashboardPageForm)
    # setupUi

    def retranslateUi(self, DashboardPageForm: QWidget) -> None:
        self.heading.setText(QCoreApplication.translate("DashboardPageForm", u"\ud604\ud669\ud310", None))
        self.refresh_button.setText(QCoreApplication.translate("DashboardPageForm", u"\uc0c8\ub85c \uace0\uce68", None))
        self.follow_box.setTitle(QCoreApplication.translate("DashboardPageForm", u"\uc5c5\ubb34\uc640 \ud6c4\uc18d \uc870\uce58", None))
        self.impact_box.setTitle(QCoreApplication.translate("DashboardPageForm", u"\uc131\uacfc (\ucd5c\uadfc \uc5f0\ub3c4, \uc9c0\uc6d0 \uc804 \uae30\uc900 \ub300\ube44)", None))
        self.quality_box.setTitle(QCoreApplication.translate("DashboardPageForm", u"\uc790\ub8cc \uc810\uac80", None))
        self.hint.setText(QCoreApplication.translate("DashboardPageForm", u"\ub450 \ubc88 \ub204\ub974\uba74 \ud574\ub2f9 \uae30\uc5c5\uc774\ub098 \ub85c\ub4dc\ub9f5\uc774 \uc5f4\ub9bd\ub2c8\ub2e4.", None))
        pass
    # retranslateUi

