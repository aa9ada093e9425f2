"""Generated from forms/satisfaction_form.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SatisfactionForm(object):
    def setupUi(self, SatisfactionForm: QWidget) -> None:
        if not SatisfactionForm.objectName():
            SatisfactionForm.setObjectName(u"SatisfactionForm")
        SatisfactionForm.resize(720, 600)
        self.outer = QVBoxLayout(SatisfactionForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.visit = QLabel(SatisfactionForm)
        self.visit.setObjectName(u"visit")
        self.visit.setWordWrap(True)

        self.outer.addWidget(self.visit)

        self.about = QLabel(SatisfactionForm)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.outer.addWidget(self.about)

        self.questions_box = QGroupBox(SatisfactionForm)
        self.questions_box.setObjectName(u"questions_box")
        self.questions = QGridLayout(self.questions_box)
        self.questions.setObjectName(u"questions")

        self.outer.addWidget(self.questions_box)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.respondent_label = QLabel(SatisfactionForm)
        self.respondent_label.setObjectName(u"respondent_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.respondent_label)

        self.respondent = QLineEdit(SatisfactionForm)
        self.respondent.setObjectName(u"respondent")
        self.respondent.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.respondent)

        self.position_label = QLabel(SatisfactionForm)
        self.position_label.setObjectName(u"position_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(SatisfactionForm)
        self.position.setObjectName(u"position")
        self.position.setMaxLength(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.position)

        self.comment_label = QLabel(SatisfactionForm)
        self.comment_label.setObjectName(u"comment_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment = QPlainTextEdit(SatisfactionForm)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.comment)


        self.outer.addLayout(self.form)

        self.rest = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.rest)

        self.error = QLabel(SatisfactionForm)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(SatisfactionForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(SatisfactionForm)
    # setupUi

    def retranslateUi(self, SatisfactionForm: QWidget) -> None:
        self.about.setText(QCoreApplication.translate("SatisfactionForm", u"\uc774 \ubc29\ubb38\uc5d0 \ub300\ud574 \uae30\uc5c5 \ub300\ud45c(\ub610\ub294 \ub2f4\ub2f9\uc790)\uaed8\uc11c \uc9c1\uc811 \ud3c9\uac00\ud574 \uc8fc\uc138\uc694. 1\uc810: \ub9e4\uc6b0 \ubd88\ub9cc\uc871, 5\uc810: \ub9e4\uc6b0 \ub9cc\uc871. \uc81c\ucd9c\ud55c \ud3c9\uac00\ub294 \uace0\uce60 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4.", None))
        self.questions_box.setTitle(QCoreApplication.translate("SatisfactionForm", u"\ud3c9\uac00", None))
        self.respondent_label.setText(QCoreApplication.translate("SatisfactionForm", u"\uc751\ub2f5\uc790 *", None))
        self.position_label.setText(QCoreApplication.translate("SatisfactionForm", u"\uc9c1\uc704", None))
        self.comment_label.setText(QCoreApplication.translate("SatisfactionForm", u"\uc758\uacac", None))
        pass
    # retranslateUi

