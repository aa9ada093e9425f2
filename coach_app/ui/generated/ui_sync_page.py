"""Generated from forms/sync_page.ui by `make forms` (pyside6-uic): edit the form, not this file."""

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_SyncPageForm(object):
    def setupUi(self, SyncPageForm: QWidget) -> None:
        if not SyncPageForm.objectName():
            SyncPageForm.setObjectName(u"SyncPageForm")
        SyncPageForm.resize(1000, 640)
        self.outer = QVBoxLayout(SyncPageForm)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.connection_box = QGroupBox(SyncPageForm)
        self.connection_box.setObjectName(u"connection_box")
        self.connection_form = QFormLayout(self.connection_box)
        self.connection_form.setObjectName(u"connection_form")
        self.server_label = QLabel(self.connection_box)
        self.server_label.setObjectName(u"server_label")

        self.connection_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server = QLineEdit(self.connection_box)
        self.server.setObjectName(u"server")
        self.server.setPlaceholderText(u"postgresql://db.agency.local:5432/coach")

        self.connection_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server)

        self.login_label = QLabel(self.connection_box)
        self.login_label.setObjectName(u"login_label")

        self.connection_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login = QLineEdit(self.connection_box)
        self.login.setObjectName(u"login")

        self.connection_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.login)

        self.sync_row = QHBoxLayout()
        self.sync_row.setObjectName(u"sync_row")
        self.sync_button = QPushButton(self.connection_box)
        self.sync_button.setObjectName(u"sync_button")

        self.sync_row.addWidget(self.sync_button)

        self.busy = QProgressBar(self.connection_box)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximum(0)
        self.busy.setVisible(False)

        self.sync_row.addWidget(self.busy)

        self.cancel_button = QPushButton(self.connection_box)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setVisible(False)

        self.sync_row.addWidget(self.cancel_button)

        self.stage = QLabel(self.connection_box)
        self.stage.setObjectName(u"stage")

        self.sync_row.addWidget(self.stage)

        self.sync_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sync_row.addItem(self.sync_spacer)


        self.connection_form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.sync_row)

        self.hint = QLabel(self.connection_box)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.connection_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.hint)


        self.outer.addWidget(self.connection_box)

        self.result_box = QGroupBox(SyncPageForm)
        self.result_box.setObjectName(u"result_box")
        self.result_layout = QVBoxLayout(self.result_box)
        self.result_layout.setObjectName(u"result_layout")
        self.result = QLabel(self.result_box)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_layout.addWidget(self.result)


        self.outer.addWidget(self.result_box)

        self.conflict_box = QGroupBox(SyncPageForm)
        self.conflict_box.setObjectName(u"conflict_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.conflict_box.sizePolicy().hasHeightForWidth())
        self.conflict_box.setSizePolicy(sizePolicy)
        self.conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflict_layout.setObjectName(u"conflict_layout")
        self.conflict_view = QTableView(self.conflict_box)
        self.conflict_view.setObjectName(u"conflict_view")

        self.conflict_layout.addWidget(self.conflict_view)

        self.resolve_row = QHBoxLayout()
        self.resolve_row.setObjectName(u"resolve_row")
        self.resolve_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolve_row.addItem(self.resolve_spacer)

        self.resolve_button = QPushButton(self.conflict_box)
        self.resolve_button.setObjectName(u"resolve_button")

        self.resolve_row.addWidget(self.resolve_button)


        self.conflict_layout.addLayout(self.resolve_row)


        self.outer.addWidget(self.conflict_box)

        self.history_box = QGroupBox(SyncPageForm)
        self.history_box.setObjectName(u"history_box")
        sizePolicy.setHeightForWidth(self.history_box.sizePolicy().hasHeightForWidth())
        self.history_box.setSizePolicy(sizePolicy)
        self.history_layout = QHBoxLayout(self.history_box)
        self.history_layout.setObjectName(u"history_layout")
        self.history_view = QTableView(self.history_box)
        self.history_view.setObjectName(u"history_view")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.history_view.sizePolicy().hasHeightForWidth())
        self.history_view.setSizePolicy(sizePolicy1)

        self.history_layout.addWidget(self.history_view)

        self.history_detail = QPlainTextEdit(self.history_box)
        self.history_detail.setObjectName(u"history_detail")
        self.history_detail.setReadOnly(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.history_detail.sizePolicy().hasHeightForWidth())
        self.history_detail.setSizePolicy(sizePolicy2)

        self.history_layout.addWidget(self.history_detail)


        self.outer.addWidget(self.history_box)


        self.retranslateUi(SyncPageForm)
    # setupUi

    def retranslateUi(self, SyncPageForm: QWidget) -> None:
        self.connection_box.setTitle(QCoreApplication.translate("SyncPageForm", u"\uc11c\ubc84 \uc5f0\uacb0", None))
        self.server_label.setText(QCoreApplication.translate("SyncPageForm", u"\uc11c\ubc84 \uc8fc\uc18c", None))
        self.login_label.setText(QCoreApplication.translate("SyncPageForm", u"\ub85c\uadf8\uc778 ID", None))
        self.login.setPlaceholderText(QCoreApplication.translate("SyncPageForm", u"\uc11c\ubc84 \ub85c\uadf8\uc778 ID", None))
        self.sync_button.setText(QCoreApplication.translate("SyncPageForm", u"\uc9c0\uae08 \ub3d9\uae30\ud654", None))
        self.cancel_button.setText(QCoreApplication.translate("SyncPageForm", u"\ucde8\uc18c", None))
        self.hint.setText(QCoreApplication.translate("SyncPageForm", u"\ube44\ubc00\ubc88\ud638\ub294 \uc6b4\uc601\uccb4\uc81c\uc758 \ud0a4\ub9c1\uc5d0 \uc800\uc7a5\ub418\uba70 \uc124\uc815 \ud30c\uc77c\uc5d0\ub294 \uc800\uc7a5\ub418\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.", None))
        self.result_box.setTitle(QCoreApplication.translate("SyncPageForm", u"\ub9c8\uc9c0\ub9c9 \uacb0\uacfc", None))
        self.result.setText(QCoreApplication.translate("SyncPageForm", u"\uc544\uc9c1 \uc774 \ucef4\ud4e8\ud130\uc5d0\uc11c \ub3d9\uae30\ud654\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4.", None))
        self.conflict_box.setTitle(QCoreApplication.translate("SyncPageForm", u"\ud574\uacb0\ud560 \ucda9\ub3cc", None))
        self.resolve_button.setText(QCoreApplication.translate("SyncPageForm", u"\uc120\ud0dd\ud55c \ucda9\ub3cc \ud574\uacb0\u2026", None))
        self.history_box.setTitle(QCoreApplication.translate("SyncPageForm", u"\ub3d9\uae30\ud654 \uae30\ub85d", None))
        self.history_detail.setPlaceholderText(QCoreApplication.translate("SyncPageForm", u"\uae30\ub85d\uc744 \uc120\ud0dd\ud558\uba74 \uc790\uc138\ud55c \ub0b4\uc6a9\uc774 \uc5ec\uae30\uc5d0 \ub098\uc635\ub2c8\ub2e4.", None))
        pass
    # retranslateUi

