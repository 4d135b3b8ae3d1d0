"""Berkas › Jejak audit for admin and pimpinan (hidden for petugas), its filters and its .xlsx export; the
window disables what the role may not do."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import add_account  # noqa: E402

from umkm_desk.core.services.accounts import accounts  # noqa: E402
from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.gui.dialogs import messages  # noqa: E402
from umkm_desk.gui.dialogs.audit_dialog import AuditDialog  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402


@pytest.mark.parametrize(("role", "audit", "imports"), [
    ("admin", True, True), ("petugas", False, True), ("pimpinan", True, False),
])
def test_menu_follows_the_role(qtbot, sqlite_db, role, audit, imports):
    if role != "admin":
        add_account(sqlite_db, "kepala", "admin")
    window = MainWindow(ServiceContext(sqlite_db, add_account(sqlite_db, "saya", role)), sqlite_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    assert window.audit_action.isVisible() is audit
    assert window.ui.actionImport.isEnabled() is imports


def test_audit_dialog_lists_filters_and_exports(qtbot, sqlite_db, tmp_path, monkeypatch):
    admin = ServiceContext(sqlite_db, add_account(sqlite_db, "kepala", "admin"))
    accounts.create_account(admin, "budi", "Budi Santoso", "petugas", "Sementara-Baru-1")
    accounts.set_role(admin, "budi", "pimpinan")
    dialog = AuditDialog(admin)
    qtbot.addWidget(dialog)
    newest_role = next(dialog.table.item(r, 7).text() for r in range(dialog.table.rowCount())
                       if dialog.table.item(r, 5).text() == "role")
    assert newest_role == "pimpinan" and dialog.table.item(0, 1).text() == "Uji Kepala"
    dialog.person.setText("tidak ada orang ini")
    dialog.reload()
    assert dialog.table.rowCount() == 0 and dialog.count.text().startswith("0 baris")
    dialog.person.clear()
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    dialog.reload()
    assert dialog.table.rowCount() >= 1
    assert {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())} == {"Tambah"}
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(text))
    assert dialog.export_to(tmp_path / "audit.xlsx")
    book = load_workbook(tmp_path / "audit.xlsx", read_only=True)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    book.close()
    assert "Tambah" in cells and "Ubah" not in cells and "baris ditulis" in shown[0]


def test_audit_dialog_filters_by_business(qtbot, sqlite_db, tmp_path):
    from umkm_desk.core.services.accounts.nik_privacy import reveal_nik
    from umkm_desk.demo.generator import fill_demo

    fill_demo(sqlite_db, businesses=6, seed=5)
    admin = ServiceContext(sqlite_db, add_account(sqlite_db, "kepala", "admin"))
    from umkm_desk.core.services.registry import business_query

    keys = business_query.business_keys(admin, business_query.BusinessFilter())
    rows = business_query.business_rows(admin, keys)
    first, second = (rows[k] for k in keys[:2])
    reveal_nik(admin, first.id)
    reveal_nik(admin, second.id)
    dialog = AuditDialog(admin)
    qtbot.addWidget(dialog)
    reveals = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 3).text() == "Buka NIK"]
    assert len(reveals) == 2
    dialog.business.setText(first.name)  # typed, not picked: the one business of that name is taken
    dialog.reload()
    assert dialog.business_id == first.id and dialog.business.text().startswith(first.name + " — ")
    shown = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert shown.count("Buka NIK") == 1
    dialog.business.setText("tidak ada usaha bernama ini")
    dialog.reload()
    assert dialog.table.rowCount() == 0 and "Tidak ada UMKM yang cocok" in dialog.count.text()
    dialog.business.clear()
    dialog.reload()
    assert dialog.business_id is None and dialog.table.rowCount() > 2
