"""Reminders of what is due: in the status bar at start and, where the desktop has one,
by a system tray icon whose message opens the Today page. Offline: nothing leaves the
laptop. The Today page is read again every few hours, so a day that turns while Coach
stays open still reminds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QStyle, QSystemTrayIcon

from coach_app.ui.today_page import TodayPage

CHECK_EVERY_MS = 3 * 60 * 60 * 1000


class Reminders(QObject):
    def __init__(
        self, window: QMainWindow, page: TodayPage, show_today: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.page = page
        self.last = ""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Coach")
            self.tray.activated.connect(lambda _reason: show_today())
            self.tray.messageClicked.connect(show_today)
            self.tray.show()
        page.reminded.connect(self.remind)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: page.reload())
        self.timer.start()

    def remind(self, text: str) -> None:
        """Told once per new content: a reload that finds the same things stays quiet."""
        if text == self.last:
            return
        self.last = text
        self.window.statusBar().showMessage(text, 30_000)
        if self.tray is not None and self.page.today is not None and self.page.today.attention:
            self.tray.setToolTip(f"Coach — {text}")
            self.tray.showMessage(
                self.tr("Coach — 오늘 할 일"), text, QSystemTrayIcon.MessageIcon.Information
            )

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
