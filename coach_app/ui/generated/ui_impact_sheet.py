"""Generated from forms/impact_sheet.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImpactSheetForm(object):
    def setupUi(self, ImpactSheetForm: QWidget) -> None:
        if not ImpactSheetForm.objectName():
            ImpactSheetForm.setObjectName(u"ImpactSheetForm")
        ImpactSheetForm.resize(900, 600)
        self.outer = QVBoxLayout(ImpactSheetForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.about = QLabel(ImpactSheetForm)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.outer.addWidget(self.about)

        self.figures = QTableWidget(ImpactSheetForm)
        self.figures.setObjectName(u"figures")
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setAlternatingRowColors(True)
        self.figures.setColumnCount(6)

        self.outer.addWidget(self.figures)

        self.entry_box = QGroupBox(ImpactSheetForm)
        self.entry_box.setObjectName(u"entry_box")
        self.entry_layout = QHBoxLayout(self.entry_box)
        self.entry_layout.setObjectName(u"entry_layout")
        self.year_label = QLabel(self.entry_box)
        self.year_label.setObjectName(u"year_label")

        self.entry_layout.addWidget(self.year_label)

        self.year = QSpinBox(self.entry_box)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1990)
        self.year.setMaximum(2100)

        self.entry_layout.addWidget(self.year)

        self.baseline = QCheckBox(self.entry_box)
        self.baseline.setObjectName(u"baseline")

        self.entry_layout.addWidget(self.baseline)

        self.metric = QComboBox(self.entry_box)
        self.metric.setObjectName(u"metric")

        self.entry_layout.addWidget(self.metric)

        self.value = QLineEdit(self.entry_box)
        self.value.setObjectName(u"value")

        self.entry_layout.addWidget(self.value)

        self.source = QComboBox(self.entry_box)
        self.source.setObjectName(u"source")

        self.entry_layout.addWidget(self.source)

        self.save_button = QPushButton(self.entry_box)
        self.save_button.setObjectName(u"save_button")

        self.entry_layout.addWidget(self.save_button)


        self.outer.addWidget(self.entry_box)

        self.error = QLabel(ImpactSheetForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.import_button = QPushButton(ImpactSheetForm)
        self.import_button.setObjectName(u"import_button")

        self.actions.addWidget(self.import_button)

        self.confirm_button = QPushButton(ImpactSheetForm)
        self.confirm_button.setObjectName(u"confirm_button")

        self.actions.addWidget(self.confirm_button)

        self.delete_button = QPushButton(ImpactSheetForm)
        self.delete_button.setObjectName(u"delete_button")

        self.actions.addWidget(self.delete_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.buttons = QDialogButtonBox(ImpactSheetForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.buttons)


        self.outer.addLayout(self.actions)


        self.retranslateUi(ImpactSheetForm)
    # setupUi

    def retranslateUi(self, ImpactSheetForm: QWidget) -> None:
        self.about.setText(QCoreApplication.translate("ImpactSheetForm", u"\uc9c0\uc6d0 \uc804 \uae30\uc900 \uc5f0\ub3c4\uc640 \uc9c0\uc6d0 \ud6c4 \uc5f0\ub3c4\ubcc4 \uc131\uacfc\ub97c \uae30\ub85d\ud569\ub2c8\ub2e4. \uae30\uc5c5\uc774 \ud655\uc778\ud55c \uc218\uce58\ub294 \uae30\uc5c5 \ud655\uc778 \uc5f4\uc5d0 \ud655\uc778\uc790\uc640 \uc77c\uc2dc\uac00 \ud45c\uc2dc\ub429\ub2c8\ub2e4. \uae30\uc6b8\uc784\uaf34 \ud589\uc740 \ub85c\ub4dc\ub9f5 KPI \uc2e4\uc801\uc5d0\uc11c \uc9d1\uacc4\ub41c \uac12\uc785\ub2c8\ub2e4.", None))
        self.entry_box.setTitle(QCoreApplication.translate("ImpactSheetForm", u"\uc218\uce58 \uc785\ub825", None))
        self.year_label.setText(QCoreApplication.translate("ImpactSheetForm", u"\uc5f0\ub3c4", None))
        self.baseline.setText(QCoreApplication.translate("ImpactSheetForm", u"\uae30\uc900 \uc5f0\ub3c4(\uc9c0\uc6d0 \uc804)", None))
        self.value.setPlaceholderText(QCoreApplication.translate("ImpactSheetForm", u"\uac12 (\uc6d0\u00b7\uba85\u00b7\ub2ec\ub7ec\u00b7\uac74)", None))
        self.save_button.setText(QCoreApplication.translate("ImpactSheetForm", u"\uc800\uc7a5", None))
        self.import_button.setText(QCoreApplication.translate("ImpactSheetForm", u"\uae30\uc5c5 \ud30c\uc77c \uac00\uc838\uc624\uae30(.xlsx)\u2026", None))
        self.confirm_button.setText(QCoreApplication.translate("ImpactSheetForm", u"\uc120\ud0dd\ud55c \uc218\uce58 \uae30\uc5c5 \ud655\uc778\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("ImpactSheetForm", u"\uc120\ud0dd\ud55c \uc218\uce58 \uc0ad\uc81c", None))
        pass
    # retranslateUi

