"""Generated from forms/company_form.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CompanyForm(object):
    def setupUi(self, CompanyForm: QDialog) -> None:
        if not CompanyForm.objectName():
            CompanyForm.setObjectName(u"CompanyForm")
        CompanyForm.resize(620, 560)
        self.outer = QVBoxLayout(CompanyForm)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(CompanyForm)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(CompanyForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.brn_label = QLabel(CompanyForm)
        self.brn_label.setObjectName(u"brn_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.brn_label)

        self.brn = QLineEdit(CompanyForm)
        self.brn.setObjectName(u"brn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.brn)

        self.ceo_label = QLabel(CompanyForm)
        self.ceo_label.setObjectName(u"ceo_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ceo_label)

        self.ceo = QLineEdit(CompanyForm)
        self.ceo.setObjectName(u"ceo")
        self.ceo.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ceo)

        self.region_label = QLabel(CompanyForm)
        self.region_label.setObjectName(u"region_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QComboBox(CompanyForm)
        self.region.setObjectName(u"region")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.region)

        self.address_label = QLabel(CompanyForm)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(CompanyForm)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.industry_label = QLabel(CompanyForm)
        self.industry_label.setObjectName(u"industry_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry = QComboBox(CompanyForm)
        self.industry.setObjectName(u"industry")
        self.industry.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.industry)

        self.employees_label = QLabel(CompanyForm)
        self.employees_label.setObjectName(u"employees_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.employees_label)

        self.employees = QLineEdit(CompanyForm)
        self.employees.setObjectName(u"employees")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.employees)

        self.revenue_label = QLabel(CompanyForm)
        self.revenue_label.setObjectName(u"revenue_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.revenue_label)

        self.revenue = QLineEdit(CompanyForm)
        self.revenue.setObjectName(u"revenue")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.revenue)

        self.designation_label = QLabel(CompanyForm)
        self.designation_label.setObjectName(u"designation_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.designation_label)

        self.designation = QComboBox(CompanyForm)
        self.designation.setObjectName(u"designation")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.designation)

        self.tier_label = QLabel(CompanyForm)
        self.tier_label.setObjectName(u"tier_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.supplier_tier = QComboBox(CompanyForm)
        self.supplier_tier.setObjectName(u"supplier_tier")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.supplier_tier)

        self.founded_label = QLabel(CompanyForm)
        self.founded_label.setObjectName(u"founded_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.founded_label)

        self.founded_on = QLineEdit(CompanyForm)
        self.founded_on.setObjectName(u"founded_on")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.founded_on)

        self.phone_label = QLabel(CompanyForm)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(CompanyForm)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(CompanyForm)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(CompanyForm)
        self.email.setObjectName(u"email")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.email)


        self.outer.addLayout(self.form)

        self.buttons = QDialogButtonBox(CompanyForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(CompanyForm)
    # setupUi

    def retranslateUi(self, CompanyForm: QDialog) -> None:
        CompanyForm.setWindowTitle(QCoreApplication.translate("CompanyForm", u"\uae30\uc5c5 \uc815\ubcf4", None))
        self.name_label.setText(QCoreApplication.translate("CompanyForm", u"\uae30\uc5c5\uba85 *", None))
        self.brn_label.setText(QCoreApplication.translate("CompanyForm", u"\uc0ac\uc5c5\uc790\ub4f1\ub85d\ubc88\ud638 *", None))
        self.brn.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"\uc608: 123-45-67891", None))
        self.ceo_label.setText(QCoreApplication.translate("CompanyForm", u"\ub300\ud45c\uc790", None))
        self.region_label.setText(QCoreApplication.translate("CompanyForm", u"\uc9c0\uc5ed", None))
        self.address_label.setText(QCoreApplication.translate("CompanyForm", u"\uc8fc\uc18c", None))
        self.industry_label.setText(QCoreApplication.translate("CompanyForm", u"\uc5c5\uc885", None))
        self.employees_label.setText(QCoreApplication.translate("CompanyForm", u"\uc885\uc5c5\uc6d0 \uc218", None))
        self.employees.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"\uc608: 45", None))
        self.revenue_label.setText(QCoreApplication.translate("CompanyForm", u"\ub9e4\ucd9c\uc561", None))
        self.revenue.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"\uc608: 35\uc5b5 \ub610\ub294 3,500,000,000", None))
        self.designation_label.setText(QCoreApplication.translate("CompanyForm", u"\uc9c0\uc815\u00b7\uc778\uc99d", None))
        self.tier_label.setText(QCoreApplication.translate("CompanyForm", u"\ud611\ub825\uc0ac \uad6c\ubd84", None))
        self.founded_label.setText(QCoreApplication.translate("CompanyForm", u"\uc124\ub9bd\uc77c", None))
        self.founded_on.setPlaceholderText(QCoreApplication.translate("CompanyForm", u"YYYY-MM-DD", None))
        self.phone_label.setText(QCoreApplication.translate("CompanyForm", u"\uc804\ud654\ubc88\ud638", None))
        self.email_label.setText(QCoreApplication.translate("CompanyForm", u"\uc774\uba54\uc77c", None))
    # retranslateUi

