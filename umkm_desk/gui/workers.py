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

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal


class Job:
    """What the background function sees: report progress, check for cancel."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._task.progressed.emit(int(done), int(total))

    def message(self, text: str) -> None:
        self._task.messaged.emit(text)

    def partial(self, value: object) -> None:
        """Hand part of the result to the GUI thread before the whole is ready (a chart of a dashboard)."""
        self._task.partial.emit(value)

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
    partial = Signal(object)
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


class Loader(QObject):
    """Loads a page's data in the background, one query at a time, the newest request winning.

        loader = Loader(self)
        loader.load(lambda: board_counts(ctx, f), self.show_counts)   # show_counts(result), on the GUI thread

    While a load runs, a new request waits (only the newest one is kept) and starts when the running one ends;
    the running one's result is dropped if a newer request came in meanwhile. So typing in a search box never
    piles up queries, and what ends on screen is always the answer to the last request. ``busy`` says whether
    anything is still to come; ``idle`` fires when the last result has been delivered (or failed).

    The running Task is owned by this module, not by the loader, until its thread ends: a page closed in the
    middle of a load is deleted at once, its query finishes unseen, and no QThread is destroyed while running.
    """

    busyChanged = Signal(bool)  # noqa: N815 - Qt naming
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._pending: tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None] | None] | None
        self._pending = None
        self._current: tuple[Callable[[Any], None], Callable[[BaseException], None] | None] | None = None
        self._busy = False

    def load(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._pending = (fn, on_success, on_error)
        self._set_busy(True)
        if self._task is None:
            self._start_pending()

    def busy(self) -> bool:
        return self._busy

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running query returns (for closing and in tests); pending requests are dropped."""
        self._pending = None
        task = self._task
        return task.wait(msecs) if task is not None else True

    def _start_pending(self) -> None:
        assert self._pending is not None
        fn, on_success, on_error = self._pending
        self._pending = None
        self._current = (on_success, on_error)
        task = self._task = Task(lambda _job: fn())
        _keep(task)
        task.finished.connect(self._finished)
        task.finished.connect(lambda: _forget(task))
        task.start()

    def _finished(self) -> None:
        task, self._task = self._task, None
        current, self._current = self._current, None
        if task is None or current is None:
            return
        if self._pending is not None:  # a newer request supersedes this result
            self._start_pending()
            return
        on_success, on_error = current
        try:
            if task.error is not None:
                if on_error is None:
                    raise task.error
                on_error(task.error)
            else:
                on_success(task.result)
        finally:
            if self._task is None and self._pending is None:  # a callback may have asked for more
                self._set_busy(False)
                self.idle.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


_RUNNING: set[Task] = set()
_QUIT_HOOKED = False


def _keep(task: Task) -> None:
    global _QUIT_HOOKED
    _RUNNING.add(task)
    app = QCoreApplication.instance()
    if not _QUIT_HOOKED and app is not None:
        app.aboutToQuit.connect(wait_for_loaders)  # never leave a thread running into interpreter shutdown
        _QUIT_HOOKED = True


def _forget(task: Task) -> None:
    _RUNNING.discard(task)
    task.deleteLater()


def wait_for_loaders(msecs: int = 30_000) -> None:
    """Block until every running Loader query has returned (before the application quits)."""
    for task in list(_RUNNING):
        task.wait(msecs)


def keep_until_finished(task: Task) -> None:
    """Own ``task`` here until its thread ends (then delete it), so the window that started it may close
    meanwhile without destroying a running QThread; the application waits for it before quitting."""
    _keep(task)
    task.finished.connect(lambda: _forget(task))
