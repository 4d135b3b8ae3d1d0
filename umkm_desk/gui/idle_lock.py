"""Locking the app after a configurable idle time: every open window is covered (no datum stays visible),
and the account's password unlocks it. Nothing is closed, so a half-filled form keeps what was typed.

The idle time is a setting of this PC (``local_settings.idle_lock_minutes``; 0 turns the lock off). Wrong
passwords count towards the account's lockout like at login.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.accounts import login
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class Cover(QWidget):
    """An opaque sheet over one window while the app is locked; it takes every click."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockCover { background: #2b3a4a; }")
        label = QLabel(self.tr("UMKM Desk terkunci"), self)
        label.setStyleSheet("color: white; font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """The account's password, on top of the covered windows; no Batal: the app stays locked until then."""

    def __init__(self, ctx: ServiceContext) -> None:
        # imported when the app first locks: the login dialog's module brings in the letterhead settings and
        # the document text rules, which the main window, built right after the login, does not need
        from umkm_desk.gui.dialogs.login_dialog import letterhead_logo
        from umkm_desk.gui.kit.password_fields import password_edit

        super().__init__(None, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint)
        self.setObjectName("unlockDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("UMKM Desk terkunci"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        logo = QLabel()
        logo.setPixmap(letterhead_logo(ctx))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(QLabel(self.tr("Terkunci karena tidak ada kegiatan. Masukkan kata sandi {name} untuk "
                                        "melanjutkan.").format(name=ctx.actor.officer_name)))
        self.password = password_edit("unlockPassword")
        layout.addWidget(self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Buka"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_unlock)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape does not unlock
        return

    def try_unlock(self) -> None:
        username = self._username()
        anonymous = ServiceContext(self.ctx.db, Actor(None, "?", socket.gethostname()))
        try:
            if username is None:
                raise ServiceError(self.tr("Akun ini tidak ada lagi. Tutup aplikasi lalu masuk kembali."))
            result = login.authenticate(anonymous, username, self.password.text())
        except ServiceError as exc:
            self.password.clear()
            self.message.setText(exc.message)
            self.message.show()
            return
        if result.actor.officer_id != self.ctx.actor.officer_id:
            return
        self.accept()

    def _username(self) -> str | None:
        from umkm_desk.core.services.accounts.accounts import account_username

        return account_username(self.ctx, self.ctx.actor.officer_id)


class IdleLock(QObject):
    """Watches the application's input; after ``minutes`` without any, locks every window.

    The input is watched on the windows (QWindow), where the system delivers it before Qt passes it to a
    widget, not on the application: a filter there was a call into Python for every event of every object
    (polish, layout, child and paint events too), about a tenth of opening a business's detail. A window is
    watched from the moment it is focused, which any click or key press into it makes it."""

    lockedChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: ServiceContext, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.covers: list[Cover] = []
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        self._watching = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._watch)
            for window in app.topLevelWindows():
                self._watch(window)
        self.timer.start()

    def _watch(self, window: QWindow | None) -> None:
        # installing again only moves this filter to the front of the window's filters (Qt never doubles it);
        # it goes with the window, or with this object when the lock is stopped
        if window is not None:
            window.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        owner = self.parent()
        if isinstance(owner, QWidget) and not owner.isVisible():  # its window is closed (or not yet shown)
            self.timer.stop()
            return
        self.timer.stop()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, UnlockDialog):
                cover = Cover(window)
                cover.show()
                cover.raise_()
                self.covers.append(cover)
        self.dialog = UnlockDialog(self.ctx)
        self.dialog.accepted.connect(self.unlock)
        self.dialog.show()
        self.dialog.password.setFocus()
        self.lockedChanged.emit(True)

    def unlock(self) -> None:
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers = []
        if self.dialog is not None:
            self.dialog.hide()  # an application-modal window left visible would block every other window
            self.dialog.deleteLater()
            self.dialog = None
        self.timer.start()
        self.lockedChanged.emit(False)

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching:
            self._watching = False
            app.focusWindowChanged.disconnect(self._watch)
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
        self.timer.stop()
