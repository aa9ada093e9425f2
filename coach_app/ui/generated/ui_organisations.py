"""Generated from forms/organisations.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OrganisationsForm(object):
    def setupUi(self, OrganisationsForm: QWidget) -> None:
        if not OrganisationsForm.objectName():
            OrganisationsForm.setObjectName(u"OrganisationsForm")
        OrganisationsForm.resize(800, 580)
        self.outer = QVBoxLayout(OrganisationsForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(OrganisationsForm)
        self.table.setObjectName(u"table")

        self.outer.addWidget(self.table)

        self.form_box = QGroupBox(OrganisationsForm)
        self.form_box.setObjectName(u"form_box")
        self.form = QFormLayout(self.form_box)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(self.form_box)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.form_box)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(self.form_box)
        self.name_error.setObjectName(u"name_error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.kind_label = QLabel(self.form_box)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.form_box)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.phone_label = QLabel(self.form_box)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.form_box)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(self.form_box)
        self.phone_error.setObjectName(u"phone_error")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.email_label = QLabel(self.form_box)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.form_box)
        self.email.setObjectName(u"email")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.email_error = QLabel(self.form_box)
        self.email_error.setObjectName(u"email_error")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email_error)


        self.outer.addWidget(self.form_box)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.new_button = QPushButton(OrganisationsForm)
        self.new_button.setObjectName(u"new_button")

        self.actions.addWidget(self.new_button)

        self.save_button = QPushButton(OrganisationsForm)
        self.save_button.setObjectName(u"save_button")

        self.actions.addWidget(self.save_button)

        self.note = QLabel(OrganisationsForm)
        self.note.setObjectName(u"note")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.note.sizePolicy().hasHeightForWidth())
        self.note.setSizePolicy(sizePolicy)

        self.actions.addWidget(self.note)

        self.buttons = QDialogButtonBox(OrganisationsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.buttons)


        self.outer.addLayout(self.actions)


        self.retranslateUi(OrganisationsForm)
    # setupUi

    def retranslateUi(self, OrganisationsForm: QWidget) -> None:
        self.form_box.setTitle(QCoreApplication.translate("OrganisationsForm", u"\uae30\uad00 \uc815\ubcf4", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationsForm", u"\uae30\uad00\uba85 *", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationsForm", u"\uad6c\ubd84", None))
        self.phone_label.setText(QCoreApplication.translate("OrganisationsForm", u"\uc804\ud654", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("OrganisationsForm", u"\uc608: 062-613-2114", None))
        self.email_label.setText(QCoreApplication.translate("OrganisationsForm", u"\uc774\uba54\uc77c", None))
        self.new_button.setText(QCoreApplication.translate("OrganisationsForm", u"\uc0c8 \uae30\uad00", None))
        self.save_button.setText(QCoreApplication.translate("OrganisationsForm", u"\uc800\uc7a5", None))
        pass
    # retranslateUi

