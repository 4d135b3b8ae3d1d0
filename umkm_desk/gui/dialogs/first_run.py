"""First start on a PC: who is the officer, and (on an empty database) whether to load demo data."""

from __future__ import annotations

import inspect
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office import officers
from umkm_desk.gui import local_settings
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.translate import translator

DEMO_OFFICER = "Petugas Demo"
DEMO_BUSINESSES = 300


_tr = translator("FirstRun")


def resolve_officer(
    ctx: ServiceContext, db_display: str, parent: QWidget | None = None
) -> officers.OfficerInfo | None:
    """The officer remembered on this PC for this database; otherwise ask.

    Returns None when the officer cancels the dialog.
    """
    remembered = local_settings.remembered_officer_id(db_display)
    if remembered is not None:
        officer = officers.get_officer(ctx, remembered)
        if officer is not None:
            return officer
    # Imported here: the dialog (and its generated form) is needed on a first start only, not on every start.
    from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog

    dialog = OfficerDialog(ctx, parent, first_start=True)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.officer is None:
        return None
    local_settings.remember_officer(db_display, dialog.officer.id)
    return dialog.officer


class DemoWorker(QThread):
    """Runs ``fill_demo`` off the GUI thread; reports progress and a failure message."""

    progressed = Signal(str, int)  # label ("" keeps the current one), percent
    failed = Signal(str)

    def __init__(self, ctx: ServiceContext, businesses: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.businesses = businesses

    def _report(self, *args: Any) -> None:
        """Accepts ``(label, fraction)`` as services.demo reports it, or ``(done, total)``."""
        label = next((a for a in args if isinstance(a, str)), "")
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        if len(numbers) >= 2 and numbers[1]:
            percent = 100 * numbers[0] / numbers[1]
        elif numbers:
            percent = numbers[0] * 100 if numbers[0] <= 1 else numbers[0]
        else:
            percent = -1
        self.progressed.emit(label, int(percent))

    def run(self) -> None:
        try:
            from umkm_desk.demo.generator import fill_demo

            kwargs: dict[str, Any] = {}
            if "progress" in inspect.signature(fill_demo).parameters:
                kwargs["progress"] = self._report
            if "actor" in inspect.signature(fill_demo).parameters:
                kwargs["actor"] = self.ctx.actor  # the example signatory is written as the logged-in account
            fill_demo(self.ctx.db, businesses=self.businesses, **kwargs)
        except ImportError:
            self.failed.emit(_tr("Data contoh belum tersedia pada versi aplikasi ini."))
        except Exception as exc:  # shown to the officer; the database transaction rolled back
            self.failed.emit(messages.describe_failure(exc, _tr("Data contoh tidak dapat dimuat")).message)


def load_demo_data(ctx: ServiceContext, parent: QWidget | None = None, businesses: int = DEMO_BUSINESSES) -> bool:
    """Fill the database with demo data behind a progress dialog. True on success."""
    progress = QProgressDialog(_tr("Memuat data contoh Kota Serang…"), "", 0, 0, parent)
    progress.setWindowTitle(_tr("Data contoh"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.setMinimumWidth(380)
    worker = DemoWorker(ctx, businesses)
    errors: list[str] = []
    loop = QEventLoop()

    def on_progress(label: str, percent: int) -> None:
        if label:
            progress.setLabelText(_tr("Memuat data contoh Kota Serang…") + "\n" + label)
        if percent >= 0:
            progress.setMaximum(100)
            progress.setValue(max(0, min(percent, 100)))

    worker.progressed.connect(on_progress)
    worker.failed.connect(errors.append)
    worker.finished.connect(loop.quit)
    progress.show()
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    progress.close()
    progress.deleteLater()
    if errors:
        messages.show_error(parent, _tr("Data contoh"), _tr("Data contoh tidak dapat dimuat."), errors[0])
        return False
    return True


def offer_demo_data(ctx: ServiceContext, parent: QWidget | None = None) -> bool:
    """Ask whether to load demo data into the empty database; load it when the officer agrees."""
    agreed = messages.ask(
        parent,
        _tr("Basis data masih kosong"),
        _tr(
            "Belum ada UMKM yang terdaftar. Muat data contoh Kota Serang ({count} UMKM beserta mitra, "
            "pendampingan, dan kegiatan) agar aplikasi dapat langsung dicoba?\n\n"
            "Data contoh dapat dipakai untuk latihan; untuk pendataan sungguhan gunakan basis data baru."
        ).format(count=DEMO_BUSINESSES),
        yes=_tr("Muat data contoh"),
        no=_tr("Mulai kosong"),
    )
    if not agreed:
        return False
    return load_demo_data(ctx, parent)
