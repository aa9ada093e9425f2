"""Generated from forms/import_wizard.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QWizard)

from coach_app.ui.import_page import ImportPage

class Ui_ImportWizardForm(object):
    def setupUi(self, ImportWizardForm: QWizard) -> None:
        if not ImportWizardForm.objectName():
            ImportWizardForm.setObjectName(u"ImportWizardForm")
        ImportWizardForm.resize(980, 640)
        ImportWizardForm.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = ImportPage()
        self.file_page.setObjectName(u"file_page")
        self.file_layout = QVBoxLayout(self.file_page)
        self.file_layout.setObjectName(u"file_layout")
        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file = QLineEdit(self.file_page)
        self.file.setObjectName(u"file")

        self.file_row.addWidget(self.file)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.file_layout.addLayout(self.file_row)

        self.file_message = QLabel(self.file_page)
        self.file_message.setObjectName(u"file_message")
        self.file_message.setStyleSheet(u"color: #c62828;")
        self.file_message.setWordWrap(True)

        self.file_layout.addWidget(self.file_message)

        self.file_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_gap)

        ImportWizardForm.addPage(self.file_page)
        self.mapping_page = ImportPage()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_layout = QVBoxLayout(self.mapping_page)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping = QTableWidget(self.mapping_page)
        self.mapping.setObjectName(u"mapping")

        self.mapping_layout.addWidget(self.mapping)

        self.mapping_message = QLabel(self.mapping_page)
        self.mapping_message.setObjectName(u"mapping_message")
        self.mapping_message.setStyleSheet(u"color: #c62828;")
        self.mapping_message.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_message)

        ImportWizardForm.addPage(self.mapping_page)
        self.check_page = ImportPage()
        self.check_page.setObjectName(u"check_page")
        self.check_layout = QVBoxLayout(self.check_page)
        self.check_layout.setObjectName(u"check_layout")
        self.summary = QLabel(self.check_page)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"font-weight: bold;")
        self.summary.setWordWrap(True)

        self.check_layout.addWidget(self.summary)

        self.problems_only = QCheckBox(self.check_page)
        self.problems_only.setObjectName(u"problems_only")

        self.check_layout.addWidget(self.problems_only)

        self.rows = QTableView(self.check_page)
        self.rows.setObjectName(u"rows")
        self.rows.setWordWrap(True)

        self.check_layout.addWidget(self.rows)

        self.check_buttons = QHBoxLayout()
        self.check_buttons.setObjectName(u"check_buttons")
        self.save_result_button = QPushButton(self.check_page)
        self.save_result_button.setObjectName(u"save_result_button")

        self.check_buttons.addWidget(self.save_result_button)

        self.check_message = QLabel(self.check_page)
        self.check_message.setObjectName(u"check_message")
        self.check_message.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.check_message.sizePolicy().hasHeightForWidth())
        self.check_message.setSizePolicy(sizePolicy)

        self.check_buttons.addWidget(self.check_message)


        self.check_layout.addLayout(self.check_buttons)

        ImportWizardForm.addPage(self.check_page)

        self.retranslateUi(ImportWizardForm)
    # setupUi

    def retranslateUi(self, ImportWizardForm: QWizard) -> None:
        ImportWizardForm.setWindowTitle(QCoreApplication.translate("ImportWizardForm", u"\uae30\uc5c5 \ubaa9\ub85d \uac00\uc838\uc624\uae30", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportWizardForm", u"1. \ud30c\uc77c \uace0\ub974\uae30", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportWizardForm", u"\uae30\uc5c5 \ubaa9\ub85d\uc774 \ub4e0 Excel \ud1b5\ud569 \ubb38\uc11c(.xlsx)\ub97c \uace0\ub974\uc138\uc694. \uccab \uc2dc\ud2b8\uc758 \uccab \uc904\uc744 \uc81c\ubaa9 \uc904\ub85c \uc77d\uc2b5\ub2c8\ub2e4.", None))
        self.browse_button.setText(QCoreApplication.translate("ImportWizardForm", u"\ucc3e\uc544\ubcf4\uae30\u2026", None))
        self.mapping_page.setTitle(QCoreApplication.translate("ImportWizardForm", u"2. \uc5f4 \ub9de\ucd94\uae30", None))
        self.mapping_page.setSubTitle(QCoreApplication.translate("ImportWizardForm", u"\uac01 \ud56d\ubaa9\uc774 \ud30c\uc77c\uc758 \uc5b4\ub290 \uc5f4\uc5d0 \uc788\ub294\uc9c0 \uace0\ub974\uc138\uc694. * \ud45c\uc2dc\ub294 \uaf2d \ud544\uc694\ud569\ub2c8\ub2e4. \uace0\ub978 \ub0b4\uc6a9\uc740 \ub2e4\uc74c\uc5d0\ub3c4 \uc501\ub2c8\ub2e4.", None))
        self.check_page.setTitle(QCoreApplication.translate("ImportWizardForm", u"3. \ud655\uc778\ud558\uace0 \uac00\uc838\uc624\uae30", None))
        self.check_page.setSubTitle(QCoreApplication.translate("ImportWizardForm", u"\uc544\uc9c1 \uc544\ubb34\uac83\ub3c4 \uac00\uc838\uc624\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. '\uac00\uc838\uc624\uae30'\ub97c \ub204\ub974\uba74 \uc62c\ubc14\ub978 \ud589\ub9cc \ud55c\uaebc\ubc88\uc5d0 \uac00\uc838\uc635\ub2c8\ub2e4.", None))
        self.problems_only.setText(QCoreApplication.translate("ImportWizardForm", u"\uace0\uce60 \ud589\ub9cc \ubcf4\uae30", None))
        self.save_result_button.setText(QCoreApplication.translate("ImportWizardForm", u"\uacb0\uacfc\ub97c Excel\ub85c \uc800\uc7a5\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_result_button.setToolTip(QCoreApplication.translate("ImportWizardForm", u"\ubb38\uc81c\ub97c \uc801\uc740 \ud30c\uc77c\uc744 \uc800\uc7a5\ud569\ub2c8\ub2e4. \uace0\uccd0\uc11c \ub2e4\uc2dc \uac00\uc838\uc62c \uc218 \uc788\uc2b5\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

