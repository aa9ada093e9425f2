"""Garbage collection on the GUI thread only, in pauses short enough not to be seen.

Python collects cyclic garbage in whichever thread happens to allocate. When a worker
thread (a report, a sync) triggers a collection that finds a Qt object left over from the
GUI, the object is deleted on the wrong thread and Qt crashes. So automatic collection is
switched off and a timer on the GUI thread collects, generation by generation, with the
same thresholds Python would use.

A collection holds the GIL, so the window stands still while it runs. Three things keep
that short while a worker allocates fast (a sync reads 100,000 objects a second):
- the timer looks often, so the young generation never grows past what a worker makes in
  a twentieth of a second;
- once start-up is over, what it built (modules, classes, the window, its pages) is
  frozen out of every later collection (``settle``);
- what survives a full collection (a 10,000-company list, a dashboard's figures) is
  frozen too, so the next full collection scans only what was made since.
Cyclic garbage among frozen objects (a dialog that lived through a full collection and
was closed since) would stay: every ten minutes everything is thawed and collected once,
so a long day in the field does not grow without end.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 50
THAW_MS = 10 * 60 * 1000

_settled = False


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)
        self.thaw_timer = QTimer(self)
        self.thaw_timer.timeout.connect(self.collect_everything)
        self.thaw_timer.start(THAW_MS)

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)
                    if _settled:
                        gc.freeze()

    def collect_everything(self) -> None:
        """Reclaim the cycles among frozen objects too, then freeze what is left."""
        gc.unfreeze()
        gc.collect()
        if _settled:
            gc.freeze()

    def stop(self) -> None:
        self.timer.stop()
        self.thaw_timer.stop()
        gc.enable()


def settle() -> None:
    """Start-up is over (the window shows its company list): one full collection, then
    every object that survives it is left out of later collections. They live as long as
    the app; the few that die later are still freed as usual unless they sit in a cycle
    (those wait for the ten-minute thaw). Only the first call does anything."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
