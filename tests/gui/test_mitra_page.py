"""The Mitra page driven like an officer would: dialogs filled by typing, keyboard shortcuts, badges,
archive with confirmation and undo, target vs realisasi. Dialogs open with open(), so nothing blocks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.partners import partners as svc
from umkm_desk.core.store.models import Business, Case, Owner, Stage
from umkm_desk.gui.dialogs.agreement_dialog import AgreementDialog
from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog
from umkm_desk.gui.dialogs.placement_dialog import PlacementDialog
from umkm_desk.gui.dialogs.work_plan_dialog import WorkPlanDialog
from umkm_desk.gui.models.partner_models import BADGE_ROLE, PROGRESS_ROLE, PartnerTableModel
from umkm_desk.gui.pages.mitra_page import MitraPage

TODAY = date(2026, 11, 28)
CIPARE = "36.73.01.1002"


@pytest.fixture
def ctx(sqlite_db) -> ServiceContext:
    return ServiceContext(sqlite_db, Actor(None, "Petugas Uji", "uji-pc"))


@pytest.fixture
def page(qtbot, ctx) -> Iterator[MitraPage]:
    widget = MitraPage(ctx)
    widget.today_override = TODAY
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activate()
    yield widget
    for dialog in (widget.active_dialog, widget.active_confirm):
        if dialog is not None:
            dialog.reject()


def names(page: MitraPage) -> list[str]:
    return [page.partner_model.row_at(r).name for r in range(page.partner_model.rowCount())]


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)


def confirm(qtbot, page: MitraPage, button_text: str = "Arsipkan") -> None:
    box = page.active_confirm
    assert isinstance(box, QMessageBox)
    button = next(b for b in box.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.active_confirm is None)


def add_partner(qtbot, page: MitraPage, name: str, kind_label: str = "Perguruan Tinggi Negeri") -> PartnerDialog:
    page.new_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PartnerDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText(kind_label))
    qtbot.keyClicks(dialog.ui.contactNameEdit, "Dr. Rina Marlina")
    qtbot.keyClicks(dialog.ui.contactPhoneEdit, "0812 3456 7890")
    click_ok(qtbot, dialog)
    return dialog


def test_create_partner_agreement_and_work_plan_through_dialogs(qtbot, page, ctx):
    assert page.detail_stack.currentIndex() == 0  # nothing to show yet
    add_partner(qtbot, page, "Universitas Sultan Ageng Tirtayasa")
    assert page.active_dialog is None
    assert names(page) == ["Universitas Sultan Ageng Tirtayasa"]
    assert page.name_label.text() == "Universitas Sultan Ageng Tirtayasa"
    assert "0812-3456-7890" in page.subtitle_label.text()
    assert page.partner_model.index(0, 2).data() == "Belum ada"

    # agreement: typed number, dates, one stage
    page.agreement_tab.add_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.keyClicks(dialog.ui.numberEdit, "027/MoU/Disperindagkop/I/2025")
    qtbot.keyClicks(dialog.ui.titleEdit, "Pendampingan UMKM naik kelas")
    dialog.ui.signedOnEdit.setDate(date(2025, 1, 10))
    dialog.ui.validUntilEdit.setDate(date(2027, 12, 31))
    qtbot.mouseClick(dialog.ui.mentoringCheck, Qt.MouseButton.LeftButton)
    click_ok(qtbot, dialog)
    assert page.active_dialog is None
    model = page.agreement_tab.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "027/MoU/Disperindagkop/I/2025"
    assert model.index(0, 5).data() == "Pendampingan"
    assert model.index(0, 6).data(BADGE_ROLE)[0] == "Berlaku"

    # a second one that runs out within 60 days shows amber
    page.agreement_tab.add_button.click()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.numberEdit, "12/PKS/2024")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("pks"))
    dialog.ui.signedOnEdit.setDate(date(2024, 1, 2))
    dialog.ui.validUntilEdit.setDate(date(2027, 1, 15))
    qtbot.mouseClick(dialog.ui.capitalCheck, Qt.MouseButton.LeftButton)
    click_ok(qtbot, dialog)
    badges = {model.index(r, 1).data(): model.index(r, 6).data(BADGE_ROLE)[0] for r in range(model.rowCount())}
    assert badges == {"027/MoU/Disperindagkop/I/2025": "Berlaku", "12/PKS/2024": "Segera berakhir"}
    assert page.partner_model.index(0, 2).data() == "Berlaku"  # the best state of the partner

    # work plan: quota and budget typed
    page.plan_tab.add_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, WorkPlanDialog)
    assert dialog.ui.yearSpin.value() == 2026
    dialog.ui.stageCombo.setCurrentIndex(dialog.ui.stageCombo.findData("mentoring"))
    dialog.ui.quotaSpin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.ui.quotaSpin.lineEdit(), "40")
    qtbot.keyClicks(dialog.ui.budgetEdit, "150 jt")
    assert dialog.ui.budgetHint.text() == "Tercatat: Rp150.000.000"
    click_ok(qtbot, dialog)
    assert page.active_dialog is None
    plans = page.plan_tab.model
    assert [plans.index(0, c).data() for c in range(4)] == ["2026", "Pendampingan", "40 UMKM", "Rp150.000.000"]
    assert "1 tahap pada 2026, kuota 40 UMKM" in page.profile_labels["plans"].text()


def test_refused_dialog_stays_open_with_message_next_to_field(qtbot, page):
    add_partner(qtbot, page, "BAZNAS Kota Serang", "BAZNAS/LAZ")
    page.new_button.click()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "baznas kota serang")
    qtbot.keyClicks(dialog.ui.emailEdit, "humas@")
    click_ok(qtbot, dialog)
    assert page.active_dialog is dialog and dialog.isVisible()
    assert "sudah ada" in dialog.error_text("name")
    assert "email tidak sah" in dialog.error_text("email")
    assert dialog.ui.nameEdit.text() == "baznas kota serang"  # what was typed is kept
    assert dialog.ui.nameEdit.property("invalid") is True
    qtbot.keyClicks(dialog.ui.nameEdit, " 2")
    assert dialog.error_text("name") == ""  # typing clears the message
    dialog.reject()
    qtbot.waitUntil(lambda: page.active_dialog is None)
    assert names(page) == ["BAZNAS Kota Serang"]

    # the work plan dialog refuses quota 0 and unreadable budget, next to each field
    page.plan_tab.add_button.click()
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.ui.budgetEdit, "lima juta")
    click_ok(qtbot, dialog)
    assert dialog.error_text("quota") == "Kuota minimal 1 UMKM."
    assert "tidak dikenali" in dialog.error_text("budget")
    dialog.reject()


def test_placement_dialog_kelurahan_and_period(qtbot, page):
    add_partner(qtbot, page, "UIN Sultan Maulana Hasanuddin Banten")
    page.placement_tab.add_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, PlacementDialog)
    qtbot.keyClicks(dialog.ui.groupNameEdit, "KKN Kelompok 12")
    dialog.ui.periodStartEdit.setDate(date(2026, 11, 1))
    dialog.ui.periodEndEdit.setDate(date(2026, 10, 1))
    click_ok(qtbot, dialog)
    assert "harus sesudah tanggal mulai" in dialog.error_text("period_end")
    assert "DPL" in dialog.error_text("supervisor")
    assert "minimal satu kelurahan" in dialog.error_text("kelurahan")
    dialog.ui.periodEndEdit.setDate(date(2027, 1, 31))
    qtbot.keyClicks(dialog.ui.supervisorEdit, "Dr. Umar Hasanudin")
    qtbot.keyClicks(dialog.ui.kelurahanFilterEdit, "cipare")
    visible = [dialog.ui.kelurahanList.item(r) for r in range(dialog.ui.kelurahanList.count())
               if not dialog.ui.kelurahanList.item(r).isHidden()]
    assert [item.text() for item in visible] == ["Cipare — Kec. Serang"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.ui.kelurahanCountLabel.text() == "1 kelurahan dipilih: Cipare"
    click_ok(qtbot, dialog)
    assert page.active_dialog is None
    model = page.placement_tab.model
    assert model.index(0, 2).data() == "Cipare"
    assert model.index(0, 5).data(BADGE_ROLE)[0] == "Bertugas"
    assert page.profile_labels["placements"].text() == "KKN Kelompok 12 (Cipare)"


def test_keyboard_new_enter_delete_and_undo(qtbot, page, ctx):
    svc.create_partner(ctx, svc.PartnerInput(name="Universitas Serang Raya", kind="pts"))
    page.reload()
    page.activateWindow()
    page.partner_table.setFocus()
    qtbot.waitUntil(page.partner_table.hasFocus)

    qtbot.keyClick(page.partner_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, PartnerDialog))
    assert page.active_dialog.partner_id is None  # Ctrl+N: a new partner
    page.active_dialog.reject()
    qtbot.waitUntil(lambda: page.active_dialog is None)

    page.partner_table.setFocus()
    qtbot.keyClick(page.partner_table, Qt.Key.Key_Return)  # Enter opens the selected partner
    dialog = page.active_dialog
    assert isinstance(dialog, PartnerDialog) and dialog.ui.nameEdit.text() == "Universitas Serang Raya"
    dialog.reject()
    qtbot.waitUntil(lambda: page.active_dialog is None)

    page.partner_table.setFocus()
    qtbot.keyClick(page.partner_table, Qt.Key.Key_Delete)  # Delete asks first
    qtbot.waitUntil(lambda: page.active_confirm is not None)
    confirm(qtbot, page, "Batal")
    assert names(page) == ["Universitas Serang Raya"]

    page.partner_table.setFocus()
    qtbot.keyClick(page.partner_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.active_confirm is not None)
    confirm(qtbot, page)
    assert names(page) == []
    assert page.notice.isVisible() and "diarsipkan" in page.notice_label.text()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # Urungkan
    assert names(page) == ["Universitas Serang Raya"]
    assert not page.notice.isVisible()


def test_archived_toggle_and_restore(qtbot, page, ctx):
    pid = svc.create_partner(ctx, svc.PartnerInput(name="LAZ Harfa", kind="zakat"))
    aid = svc.create_agreement(ctx, pid, svc.AgreementInput(
        kind="mou", number="5/MoU/2025", signed_on=date(2025, 1, 1), valid_until=date(2026, 1, 1),
        stages=["capital"]))
    page.reload()
    assert page.agreement_tab.model.index(0, 6).data(BADGE_ROLE)[0] == "Kedaluwarsa"
    page.agreement_tab.table.selectRow(0)
    page.agreement_tab.archive_button.click()
    confirm(qtbot, page)
    assert page.agreement_tab.model.rowCount() == 0
    svc.archive_partner(ctx, pid)
    page.reload()
    assert names(page) == []
    page.archived_check.setChecked(True)
    assert names(page) == ["LAZ Harfa"]
    assert page.partner_model.index(0, 0).data() == "LAZ Harfa (arsip)"
    assert page.restore_button.isVisible() and not page.archive_button.isVisible()
    assert page.agreement_tab.model.row_at(0).id == aid and page.agreement_tab.model.row_at(0).archived
    page.restore_button.click()
    assert not page.partner_model.row_at(0).archived
    page.agreement_tab.table.selectRow(0)
    page.agreement_tab.restore_button.click()
    assert not page.agreement_tab.model.row_at(0).archived


def test_filters(qtbot, page, ctx):
    svc.create_partner(ctx, svc.PartnerInput(name="BAZNAS Kota Serang", kind="zakat"))
    svc.create_partner(ctx, svc.PartnerInput(name="Universitas Sultan Ageng Tirtayasa", kind="ptn"))
    page.reload()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("zakat"))
    assert names(page) == ["BAZNAS Kota Serang"]
    page.kind_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "tirta")
    qtbot.waitUntil(lambda: names(page) == ["Universitas Sultan Ageng Tirtayasa"])


def _stage(ctx: ServiceContext, pid: uuid.UUID, kind: str) -> None:
    with ctx.db.transaction() as session:
        owner = Owner(name="Siti Aminah")
        session.add(owner)
        session.flush()
        shop = Business(owner_id=owner.id, name=f"Keripik {uuid.uuid4().hex[:6]}", sector="kuliner",
                        kelurahan_code=CIPARE, kecamatan_code=CIPARE[:8], scale="mikro")
        session.add(shop)
        session.flush()
        case = Case(business_id=shop.id, status="aktif", opened_on=date(2026, 2, 1))
        session.add(case)
        session.flush()
        session.add(Stage(case_id=case.id, kind=kind, seq=1, status="berjalan", partner_id=pid,
                          started_on=date(2026, 3, 1)))


def test_target_vs_realisasi_table(qtbot, page, ctx):
    pid = svc.create_partner(ctx, svc.PartnerInput(name="Universitas Sultan Ageng Tirtayasa", kind="ptn"))
    svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2026, stage="mentoring", quota=4, budget="100 jt"))
    svc.create_work_plan(ctx, pid, svc.WorkPlanInput(year=2025, stage="mentoring", quota=9))
    for _ in range(3):
        _stage(ctx, pid, "mentoring")
    _stage(ctx, pid, "marketing")
    page.reload()
    page.tabs.setCurrentIndex(4)
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == ["2026", "2025"]
    model = page.realisation_model
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert table == [
        ["Pendampingan", "4 UMKM", "3 UMKM", "75%", "Rp100.000.000", "–"],
        ["Pemasaran", "tanpa rencana", "1 UMKM", "–", "–", "–"],
    ]
    assert model.index(0, 3).data(PROGRESS_ROLE) == 75.0
    assert page.summary_cards["target"].text() == "4"
    assert page.summary_cards["realised"].text() == "4"
    assert page.summary_cards["share"].text() == "75%"  # planned stages only
    page.year_combo.setCurrentIndex(1)
    assert [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())] == [
        ["Pendampingan", "9 UMKM", "0 UMKM"]]
    page.grab()  # the delegates paint without errors


def test_partner_model_contract(qtmodeltester, ctx):
    svc.create_partner(ctx, svc.PartnerInput(name="BAZNAS Kota Serang", kind="zakat"))
    model = PartnerTableModel()
    model.set_rows(svc.list_partners(ctx))
    qtmodeltester.check(model)
