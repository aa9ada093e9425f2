"""Garbage collection on the GUI thread only.

Python collects cyclic garbage in whichever thread happens to allocate. When a worker
thread (a report, a sync) triggers a collection that finds a Qt object left over from the
GUI, the object is deleted on the wrong thread and Qt crashes. So automatic collection is
switched off and a timer on the GUI thread collects, generation by generation, with the
same thresholds Python would use.

What was there at the first tick (the modules) and what survives a full collection (the
widgets, a 10,000-company list) is frozen out of later collections: scanning it again
held the window for most of a second each time a background read had made enough young
objects to call for a full collection.
Cyclic garbage among frozen objects (a dialog that lived through a full collection and
was closed since) would stay: every ten minutes everything is thawed and collected once,
so a long day in the field does not grow without end.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

THAW_MS = 10 * 60 * 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.started = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)
        self.thaw_timer = QTimer(self)
        self.thaw_timer.timeout.connect(self.collect_everything)
        self.thaw_timer.start(THAW_MS)

    def collect(self) -> None:
        if not self.started:
            self.started = True
            gc.freeze()
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)
                    gc.freeze()

    def collect_everything(self) -> None:
        """Reclaim the cycles among frozen objects too, then freeze what is left."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        self.timer.stop()
        self.thaw_timer.stop()
        gc.unfreeze()
        gc.enable()
