"""What an officer ran into, in the GUI (issue 11, items 11, 15, 16): an outcome on the registration day with
the dialog's default date, the business id in the detail (selectable, copyable), and "Terbitkan surat…" in the
case window and the business detail, which issue through the Dokumen page's dialog and preview the result."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from umkm_desk.core.services import documents, outcomes
from umkm_desk.core.services.businesses import BusinessInput, create_business
from umkm_desk.core.services.cases import open_case
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.settings import get_letterhead_settings, save_letterhead_settings
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
