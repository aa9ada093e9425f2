"""Every background task hands its result to the window through a signal emitted on a
worker thread; a Qt binding that miscounts references there kills the app at random."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

_CHILD = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

    app = QCoreApplication([])

    class Signals(QObject):
        done = Signal(object)

    signals = Signals()
    received = []
    signals.done.connect(received.append)

    class Job(QRunnable):
        def run(self):
            for value in (None, True, False, 0, "결과") * 4000:
                signals.done.emit(value)

    pool = QThreadPool()
    pool.start(Job())
    pool.waitForDone()
    while len(received) < 20000:
        app.processEvents()
    print("received", len(received))
    """
)


def run_child(code: str) -> str:
    """Run ``code`` in a fresh Python with Qt offscreen; its output, once it exited cleanly
    (a crash in Qt's threads takes the whole process, so it must not be the test's)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_results_cross_from_worker_threads_without_corrupting_python() -> None:
    assert "received 20000" in run_child(_CHILD)
