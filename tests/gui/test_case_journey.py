"""The whole journey driven through the UI: open a case from the Pendampingan page, assign partners, start and
finish the three stages with activities (Ctrl+K), capital support with a qardhul hasan schedule and a payment,
an outcome that shows naik kelas, and closing the case as naik kelas. Message boxes and input dialogs are
monkeypatched; form dialogs are shown with open() and driven directly, so nothing blocks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from case_helpers import make_business, make_partner, snapshot
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QInputDialog

from umkm_desk.core.services.cases import activities, capital, cases, outcomes
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.activity_dialog import ActivityDialog
from umkm_desk.gui.dialogs.capital_dialog import CapitalDialog, PaymentDialog, ScheduleDialog
from umkm_desk.gui.dialogs.case_view import AssignPartnerDialog, CaseView
from umkm_desk.gui.dialogs.outcome_dialog import OutcomeDialog
from umkm_desk.gui.models.case_models import OVERDUE_FG, CaseTableModel
from umkm_desk.gui.pages.pendampingan_page import PendampinganPage

TODAY = date.today()
FAR = TODAY + timedelta(days=3 * 365)
START = TODAY - timedelta(days=120)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text, detail=None: shown.append(text))
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    return shown


@pytest.fixture
def page(qtbot, gui_ctx: ServiceContext) -> PendampinganPage:
    page = PendampinganPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.activate()
    qtbot.waitUntil(lambda: page.is_loaded() and not page.is_busy())
    return page


def _assign(qtbot, view: CaseView, kind: str, partner, mentor: str = "") -> None:
    dialog = view.assign_partner(kind)
    assert isinstance(dialog, AssignPartnerDialog)
    dialog.select_partner(partner)
    if mentor:
        dialog.mentorEdit.clear()
        qtbot.keyClicks(dialog.mentorEdit, mentor)
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == AssignPartnerDialog.DialogCode.Accepted, dialog.error.text()


def _activity(qtbot, view: CaseView, kind: str, notes: str, *, market: str | None = None,
              follow_up: bool = False) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = view.active_dialog
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))
    if market:
        dialog.ui.marketCombo.setCurrentIndex(dialog.ui.marketCombo.findData(market))
    dialog.ui.hoursSpin.setValue(2.5)
    qtbot.keyClicks(dialog.ui.notesEdit, notes)
    if follow_up:
        dialog.ui.followUpCheck.setChecked(True)
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == ActivityDialog.DialogCode.Accepted, dialog.ui.kindError.text()


def test_journey_through_the_ui(qtbot, gui_ctx: ServiceContext, page: PendampinganPage, errors: list[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    business = make_business(gui_ctx, "Keripik Talas Bu Eni", modal_usaha=90_000_000, annual_sales=700_000_000)
    baznas = make_partner(gui_ctx, "BAZNAS Kota Serang", stages=("capital",), valid_until=FAR)
    untirta = make_partner(gui_ctx, "Universitas Sultan Ageng Tirtayasa", kind="ptn",
                           stages=("mentoring", "marketing"), valid_until=FAR)

    # Open the case from the Pendampingan page.
    dialog = page.new_case()
    qtbot.keyClicks(dialog.ui.searchEdit, "talas")
    dialog.search()
    assert dialog.ui.businessList.count() == 1 and dialog.business_id == business
    dialog.ui.openedOnEdit.setDate(QDate(START.year, START.month, START.day))
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(page.case_views) == 1
    view = next(iter(page.case_views.values()))
    qtbot.addWidget(view)
    assert view.titleLabel.text() == "Keripik Talas Bu Eni" and view.statusChip.text() == "Aktif"
    assert view.cards["capital"].startButton.isVisibleTo(view)
    assert not view.cards["mentoring"].startButton.isVisibleTo(view)

    # Capital stage: BAZNAS, start, refused finish, disbursement activity, qardhul hasan, finish.
    _assign(qtbot, view, "capital", baznas)
    assert "BAZNAS Kota Serang" in view.cards["capital"].details.text()
    qtbot.mouseClick(view.cards["capital"].startButton, Qt.MouseButton.LeftButton)
    assert view.case is not None and view.case.stage("capital").status == "berjalan"
    before = snapshot(gui_ctx)
    qtbot.mouseClick(view.cards["capital"].finishButton, Qt.MouseButton.LeftButton)
    assert errors == ["Tahap Permodalan belum dapat diselesaikan: belum ada kegiatan yang dicatat pada tahap ini."]
    assert snapshot(gui_ctx) == before

    support_dialog = view.add_support()
    assert isinstance(support_dialog, CapitalDialog)
    support_dialog.ui.kindCombo.setCurrentIndex(support_dialog.ui.kindCombo.findData("qardhul_hasan"))
    assert support_dialog.ui.partnerCombo.currentText() == "BAZNAS Kota Serang"
    qtbot.keyClicks(support_dialog.ui.amountEdit, "12 jt")
    assert "dua belas juta" in support_dialog.ui.amountHint.text()
    qtbot.mouseClick(support_dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert support_dialog.result() == CapitalDialog.DialogCode.Accepted
    view.supportTable.selectRow(0)
    qtbot.mouseClick(view.approveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.disburseButton, Qt.MouseButton.LeftButton)
    schedule = view.make_schedule()
    assert isinstance(schedule, ScheduleDialog)
    schedule.countSpin.setValue(12)
    assert "12 x Rp1.000.000" in schedule.preview.text()
    qtbot.mouseClick(schedule.okButton, Qt.MouseButton.LeftButton)
    assert schedule.result() == ScheduleDialog.DialogCode.Accepted, schedule.error.text()
    assert view.repaymentModel.rowCount() == 12
    _activity(qtbot, view, "pencairan", "Dana qardhul hasan diterima")
    payment = view.record_payment()
    assert isinstance(payment, PaymentDialog) and payment.amountEdit.text() == "Rp1.000.000"
    qtbot.mouseClick(payment.okButton, Qt.MouseButton.LeftButton)
    assert payment.remaining == 11_000_000
    qtbot.mouseClick(view.cards["capital"].finishButton, Qt.MouseButton.LeftButton)
    assert view.case.stage("capital").status == "selesai"

    # Mentoring stage with a mentor and a follow-up.
    _assign(qtbot, view, "mentoring", untirta, mentor="Dr. Rina Marlina")
    qtbot.mouseClick(view.cards["mentoring"].startButton, Qt.MouseButton.LeftButton)
    _activity(qtbot, view, "mentoring", "Pembukuan sederhana", follow_up=True)
    assert activities.list_activities(gui_ctx, view.case_id)[0].mentor == "Dr. Rina Marlina"
    qtbot.mouseClick(view.cards["mentoring"].finishButton, Qt.MouseButton.LeftButton)

    # Marketing stage: e-commerce onboarding.
    _assign(qtbot, view, "marketing", untirta)
    qtbot.mouseClick(view.cards["marketing"].startButton, Qt.MouseButton.LeftButton)
    _activity(qtbot, view, "pasar", "Buka toko di marketplace", market="ecommerce")
    qtbot.mouseClick(view.cards["marketing"].finishButton, Qt.MouseButton.LeftButton)
    assert [s.status for s in view.case.stages] == ["selesai"] * 3
    assert errors == [errors[0]]

    # Outcome: Rp3,5 M sales -> kecil, naik kelas from mikro.
    outcome = view.add_outcome()
    assert isinstance(outcome, OutcomeDialog)
    outcome.ui.salesEdit.clear()
    qtbot.keyClicks(outcome.ui.salesEdit, "3,5 M")
    assert "naik kelas dari Mikro" in outcome.ui.scaleLabel.text()
    outcome.ui.halalCheck.setChecked(True)
    qtbot.mouseClick(outcome.ui.okButton, Qt.MouseButton.LeftButton)
    assert outcome.result is not None and outcome.result.naik_kelas
    assert view.naikChip.text() == "★ Naik kelas"

    # Close as naik kelas (confirmation answered yes).
    assert view.closeNaik.isEnabled()
    view.closeNaik.trigger()
    assert view.statusChip.text() == "Naik kelas" and view.case.status == "naik_kelas"
    assert not view.activityButton.isEnabled()
    events = [view.timelineTree.topLevelItem(i).text(1) for i in range(view.timelineTree.topLevelItemCount())]
    assert any("Pendampingan ditutup: Naik kelas" in e for e in events)
    assert any("Naik kelas: Mikro → Kecil" in e for e in events)
    assert any("Tahap Pemasaran: Berjalan → Selesai" in e for e in events)
    assert outcomes.list_outcomes(gui_ctx, business)[-1].scale == "kecil"
    assert capital.list_supports(gui_ctx, view.case_id)[0].outstanding == 11_000_000

    # The page followed along: the case is in the "naik kelas" group.
    page.select_group(("closed", "naik_kelas"))
    assert not page.is_loaded()  # read in the background, then shown
    qtbot.waitUntil(lambda: page.is_loaded() and not page.is_busy())
    assert page.model.rowCount() == 1 and page.model.row_at(0).business_name == "Keripik Talas Bu Eni"
    assert errors == [errors[0]]


def test_refusals_in_the_case_view_show_the_message_and_change_nothing(
    qtbot, gui_ctx: ServiceContext, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    business = make_business(gui_ctx)
    case_id = cases.open_case(gui_ctx, business, START)
    view = CaseView(gui_ctx, case_id)
    qtbot.addWidget(view)

    # Skipping asks for a reason; a blank one is refused by the service.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("   ", True))
    before = snapshot(gui_ctx)
    assert not view.skip_stage("capital")
    assert errors[-1] == "Alasan melewati tahap Permodalan wajib diisi."
    assert snapshot(gui_ctx) == before

    # Cancelling the reason dialog does nothing at all.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    assert not view.set_status("dihentikan")
    assert len(errors) == 1 and snapshot(gui_ctx) == before

    # A partner without an agreement for the stage is not even offered.
    make_partner(gui_ctx, "Universitas Serang Raya", kind="pts", stages=("mentoring",), valid_until=FAR)
    dialog = view.assign_partner("capital")
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Pilih salah satu mitra." and dialog.isVisible()
    dialog.reject()

    # Skip with a reason works and is shown on the card.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Modal sudah cukup", True))
    assert view.skip_stage("capital")
    assert view.case is not None and view.case.stage("capital").status == "dilewati"
    assert "Modal sudah cukup" in view.cards["capital"].details.text()
    assert view.cards["mentoring"].startButton.isVisibleTo(view)

    # A refused activity keeps the dialog open with the message next to the field.
    activity = view.add_activity()
    assert isinstance(activity, ActivityDialog)
    activity.ui.kindCombo.setCurrentIndex(activity.ui.kindCombo.findData("pasar"))
    activity.ui.marketCombo.setCurrentIndex(-1)
    before = snapshot(gui_ctx)
    qtbot.mouseClick(activity.ui.okButton, Qt.MouseButton.LeftButton)
    assert activity.isVisible()
    assert activity.error_text("market_kind") == "Pilih jenis kegiatan pasar: bazar, pameran atau onboarding e-commerce."
    assert snapshot(gui_ctx) == before
    activity.reject()

    # Stopping with a reason closes the case.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Pemilik pindah ke luar kota", True))
    assert view.set_status("dihentikan")
    assert view.statusChip.text() == "Dihentikan" and view.reopenAction.isEnabled()


def test_board_model_pages_and_marks_overdue_rows(qtbot, gui_ctx: ServiceContext) -> None:
    ids = [cases.open_case(gui_ctx, make_business(gui_ctx, f"Usaha {n:03d}"), START) for n in range(7)]
    activities.add_activity(gui_ctx, ids[3], ActivityInput("kunjungan", START, follow_up_on=START + timedelta(days=7)))
    model = CaseTableModel(gui_ctx, page_size=3)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.columnCount() == len(model.headers())  # the count is a constant, kept with the titles
    total = sum(board_counts(gui_ctx, BoardFilter()).values())
    model.load(BoardFilter(), None, total)
    assert model.rowCount() == 3 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    first = model.index(0, 0)
    assert model.data(first) == "Usaha 003"
    assert model.data(first, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_FG
    assert "(terlambat)" in model.data(model.index(0, 10))
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    cells = [model.data(model.index(r, c)) for r in range(7) for c in range(model.columnCount())]
    assert all(cell and "None" not in cell for cell in cells)
