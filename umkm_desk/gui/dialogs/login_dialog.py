"""Logging in (with the office's letterhead logo) and changing one's password.

The dialogs only collect what is typed: the login service decides (wrong password, lockout, disabled account) and
its Indonesian message is shown under the fields, the password field emptied, the dialog kept open.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.accounts import login
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.services.office.settings import get_letterhead_settings
from umkm_desk.gui.kit.password_fields import NewPassword, password_edit
from umkm_desk.gui.theme import set_invalid
from umkm_desk.paths import resource_path

LOGO_SIZE = 72


def letterhead_logo(ctx: ServiceContext) -> QPixmap:
    """The logo of Pengaturan's letterhead, or the neutral emblem shipped with the app."""
    pixmap = QPixmap()
    try:
        logo = get_letterhead_settings(ctx).logo_png
    except Exception:  # noqa: BLE001 - a logo is decoration: the login must open anyway
        logo = None
    if not (logo and pixmap.loadFromData(logo)):
        pixmap.load(str(resource_path("images", "logo_default.png")))
    return pixmap.scaled(LOGO_SIZE, LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class LoginDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`result` (the account and its actor), or Rejected (Batal)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, username: str = "",
                 title: str | None = None, fixed_user: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.ctx = ctx
        self.login_result: login.LoginResult | None = None
        self.setWindowTitle(title or self.tr("Masuk — UMKM Desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setObjectName("loginLogo")
        logo.setPixmap(letterhead_logo(ctx))
        head.addWidget(logo)
        heading = QLabel(self.tr("<b>UMKM Desk</b><br>Masuk dengan akun Anda"))
        head.addWidget(heading, 1)
        layout.addLayout(head)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("usernameEdit")
        self.username.setMaxLength(32)
        self.username.setReadOnly(fixed_user)
        self.password = password_edit("passwordEdit")
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _login(self) -> None:
        anonymous = ServiceContext(self.ctx.db, Actor(None, "?", socket.gethostname()))
        try:
            self.login_result = login.authenticate(anonymous, self.username.text(), self.password.text())
        except ServiceError as exc:
            self.password.clear()
            self.message.setText(exc.message)
            self.message.show()
            set_invalid(self.password if exc.field == "password" else self.username, True)
            self.password.setFocus()
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    """The logged-in account changes its password; ``forced`` after a temporary password (no Batal then
    means leaving the app)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Kata sandi Anda masih sementara dari administrator. Buat kata sandi Anda sendiri "
                                  "sebelum mulai bekerja."))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old = password_edit("oldEdit", self)
        self.new_password = NewPassword(self, first_name="newEdit")
        self.new, self.repeat, self.hint = self.new_password.first, self.new_password.repeat, self.new_password.hint
        form.addRow(self.tr("Kata sandi lama"), self.old)
        self.new_password.add_rows(form, self.tr("Kata sandi baru"), self.tr("Ulangi kata sandi baru"))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.message = QLabel()
        self.message.setObjectName("passwordMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keluar") if forced else self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _save(self) -> None:
        if not self.new_password.matches():
            self._refuse(self.tr("Kedua kata sandi baru tidak sama."))
            return
        try:
            login.change_own_password(self.ctx, self.old.text(), self.new.text())
        except ServiceError as exc:
            self._refuse(exc.message)
            return
        self.accept()


def log_in(ctx: ServiceContext, parent: QWidget | None = None, username: str = "") -> login.LoginResult | None:
    """The login dialog, then the forced password change after a temporary password; None when cancelled."""
    dialog = LoginDialog(ctx, parent, username=username)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.login_result is None:
        return None
    result = dialog.login_result
    if result.must_change_password:
        change = ChangePasswordDialog(ServiceContext(ctx.db, result.actor), parent, forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return result
