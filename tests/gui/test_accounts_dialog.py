"""Berkas › Akun pengguna for the administrator only: add an account with a temporary password, give a temporary
password, change a role, disable and enable again; the service's refusals (the last administrator, a bad
username) are said under the table and change nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import add_account  # noqa: E402

from umkm_desk.core.services.accounts import accounts, login  # noqa: E402
from umkm_desk.core.services.context import Actor, ServiceContext  # noqa: E402
from umkm_desk.gui.dialogs.accounts_dialog import AccountsDialog  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402


@pytest.mark.parametrize("role", ["admin", "petugas", "pimpinan"])
def test_only_the_administrator_has_the_menu(qtbot, sqlite_db, role):
    if role != "admin":
        add_account(sqlite_db, "kepala", "admin")
    window = MainWindow(ServiceContext(sqlite_db, add_account(sqlite_db, "saya", role)), sqlite_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    assert window.accounts_action.isVisible() is (role == "admin")


def test_the_administrator_manages_accounts(qtbot, sqlite_db):
    admin = ServiceContext(sqlite_db, add_account(sqlite_db, "kepala", "admin"))
    dialog = AccountsDialog(admin)
    qtbot.addWidget(dialog)
    assert [a.username for a in dialog.rows] == ["kepala"]
    form = dialog.add_account()
    form.full_name.setText("Budi Santoso")
    form.username.setText("budi'; DROP TABLE officer;--")
    form.password.first.setText("Sementara-Baru-1")
    form.password.repeat.setText("Sementara-Baru-1")
    form.create()
    assert "Nama pengguna 3–32" in form.message.text() and form.created is None
    form.username.setText("budi")
    form.password.repeat.setText("Sementara-Baru-2")
    form.create()
    assert "tidak sama" in form.message.text()
    form.password.repeat.setText("Sementara-Baru-1")
    form.create()
    assert form.result() == QDialog.DialogCode.Accepted
    assert dialog.current().username == "budi" and dialog.table.item(dialog.table.currentRow(), 4).text() == \
        "Kata sandi sementara"
    assert login.authenticate(ServiceContext(sqlite_db, Actor(None, "?")), "budi",
                              "Sementara-Baru-1").must_change_password

    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("pimpinan"))
    assert dialog.change_role()
    assert accounts.find_account(admin, "budi").role == "pimpinan"
    assert dialog.toggle_active() and not accounts.find_account(admin, "budi").active
    assert dialog.toggle_active() and accounts.find_account(admin, "budi").active

    temporary = dialog.temporary_password()
    temporary.password.first.setText("Lain-Sementara-9")
    temporary.password.repeat.setText("Lain-Sementara-9")
    temporary.save()
    assert temporary.result() == QDialog.DialogCode.Accepted
    assert login.authenticate(ServiceContext(sqlite_db, Actor(None, "?")), "budi", "Lain-Sementara-9")

    dialog.select("kepala")  # the last administrator stays one, and active
    assert not dialog.toggle_active()
    assert "administrator aktif terakhir" in dialog.message.text()
    assert accounts.find_account(admin, "kepala").active
