"""Run a slow service call off the GUI thread, with progress and cancel, and get the result back on the GUI
thread through signals.

    task = Task(lambda job: documents.issue_batch(ctx, kind, ids, progress=job.progress,
                                                  cancelled=job.is_cancelled), parent=self)
    task.progressed.connect(bar.setValue)        # (done, total), on the GUI thread
    task.succeeded.connect(self.show_report)     # the function's return value
    task.failed.connect(self.show_error)         # the exception it raised
    task.start()
    ...
    task.cancel()                                # the function sees job.is_cancelled() -> True

The function runs in a QThread and must not touch widgets; it gets a :class:`Job` to report progress and to
ask whether the officer pressed Batal. Signals emitted from the worker thread are queued to the receivers'
(GUI) thread by Qt, so slots may update widgets freely.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Job:
    """What the background function sees: report progress, check for cancel."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._task.progressed.emit(int(done), int(total))

    def message(self, text: str) -> None:
        self._task.messaged.emit(text)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel


class _Thread(QThread):
    def __init__(self, task: Task) -> None:
        super().__init__(task)
        self._task = task

    def run(self) -> None:
        self._task._run()


class Task(QObject):
    """One background call. ``succeeded``/``failed`` fire exactly once, then ``finished``."""

    progressed = Signal(int, int)
    messaged = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.job = Job(self)
        self._thread = _Thread(self)
        self._thread.finished.connect(self.finished)
        self.result: Any = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.job.cancel_event.set()

    def is_cancelled(self) -> bool:
        return self.job.is_cancelled()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the call returns (for closing a dialog or in tests); True when it did."""
        return self._thread.wait(msecs)

    def _run(self) -> None:
        try:
            self.result = self._fn(self.job)
        except BaseException as exc:  # reported on the GUI thread, never lost in the worker
            self.error = exc
            self.failed.emit(exc)
        else:
            self.succeeded.emit(self.result)


def run_in_background(
    fn: Callable[[Job], Any],
    parent: QObject,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start ``fn`` in a worker thread and wire the callbacks; returns the running Task."""
    task = Task(fn, parent)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    task.start()
    return task
