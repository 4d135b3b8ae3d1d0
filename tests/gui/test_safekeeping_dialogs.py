"""The restore dialog (list, confirm, progress, result with the lost documents), the check dialog (report and
optimise) and Pengaturan's backup box (folder, warnings; on PostgreSQL the note and the portable export)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.services.test_documents import TODAY, set_signatory
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.demo.generator import fill_demo
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.safekeeping import restore_dialog as restore_module
from umkm_desk.gui.safekeeping.check_dialog import CheckDialog
from umkm_desk.gui.safekeeping.controller import Safekeeping
from umkm_desk.gui.safekeeping.restore_dialog import RestoreDialog
from umkm_desk.gui.safekeeping.settings_box import BackupSettingsBox

EARLY = datetime(2026, 9, 1, 8, 0)
LATER = datetime(2026, 9, 2, 8, 0)


@pytest.fixture
def keeper(window) -> Iterator[Safekeeping]:
    keeper = Safekeeping(window)
    yield keeper
    keeper.wait()


def _path(ctx: ServiceContext) -> Path:
    assert ctx.db.target.path is not None
    return ctx.db.target.path


def _wait_listed(qtbot, dialog: RestoreDialog, rows: int) -> None:
    qtbot.waitUntil(lambda: not dialog.busy.is_running() and dialog.table.rowCount() == rows, timeout=10_000)


def test_restore_from_the_menu_names_the_lost_documents(qtbot, keeper: Safekeeping, window,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = window.ctx
    fill_demo(ctx.db, businesses=20, seed=4, today=TODAY)
    set_signatory(ctx)
    ids = documents.eligible_business_ids(ctx, "summary")
    documents.issue_document(ctx, "summary", ids[0], issued_on=TODAY, render_pdf=False)
    make_backup(_path(ctx), now=lambda: EARLY)
    lost = documents.issue_document(ctx, "summary", ids[1], issued_on=TODAY, render_pdf=False).entry
    make_backup(_path(ctx), now=lambda: LATER)
    old_db = ctx.db
    keeper.restore_action.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    _wait_listed(qtbot, dialog, 2)
    assert dialog.table.item(0, 0).text() == "2 September 2026 08.00"
    assert "UMKM" in dialog.table.item(0, 3).text() and "2 dokumen" in dialog.table.item(0, 3).text()
    assert "1 dokumen" in dialog.table.item(1, 3).text()
    assert dialog.selected_entry() is not None and dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)  # the older one, before the second document
    asked: list[str] = []
    monkeypatch.setattr(restore_module.messages, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report.isVisible(), timeout=20_000)
    assert "1 September 2026 08.00" in asked[0] and "sebelum pemulihan" in asked[0]
    report = dialog.report.toPlainText()
    assert lost.number in report and "tidak ada lagi" in report
    assert "Nomor surat berikutnya tahun" in report
    assert not dialog.restore_button.isEnabled() and dialog.close_button.isEnabled()
    assert ctx.db is not old_db  # the window goes on with the restored database
    assert not window.damage_banner.isVisible()
    dialog.close()
    ctx.db.dispose()


def test_unusable_files_are_listed_but_cannot_be_chosen(qtbot, keeper: Safekeeping, window, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    make_backup(_path(window.ctx), now=lambda: EARLY)
    dialog = keeper.open_restore()
    assert dialog is not None
    _wait_listed(qtbot, dialog, 1)
    cut = tmp_path / "terpotong.sqlite"
    cut.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    errors: list[str] = []
    monkeypatch.setattr(restore_module.messages, "show_error", lambda _p, _t, text, *_a: errors.append(text))
    entry = dialog.add_file(cut)
    assert entry.problem is not None and "terpotong" in errors[0]
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).flags() == Qt.ItemFlag.NoItemFlags
    dialog.table.selectRow(0)
    assert dialog.selected_entry() is None or dialog.selected_entry() is not entry
    dialog.close()


def test_a_refused_restore_changes_nothing_and_says_why(qtbot, keeper: Safekeeping, window,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    backup = make_backup(_path(window.ctx), now=lambda: EARLY).path
    dialog = keeper.open_restore()
    assert dialog is not None
    _wait_listed(qtbot, dialog, 1)
    backup.write_bytes(backup.read_bytes()[:4096])  # truncated after it was listed
    errors: list[str] = []
    monkeypatch.setattr(restore_module.messages, "ask", lambda *_a, **_k: True)
    monkeypatch.setattr(restore_module.messages, "show_error", lambda _p, _t, text, *_a: errors.append(text))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "rusak atau terpotong" in errors[0] and "Tidak ada yang diubah" in errors[0]
    assert dialog.result is None and not dialog.report.isVisible()
    from umkm_desk.core.services.office.officers import create_officer

    create_officer(window.ctx, "Budi")  # the database was opened again and takes writes
    dialog.close()
    window.ctx.db.dispose()


def test_check_dialog_reports_and_optimises(qtbot, keeper: Safekeeping, window) -> None:
    keeper.check_action.trigger()
    dialog = window.findChild(CheckDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checkup is not None, timeout=20_000)
    assert "Hasil: BAIK" in dialog.report.toPlainText()
    assert "tidak ada masalah" in dialog.verdict.text()
    qtbot.mouseClick(dialog.optimise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Optimalisasi selesai" in dialog.verdict.text(), timeout=20_000)
    assert "Statistik kueri diperbarui" in dialog.report.toPlainText()
    dialog.close()


def test_backup_box_folder_and_warnings(qtbot, gui_ctx: ServiceContext, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    box = BackupSettingsBox(gui_ctx)
    qtbot.addWidget(box)
    box.show()
    assert "belum ada" in box.last_label.text()
    assert "Belum ada cadangan" in box.warning_label.text()
    assert not box.export_button.isVisible()
    with qtbot.waitSignal(box.changed, timeout=10_000):
        qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    assert "belum ada" not in box.last_label.text()
    assert "disk yang sama" in box.warning_label.text()
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    assert box.set_folder(stick)
    assert str(stick) in box.folder_label.text() and box.default_button.isEnabled()
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text, *_a: errors.append(text))
    assert not box.set_folder(tmp_path / "tidak-ada")
    assert "tidak ada" in errors[0]
    assert box.set_folder(None)
    assert "bawaan" in box.folder_label.text()


@pytest.fixture
def server_ctx(db: Database) -> ServiceContext:
    if db.target.is_sqlite:
        pytest.skip("the server case")
    return ServiceContext(db)


def test_backup_box_on_postgresql_exports_a_portable_file(qtbot, server_ctx: ServiceContext, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    box = BackupSettingsBox(server_ctx)
    qtbot.addWidget(box)
    box.show()
    assert "pengelola server" in box.note.text()
    assert box.export_button.isVisible() and not box.backup_button.isVisible()
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    dest = tmp_path / "bawa.sqlite"
    box.export_to(dest)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert str(dest) in shown[0]
    copy = open_database(dest)
    copy.dispose()


def test_password_dialog_asks_twice_and_checks(qtbot) -> None:
    from umkm_desk.gui.safekeeping.password_dialog import PasswordDialog

    dialog = PasswordDialog(confirm=True, intro="Salinan dienkripsi.")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password_edit, "pendek")
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() == 0  # not accepted
    assert "minimal 8" in dialog.error.text()
    dialog.password_edit.setText("kata-sandi-kantor")
    assert dialog.repeat_edit is not None
    dialog.repeat_edit.setText("kata-sandi-lain")
    dialog.accept()
    assert "tidak sama" in dialog.error.text() and dialog.result() == 0
    dialog.repeat_edit.setText("kata-sandi-kantor")
    dialog.accept()
    assert dialog.result() == 1


def test_carried_copy_from_the_box_opens_in_the_restore_dialog(qtbot, keeper: Safekeeping, window, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    box = BackupSettingsBox(window.ctx)
    qtbot.addWidget(box)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    dest = tmp_path / "bawa.zip"
    box.carry_to(dest, "kata-sandi-kantor")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert dest.is_file() and "tanpa itu salinan tidak dapat dibuka" in shown[0]
    dialog = keeper.open_restore()
    assert dialog is not None
    _wait_listed(qtbot, dialog, 0)
    errors: list[str] = []
    monkeypatch.setattr(restore_module.messages, "show_error", lambda _p, _t, text, *_a: errors.append(text))
    dialog.open_archive(dest, "salah-sandi-nya")
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "Kata sandi salah" in errors[0]
    dialog.open_archive(dest, "kata-sandi-kantor")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text() == "dari salinan berkata sandi"
    assert dialog.selected_entry() is not None
    dialog.close()
