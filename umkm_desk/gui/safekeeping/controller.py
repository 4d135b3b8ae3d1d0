"""The window's safekeeping: the quick check after the first screen (writes wait for it), the weekly full check
and the daily backup while the officer is idle, the backup when the app closes, and what happens when the file
is found damaged (keep it, salvage what can be read, or restore the newest good backup).

Everything slow runs in a worker thread; a failure is a non-modal notice in Indonesian (and a log line), never
a box that stops the officer's work.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from umkm_desk.core.services.backups import status as backup_status
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.backups.damage import WriteGate, run_start_check
from umkm_desk.core.services.backups.in_app import salvage_in_app
from umkm_desk.core.services.backups.salvage import SalvageReport
from umkm_desk.core.services.backups.wording import format_when
from umkm_desk.core.services.office import maintenance
from umkm_desk.gui import local_settings
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.workers import Task, keep_until_finished

if TYPE_CHECKING:
    from umkm_desk.gui.main_window import MainWindow
    from umkm_desk.gui.safekeeping.check_dialog import CheckDialog
    from umkm_desk.gui.safekeeping.restore_dialog import RestoreDialog

log = logging.getLogger(__name__)

IDLE_AFTER = timedelta(minutes=5)
TICK_MS = 60_000
FULL_CHECK_EVERY = timedelta(days=7)
#: after a failed automatic backup (flash drive pulled), the next try waits this long: one notice, not one a minute
RETRY_AFTER = timedelta(hours=1)
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class Safekeeping(QObject):
    #: a background check or backup ended (for tests and the status bar): ("backup"|"check", ok)
    finished = Signal(str, bool)

    def __init__(self, window: MainWindow, *, clock: Callable[[], datetime] = datetime.now,
                 idle_after: timedelta = IDLE_AFTER) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.clock = clock
        self.idle_after = idle_after
        self.gate: WriteGate | None = None
        self.notice: QMessageBox | None = None
        self._task: Task | None = None
        self._last_input = clock()
        self._salvage_offered = False
        self._backup_failed_at: datetime | None = None
        self._opened_db = self.ctx.db  # app.py disposes this one; a restore or salvage opens another
        menu = window.ui.menuBerkas
        self.restore_action = QAction(self.tr("&Pulihkan dari cadangan…"), window)
        self.restore_action.setObjectName("actionRestore")
        self.check_action = QAction(self.tr("P&eriksa database…"), window)
        self.check_action.setObjectName("actionCheckDatabase")
        after_backup = self._action_after(menu.actions(), window.ui.actionBackup)
        menu.insertAction(after_backup, self.restore_action)
        menu.insertAction(after_backup, self.check_action)
        self.restore_action.triggered.connect(self.open_restore)
        self.check_action.triggered.connect(self.open_check)
        if not self.is_sqlite:
            self.restore_action.setEnabled(False)
            self.restore_action.setToolTip(self.tr("Basis data server dipulihkan oleh pengelola server."))
        window.damageFound.connect(self._damage_found)
        self.apply_rights()
        window.officerChanged.connect(self.apply_rights)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.idle_tick)

    def apply_rights(self) -> None:
        """Restoring a backup replaces everyone's data: the administrator's (database management)."""
        from umkm_desk.gui.kit.rights import Rights

        allowed = Rights(self.ctx).can("database.manage")
        self.restore_action.setVisible(allowed)
        self.restore_action.setEnabled(allowed and self.is_sqlite)

    @staticmethod
    def _action_after(actions: list[QAction], anchor: QAction) -> QAction | None:
        index = actions.index(anchor) if anchor in actions else -1
        return actions[index + 1] if 0 <= index < len(actions) - 1 else None

    @property
    def is_sqlite(self) -> bool:
        return self.ctx.db.target.is_sqlite and self.ctx.db.target.path is not None

    # --- start ------------------------------------------------------------------------------------------

    def start(self) -> None:
        """After the first screen: hold writes, run the quick check in the background, watch for idleness.

        The check's thread starts here, not from a timer: a write on the GUI thread (the demo data offered at
        the first start) waits at the gate, and the worker releases the gate itself, without the event loop."""
        if not self.is_sqlite:
            return
        self.gate = WriteGate(self.ctx.db)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.start_check()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def start_check(self) -> bool:
        db, gate = self.ctx.db, self.gate
        return self._run("check", lambda: run_start_check(db, gate, quick=True), self._checked)

    def _checked(self, problems: list[str]) -> None:
        if problems:  # the database marked itself damaged: the banner and the salvage offer follow
            log.error("start check found damage")

    # --- idle work --------------------------------------------------------------------------------------

    def is_idle(self) -> bool:
        return self.clock() - self._last_input >= self.idle_after

    def backup_due(self) -> bool:
        state = backup_status.status_of(self.ctx.db, now=self.clock)
        return state is not None and (state.last_good is None or state.last_good.date() < self.clock().date())

    def _full_check_key(self) -> str:
        digest = hashlib.sha1(self.ctx.db.target.display.encode("utf-8")).hexdigest()[:16]
        return f"integrity/{digest}"

    def full_check_due(self) -> bool:
        value = local_settings.local_settings().value(self._full_check_key())
        try:
            last = date.fromisoformat(str(value)) if value else None
        except ValueError:
            last = None
        return last is None or self.clock().date() - last >= FULL_CHECK_EVERY

    def idle_tick(self) -> None:
        """Once a minute: when the officer has been away a while, the day's backup, else the week's check."""
        if not self.is_sqlite or self._task is not None or maintenance.is_damaged(self.ctx.db):
            return
        if not self.is_idle():
            return
        failed_at = self._backup_failed_at
        if self.backup_due() and (failed_at is None or self.clock() - failed_at >= RETRY_AFTER):
            self.backup_in_background()
        elif self.full_check_due():
            self.full_check_in_background()

    def backup_in_background(self) -> bool:
        path = self.ctx.db.target.path
        if path is None:
            return False
        folder = backup_status.chosen_folder(self.ctx)
        clock = self.clock
        return self._run("backup", lambda: make_backup(path, folder, now=clock), self._backed_up)

    def _backed_up(self, made: Any) -> None:
        self._backup_failed_at = None
        self.window.statusBar().showMessage(self.tr("Cadangan otomatis tersimpan: {name}").format(
            name=made.path.name), 8000)

    def full_check_in_background(self) -> bool:
        db = self.ctx.db
        return self._run("check", lambda: run_start_check(db, None, quick=False), self._full_checked)

    def _full_checked(self, problems: list[str]) -> None:
        if not problems:
            settings = local_settings.local_settings()
            settings.setValue(self._full_check_key(), self.clock().date().isoformat())
            settings.sync()

    def _run(self, kind: str, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> bool:
        if self._task is not None:
            return False
        task = self._task = Task(lambda _job: fn())
        keep_until_finished(task)

        def done() -> None:
            self._task = None
            if task.error is not None:
                self._failed(kind, task.error)
                self.finished.emit(kind, False)
            else:
                on_success(task.result)
                self.finished.emit(kind, True)

        task.finished.connect(done)
        task.start()
        return True

    def wait(self, msecs: int = 30_000) -> bool:
        task = self._task
        return task.wait(msecs) if task is not None else True

    def _failed(self, kind: str, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if kind == "backup":
            self._backup_failed_at = self.clock()
            # a refusal with a message (folder gone, disk full) needs no traceback in the log
            log.warning("automatic backup failed: %s", message or exc, exc_info=None if message else exc)
            text = self.tr("Cadangan otomatis gagal. {reason}").format(
                reason=message if isinstance(message, str) else exc)
        else:
            log.warning("database check could not run", exc_info=exc)
            text = self.tr("Pemeriksaan basis data tidak dapat dijalankan. Rincian ada di berkas log.")
        self.show_notice(text)

    def show_notice(self, text: str) -> None:
        """A notice that does not stop the officer's work (not modal), replaced by the next one."""
        if messages.non_interactive:
            return
        if self.notice is not None:
            self.notice.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cadangan basis data"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _obj=None: setattr(self, "notice", None))
        self.notice = box
        box.show()

    # --- closing ------------------------------------------------------------------------------------------

    def backup_on_close(self) -> bool:
        """The backup when the app closes (the window is gone: nothing waits on it). Never raises."""
        self.timer.stop()
        self.wait()
        path = self.ctx.db.target.path
        if not self.is_sqlite or path is None or maintenance.is_damaged(self.ctx.db):
            return False
        try:
            make_backup(path, backup_status.chosen_folder(self.ctx), now=self.clock)
        except Exception:
            log.warning("backup on close failed", exc_info=True)
            return False
        finally:
            if self.ctx.db is not self._opened_db:
                self.ctx.db.dispose()
        return True

    # --- a damaged file -----------------------------------------------------------------------------------

    def _damage_found(self) -> None:
        if not self._salvage_offered and self.is_sqlite:
            self._salvage_offered = True
            QTimer.singleShot(0, self.offer_salvage)

    def offer_salvage(self) -> str:
        """Ask what to do with the damaged file: "salvage", "restore" or "later" (what was chosen)."""
        if messages.non_interactive:
            return "later"
        newest = self._newest_backup_text()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Basis data rusak"), self.tr(
            "Berkas basis data rusak; UMKM Desk tidak menulis lagi ke dalamnya.\n\n"
            "Selamatkan data: berkas yang rusak disimpan apa adanya, lalu data yang masih terbaca dipindahkan ke "
            "berkas baru dan Anda diberi tahu apa yang hilang.\n"
            "Pulihkan cadangan: data kembali seperti pada cadangan yang dipilih ({newest}).").format(newest=newest),
            QMessageBox.StandardButton.NoButton, self.window)
        salvage = box.addButton(self.tr("Selamatkan data"), QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(self.tr("Pulihkan cadangan…"), QMessageBox.ButtonRole.ActionRole)
        later = box.addButton(self.tr("Nanti"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(salvage)
        box.setEscapeButton(later)
        messages.run_box(box)
        clicked = box.clickedButton()
        if clicked is salvage:
            self.salvage()
            return "salvage"
        if clicked is restore:
            self.open_restore()
            return "restore"
        return "later"

    def _newest_backup_text(self) -> str:
        state = backup_status.status_of(self.ctx.db, now=self.clock)
        if state is None or state.last_good is None:
            return self.tr("belum ada cadangan")
        return self.tr("terbaru {when}").format(when=format_when(state.last_good))

    def salvage(self) -> bool:
        ctx = self.ctx
        return self.window.busy.run(lambda: salvage_in_app(ctx), self.tr("Menyelamatkan data…"),
                                    on_success=self._salvaged, on_failure=self._salvage_failed)

    def _salvaged(self, report: SalvageReport) -> None:
        self.after_replace()
        text = "\n".join(report.lines())
        if report.newest_good_backup is not None and report.lost_rows:
            if messages.ask(self.window, self.tr("Hasil penyelamatan data"),
                            text + "\n\n" + self.tr("Buka daftar cadangan untuk memulihkan?"),
                            yes=self.tr("Buka daftar cadangan"), no=self.tr("Pakai hasil penyelamatan")):
                self.open_restore()
        else:
            messages.show_info(self.window, self.tr("Hasil penyelamatan data"), text)

    def _salvage_failed(self, exc: BaseException) -> None:
        self.after_replace()
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            messages.show_error(self.window, self.tr("Penyelamatan data gagal"), message)
        else:
            messages.show_failure(self.window, exc, action=self.tr("Penyelamatan data gagal"))

    def after_replace(self, _result: object = None) -> None:
        """The database object was replaced (restore, salvage): listen to the new one, read everything again."""
        from umkm_desk.gui.main_window import PAGE_KEYS

        db = self.ctx.db
        if self.gate is not None and self.is_sqlite:
            self.gate = None  # the new file was checked while it was made
        self._salvage_offered = False
        maintenance.on_damage(db, self.window.damageFound.emit)
        if not maintenance.is_damaged(db):
            self.window.damage_banner.hide()
        self.window.busy.busyChanged.emit(False)  # the window updates its backup action
        for key in PAGE_KEYS:
            page = self.window.page(key)
            if page is not None:
                page.reload()

    # --- the Berkas menu ----------------------------------------------------------------------------------

    def open_restore(self) -> RestoreDialog | None:
        from umkm_desk.gui.safekeeping.restore_dialog import RestoreDialog

        if not self.is_sqlite:
            return None
        dialog = RestoreDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.after_replace)
        dialog.open()
        return dialog

    def open_check(self) -> CheckDialog:
        from umkm_desk.gui.safekeeping.check_dialog import CheckDialog

        dialog = CheckDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
