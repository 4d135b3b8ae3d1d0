"""Ekspor ke Excel (Ctrl+E) for every list page: ask where, write in a worker thread with the page's controls
disabled and a busy cursor meanwhile, then say how many rows went where, or why nothing was written (in
Indonesian, with what to do; the traceback to the log)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from umkm_desk import logs
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.reports.period import office_today
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.labels import thousands

if TYPE_CHECKING:
    # the export itself (openpyxl, ReportLab's sheet writer, the partners' rules) is imported by the page's
    # export action when it runs; every list page builds an exporter, the UMKM page at start
    from umkm_desk.core.services.reports.list_export import ExportResult

_tr = translator("ListExporter")
FILE_FILTER = "Buku kerja Excel (*.xlsx);;Teks CSV (*.csv)"


class ListExporter(QObject):
    """One export at a time for ``owner``; ``exported`` (an ExportResult) after a file was written."""

    exported = Signal(object)

    def __init__(self, owner: QWidget, *, controls: Iterable[QWidget] = ()) -> None:
        super().__init__(owner)
        self._owner = owner
        self._controls = list(controls)
        self.busy: BusyRunner | None = None
        self.last: ExportResult | None = None

    def is_running(self) -> bool:
        return self.busy is not None and self.busy.is_running()

    def _runner(self) -> BusyRunner:
        """A runner showing the wait in the main window's status bar (when the page sits in one)."""
        indicator = getattr(self._owner.window(), "busy_indicator", None)
        return BusyRunner(self._owner, indicator if isinstance(indicator, BusyIndicator) else None,
                          controls=self._controls)

    def export(self, title: str, stem: str, write: Callable[[Path], ExportResult], path: Path | None = None,
               *, what: str = "baris") -> bool:
        """Ask for a file (unless ``path`` is given) and write it with ``write(path)`` off the GUI thread; False
        when cancelled or while an earlier export still runs. The file dialog asks before replacing a file."""
        if self.is_running():
            return False
        if path is None:
            chosen = file_dialogs.save_file(self._owner, title, f"{stem}-{office_today():%Y-%m-%d}.xlsx",
                                            _tr(FILE_FILTER), purpose="export", suffix="xlsx")
            if not chosen:
                return False
            path = Path(chosen)
        target = path
        if self.busy is not None:
            self.busy.deleteLater()
        self.busy = self._runner()
        return self.busy.run(lambda: write(target), _tr("Mengekspor…"),
                             on_success=lambda result: self._done(title, result, what),
                             on_failure=lambda exc: self._failed(title, exc))

    def _done(self, title: str, result: ExportResult, what: str) -> None:
        self.last = result
        text = _tr("{count} {what} tersimpan di:\n{path}").format(count=thousands(result.rows), what=what,
                                                                  path=result.path)
        if result.note_path is not None:
            text += "\n" + _tr("Keterangan kolom yang kosong: {path}").format(path=result.note_path)
        self.exported.emit(result)
        messages.show_info(self._owner, title, text)

    def _failed(self, title: str, exc: BaseException) -> None:
        action = _tr("Ekspor tidak dapat disimpan")
        if isinstance(exc, ServiceError):
            logs.log_exception(exc.__cause__ or exc, action)
            messages.show_error(self._owner, action, exc.message)
            return
        messages.show_failure(self._owner, exc, action=action)
