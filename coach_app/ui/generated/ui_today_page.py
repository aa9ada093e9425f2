"""Generated from forms/today_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TodayPageForm(object):
    def setupUi(self, TodayPageForm: QWidget) -> None:
        if not TodayPageForm.objectName():
            TodayPageForm.setObjectName(u"TodayPageForm")
        TodayPageForm.resize(1000, 640)
        self.outer = QVBoxLayout(TodayPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading = QLabel(TodayPageForm)
        self.heading.setObjectName(u"heading")

        self.heading_row.addWidget(self.heading)

        self.heading_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.loading = QLabel(TodayPageForm)
        self.loading.setObjectName(u"loading")

        self.heading_row.addWidget(self.loading)

        self.refresh_button = QPushButton(TodayPageForm)
        self.refresh_button.setObjectName(u"refresh_button")

        self.heading_row.addWidget(self.refresh_button)


        self.outer.addLayout(self.heading_row)

        self.summary = QLabel(TodayPageForm)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.agenda = QTreeWidget(TodayPageForm)
        self.agenda.setObjectName(u"agenda")
        self.agenda.setRootIsDecorated(True)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAlternatingRowColors(True)

        self.outer.addWidget(self.agenda)

        self.hint = QLabel(TodayPageForm)
        self.hint.setObjectName(u"hint")

        self.outer.addWidget(self.hint)


        self.retranslateUi(TodayPageForm)
    # setupUi

    def retranslateUi(self, TodayPageForm: QWidget) -> None:
        self.heading.setText(QCoreApplication.translate("TodayPageForm", u"\uc624\ub298", None))
        self.loading.setText(QCoreApplication.translate("TodayPageForm", u"\ubd88\ub7ec\uc624\ub294 \uc911\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("TodayPageForm", u"\uc0c8\ub85c \uace0\uce68", None))
        ___qtreewidgetitem = self.agenda.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("TodayPageForm", u"\uacbd\uacfc", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TodayPageForm", u"\ub0a0\uc9dc\u00b7\uae30\ud55c", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TodayPageForm", u"\ub0b4\uc6a9", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodayPageForm", u"\uae30\uc5c5", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodayPageForm", u"\uad6c\ubd84", None))
        self.hint.setText(QCoreApplication.translate("TodayPageForm", u"\uc904\uc744 \ub450 \ubc88 \ub204\ub974\uba74 \ud574\ub2f9 \ud654\uba74\uc774 \uc5f4\ub9bd\ub2c8\ub2e4.", None))
        pass
    # retranslateUi

