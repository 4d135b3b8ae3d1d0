"""What an officer ran into, in the GUI (issue 11, items 11, 15, 16): an outcome on the registration day with
the dialog's default date, the business id in the detail (selectable, copyable), and "Terbitkan surat…" in the
case window and the business detail, which issue through the Dokumen page's dialog and preview the result."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from umkm_desk.core.services.cases import outcomes
from umkm_desk.core.services.cases.cases import open_case
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry.businesses import BusinessInput, create_business
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog
from umkm_desk.gui.dialogs.case_view import CaseView
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog
from umkm_desk.gui.dialogs.outcome_dialog import OutcomeDialog
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "show_error", lambda *a, **k: pytest.fail(f"error box: {a}"))


def register(ctx: ServiceContext, name: str = "Gipang Mak Icah", serial: int = 1) -> object:
    return create_business(ctx, BusinessInput(
        owner_name="Siti Aisyah", nik_missing=True, name=name, sector="kuliner", kecamatan_code="36.73.01",
        kelurahan_code="36.73.01.1001", modal_usaha="25jt", annual_sales="180jt", workers="3",
        phone=f"08120000000{serial}",
    ))


@pytest.fixture
def signed(gui_ctx: ServiceContext) -> ServiceContext:
    save_letterhead_settings(gui_ctx, dataclasses.replace(get_letterhead_settings(gui_ctx),
                                                          signatory_name="Dr. H. Ahmad Fauzi",
                                                          signatory_nip="197001012000031001"))
    return gui_ctx


# --- item 11 ----------------------------------------------------------------------------------------------


def test_an_outcome_is_recorded_on_the_registration_day_with_the_default_date(qtbot, gui_ctx):
    business_id = register(gui_ctx)
    case_id = open_case(gui_ctx, business_id)  # today: the baseline is dated today
    view = CaseView(gui_ctx, case_id)
    qtbot.addWidget(view)
    dialog = view.add_outcome()
    assert isinstance(dialog, OutcomeDialog)
    assert dialog.ui.measuredOnEdit.date().toPython() == date.today()  # the default, untouched
    dialog.ui.salesEdit.clear()
    qtbot.keyClicks(dialog.ui.salesEdit, "250jt")
    assert "naik kelas" not in dialog.ui.scaleLabel.text()  # the same day is never naik kelas
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result is not None, dialog.ui.measuredOnError.text()
    assert [o.annual_sales for o in outcomes.list_outcomes(gui_ctx, business_id)] == [180_000_000, 250_000_000]
    # nothing before the baseline can be picked
    later = view.add_outcome()
    assert later.ui.measuredOnEdit.minimumDate().toPython() == date.today()


# --- item 15 ----------------------------------------------------------------------------------------------


def test_the_business_detail_shows_its_id_to_select_and_copy(qtbot, gui_ctx):
    business_id = register(gui_ctx)
    detail = BusinessDetailDialog(gui_ctx, business_id)
    qtbot.addWidget(detail)
    assert detail.id_label.text() == str(business_id)
    assert detail.id_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert business_id.hex[:8] in detail.id_label.toolTip()
    QApplication.clipboard().clear()
    qtbot.mouseClick(detail.copy_id_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(business_id)


# --- item 16 ----------------------------------------------------------------------------------------------


def _issue_through(qtbot, dialog: IssueDialog, business_id: object) -> None:
    assert isinstance(dialog, IssueDialog) and dialog.isVisible()
    assert dialog.picker.current_id() == business_id and dialog.kind() == "letter"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.is_running())
    assert dialog.issued is not None, dialog.error_label.text()


def test_a_letter_is_issued_from_the_case_window(qtbot, signed):
    other = register(signed, "Abon Ikan Bandeng", 2)  # listed first: the dialog must pick the right one
    open_case(signed, other, date.today() - timedelta(days=3))
    business_id = register(signed)
    case_id = open_case(signed, business_id, date.today() - timedelta(days=3))
    view = CaseView(signed, case_id)
    qtbot.addWidget(view)
    view.show()
    assert view.issueButton.text() == "Terbitkan surat…" and view.issueButton.isVisible()
    qtbot.mouseClick(view.issueButton, Qt.MouseButton.LeftButton)
    _issue_through(qtbot, view.active_dialog, business_id)
    preview = view.active_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    [entry] = documents.list_register(signed)
    assert entry.business_id == business_id and entry.kind == "letter"
    assert preview.number == entry.number and preview.pdf.startswith(b"%PDF")
    preview.close()


def test_a_letter_is_issued_from_the_business_detail(qtbot, signed):
    business_id = register(signed)
    detail = BusinessDetailDialog(signed, business_id)
    qtbot.addWidget(detail)
    detail.show()
    assert not detail.issue_button.isEnabled()  # never assisted: no letter applies yet
    open_case(signed, business_id, date.today() - timedelta(days=3))
    detail.reload()
    assert detail.issue_button.isEnabled()
    qtbot.mouseClick(detail.issue_button, Qt.MouseButton.LeftButton)
    _issue_through(qtbot, detail.active_dialog, business_id)
    assert isinstance(detail.active_dialog, PdfPreviewDialog)
    assert [e.business_id for e in documents.list_register(signed)] == [business_id]
    detail.active_dialog.close()


# --- item 17: smaller findings ----------------------------------------------------------------------------


def test_a_blank_business_form_has_no_scale_yet(qtbot, gui_ctx):
    from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

    form = BusinessFormDialog(gui_ctx)
    qtbot.addWidget(form)
    assert form.ui.scale_value.text() == "—" and "setelah modal" in form.ui.scale_value.toolTip()
    qtbot.keyClicks(form.ui.annual_sales, "90jt")
    assert form.ui.scale_value.text() == "Mikro"
    form.ui.annual_sales.clear()
    assert form.ui.scale_value.text() == "—"


def test_the_edit_history_says_whose_kelurahan_changed(qtbot, gui_ctx, monkeypatch):
    from umkm_desk.core.services.registry.businesses import business_input, business_profile, update_business

    business_id = register(gui_ctx)
    profile = business_profile(gui_ctx, business_id)
    edited = dataclasses.replace(business_input(profile), kelurahan_code="36.73.01.1002", address="Jl. Baru 1",
                                 owner_address="Jl. Baru 1")
    assert update_business(gui_ctx, business_id, edited)
    detail = BusinessDetailDialog(gui_ctx, business_id)
    qtbot.addWidget(detail)
    table = detail.history_table
    labels = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "Kelurahan usaha" in labels and "Alamat usaha" in labels and "Alamat pemilik" in labels
    assert labels.count("Kelurahan") == 0 and len(labels) == len(set(labels)), labels


def test_an_agreement_ending_soon_is_shown_and_not_preselected(qtbot, gui_ctx):
    from case_helpers import make_partner

    from umkm_desk.gui.dialogs.case_view import AssignPartnerDialog

    soon = date.today() + timedelta(days=20)
    ending = make_partner(gui_ctx, "Akademi Segera Berakhir", valid_until=soon, signed_on=date.today() - timedelta(days=400))
    lasting = make_partner(gui_ctx, "Universitas Bertahan", valid_until=date.today() + timedelta(days=800),
                           signed_on=date.today() - timedelta(days=400))
    business_id = register(gui_ctx)
    view = CaseView(gui_ctx, open_case(gui_ctx, business_id))
    qtbot.addWidget(view)
    dialog = view.assign_partner("mentoring")
    assert isinstance(dialog, AssignPartnerDialog)
    texts = {dialog.list.item(r).data(Qt.ItemDataRole.UserRole): dialog.list.item(r).text()
             for r in range(dialog.list.count())}
    from umkm_desk.core.rules.dates import format_tanggal

    assert f"berakhir dalam 20 hari ({format_tanggal(soon)})" in texts[ending]
    assert "berakhir dalam" not in texts[lasting]
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == lasting
    dialog.reject()


def test_a_new_database_shows_how_to_begin_on_mitra_and_pendampingan(qtbot, gui_ctx):
    from umkm_desk.gui.pages.mitra_page import MitraPage
    from umkm_desk.gui.pages.pendampingan_page import PendampinganPage

    mitra = MitraPage(gui_ctx)
    qtbot.addWidget(mitra)
    mitra.resize(1280, 760)
    mitra.show()
    mitra.activate()
    assert mitra.detail_empty.isVisible() and "Belum ada mitra" in mitra.detail_empty.text()
    assert "+ Mitra baru" in mitra.detail_empty.text()

    board = PendampinganPage(gui_ctx)
    qtbot.addWidget(board)
    board.resize(1300, 700)
    board.show()
    board.activate()
    qtbot.waitUntil(lambda: board.is_loaded() and not board.is_busy())
    assert board.emptyLabel.isVisible() and not board.table.isVisible()
    assert "Belum ada pendampingan" in board.emptyLabel.text() and "Buka pendampingan…" in board.emptyLabel.text()
    open_case(gui_ctx, register(gui_ctx))
    board.reload()
    qtbot.waitUntil(lambda: board.is_loaded() and not board.is_busy() and board.table.isVisible())
    assert not board.emptyLabel.isVisible()


def test_the_nip_error_is_shown_whole(qtbot, gui_ctx):
    from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog

    dialog = OfficerDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.officerCombo.setCurrentIndex(dialog.ui.officerCombo.count() - 1)  # Tambah petugas baru…
    dialog.ui.nameEdit.setText("Siti")
    dialog.ui.nipEdit.setText("123")
    dialog._accept()
    label = dialog.ui.nipError
    assert label.isVisible() and "18 digit" in label.text()
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line has room
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()  # one line at this width
    assert dialog.ui.nipEdit.height() >= dialog.ui.nipEdit.sizeHint().height()
