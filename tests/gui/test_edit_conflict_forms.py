"""A colleague saved the same record while the form was open: the save is refused with who changed what, the
form stays open with what the officer typed, and "Muat ulang untuk ditinjau" loads the colleague's version
keeping the officer's own edits (a field both changed says what the colleague saved); saving again goes through."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from test_business_form import type_into

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.registry.businesses import BusinessInput
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.business_form import BusinessFormDialog


@pytest.fixture
def colleague(gui_ctx) -> ServiceContext:
    return ServiceContext(gui_ctx.db, Actor(None, "Rina Marlina", "pc-loket-2"))


@pytest.fixture
def business_id(gui_ctx):
    return businesses.create_business(gui_ctx, BusinessInput(
        owner_name="Siti Aisyah", nik="3673014508790001", phone="081234567890", name="Gipang Mak Icah",
        sector="kuliner", kecamatan_code="36.73.01", kelurahan_code="36.73.01.1001", modal_usaha="25jt",
        annual_sales="180jt", workers="3"))


def _colleague_saves(colleague, business_id, **changes) -> None:
    profile = businesses.business_profile(colleague, business_id)
    businesses.update_business(colleague, business_id,
                               dataclasses.replace(businesses.business_input(profile), **changes),
                               expected_version=profile.versions)


def test_refused_save_keeps_the_form_then_reload_merges_and_saves(qtbot, monkeypatch, gui_ctx, colleague,
                                                                  business_id) -> None:
    shown: list[QMessageBox] = []

    def choose_reload(box: QMessageBox) -> None:
        shown.append(box)
        next(b for b in box.buttons() if b.text() == "Muat ulang untuk ditinjau").click()

    monkeypatch.setattr(messages, "run_box", choose_reload)
    dialog = BusinessFormDialog(gui_ctx, business_id=business_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _colleague_saves(colleague, business_id, name="Gipang Rina", address="Jl. Baru 1", workers="7")

    type_into(qtbot, dialog.ui.workers, "9")  # both changed: mine is kept, theirs is shown under it
    type_into(qtbot, dialog.ui.owner_address, "Jl. Saya 2")  # only I changed it
    assert dialog.save() is False
    assert len(shown) == 1
    assert "Rina Marlina" in shown[0].text() and "Gipang Rina" in shown[0].text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    # reloaded: the colleague's name and address, my workers and owner address
    assert dialog.ui.name.text() == "Gipang Rina" and dialog.ui.address.text() == "Jl. Baru 1"
    assert dialog.ui.workers.text() == "9" and dialog.ui.owner_address.text() == "Jl. Saya 2"
    assert "7" in dialog.field_error("workers") and "Disimpan rekan" in dialog.field_error("workers")
    assert dialog.field_error("name") == ""
    stored = businesses.business_profile(gui_ctx, business_id)
    assert (stored.name, stored.workers, stored.owner_address) == ("Gipang Rina", 7, None)

    assert dialog.save() is True  # reviewed: now over the colleague's version
    stored = businesses.business_profile(gui_ctx, business_id)
    assert (stored.name, stored.address, stored.workers, stored.owner_address) == (
        "Gipang Rina", "Jl. Baru 1", 9, "Jl. Saya 2")


def test_back_to_the_form_keeps_everything_typed(qtbot, monkeypatch, gui_ctx, colleague, business_id) -> None:
    def stay(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Kembali ke formulir").click()

    monkeypatch.setattr(messages, "run_box", stay)
    dialog = BusinessFormDialog(gui_ctx, business_id=business_id)
    qtbot.addWidget(dialog)
    _colleague_saves(colleague, business_id, name="Gipang Rina")
    type_into(qtbot, dialog.ui.name, "Gipang Saya")
    assert dialog.save() is False
    assert dialog.ui.name.text() == "Gipang Saya"
    assert businesses.business_profile(gui_ctx, business_id).name == "Gipang Rina"


def _click(label: str):
    def run(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == label).click()
    return run


def test_stage_moved_by_a_colleague_reloads_the_case_window(qtbot, monkeypatch, gui_ctx, colleague) -> None:
    from case_helpers import make_business, make_partner

    from umkm_desk.core.services.cases import cases
    from umkm_desk.gui.dialogs.case_view import CaseView

    business = make_business(gui_ctx)
    make_partner(gui_ctx)
    case_id = cases.open_case(gui_ctx, business, date.today())
    monkeypatch.setattr(messages, "run_box", _click("Muat ulang untuk ditinjau"))
    view = CaseView(gui_ctx, case_id)
    qtbot.addWidget(view)
    stage = cases.get_case(colleague, case_id).stage("capital")
    cases.skip_stage(colleague, stage.id, "Modal sendiri cukup", expected_version=stage.version)

    assert view.start_stage("capital") is False
    assert view.case.stage("capital").status == "dilewati"  # the window shows the colleague's move
    assert cases.get_case(gui_ctx, case_id).stage("capital").status_reason == "Modal sendiri cukup"
    assert view.start_stage("mentoring") is True  # the next action works on the fresh version


def test_payment_recorded_by_a_colleague_keeps_the_typed_amount(qtbot, monkeypatch, gui_ctx, colleague) -> None:
    from case_helpers import make_business, make_partner

    from umkm_desk.core.services.cases import capital, cases
    from umkm_desk.core.services.cases.capital import SupportInput
    from umkm_desk.gui.dialogs.capital_dialog import PaymentDialog

    business = make_business(gui_ctx)
    make_partner(gui_ctx)
    today = date.today()
    start = today - timedelta(days=60)
    case_id = cases.open_case(gui_ctx, business, start)
    support = capital.add_support(gui_ctx, case_id, SupportInput("qardhul_hasan", 1_200_000, start))
    capital.set_support_status(gui_ctx, support, "disetujui", on=start)
    capital.set_support_status(gui_ctx, support, "dicairkan", on=start)
    capital.create_schedule(gui_ctx, support, 12, start + timedelta(days=30))
    monkeypatch.setattr(messages, "run_box", _click("Muat ulang untuk ditinjau"))
    dialog = PaymentDialog(gui_ctx, capital.get_support(gui_ctx, support))
    qtbot.addWidget(dialog)
    theirs = capital.get_support(colleague, support)
    capital.record_payment(colleague, support, 100_000, today, expected_version=theirs.repayment_versions)

    dialog.amountEdit.setText("Rp250.000")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Rina Marlina" in dialog.error_text("amount")
    assert dialog.amountEdit.text() == "Rp250.000" and "Rp1.100.000" in dialog.preview.text()
    assert capital.get_support(gui_ctx, support).paid_total == 100_000
    dialog.submit()  # reviewed: saved over the colleague's payment
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert capital.get_support(gui_ctx, support).paid_total == 350_000


def _case(gui_ctx, start: date):
    from case_helpers import make_business, make_partner

    from umkm_desk.core.services.cases import cases

    business = make_business(gui_ctx)
    make_partner(gui_ctx)
    return business, cases.open_case(gui_ctx, business, start)


def test_outcome_recorded_by_a_colleague_keeps_the_typed_figures(qtbot, monkeypatch, gui_ctx, colleague) -> None:
    from umkm_desk.core.services.cases import outcomes
    from umkm_desk.core.services.cases.outcomes import OutcomeInput, history_versions
    from umkm_desk.gui.dialogs.outcome_dialog import OutcomeDialog

    today = date.today()
    business, case_id = _case(gui_ctx, today - timedelta(days=90))
    monkeypatch.setattr(messages, "run_box", _click("Muat ulang untuk ditinjau"))
    dialog = OutcomeDialog(gui_ctx, business, case_id=case_id)
    qtbot.addWidget(dialog)
    theirs = history_versions(outcomes.list_outcomes(colleague, business))
    outcomes.record_outcome(colleague, business, OutcomeInput(today, 3_000_000_000, 600_000_000, 12),
                            expected_history=theirs)

    dialog.ui.salesEdit.setText("Rp700.000.000")
    dialog.ui.modalEdit.setText("Rp90.000.000")
    dialog.submit()
    assert QDialog.result(dialog) != QDialog.DialogCode.Accepted
    assert "Rina Marlina" in dialog.error_text("measured_on")
    assert "Rp3.000.000.000" in dialog.error_text("annual_sales")  # what the colleague measured, for review
    assert dialog.ui.salesEdit.text() == "Rp700.000.000" and dialog.ui.modalEdit.text() == "Rp90.000.000"
    assert len(outcomes.list_outcomes(gui_ctx, business)) == 2  # the baseline and the colleague's
    dialog.submit()  # reviewed: recorded over the history as it is now
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted
    assert [o.annual_sales for o in outcomes.list_outcomes(gui_ctx, business)][-2:] == [3_000_000_000, 700_000_000]


def test_schedule_made_by_a_colleague_is_shown_not_replaced(qtbot, monkeypatch, gui_ctx, colleague) -> None:
    from umkm_desk.core.services.cases import capital
    from umkm_desk.core.services.cases.capital import SupportInput
    from umkm_desk.gui.dialogs.capital_dialog import ScheduleDialog

    start = date.today() - timedelta(days=60)
    _business, case_id = _case(gui_ctx, start)
    support = capital.add_support(gui_ctx, case_id, SupportInput("qardhul_hasan", 1_200_000, start))
    capital.set_support_status(gui_ctx, support, "disetujui", on=start)
    monkeypatch.setattr(messages, "run_box", _click("Muat ulang untuk ditinjau"))
    dialog = ScheduleDialog(gui_ctx, capital.get_support(gui_ctx, support))
    qtbot.addWidget(dialog)
    theirs = capital.get_support(colleague, support)
    capital.create_schedule(colleague, support, 6, start + timedelta(days=30), expected_version=theirs.schedule_versions)

    dialog.countSpin.setValue(12)
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Rina Marlina" in dialog.error.text() and "6 angsuran" in dialog.error.text()
    assert dialog.countSpin.value() == 12 and len(capital.get_support(gui_ctx, support).repayments) == 6
    dialog.submit()  # reviewed: the officer's 12 instalments replace the colleague's schedule knowingly
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(capital.get_support(gui_ctx, support).repayments) == 12


def test_archiving_a_business_a_colleague_just_edited_is_refused(qtbot, monkeypatch, window, gui_ctx, colleague,
                                                                 business_id) -> None:
    shown: list[str] = []

    def reload(box: QMessageBox) -> None:
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "Muat ulang untuk ditinjau").click()

    window.show()
    page = window.show_page("umkm")
    qtbot.waitUntil(page.is_loaded)
    page.table.selectRow(0)
    assert page.model.row_data(0).name == "Gipang Mak Icah"  # what the officer sees
    _colleague_saves(colleague, business_id, name="Gipang Rina")  # after the list was drawn
    monkeypatch.setattr(messages, "run_box", reload)
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    page.archive_selected()
    assert len(shown) == 1 and "Rina Marlina" in shown[0] and "\u201cGipang Rina\u201d" in shown[0]
    assert businesses.business_profile(gui_ctx, business_id).archived_at is None
    qtbot.waitUntil(lambda: page.model.row_data(0) is not None and page.model.row_data(0).name == "Gipang Rina")
    page.table.selectRow(0)
    page.archive_selected()  # now over what the officer sees
    assert businesses.business_profile(gui_ctx, business_id).archived_at is not None
