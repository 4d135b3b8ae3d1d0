"""Berkas › Sinkronisasi: make and apply packages through the dialog, and settle a conflict side by side."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.registry.businesses import business_profile, create_business, update_business
from umkm_desk.core.store.database import open_database
from umkm_desk.gui.dialogs.sync_dialog import SyncDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from sync_helpers import business_input, make  # noqa: E402


@pytest.fixture
def laptop(tmp_path: Path, _db_templates):  # noqa: ANN001
    _db_templates.copy_sqlite(tmp_path / "laptop1.sqlite")
    ctx = ServiceContext(open_database(tmp_path / "laptop1.sqlite"), Actor(None, "Petugas Lapangan", "laptop1"))
    yield ctx
    ctx.db.dispose()


@pytest.fixture
def office(sqlite_db) -> ServiceContext:  # noqa: ANN001
    return ServiceContext(sqlite_db, Actor(None, "Petugas Kantor", "kantor"))


def _finish(qtbot, dialog: SyncDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.busy.is_running(), timeout=20_000)


def test_setup_package_then_conflict_resolved_with_theirs(qtbot, office, laptop, tmp_path, monkeypatch):  # noqa: ANN001
    from umkm_desk.gui.dialogs import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text, *a: shown.append(text))
    business_id = create_business(office, business_input())
    at_office = SyncDialog(office)
    qtbot.addWidget(at_office)
    at_office.ui.destinationCombo.setCurrentText("laptop1")
    at_office.ui.setupCheck.setChecked(True)
    assert at_office.ui.kecamatanCombo.isEnabled()
    setup = tmp_path / "siapkan.umkmsync"
    at_office.make_package(setup)
    _finish(qtbot, at_office)
    assert setup.is_file() and "Paket nomor 1 untuk laptop1" in at_office.ui.resultLabel.text()

    on_laptop = SyncDialog(laptop)
    qtbot.addWidget(on_laptop)
    on_laptop.receive_package(setup)
    _finish(qtbot, on_laptop)
    assert "diterapkan" in on_laptop.ui.resultLabel.text()
    assert "laptop lapangan" in on_laptop.ui.identityLabel.text()
    on_laptop.receive_package(setup)  # twice: nothing happens
    _finish(qtbot, on_laptop)
    assert "sudah diterapkan sebelumnya" in on_laptop.ui.resultLabel.text()

    update_business(laptop, business_id, business_input(name="Gipang Laptop"))
    update_business(office, business_id, business_input(name="Gipang Kantor"))
    back = tmp_path / "balik.umkmsync"
    on_laptop.reload()
    on_laptop.make_package(back)
    _finish(qtbot, on_laptop)
    at_office.receive_package(back)
    _finish(qtbot, at_office)
    assert at_office.ui.tabs.currentWidget() is at_office.ui.conflictsTab
    assert at_office.ui.conflictList.count() == 1
    table = at_office.ui.fieldTable
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert rows["Nama usaha"] == ("Gipang Kantor", "Gipang Laptop")
    assert "Petugas Lapangan" in at_office.ui.whoLabel.text()
    qtbot.mouseClick(at_office.ui.theirsButton, Qt.MouseButton.LeftButton)
    assert at_office.ui.conflictList.count() == 0
    assert business_profile(office, business_id).name == "Gipang Laptop"
    assert shown == []


def test_edited_value_and_refusals_are_shown(qtbot, office, laptop, tmp_path, monkeypatch):  # noqa: ANN001
    from umkm_desk.gui.dialogs import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text, *a: shown.append(text))
    business_id = create_business(office, business_input())
    from umkm_desk.core.services.sync.apply import apply_package

    apply_package(laptop, make(office, "laptop1", setup=True))
    update_business(laptop, business_id, business_input(workers="9"))
    update_business(office, business_id, business_input(workers="4"))
    apply_package(office, make(laptop))
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    table = dialog.ui.fieldTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Tenaga kerja")
    table.item(row, 3).setText("6")
    dialog.resolve("edited")
    assert business_profile(office, business_id).workers == 6

    damaged = tmp_path / "rusak.umkmsync"
    damaged.write_bytes(b"bukan paket")
    dialog.receive_package(damaged)
    _finish(qtbot, dialog)
    assert shown and "bukan paket sinkronisasi" in shown[-1]


def _rows(dialog: SyncDialog) -> dict[str, tuple[str, ...]]:
    table = dialog.ui.fieldTable
    return {table.item(r, 0).text(): tuple(table.item(r, c).text() for c in range(1, table.columnCount()))
            for r in range(table.rowCount())}


def test_archived_versus_edited_is_explained_and_restored(qtbot, office, laptop, tmp_path):  # noqa: ANN001
    from umkm_desk.core.services.registry.businesses import archive_business
    from umkm_desk.core.services.sync.apply import apply_package

    business_id = create_business(office, business_input())
    apply_package(laptop, make(office, "laptop1", setup=True))
    archive_business(office, business_id)
    update_business(laptop, business_id, business_input(workers="9"))
    apply_package(office, make(laptop))
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.ui.conflictList.item(0).text().startswith("UMKM diarsipkan?")
    assert "diarsipkan di PC ini, tetapi diubah di" in dialog.ui.whoLabel.text()
    rows = _rows(dialog)
    assert rows["Status arsip"][0].startswith("diarsipkan ") and rows["Status arsip"][1] == "aktif"
    assert rows["Tenaga kerja"][:2] == ("9", "9")  # the laptop's edit, merged already
    assert dialog.ui.theirsButton.text().replace("&", "") == "Pulihkan (aktif lagi)"
    assert dialog.ui.editedButton.isHidden() and dialog.ui.mergeButton.isHidden()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.conflictsTab)
    dialog.show()
    assert dialog.ui.theirsButton.isVisible() and not dialog.ui.editedButton.isVisible()
    dialog.grab().save(str(tmp_path / "konflik-arsip.png"))
    qtbot.mouseClick(dialog.ui.theirsButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.conflictList.count() == 0
    profile = business_profile(office, business_id)
    assert profile.workers == 9 and profile.archived_at is None


def test_same_partner_on_both_pcs_is_renamed_in_the_dialog(qtbot, office, laptop, tmp_path, monkeypatch):  # noqa: ANN001
    from umkm_desk.core.services.partners.partners import PartnerInput, create_partner, get_partner
    from umkm_desk.core.services.sync.apply import apply_package
    from umkm_desk.gui.dialogs import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text, *a: shown.append(text))
    apply_package(laptop, make(office, "laptop1", setup=True))
    create_partner(office, PartnerInput(name="BAZNAS Kota Serang", kind="zakat"))
    on_laptop = create_partner(laptop, PartnerInput(name="BAZNAS Kota Serang", kind="zakat",
                                                    contact_name="Ustaz Hendra"))
    apply_package(office, make(laptop))
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.conflictsTab)
    dialog.show()
    assert dialog.ui.conflictList.item(0).text().startswith("Mitra kembar")
    assert "memakai Nama yang sama dengan Mitra di PC ini" in dialog.ui.whoLabel.text()
    assert dialog.ui.mergeButton.isVisible() and dialog.ui.bothButton.isVisible()
    assert not dialog.ui.mineButton.isVisible() and not dialog.ui.theirsButton.isVisible()
    table = dialog.ui.fieldTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).font().bold())
    assert table.item(row, 3).text() == "BAZNAS Kota Serang (dari laptop1)"
    dialog.grab().save(str(tmp_path / "konflik-kembar.png"))
    table.item(row, 3).setText("BAZNAS Kota Serang")  # still taken: refused, nothing changes
    qtbot.mouseClick(dialog.ui.bothButton, Qt.MouseButton.LeftButton)
    assert shown and "sudah dipakai" in shown[-1] and dialog.ui.conflictList.count() == 1
    table.item(row, 3).setText("BAZNAS Kota Serang (Kasemen)")
    qtbot.mouseClick(dialog.ui.bothButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.conflictList.count() == 0
    assert get_partner(office, on_laptop).name == "BAZNAS Kota Serang (Kasemen)"


def test_deleted_versus_edited_offers_keep_or_delete(qtbot, office, laptop):  # noqa: ANN001
    from dataclasses import replace

    from sqlalchemy import delete

    from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
    from umkm_desk.core.services.sync.apply import apply_package
    from umkm_desk.core.store.models import Setting

    save_letterhead_settings(office, replace(get_letterhead_settings(office), signatory_name="Drs. Kepala Dinas"))
    apply_package(laptop, make(office, "laptop1", setup=True))
    with laptop.db.transaction() as session:  # a hard delete on the laptop
        session.execute(delete(Setting).where(Setting.key == "kop.signatory_name"))
    save_letterhead_settings(office, replace(get_letterhead_settings(office), signatory_name="Drs. Kepala Baru"))
    apply_package(office, make(laptop))
    dialog = SyncDialog(office)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.conflictsTab)
    dialog.show()
    assert dialog.ui.conflictList.item(0).text().startswith("Pengaturan dihapus?")
    assert "dihapus di laptop1, tetapi diubah di PC ini" in dialog.ui.whoLabel.text()
    assert _rows(dialog)["Keberadaan data"][:2] == ("ada", "dihapus")
    assert [b.text().replace("&", "") for b in (dialog.ui.mineButton, dialog.ui.theirsButton)] == \
        ["Pertahankan", "Hapus"]
    qtbot.mouseClick(dialog.ui.mineButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.conflictList.count() == 0
    assert get_letterhead_settings(office).signatory_name == "Drs. Kepala Baru"
