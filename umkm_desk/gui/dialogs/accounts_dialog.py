"""Berkas › Akun pengguna (administrator): every account with its role and state; add one with a temporary
password, give a temporary password (also to an officer from before accounts, or to lift a lockout), change
the role, disable or enable (disabling is the way to remove someone: it can be undone, and their name stays on
the audit rows). The accounts service decides and refuses (the last administrator stays);
its Indonesian message is shown under the table and nothing is changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.accounts import accounts
from umkm_desk.core.services.accounts.accounts import AccountInfo
from umkm_desk.core.services.accounts.permissions import ROLES
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.password_fields import NewPassword
from umkm_desk.gui.kit.tables import setup_table
from umkm_desk.gui.kit.translate import translator

_tr = translator("AccountsDialog")


def role_names() -> dict[str, str]:
    return {"admin": _tr("Administrator"), "petugas": _tr("Petugas"), "pimpinan": _tr("Pimpinan")}


class AccountFormDialog(QDialog):
    """A new account: name, optional NIP, username, role and a temporary password typed twice."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountFormDialog")
        self.ctx = ctx
        self.created: AccountInfo | None = None
        self.setWindowTitle(self.tr("Tambah akun"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.nip = QLineEdit()
        self.nip.setMaxLength(21)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.role = QComboBox()
        for code, label in role_names().items():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(self.role.findData("petugas"))
        self.password = NewPassword(self, first_name="passwordEdit")
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("NIP (boleh kosong)"), self.nip)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Peran"), self.role)
        self.password.add_rows(form, self.tr("Kata sandi sementara"), self.tr("Ulangi kata sandi"))
        layout.addLayout(form)
        layout.addWidget(self.password.hint)
        note = QLabel(self.tr("Pemilik akun mengganti kata sandi sementara ini saat pertama kali masuk."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("accountFormMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Buat akun"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create(self) -> None:
        if not self.password.matches():
            self._refuse(self.tr("Kedua kata sandi tidak sama."))
            return
        try:
            self.created = accounts.create_account(self.ctx, self.username.text(), self.full_name.text(),
                                                   self.role.currentData(), self.password.text(),
                                                   nip=self.nip.text() or None)
        except ServiceError as exc:
            self._refuse(exc.message)
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class TemporaryPasswordDialog(QDialog):
    """A temporary password for one account, typed twice (the account changes it at its next login)."""

    def __init__(self, ctx: ServiceContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("temporaryPasswordDialog")
        self.ctx = ctx
        self.username = username
        self.setWindowTitle(self.tr("Kata sandi sementara untuk {user}").format(user=username))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.password = NewPassword(self, first_name="passwordEdit")
        self.password.add_rows(form, self.tr("Kata sandi sementara"), self.tr("Ulangi kata sandi"))
        layout.addLayout(form)
        layout.addWidget(self.password.hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if not self.password.matches():
            self.message.setText(self.tr("Kedua kata sandi tidak sama."))
            self.message.show()
            return
        try:
            accounts.set_temporary_password(self.ctx, self.username, self.password.text())
        except ServiceError as exc:
            self.message.setText(exc.message)
            self.message.show()
            return
        self.accept()


class AccountsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.ctx = ctx
        self.rows: list[AccountInfo] = []
        #: the form opened last (add, temporary password), for tests
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Akun pengguna"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        columns = [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("NIP"), self.tr("Peran"),
                   self.tr("Keadaan")]
        self.table = setup_table(QTableWidget(0, len(columns)), resize=QHeaderView.ResizeMode.Interactive,
                                 widths=(140, 220, 170, 120))
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah akun…"))
        self.password_button = QPushButton(self.tr("Kata sandi sementara…"))
        self.role_combo = QComboBox()
        for code, label in role_names().items():
            self.role_combo.addItem(label, code)
        self.role_button = QPushButton(self.tr("Ubah peran"))
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        close = QPushButton(self.tr("Tutup"))
        for widget in (self.add_button, self.password_button, QLabel(self.tr("Peran:")), self.role_combo,
                       self.role_button, self.active_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_account)
        self.password_button.clicked.connect(self.temporary_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.accept)
        self.reload()

    # --- reading ------------------------------------------------------------------------------------------

    def _state(self, a: AccountInfo) -> str:
        if not a.active:
            return self.tr("Nonaktif")
        if a.locked_until is not None and a.locked_until > datetime.now(UTC):
            return self.tr("Terkunci sementara")
        if not a.has_password:
            return self.tr("Belum punya kata sandi")
        if a.must_change_password:
            return self.tr("Kata sandi sementara")
        return self.tr("Aktif")

    def reload(self, keep: str | None = None) -> None:
        keep = keep or (self.current().username if self.current() else None)
        try:
            self.rows = accounts.list_accounts(self.ctx)
        except ServiceError as exc:
            self._say(exc.message)
            self.rows = []
        roles = role_names()
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            for c, value in enumerate((a.username, a.full_name, a.nip_display, roles.get(a.role, a.role),
                                       self._state(a))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        found = next((i for i, a in enumerate(self.rows) if a.username == keep), 0 if self.rows else -1)
        if found >= 0:
            self.table.selectRow(found)
        self._selected()

    def current(self) -> AccountInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select(self, username: str) -> None:
        for i, a in enumerate(self.rows):
            if a.username == username:
                self.table.selectRow(i)

    def _selected(self) -> None:
        account = self.current()
        for button in (self.password_button, self.role_button, self.active_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(account.role))
            self.active_button.setText(self.tr("Nonaktifkan") if account.active else self.tr("Aktifkan"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- changing -----------------------------------------------------------------------------------------

    def _run(self, change: Callable[[], object], username: str, done: str) -> bool:
        try:
            change()
        except ServiceError as exc:
            self._say(exc.message)
            return False
        except Exception as exc:  # noqa: BLE001 - shown in Indonesian, the traceback to the log
            messages.show_failure(self, exc, action=self.tr("Akun tidak dapat diubah"))
            return False
        self.reload(username)
        self._say(done)
        return True

    def add_account(self) -> AccountFormDialog:
        dialog = self.active_dialog = AccountFormDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: AccountFormDialog) -> None:
        if dialog.created is not None:
            self.reload(dialog.created.username)
            self._say(self.tr("Akun {user} dibuat dengan kata sandi sementara.").format(
                user=dialog.created.username))

    def temporary_password(self) -> TemporaryPasswordDialog | None:
        account = self.current()
        if account is None:
            return None
        dialog = self.active_dialog = TemporaryPasswordDialog(self.ctx, account.username, self)
        dialog.accepted.connect(lambda: (self.reload(account.username), self._say(
            self.tr("Kata sandi sementara {user} disimpan; diganti saat masuk berikutnya.").format(
                user=account.username))))
        dialog.open()
        return dialog

    def change_role(self) -> bool:
        account = self.current()
        role = self.role_combo.currentData()
        if account is None or role not in ROLES or role == account.role:
            return False
        return self._run(lambda: accounts.set_role(self.ctx, account.username, role), account.username,
                         self.tr("Peran {user} diubah; berlaku pada tindakan berikutnya.").format(
                             user=account.username))

    def toggle_active(self) -> bool:
        account = self.current()
        if account is None:
            return False
        done = (self.tr("Akun {user} dinonaktifkan.") if account.active
                else self.tr("Akun {user} diaktifkan lagi.")).format(user=account.username)
        return self._run(lambda: accounts.set_active(self.ctx, account.username, not account.active),
                         account.username, done)
