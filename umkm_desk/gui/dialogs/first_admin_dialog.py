"""The first start on a database without accounts: the administrator's account (name, optional NIP, username,
a password typed twice with a strength hint). Officers already on the database (an upgraded officer list) stay
as accounts without a password; the administrator gives each a temporary one."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from umkm_desk.core.services.accounts import accounts, login
from umkm_desk.core.services.accounts.passwords import MIN_LENGTH
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.gui.dialogs.login_dialog import letterhead_logo
from umkm_desk.gui.kit.password_fields import NewPassword


class FirstAdminDialog(QDialog):
    """``exec()`` returns Accepted with :attr:`login_result` (the new administrator, logged in), or Rejected."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.ctx = ctx
        self.login_result: login.LoginResult | None = None
        self.setWindowTitle(self.tr("Akun administrator"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        logo = QLabel()
        logo.setPixmap(letterhead_logo(ctx))
        layout.addWidget(logo)
        intro = QLabel(self.tr(
            "Basis data ini belum punya akun. Buat akun administrator: ia mengelola akun petugas dan pimpinan serta "
            "pengaturan kantor. Kata sandi paling sedikit {min} karakter.").format(min=MIN_LENGTH))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullNameEdit")
        self.full_name.setMaxLength(120)
        self.nip = QLineEdit()
        self.nip.setObjectName("nipEdit")
        self.nip.setMaxLength(21)
        self.username = QLineEdit("admin")
        self.username.setObjectName("usernameEdit")
        self.username.setMaxLength(32)
        self.new_password = NewPassword(self, first_name="passwordEdit")
        self.password, self.repeat, self.hint = self.new_password.first, self.new_password.repeat, self.new_password.hint
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("NIP (boleh kosong)"), self.nip)
        form.addRow(self.tr("Nama pengguna"), self.username)
        self.new_password.add_rows(form, self.tr("Kata sandi"), self.tr("Ulangi kata sandi"))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.message = QLabel()
        self.message.setObjectName("firstAdminMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Buat akun"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def create(self) -> None:
        if not self.new_password.matches():
            self._refuse(self.tr("Kedua kata sandi tidak sama."))
            return
        open_ctx = ServiceContext(self.ctx.db, Actor(None, "?", socket.gethostname()))
        try:
            info = accounts.create_account(open_ctx, self.username.text(), self.full_name.text(), "admin",
                                           self.password.text(), nip=self.nip.text() or None)
            self.login_result = login.authenticate(open_ctx, info.username, self.password.text())
        except ServiceError as exc:
            self._refuse(exc.message)
            return
        self.accept()
