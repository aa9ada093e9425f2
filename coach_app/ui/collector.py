"""Garbage collection on the GUI thread only.

Python collects cyclic garbage in whichever thread happens to allocate. When a worker
thread (a report, a sync) triggers a collection that finds a Qt object left over from the
GUI, the object is deleted on the wrong thread and Qt crashes. So automatic collection is
switched off and a timer on the GUI thread collects, generation by generation, with the
same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
