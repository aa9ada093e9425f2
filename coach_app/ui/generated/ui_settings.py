"""Generated from forms/settings.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm: QDialog) -> None:
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(560, 200)
        self.outer = QVBoxLayout(SettingsForm)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.language_label = QLabel(SettingsForm)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsForm)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.font_label = QLabel(SettingsForm)
        self.font_label.setObjectName(u"font_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.font_label)

        self.font_row = QHBoxLayout()
        self.font_row.setObjectName(u"font_row")
        self.report_font = QLineEdit(SettingsForm)
        self.report_font.setObjectName(u"report_font")

        self.font_row.addWidget(self.report_font)

        self.font_button = QPushButton(SettingsForm)
        self.font_button.setObjectName(u"font_button")

        self.font_row.addWidget(self.font_button)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.font_row)


        self.outer.addLayout(self.form)

        self.server_box = QGroupBox(SettingsForm)
        self.server_box.setObjectName(u"server_box")
        self.server_form = QFormLayout(self.server_box)
        self.server_form.setObjectName(u"server_form")
        self.ca_label = QLabel(self.server_box)
        self.ca_label.setObjectName(u"ca_label")

        self.server_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ca_label)

        self.ca_row = QHBoxLayout()
        self.ca_row.setObjectName(u"ca_row")
        self.ca_file = QLineEdit(self.server_box)
        self.ca_file.setObjectName(u"ca_file")

        self.ca_row.addWidget(self.ca_file)

        self.ca_button = QPushButton(self.server_box)
        self.ca_button.setObjectName(u"ca_button")

        self.ca_row.addWidget(self.ca_button)


        self.server_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ca_row)

        self.verify_server = QCheckBox(self.server_box)
        self.verify_server.setObjectName(u"verify_server")
        self.verify_server.setChecked(True)

        self.server_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verify_server)

        self.tls_warning = QLabel(self.server_box)
        self.tls_warning.setObjectName(u"tls_warning")
        self.tls_warning.setWordWrap(True)

        self.server_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tls_warning)


        self.outer.addWidget(self.server_box)

        self.restart_note = QLabel(SettingsForm)
        self.restart_note.setObjectName(u"restart_note")
        self.restart_note.setWordWrap(True)

        self.outer.addWidget(self.restart_note)

        self.buttons = QDialogButtonBox(SettingsForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ca_label.setBuddy(self.ca_file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm: QDialog) -> None:
        SettingsForm.setWindowTitle(QCoreApplication.translate("SettingsForm", u"\uc124\uc815", None))
        self.language_label.setText(QCoreApplication.translate("SettingsForm", u"\ud654\uba74 \uc5b8\uc5b4", None))
        self.font_label.setText(QCoreApplication.translate("SettingsForm", u"\ubcf4\uace0\uc11c \ud55c\uae00 \uae00\uaf34", None))
        self.report_font.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"\uc790\ub3d9 (\ub9d1\uc740 \uace0\ub515, \ub098\ub214\uace0\ub515, AppleGothic)", None))
        self.font_button.setText(QCoreApplication.translate("SettingsForm", u"\ucc3e\uc544\ubcf4\uae30\u2026", None))
        self.server_box.setTitle(QCoreApplication.translate("SettingsForm", u"\uc11c\ubc84 \uc5f0\uacb0 \ubcf4\uc548 (TLS)", None))
        self.ca_label.setText(QCoreApplication.translate("SettingsForm", u"CA \uc778\uc99d\uc11c \ud30c\uc77c", None))
        self.ca_file.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"\uc5c6\uc74c (\uc11c\ubc84 \uc778\uc99d\uc11c\ub97c \ud655\uc778\ud558\uc9c0 \uc54a\uc74c)", None))
#if QT_CONFIG(tooltip)
        self.ca_file.setToolTip(QCoreApplication.translate("SettingsForm", u"\uad00\ub9ac\uc790\uc5d0\uac8c \ubc1b\uc740 \uae30\uad00\uc758 CA \uc778\uc99d\uc11c(.crt \ub610\ub294 .pem, PEM \ud615\uc2dd)\uc785\ub2c8\ub2e4. \uc774 \ud30c\uc77c\uc744 \uc8fc\uba74 \ub3d9\uae30\ud654\ud560 \ub54c\ub9c8\ub2e4 \uc11c\ubc84 \uc778\uc99d\uc11c\uac00 \uc774 CA\uc5d0\uc11c \ubc1c\uae09\ub418\uc5c8\uace0 \uc11c\ubc84 \uc8fc\uc18c\uc758 \ud638\uc2a4\ud2b8 \uc774\ub984\uacfc \ub9de\ub294\uc9c0 \ud655\uc778\ud569\ub2c8\ub2e4(sslmode=verify-full). \uc11c\ubc84 \uc8fc\uc18c\uc5d0 sslmode\ub098 sslrootcert\ub97c \uc9c1\uc811 \uc801\uc5c8\ub2e4\uba74 \uadf8 \uac12\uc774 \uc774 \uc124\uc815\ubcf4\ub2e4 \uc6b0\uc120\ud569\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.ca_button.setText(QCoreApplication.translate("SettingsForm", u"\ucc3e\uc544\ubcf4\uae30\u2026", None))
        self.verify_server.setText(QCoreApplication.translate("SettingsForm", u"\uc11c\ubc84 \uc778\uc99d\uc11c \ud655\uc778 (\uad8c\uc7a5)", None))
#if QT_CONFIG(tooltip)
        self.verify_server.setToolTip(QCoreApplication.translate("SettingsForm", u"\ucf1c \ub450\uba74 \uc11c\ubc84 \uc778\uc99d\uc11c\uc640 \ud638\uc2a4\ud2b8 \uc774\ub984\uc744 CA \uc778\uc99d\uc11c\ub85c \ud655\uc778\ud569\ub2c8\ub2e4(verify-full). \ub044\uba74 \uc5f0\uacb0\uc740 \uc554\ud638\ud654\ub418\uc9c0\ub9cc \uc11c\ubc84\ub97c \ud655\uc778\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4(require). \uc11c\ubc84 \uc8fc\uc18c\uc758 sslmode\uac00 \uc774 \uc124\uc815\ubcf4\ub2e4 \uc6b0\uc120\ud569\ub2c8\ub2e4.", None))
#endif // QT_CONFIG(tooltip)
        self.tls_warning.setText(QCoreApplication.translate("SettingsForm", u"\uc8fc\uc758: \uc11c\ubc84 \uc778\uc99d\uc11c\ub97c \ud655\uc778\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. \uc5f0\uacb0\uc740 \uc554\ud638\ud654\ub418\uc9c0\ub9cc \uc0c1\ub300\uac00 \uc9c4\uc9dc \uae30\uad00 \uc11c\ubc84\uc778\uc9c0 \uc54c \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. \uc778\uc99d\uc11c \ubb38\uc81c\ub97c \uace0\uce58\ub294 \ub3d9\uc548\uc5d0\ub9cc \ub044\uc138\uc694.", None))
        self.restart_note.setText(QCoreApplication.translate("SettingsForm", u"\uc5b8\uc5b4\ub294 Coach\ub97c \ub2e4\uc2dc \uc2dc\uc791\ud558\uba74 \ubc14\ub01d\ub2c8\ub2e4.", None))
    # retranslateUi

