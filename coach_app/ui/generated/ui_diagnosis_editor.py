"""Generated from forms/diagnosis_editor.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DiagnosisForm(object):
    def setupUi(self, DiagnosisForm: QWidget) -> None:
        if not DiagnosisForm.objectName():
            DiagnosisForm.setObjectName(u"DiagnosisForm")
        DiagnosisForm.resize(1240, 700)
        self.outer = QVBoxLayout(DiagnosisForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.template_label = QLabel(DiagnosisForm)
        self.template_label.setObjectName(u"template_label")

        self.top.addWidget(self.template_label)

        self.template = QComboBox(DiagnosisForm)
        self.template.setObjectName(u"template")
        self.template.setMinimumWidth(200)

        self.top.addWidget(self.template)

        self.date_label = QLabel(DiagnosisForm)
        self.date_label.setObjectName(u"date_label")

        self.top.addWidget(self.date_label)

        self.diagnosed_on = QDateEdit(DiagnosisForm)
        self.diagnosed_on.setObjectName(u"diagnosed_on")
        self.diagnosed_on.setCalendarPopup(True)

        self.top.addWidget(self.diagnosed_on)

        self.overall = QLabel(DiagnosisForm)
        self.overall.setObjectName(u"overall")
        self.overall.setStyleSheet(u"font-weight: bold;")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.overall.sizePolicy().hasHeightForWidth())
        self.overall.setSizePolicy(sizePolicy)

        self.top.addWidget(self.overall)


        self.outer.addLayout(self.top)

        self.body = QSplitter(DiagnosisForm)
        self.body.setObjectName(u"body")
        self.body.setOrientation(Qt.Orientation.Horizontal)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.body.sizePolicy().hasHeightForWidth())
        self.body.setSizePolicy(sizePolicy1)
        self.items_box = QGroupBox(self.body)
        self.items_box.setObjectName(u"items_box")
        self.items_layout = QVBoxLayout(self.items_box)
        self.items_layout.setObjectName(u"items_layout")
        self.items = QTableView(self.items_box)
        self.items.setObjectName(u"items")
        self.items.setWordWrap(True)

        self.items_layout.addWidget(self.items)

        self.item_buttons = QHBoxLayout()
        self.item_buttons.setObjectName(u"item_buttons")
        self.attach_button = QPushButton(self.items_box)
        self.attach_button.setObjectName(u"attach_button")

        self.item_buttons.addWidget(self.attach_button)

        self.level_help = QLabel(self.items_box)
        self.level_help.setObjectName(u"level_help")
        self.level_help.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.level_help.sizePolicy().hasHeightForWidth())
        self.level_help.setSizePolicy(sizePolicy)

        self.item_buttons.addWidget(self.level_help)


        self.items_layout.addLayout(self.item_buttons)

        self.body.addWidget(self.items_box)
        self.right = QWidget(self.body)
        self.right.setObjectName(u"right")
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.radar_box = QGroupBox(self.right)
        self.radar_box.setObjectName(u"radar_box")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(3)
        sizePolicy2.setHeightForWidth(self.radar_box.sizePolicy().hasHeightForWidth())
        self.radar_box.setSizePolicy(sizePolicy2)
        self.radar_layout = QVBoxLayout(self.radar_box)
        self.radar_layout.setObjectName(u"radar_layout")

        self.right_layout.addWidget(self.radar_box)

        self.areas = QTableWidget(self.right)
        self.areas.setObjectName(u"areas")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.areas.sizePolicy().hasHeightForWidth())
        self.areas.setSizePolicy(sizePolicy3)
        self.areas.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.right_layout.addWidget(self.areas)

        self.body.addWidget(self.right)

        self.outer.addWidget(self.body)

        self.comment_row = QHBoxLayout()
        self.comment_row.setObjectName(u"comment_row")
        self.comment_label = QLabel(DiagnosisForm)
        self.comment_label.setObjectName(u"comment_label")

        self.comment_row.addWidget(self.comment_label)

        self.comment = QPlainTextEdit(DiagnosisForm)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumHeight(60)

        self.comment_row.addWidget(self.comment)


        self.outer.addLayout(self.comment_row)

        self.message = QLabel(DiagnosisForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(DiagnosisForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(DiagnosisForm)
    # setupUi

    def retranslateUi(self, DiagnosisForm: QWidget) -> None:
        self.template_label.setText(QCoreApplication.translate("DiagnosisForm", u"\uc9c4\ub2e8 \uc591\uc2dd", None))
        self.date_label.setText(QCoreApplication.translate("DiagnosisForm", u"\uc9c4\ub2e8\uc77c", None))
        self.diagnosed_on.setDisplayFormat(QCoreApplication.translate("DiagnosisForm", u"yyyy-MM-dd", None))
        self.items_box.setTitle(QCoreApplication.translate("DiagnosisForm", u"\ud56d\ubaa9\ubcc4 \uc810\uc218 (\uce78\uc744 \ub450 \ubc88 \ub20c\ub7ec \uace0\ub985\ub2c8\ub2e4)", None))
        self.attach_button.setText(QCoreApplication.translate("DiagnosisForm", u"\uc99d\ube59 \ucca8\ubd80\u2026", None))
#if QT_CONFIG(tooltip)
        self.attach_button.setToolTip(QCoreApplication.translate("DiagnosisForm", u"\uc120\ud0dd\ud55c \ud56d\ubaa9\uc5d0 \uc0ac\uc9c4\uc774\ub098 \ubb38\uc11c\ub97c \ubd99\uc774\uace0 '\ucf54\uce58 \ud655\uc778'\uc73c\ub85c \ud45c\uc2dc\ud569\ub2c8\ub2e4", None))
#endif // QT_CONFIG(tooltip)
        self.radar_box.setTitle(QCoreApplication.translate("DiagnosisForm", u"\uc601\uc5ed\ubcc4 \uc810\uc218 (\ud30c\ub791: \ud604\uc7ac, \ucd08\ub85d \uc810\uc120: \ubaa9\ud45c, \ud68c\uc0c9 \uc810\uc120: \uc9c0\ub09c \uc9c4\ub2e8)", None))
        self.comment_label.setText(QCoreApplication.translate("DiagnosisForm", u"\uc885\ud569 \uc758\uacac", None))
        pass
    # retranslateUi

