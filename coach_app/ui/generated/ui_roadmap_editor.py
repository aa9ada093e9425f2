"""Generated from forms/roadmap_editor.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RoadmapForm(object):
    def setupUi(self, RoadmapForm: QWidget) -> None:
        if not RoadmapForm.objectName():
            RoadmapForm.setObjectName(u"RoadmapForm")
        RoadmapForm.resize(1280, 720)
        self.outer = QVBoxLayout(RoadmapForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title_label = QLabel(RoadmapForm)
        self.title_label.setObjectName(u"title_label")

        self.top.addWidget(self.title_label)

        self.title = QLineEdit(RoadmapForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.top.addWidget(self.title)

        self.state = QLabel(RoadmapForm)
        self.state.setObjectName(u"state")
        self.state.setStyleSheet(u"font-weight: bold; padding: 2px 8px;")

        self.top.addWidget(self.state)


        self.outer.addLayout(self.top)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.add_button = QPushButton(RoadmapForm)
        self.add_button.setObjectName(u"add_button")

        self.actions.addWidget(self.add_button)

        self.edit_button = QPushButton(RoadmapForm)
        self.edit_button.setObjectName(u"edit_button")

        self.actions.addWidget(self.edit_button)

        self.remove_button = QPushButton(RoadmapForm)
        self.remove_button.setObjectName(u"remove_button")

        self.actions.addWidget(self.remove_button)

        self.pdf_button = QPushButton(RoadmapForm)
        self.pdf_button.setObjectName(u"pdf_button")

        self.actions.addWidget(self.pdf_button)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.gap)

        self.revise_button = QPushButton(RoadmapForm)
        self.revise_button.setObjectName(u"revise_button")

        self.actions.addWidget(self.revise_button)

        self.withdraw_button = QPushButton(RoadmapForm)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.actions.addWidget(self.withdraw_button)

        self.submit_button = QPushButton(RoadmapForm)
        self.submit_button.setObjectName(u"submit_button")

        self.actions.addWidget(self.submit_button)

        self.start_button = QPushButton(RoadmapForm)
        self.start_button.setObjectName(u"start_button")

        self.actions.addWidget(self.start_button)

        self.complete_button = QPushButton(RoadmapForm)
        self.complete_button.setObjectName(u"complete_button")

        self.actions.addWidget(self.complete_button)


        self.outer.addLayout(self.actions)

        self.body = QSplitter(RoadmapForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy)
        self.left = QSplitter(self.body)
        self.left.setObjectName(u"left")
        self.left.setOrientation(Qt.Orientation.Vertical)
        self.items = QTableView(self.left)
        self.items.setObjectName(u"items")
        self.left.addWidget(self.items)
        self.timeline = QScrollArea(self.left)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setWidgetResizable(True)
        self.timeline_contents = QWidget()
        self.timeline_contents.setObjectName(u"timeline_contents")
        self.timeline_layout = QVBoxLayout(self.timeline_contents)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline.setWidget(self.timeline_contents)
        self.left.addWidget(self.timeline)
        self.body.addWidget(self.left)
        self.side = QTabWidget(self.body)
        self.side.setObjectName(u"side")
        self.suggestions_tab = QWidget()
        self.suggestions_tab.setObjectName(u"suggestions_tab")
        self.suggestions_layout = QVBoxLayout(self.suggestions_tab)
        self.suggestions_layout.setObjectName(u"suggestions_layout")
        self.suggestions_layout.setContentsMargins(11, 11, 11, 11)
        self.suggestions_note = QLabel(self.suggestions_tab)
        self.suggestions_note.setObjectName(u"suggestions_note")
        self.suggestions_note.setWordWrap(True)

        self.suggestions_layout.addWidget(self.suggestions_note)

        self.suggestions = QListWidget(self.suggestions_tab)
        self.suggestions.setObjectName(u"suggestions")
        self.suggestions.setWordWrap(True)

        self.suggestions_layout.addWidget(self.suggestions)

        self.why = QLabel(self.suggestions_tab)
        self.why.setObjectName(u"why")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.suggestions_layout.addWidget(self.why)

        self.accept_button = QPushButton(self.suggestions_tab)
        self.accept_button.setObjectName(u"accept_button")

        self.suggestions_layout.addWidget(self.accept_button)

        self.side.addTab(self.suggestions_tab, "")
        self.reviews_tab = QWidget()
        self.reviews_tab.setObjectName(u"reviews_tab")
        self.reviews_layout = QVBoxLayout(self.reviews_tab)
        self.reviews_layout.setObjectName(u"reviews_layout")
        self.reviews_layout.setContentsMargins(11, 11, 11, 11)
        self.reviews = QListWidget(self.reviews_tab)
        self.reviews.setObjectName(u"reviews")
        self.reviews.setWordWrap(True)

        self.reviews_layout.addWidget(self.reviews)

        self.side.addTab(self.reviews_tab, "")
        self.body.addWidget(self.side)

        self.outer.addWidget(self.body)

        self.totals = QLabel(RoadmapForm)
        self.totals.setObjectName(u"totals")

        self.outer.addWidget(self.totals)

        self.message = QLabel(RoadmapForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(RoadmapForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(RoadmapForm)
    # setupUi

    def retranslateUi(self, RoadmapForm: QWidget) -> None:
        self.title_label.setText(QCoreApplication.translate("RoadmapForm", u"\ub85c\ub4dc\ub9f5 \uc81c\ubaa9", None))
        self.add_button.setText(QCoreApplication.translate("RoadmapForm", u"\uacfc\uc81c \ucd94\uac00\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("RoadmapForm", u"\uacfc\uc81c \uc218\uc815\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("RoadmapForm", u"\uacfc\uc81c \uc0ad\uc81c", None))
        self.pdf_button.setText(QCoreApplication.translate("RoadmapForm", u"PDF\ub85c \uc800\uc7a5\u2026", None))
        self.revise_button.setText(QCoreApplication.translate("RoadmapForm", u"\uc0c8 \ucc28\uc218\ub85c \uc218\uc815", None))
#if QT_CONFIG(tooltip)
        self.revise_button.setToolTip(QCoreApplication.translate("RoadmapForm", u"\uc2b9\uc778\ub41c \ucc28\uc218\ub294 \uadf8\ub300\ub85c \ub450\uace0, \ubcf5\uc0ac\ud55c \uc0c8 \ucc28\uc218\uc5d0\uc11c \uace0\uce69\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_button.setText(QCoreApplication.translate("RoadmapForm", u"\uac80\ud1a0 \uc694\uccad \ucde8\uc18c", None))
        self.submit_button.setText(QCoreApplication.translate("RoadmapForm", u"\uac80\ud1a0 \uc694\uccad", None))
        self.start_button.setText(QCoreApplication.translate("RoadmapForm", u"\ucd94\uc9c4 \uc2dc\uc791", None))
        self.complete_button.setText(QCoreApplication.translate("RoadmapForm", u"\ucd94\uc9c4 \uc644\ub8cc", None))
        self.suggestions_note.setText(QCoreApplication.translate("RoadmapForm", u"\ucd5c\uadfc \uc9c4\ub2e8\uc758 \ubd80\uc871 \uc601\uc5ed\uacfc \ubbf8\ud574\uacb0 \uc560\ub85c\uc0ac\ud56d\uc5d0 \ub9de\ub294 \uc9c0\uc6d0\uc0ac\uc5c5\uc785\ub2c8\ub2e4.", None))
        self.accept_button.setText(QCoreApplication.translate("RoadmapForm", u"\ub85c\ub4dc\ub9f5\uc5d0 \ucd94\uac00", None))
        self.side.setTabText(self.side.indexOf(self.suggestions_tab), QCoreApplication.translate("RoadmapForm", u"\ucd94\ucc9c \uacfc\uc81c", None))
        self.side.setTabText(self.side.indexOf(self.reviews_tab), QCoreApplication.translate("RoadmapForm", u"\uac80\ud1a0 \uc758\uacac", None))
        pass
    # retranslateUi

