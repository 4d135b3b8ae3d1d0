"""Long work off the GUI thread with the wait shown in the window: issuing with render, reprinting, backing up.

    self.busy_indicator = BusyIndicator(self)
    self.busy = BusyRunner(self, self.busy_indicator, controls=[self.form_box, self.buttons])
    ...
    self.busy.run(lambda: documents.reprint(ctx, entry_id), self.tr("Menyiapkan dokumen…"),
                  on_success=self.show_pdf, on_failure=self.show_failure)

The function runs in a :class:`~umkm_desk.gui.workers.Task` (one service call, so one transaction, exactly as
on the GUI thread); meanwhile the indicator shows an indeterminate bar with the text, the controls are disabled
and the owner shows a busy (not a frozen wait) cursor. The result or the exception is delivered on the GUI thread
once the worker thread has ended, so a callback may close and delete the window safely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from umkm_desk.gui.workers import Task, keep_until_finished


class BusyIndicator(QWidget):
    """A small moving bar and a line saying what runs ("Menerbitkan dokumen…"); hidden while nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no steps to count: one service call
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(96, 10)
        self.label = QLabel(self)
        self.label.setProperty("role", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_busy(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def hide_busy(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text()


class BusyRunner(QObject):
    """Runs one long call at a time for its owner widget; ``busyChanged`` fires when a run starts and after its
    result (or failure) has been delivered."""

    busyChanged = Signal(bool)  # noqa: N815 - Qt naming

    def __init__(self, owner: QWidget, indicator: BusyIndicator | None = None, *,
                 controls: Iterable[QWidget] = ()) -> None:
        super().__init__(owner)
        self._owner = owner
        self._indicator = indicator
        # disabling a container keeps its children's own enabled states for when it is enabled again
        self._controls = list(controls)
        self._task: Task | None = None
        self._callbacks: tuple[Callable[[Any], None], Callable[[BaseException], None]] | None = None

    def is_running(self) -> bool:
        """True from :meth:`run` until the result or failure has been handed to its callback."""
        return self._task is not None

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker thread has returned (closing, tests); the callback still comes as an event."""
        task = self._task
        return task.wait(msecs) if task is not None else True

    def run(self, fn: Callable[[], Any], text: str, *, on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None]) -> bool:
        """Start ``fn`` in a worker thread; False (and nothing started) while an earlier run is still going."""
        if self._task is not None:
            return False
        self._callbacks = (on_success, on_failure)
        task = self._task = Task(lambda _job: fn())
        keep_until_finished(task)
        task.finished.connect(self._finished)
        self._set_busy(True, text)
        task.start()
        return True

    def _finished(self) -> None:
        task, self._task = self._task, None
        callbacks, self._callbacks = self._callbacks, None
        if task is None or callbacks is None:
            return
        task.wait()  # the thread is past its last line: this returns at once, then the owner may be deleted
        self._set_busy(False, "")
        on_success, on_failure = callbacks
        if task.error is not None:
            on_failure(task.error)
        else:
            on_success(task.result)
        if self._task is None:  # a callback may have started the next run ("Coba lagi")
            self.busyChanged.emit(False)

    def _set_busy(self, busy: bool, text: str) -> None:
        for control in self._controls:
            control.setEnabled(not busy)
        if busy:
            self._owner.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._owner.unsetCursor()
        if self._indicator is not None:
            if busy:
                self._indicator.show_busy(text)
            else:
                self._indicator.hide_busy()
        if busy:
            self.busyChanged.emit(True)
