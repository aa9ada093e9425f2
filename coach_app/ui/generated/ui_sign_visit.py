"""Generated from forms/sign_visit.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from coach_app.ui.signature_pad import SignaturePad

class Ui_SignVisitForm(object):
    def setupUi(self, SignVisitForm: QWidget) -> None:
        if not SignVisitForm.objectName():
            SignVisitForm.setObjectName(u"SignVisitForm")
        SignVisitForm.resize(760, 560)
        self.outer = QVBoxLayout(SignVisitForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(SignVisitForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.summary = QPlainTextEdit(SignVisitForm)
        self.summary.setObjectName(u"summary")
        self.summary.setReadOnly(True)
        self.summary.setMaximumSize(QSize(16777215, 130))

        self.outer.addWidget(self.summary)

        self.signer_form = QFormLayout()
        self.signer_form.setObjectName(u"signer_form")
        self.name_label = QLabel(SignVisitForm)
        self.name_label.setObjectName(u"name_label")

        self.signer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.signer_name = QLineEdit(SignVisitForm)
        self.signer_name.setObjectName(u"signer_name")
        self.signer_name.setMaxLength(50)

        self.signer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_name)

        self.title_label = QLabel(SignVisitForm)
        self.title_label.setObjectName(u"title_label")

        self.signer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.signer_title = QLineEdit(SignVisitForm)
        self.signer_title.setObjectName(u"signer_title")
        self.signer_title.setMaxLength(50)

        self.signer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_title)


        self.outer.addLayout(self.signer_form)

        self.pad = SignaturePad(SignVisitForm)
        self.pad.setObjectName(u"pad")

        self.outer.addWidget(self.pad)

        self.pad_buttons = QHBoxLayout()
        self.pad_buttons.setObjectName(u"pad_buttons")
        self.undo_button = QPushButton(SignVisitForm)
        self.undo_button.setObjectName(u"undo_button")

        self.pad_buttons.addWidget(self.undo_button)

        self.clear_button = QPushButton(SignVisitForm)
        self.clear_button.setObjectName(u"clear_button")

        self.pad_buttons.addWidget(self.clear_button)

        self.pad_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pad_buttons.addItem(self.pad_spacer)


        self.outer.addLayout(self.pad_buttons)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.message = QLabel(SignVisitForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b00020;")
        self.message.setWordWrap(True)

        self.bottom.addWidget(self.message)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.sign_button = QPushButton(SignVisitForm)
        self.sign_button.setObjectName(u"sign_button")

        self.bottom.addWidget(self.sign_button)

        self.cancel_button = QPushButton(SignVisitForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.bottom.addWidget(self.cancel_button)


        self.outer.addLayout(self.bottom)


        self.retranslateUi(SignVisitForm)

        self.sign_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SignVisitForm: QWidget) -> None:
        self.intro.setText(QCoreApplication.translate("SignVisitForm", u"\uae30\uc5c5 \ub300\ud45c(\ub610\ub294 \ub300\ub9ac\uc778)\uac00 \uc544\ub798 \ubc29\ubb38 \uae30\ub85d\uc744 \ud655\uc778\ud558\uace0 \uc11c\uba85\ud569\ub2c8\ub2e4. \uc11c\uba85\ud55c \ub4a4\uc5d0 \uae30\ub85d\uc744 \uace0\uce58\uba74 \ud654\uba74\uacfc \ubcf4\uace0\uc11c\uc5d0 '\uc11c\uba85 \ud6c4 \uc218\uc815\ub428'\uc73c\ub85c \ud45c\uc2dc\ub429\ub2c8\ub2e4.", None))
        self.name_label.setText(QCoreApplication.translate("SignVisitForm", u"\uc11c\uba85\uc790 \uc774\ub984 *", None))
        self.signer_name.setPlaceholderText(QCoreApplication.translate("SignVisitForm", u"\uc608: \uae40\ubbfc\uc900", None))
        self.title_label.setText(QCoreApplication.translate("SignVisitForm", u"\uc9c1\ud568", None))
        self.signer_title.setPlaceholderText(QCoreApplication.translate("SignVisitForm", u"\uc608: \ub300\ud45c\uc774\uc0ac", None))
        self.undo_button.setText(QCoreApplication.translate("SignVisitForm", u"\ud55c \ud68d \ub418\ub3cc\ub9ac\uae30", None))
        self.clear_button.setText(QCoreApplication.translate("SignVisitForm", u"\ubaa8\ub450 \uc9c0\uc6b0\uae30", None))
        self.sign_button.setText(QCoreApplication.translate("SignVisitForm", u"\uc11c\uba85 \uc800\uc7a5", None))
        self.cancel_button.setText(QCoreApplication.translate("SignVisitForm", u"\ucde8\uc18c", None))
        pass
    # retranslateUi

