"""The window's last line of defence: an exception nobody caught, and Qt's own warnings, go to the log.

An uncaught exception in a slot would otherwise print a traceback to a console the officer never sees while the
click does nothing. Here it is logged and explained in an Indonesian dialog with "Salin detail" (the traceback to
the clipboard, for the IT officer) and the log file's location; the window stays open.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from umkm_desk import logs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.translate import translator

qt_logger = logging.getLogger("umkm_desk.qt")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


_tr = translator("Crash")


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_logger.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def crash_message() -> str:
    return _tr(
        "Terjadi kesalahan tak terduga. Aplikasi tetap berjalan, tetapi tindakan terakhir mungkin tidak selesai: "
        "periksa datanya lalu ulangi bila perlu. Bila terulang, tekan \u201cSalin detail\u201d dan kirimkan "
        "kepada pengelola TI beserta berkas log:\n{path}"
    ).format(path=logs.log_path())


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    detail = logs.redact("".join(traceback.format_exception(exc_type, exc, tb)))
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Kesalahan tak terduga"), crash_message(),
                      QMessageBox.StandardButton.NoButton, QApplication.activeWindow())
    copy = box.addButton(_tr("Salin detail"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    messages.run_box(box)
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(detail)


def _refusal(exc: BaseException) -> str | None:
    """The Indonesian message of a refusal by the permission table (NotAllowed), or None."""
    from umkm_desk.core.services.accounts.permissions import NotAllowed

    return exc.message if isinstance(exc, NotAllowed) else None


def install(*, unattended: bool = False) -> Callable[[], None]:
    """Install the excepthook and Qt message handler; returns a function that puts the previous ones back.

    ``unattended`` (``--screenshot``): no dialog, one line on stderr — nothing may wait on a modal."""
    previous_hook = sys.excepthook
    showing = [False]

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, exc, tb)
            return
        refusal = _refusal(exc)
        if refusal is not None and not unattended and not showing[0]:
            # an account deleted, disabled or demoted while logged in: any read or write of theirs is refused
            # by the services; that is the answer to show, not a crash
            logs.logger.info("Tindakan ditolak: %s", refusal)
            messages.show_error(QApplication.activeWindow(), _tr("Tidak diizinkan"), refusal)
            return
        logs.logger.error("Kesalahan tak terduga", exc_info=(exc_type, exc, tb))
        if unattended or showing[0]:  # never a second dialog from inside the first
            print(f"umkm-desk: kesalahan tak terduga ({exc_type.__name__}); detail di {logs.log_path()}",
                  file=sys.stderr)
            return
        showing[0] = True
        try:
            show_crash(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the dialog itself failed: the log has the original already
            logs.logger.exception("Dialog kesalahan tidak dapat ditampilkan")
        finally:
            showing[0] = False

    sys.excepthook = hook
    previous_handler = qInstallMessageHandler(_qt_message)

    def uninstall() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)

    return uninstall
