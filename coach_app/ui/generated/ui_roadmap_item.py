"""Generated from forms/roadmap_item.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RoadmapItemForm(object):
    def setupUi(self, RoadmapItemForm: QWidget) -> None:
        if not RoadmapItemForm.objectName():
            RoadmapItemForm.setObjectName(u"RoadmapItemForm")
        RoadmapItemForm.resize(760, 600)
        self.outer = QVBoxLayout(RoadmapItemForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(RoadmapItemForm)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(RoadmapItemForm)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.stage_label = QLabel(RoadmapItemForm)
        self.stage_label.setObjectName(u"stage_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stage_label)

        self.stage = QComboBox(RoadmapItemForm)
        self.stage.setObjectName(u"stage")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stage)

        self.type_label = QLabel(RoadmapItemForm)
        self.type_label.setObjectName(u"type_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.item_type = QLineEdit(RoadmapItemForm)
        self.item_type.setObjectName(u"item_type")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_type)

        self.phase_label = QLabel(RoadmapItemForm)
        self.phase_label.setObjectName(u"phase_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase = QSpinBox(RoadmapItemForm)
        self.phase.setObjectName(u"phase")
        self.phase.setMinimum(1)
        self.phase.setMaximum(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phase)

        self.starts_label = QLabel(RoadmapItemForm)
        self.starts_label.setObjectName(u"starts_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.starts_label)

        self.starts_on = QDateEdit(RoadmapItemForm)
        self.starts_on.setObjectName(u"starts_on")
        self.starts_on.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.starts_on)

        self.ends_label = QLabel(RoadmapItemForm)
        self.ends_label.setObjectName(u"ends_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ends_label)

        self.ends_on = QDateEdit(RoadmapItemForm)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.national_label = QLabel(RoadmapItemForm)
        self.national_label.setObjectName(u"national_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.national_label)

        self.budget_national = QLineEdit(RoadmapItemForm)
        self.budget_national.setObjectName(u"budget_national")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.budget_national)

        self.local_label = QLabel(RoadmapItemForm)
        self.local_label.setObjectName(u"local_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.local_label)

        self.budget_local = QLineEdit(RoadmapItemForm)
        self.budget_local.setObjectName(u"budget_local")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.budget_local)

        self.company_label = QLabel(RoadmapItemForm)
        self.company_label.setObjectName(u"company_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.budget_company = QLineEdit(RoadmapItemForm)
        self.budget_company.setObjectName(u"budget_company")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.budget_company)

        self.agency_label = QLabel(RoadmapItemForm)
        self.agency_label.setObjectName(u"agency_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.agency_label)

        self.owner_agency = QLineEdit(RoadmapItemForm)
        self.owner_agency.setObjectName(u"owner_agency")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.owner_agency)

        self.status_label = QLabel(RoadmapItemForm)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(RoadmapItemForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.status)


        self.columns.addLayout(self.form)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.kpi_box = QGroupBox(RoadmapItemForm)
        self.kpi_box.setObjectName(u"kpi_box")
        self.kpi = QFormLayout(self.kpi_box)
        self.kpi.setObjectName(u"kpi")
        self.kpi_name_label = QLabel(self.kpi_box)
        self.kpi_name_label.setObjectName(u"kpi_name_label")

        self.kpi.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kpi_name_label)

        self.kpi_name = QLineEdit(self.kpi_box)
        self.kpi_name.setObjectName(u"kpi_name")

        self.kpi.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kpi_name)

        self.kpi_unit_label = QLabel(self.kpi_box)
        self.kpi_unit_label.setObjectName(u"kpi_unit_label")

        self.kpi.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kpi_unit_label)

        self.kpi_unit = QLineEdit(self.kpi_box)
        self.kpi_unit.setObjectName(u"kpi_unit")

        self.kpi.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kpi_unit)

        self.kpi_baseline_label = QLabel(self.kpi_box)
        self.kpi_baseline_label.setObjectName(u"kpi_baseline_label")

        self.kpi.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kpi_baseline_label)

        self.kpi_baseline = QLineEdit(self.kpi_box)
        self.kpi_baseline.setObjectName(u"kpi_baseline")

        self.kpi.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kpi_baseline)

        self.kpi_target_label = QLabel(self.kpi_box)
        self.kpi_target_label.setObjectName(u"kpi_target_label")

        self.kpi.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kpi_target_label)

        self.kpi_target = QLineEdit(self.kpi_box)
        self.kpi_target.setObjectName(u"kpi_target")

        self.kpi.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kpi_target)

        self.kpi_actual_label = QLabel(self.kpi_box)
        self.kpi_actual_label.setObjectName(u"kpi_actual_label")

        self.kpi.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kpi_actual_label)

        self.kpi_actual = QLineEdit(self.kpi_box)
        self.kpi_actual.setObjectName(u"kpi_actual")

        self.kpi.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kpi_actual)


        self.right.addWidget(self.kpi_box)

        self.depends_label = QLabel(RoadmapItemForm)
        self.depends_label.setObjectName(u"depends_label")

        self.right.addWidget(self.depends_label)

        self.depends_on = QListWidget(RoadmapItemForm)
        self.depends_on.setObjectName(u"depends_on")

        self.right.addWidget(self.depends_on)


        self.columns.addLayout(self.right)


        self.outer.addLayout(self.columns)

        self.description_label = QLabel(RoadmapItemForm)
        self.description_label.setObjectName(u"description_label")

        self.outer.addWidget(self.description_label)

        self.description = QPlainTextEdit(RoadmapItemForm)
        self.description.setObjectName(u"description")
        self.description.setMaximumHeight(80)

        self.outer.addWidget(self.description)

        self.message = QLabel(RoadmapItemForm)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #c62828;")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(RoadmapItemForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(RoadmapItemForm)
    # setupUi

    def retranslateUi(self, RoadmapItemForm: QWidget) -> None:
        self.title_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uacfc\uc81c\uba85 *", None))
        self.stage_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\ub2e8\uacc4 *", None))
        self.type_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uacfc\uc81c \uc720\ud615", None))
        self.phase_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\ucd94\uc9c4 \ucc28\ub840(\ub2e8\uacc4)", None))
        self.starts_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc2dc\uc791\uc77c", None))
        self.starts_on.setDisplayFormat(QCoreApplication.translate("RoadmapItemForm", u"yyyy-MM-dd", None))
        self.ends_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc885\ub8cc\uc77c", None))
        self.ends_on.setDisplayFormat(QCoreApplication.translate("RoadmapItemForm", u"yyyy-MM-dd", None))
        self.national_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uad6d\ube44 (\uc6d0)", None))
        self.budget_national.setPlaceholderText(QCoreApplication.translate("RoadmapItemForm", u"\uc608: 2,500\ub9cc\uc6d0", None))
        self.local_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc2dc\ube44\u00b7\ub3c4\ube44 (\uc6d0)", None))
        self.company_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc790\ubd80\ub2f4 (\uc6d0)", None))
        self.agency_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc8fc\uad00 \uae30\uad00", None))
        self.status_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc9c4\ud589 \uc0c1\ud0dc", None))
        self.kpi_box.setTitle(QCoreApplication.translate("RoadmapItemForm", u"\uc131\uacfc \uc9c0\ud45c (KPI)", None))
        self.kpi_name_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc9c0\ud45c", None))
        self.kpi_name.setPlaceholderText(QCoreApplication.translate("RoadmapItemForm", u"\uc608: \ud2b9\ud5c8 \ucd9c\uc6d0", None))
        self.kpi_unit_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\ub2e8\uc704", None))
        self.kpi_unit.setPlaceholderText(QCoreApplication.translate("RoadmapItemForm", u"\uc608: \uac74", None))
        self.kpi_baseline_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uae30\uc900\uac12", None))
        self.kpi_target_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\ubaa9\ud45c", None))
        self.kpi_actual_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc2e4\uc801", None))
        self.depends_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\uc120\ud589 \uacfc\uc81c (\ub05d\ub098\uc57c \uc2dc\uc791\ud560 \uc218 \uc788\ub294 \uacfc\uc81c)", None))
        self.description_label.setText(QCoreApplication.translate("RoadmapItemForm", u"\ub0b4\uc6a9", None))
        pass
    # retranslateUi

