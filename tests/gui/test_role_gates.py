"""Every page and dialog shows a role only what the permission table lets it do: pimpinan reads everything and
changes nothing; a petugas works on businesses, cases, partners and documents but not on the office's settings,
accounts or the database itself; the administrator does everything. Walked through the window per role."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import add_account  # noqa: E402

from umkm_desk.core.services.accounts.permissions import permitted  # noqa: E402
from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.core.store.models import Case  # noqa: E402
from umkm_desk.demo.generator import fill_demo  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402
from umkm_desk.gui.safekeeping.controller import Safekeeping  # noqa: E402

ROLES = ("admin", "petugas", "pimpinan")


def _shown(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.isEnabled()


@pytest.fixture(scope="module")
def office_file(tmp_path_factory) -> Path:
    """One demo office for every role (the accounts added per test are separate)."""
    from umkm_desk.core.store.database import open_database

    path = tmp_path_factory.mktemp("office") / "kantor.sqlite"
    db = open_database(path)
    fill_demo(db, businesses=12, seed=21)
    add_account(db, "kepala", "admin")
    db.dispose()
    return path


@pytest.fixture
def window_as(qtbot, office_file, tmp_path):
    from shutil import copyfile

    from umkm_desk.core.store.database import open_database

    copyfile(office_file, tmp_path / "kantor.sqlite")
    db = open_database(tmp_path / "kantor.sqlite")
    opened: list[MainWindow] = []

    def make(role: str) -> MainWindow:
        window = MainWindow(ServiceContext(db, add_account(db, f"{role}1", role)), db.target.display)
        window.confirm_close = False
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
    db.dispose()


@pytest.mark.parametrize("role", ROLES)
def test_menus_follow_the_permission_table(qtbot, window_as, role):
    window = window_as(role)
    keeper = Safekeeping(window)
    try:
        assert window.ui.actionImport.isVisible() is permitted(role, "imports.write")
        assert window.ui.actionImportHistory.isVisible() is permitted(role, "imports.write")
        assert window.action_sync.isVisible() is permitted(role, "sync.run")
        assert window.action_connection.isVisible() is permitted(role, "database.manage")
        assert window.ui.actionBackup.isVisible() is permitted(role, "database.manage")
        assert keeper.restore_action.isVisible() is permitted(role, "database.manage")
        assert window.audit_action.isVisible() is permitted(role, "audit.read")
        label = {"admin": "Administrator", "petugas": "Petugas", "pimpinan": "Pimpinan"}[role]
        assert window.officer_label.text() == f"Pengguna: Uji {role.title()}1 ({label})"
        for action in (window.ui.actionExport, window.ui.actionExportSidt, window.ui.actionReport):
            assert action.isVisible()  # everyone reads and exports (audited)
    finally:
        keeper.timer.stop()
    if role == "pimpinan":
        assert not any(permitted(role, a) for a in ("imports.write", "sync.run", "database.manage"))


@pytest.mark.parametrize("role", ROLES)
def test_umkm_and_pendampingan_pages(qtbot, window_as, role):
    window = window_as(role)
    registry, cases = permitted(role, "registry.write"), permitted(role, "cases.write")
    umkm = window.show_page("umkm")
    window.wait_until_loaded(umkm)
    assert _shown(umkm.new_button, umkm) is registry
    assert all(s.isEnabled() is registry for s in umkm.write_shortcuts)
    board = window.show_page("pendampingan")
    window.wait_until_loaded(board)
    assert _shown(board.newButton, board) is cases
    with window.ctx.db.read() as session:
        case_id = session.scalar(select(Case.id).where(Case.status == "aktif").limit(1))
    view = board.open_case(case_id)
    qtbot.addWidget(view)
    shown = [b for b in view.write_controls() if b.isVisibleTo(view)]
    if cases:
        assert view.activityButton.isVisibleTo(view) and view.activity_shortcut.isEnabled()
    else:
        assert shown == [] and not view.activity_shortcut.isEnabled()
        assert view.edit_activity() is None
    assert view.issueButton.isVisibleTo(view) is permitted(role, "register.write")
    view.close()


@pytest.mark.parametrize("role", ROLES)
def test_mitra_dokumen_beranda_laporan_pages(qtbot, window_as, role):
    window = window_as(role)
    partners, register = permitted(role, "partners.write"), permitted(role, "register.write")
    mitra = window.show_page("mitra")
    window.wait_until_loaded(mitra)
    mitra.partner_table.selectRow(0)
    assert _shown(mitra.new_button, mitra) is partners
    assert mitra.edit_button.isVisibleTo(mitra) is partners
    for tab in (mitra.agreement_tab, mitra.plan_tab, mitra.placement_tab):
        assert tab.add_button.isVisibleTo(tab) is partners
    assert all(s.isEnabled() is partners for s in mitra.write_shortcuts)
    if not partners:
        mitra.edit_partner()
        assert mitra.active_dialog is None
    dokumen = window.show_page("dokumen")
    window.wait_until_loaded(dokumen)
    for button in (dokumen.issue_button, dokumen.batch_button, dokumen.void_button):
        assert button.isVisibleTo(dokumen) is register
    assert dokumen.issue_action.isEnabled() is register
    assert dokumen.preview_button.isVisibleTo(dokumen) and dokumen.verify_button.isVisibleTo(dokumen)
    if not register:
        dokumen.issue()
        assert dokumen.last_dialog is None
    beranda = window.show_page("beranda")
    window.wait_until_loaded(beranda)
    assert beranda.doneButton.isVisibleTo(beranda) is permitted(role, "cases.write")
    laporan = window.show_page("laporan")
    window.wait_until_loaded(laporan)
    assert laporan.ui.reportButton.isVisibleTo(laporan)


@pytest.mark.parametrize("role", ROLES)
def test_pengaturan_is_the_administrators(qtbot, window_as, role):
    window = window_as(role)
    settings, manage = permitted(role, "settings.write"), permitted(role, "database.manage")
    page = window.show_page("pengaturan")
    window.wait_until_loaded(page)
    page.resize(1200, 900)
    assert page.ui.saveButton.isVisibleTo(page) is settings
    assert page.ui.chooseLogoButton.isVisibleTo(page) is settings
    assert page.save_shortcut.isEnabled() is settings
    assert all(edit.isReadOnly() is not settings for edit in page.edits.values())
    box = page.backup_box
    assert box.choose_button.isVisibleTo(page) is settings
    assert box.backup_button.isVisibleTo(page) is manage and box.carry_button.isVisibleTo(page) is manage
    assert page.language_box.isVisibleTo(page)  # this PC's language is everyone's choice
    assert page.read_only_notice.isVisibleTo(page) is not settings
    if not settings:
        assert page.read_only_notice.isVisibleTo(page) and "administrator" in page.read_only_notice.text()
        page.edits["dinas"].setText("Dinas Lain")
        assert page.save() is False


def test_a_role_changed_while_logged_in_shows_on_the_next_page(qtbot, window_as):
    from umkm_desk.core.services.accounts import accounts

    window = window_as("petugas")
    page = window.show_page("umkm")
    window.wait_until_loaded(page)
    assert page.new_button.isVisibleTo(page)
    admin = ServiceContext(window.ctx.db, add_account(window.ctx.db, "atasan", "admin"))
    accounts.set_role(admin, "petugas1", "pimpinan")
    window.show_page("mitra")
    page = window.show_page("umkm")  # the data changed: the page is read again, with the role as it is now
    assert not page.new_button.isVisibleTo(page)
    window.officerChanged.emit()
    assert not window.ui.actionImport.isVisible()


def test_rights_in_open_mode_for_a_deleted_account_and_when_the_database_cannot_be_read(sqlite_db, monkeypatch):
    from umkm_desk.core.services.accounts import accounts
    from umkm_desk.core.services.accounts.permissions import ACTIONS
    from umkm_desk.core.services.context import Actor
    from umkm_desk.gui.kit import rights

    assert rights.Rights(ServiceContext(sqlite_db, Actor(None, "Siapa saja"))).actions == frozenset(ACTIONS)
    admin = ServiceContext(sqlite_db, add_account(sqlite_db, "kepala", "admin"))
    gone = ServiceContext(sqlite_db, add_account(sqlite_db, "pergi", "petugas"))
    accounts.set_active(admin, "pergi", False)
    assert rights.Rights(gone).actions == frozenset() and rights.Rights(gone).role is None
    assert rights.can(admin, "accounts.manage")

    def unreadable(_ctx):
        raise OSError("disk hilang")

    monkeypatch.setattr(rights, "current_role", unreadable)
    assert rights.Rights(admin).actions == frozenset()  # nothing to press until the page can read again
