"""Generated from forms/review_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReviewPageForm(object):
    def setupUi(self, ReviewPageForm: QWidget) -> None:
        if not ReviewPageForm.objectName():
            ReviewPageForm.setObjectName(u"ReviewPageForm")
        ReviewPageForm.resize(1200, 680)
        self.outer = QVBoxLayout(ReviewPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(ReviewPageForm)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.outer.addWidget(self.heading)

        self.body = QSplitter(ReviewPageForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy)
        self.queue = QTableView(self.body)
        self.queue.setObjectName(u"queue")
        self.body.addWidget(self.queue)
        self.detail = QWidget(self.body)
        self.detail.setObjectName(u"detail")
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_top = QHBoxLayout()
        self.detail_top.setObjectName(u"detail_top")
        self.selected = QLabel(self.detail)
        self.selected.setObjectName(u"selected")
        self.selected.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.selected.sizePolicy().hasHeightForWidth())
        self.selected.setSizePolicy(sizePolicy1)

        self.detail_top.addWidget(self.selected)

        self.open_button = QPushButton(self.detail)
        self.open_button.setObjectName(u"open_button")

        self.detail_top.addWidget(self.open_button)


        self.detail_layout.addLayout(self.detail_top)

        self.changes_box = QGroupBox(self.detail)
        self.changes_box.setObjectName(u"changes_box")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(3)
        sizePolicy2.setHeightForWidth(self.changes_box.sizePolicy().hasHeightForWidth())
        self.changes_box.setSizePolicy(sizePolicy2)
        self.changes_layout = QVBoxLayout(self.changes_box)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes = QTreeWidget(self.changes_box)
        self.changes.setObjectName(u"changes")
        self.changes.setWordWrap(True)

        self.changes_layout.addWidget(self.changes)


        self.detail_layout.addWidget(self.changes_box)

        self.history_box = QGroupBox(self.detail)
        self.history_box.setObjectName(u"history_box")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(1)
        sizePolicy3.setHeightForWidth(self.history_box.sizePolicy().hasHeightForWidth())
        self.history_box.setSizePolicy(sizePolicy3)
        self.history_layout = QVBoxLayout(self.history_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history = QListWidget(self.history_box)
        self.history.setObjectName(u"history")
        self.history.setWordWrap(True)

        self.history_layout.addWidget(self.history)


        self.detail_layout.addWidget(self.history_box)

        self.comment = QPlainTextEdit(self.detail)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumHeight(70)

        self.detail_layout.addWidget(self.comment)

        self.message = QLabel(self.detail)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.detail_layout.addWidget(self.message)

        self.decisions = QHBoxLayout()
        self.decisions.setObjectName(u"decisions")
        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisions.addItem(self.gap)

        self.comment_button = QPushButton(self.detail)
        self.comment_button.setObjectName(u"comment_button")

        self.decisions.addWidget(self.comment_button)

        self.changes_button = QPushButton(self.detail)
        self.changes_button.setObjectName(u"changes_button")

        self.decisions.addWidget(self.changes_button)

        self.approve_button = QPushButton(self.detail)
        self.approve_button.setObjectName(u"approve_button")

        self.decisions.addWidget(self.approve_button)


        self.detail_layout.addLayout(self.decisions)

        self.body.addWidget(self.detail)

        self.outer.addWidget(self.body)


        self.retranslateUi(ReviewPageForm)
    # setupUi

    def retranslateUi(self, ReviewPageForm: QWidget) -> None:
        self.open_button.setText(QCoreApplication.translate("ReviewPageForm", u"\ub85c\ub4dc\ub9f5 \ubcf4\uae30\u2026", None))
        self.changes_box.setTitle(QCoreApplication.translate("ReviewPageForm", u"\uc9c0\ub09c \uc2b9\uc778 \ucc28\uc218 \uc774\ud6c4 \ubc14\ub010 \ub0b4\uc6a9", None))
        ___qtreewidgetitem = self.changes.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewPageForm", u"\ubcc0\uacbd", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewPageForm", u"\uc774\uc804", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewPageForm", u"\uacfc\uc81c / \ud56d\ubaa9", None))
        self.history_box.setTitle(QCoreApplication.translate("ReviewPageForm", u"\uac80\ud1a0 \uc774\ub825", None))
        self.comment.setPlaceholderText(QCoreApplication.translate("ReviewPageForm", u"\uac80\ud1a0 \uc758\uacac (\ubcf4\uc644 \uc694\uccad\uc5d0\ub294 \uaf2d \uc801\uc73c\uc138\uc694)", None))
        self.comment_button.setText(QCoreApplication.translate("ReviewPageForm", u"\uc758\uacac\ub9cc \ub0a8\uae30\uae30", None))
        self.changes_button.setText(QCoreApplication.translate("ReviewPageForm", u"\ubcf4\uc644 \uc694\uccad", None))
        self.approve_button.setText(QCoreApplication.translate("ReviewPageForm", u"\uc2b9\uc778", None))
        pass
    # retranslateUi

