"""Every save path in every dialog and page, with each kind of storage, server and unexpected failure injected
into the service function it calls: the officer gets the one Indonesian message for that failure (with "Coba
lagi" where a retry can work), the dialog stays open with everything typed, and the traceback goes to the log.

Message boxes go through ``messages.run_box``; it is replaced here so that no modal ever blocks a test."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import psycopg
import pytest
from case_helpers import make_business, make_partner
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from umkm_desk import logs
from umkm_desk.core.services.cases import activities, capital, cases, outcomes
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office import maintenance, officers
from umkm_desk.core.services.office import settings as settings_service
from umkm_desk.core.services.partners import partners
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import RegisterEntry
from umkm_desk.core.services.registry import businesses
from umkm_desk.gui.dialogs import messages


def _sqlalchemy(orig: Exception) -> OperationalError:
    return OperationalError("INSERT INTO business ...", {}, orig)


#: (id, exception factory, words the message must contain, whether "Coba lagi" is offered)
ERRORS: list[tuple[str, Callable[[], BaseException], str, bool]] = [
    ("locked", lambda: _sqlalchemy(sqlite3.OperationalError("database is locked")), "sedang dikunci", True),
    ("full", lambda: _sqlalchemy(sqlite3.OperationalError("database or disk is full")), "Disk penuh", True),
    ("read_only", lambda: _sqlalchemy(sqlite3.OperationalError("attempt to write a readonly database")),
     "hanya-baca", False),
    ("damaged", lambda: _sqlalchemy(sqlite3.DatabaseError("database disk image is malformed")), "rusak", False),
    ("server_gone", lambda: _sqlalchemy(psycopg.OperationalError("server closed the connection unexpectedly")),
     "Sambungan ke server basis data", True),
    ("permission", lambda: PermissionError(13, "Permission denied", "/srv/umkm/umkm.sqlite"), "Izin ditolak",
     False),
    ("unexpected", lambda: RuntimeError("boom"), "kesalahan tak terduga", False),
]


@dataclass
class Shown:
    title: str
    text: str
    buttons: list[str]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[Shown]:
    shown: list[Shown] = []

    def record(box: QMessageBox) -> None:
        shown.append(Shown(box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))

    monkeypatch.setattr(messages, "run_box", record)
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    return shown


@pytest.fixture
def case_world(gui_ctx: ServiceContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    business = make_business(gui_ctx, "Keripik Talas Bu Eni")
    partner = make_partner(gui_ctx, "BAZNAS Kota Serang", valid_until=date(date.today().year + 3, 12, 31))
    case_id = cases.open_case(gui_ctx, business, date.today())
    return business, partner, case_id


# --- the save paths: each builds its widget, fills it, and returns (widget, trigger, input check) -------------

Path = tuple[QWidget, Callable[[], object], Callable[[], bool]]


def _open(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def business_form(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.business_form import BusinessFormDialog

    dialog = _open(qtbot, BusinessFormDialog(ctx))
    ui = dialog.ui
    for name, text in {"owner_name": "Siti Aisyah", "nik": "3673014508790001", "phone": "081234567890",
                       "owner_address": "Jl. Ki Mas Jong 3", "name": "Gipang Mak Icah", "address": "Jl. Ki Mas Jong 3",
                       "year_started": "2015", "modal_usaha": "25jt", "annual_sales": "2,5 M",
                       "workers": "4"}.items():
        getattr(ui, name).setText(text)
        getattr(ui, name).editingFinished.emit()
    for combo, text in ((ui.sector, "Kuliner"), (ui.kecamatan_code, "Serang")):
        combo.setCurrentIndex(combo.findText(text))
        combo.activated.emit(combo.currentIndex())
    ui.kelurahan_code.setCurrentIndex(1)
    ui.kelurahan_code.activated.emit(1)
    return dialog, dialog.save, lambda: ui.name.text() == "Gipang Mak Icah" and ui.nik.text() == "3673014508790001"


def partner_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog

    dialog = _open(qtbot, PartnerDialog(ctx))
    dialog.ui.nameEdit.setText("Bank BJB Cabang Serang")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.nameEdit.text() == "Bank BJB Cabang Serang"


def agreement_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.agreement_dialog import AgreementDialog

    dialog = _open(qtbot, AgreementDialog(ctx, world[1]))
    dialog.ui.numberEdit.setText("027/MoU/2026")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.numberEdit.text() == "027/MoU/2026"


def work_plan_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.work_plan_dialog import WorkPlanDialog

    dialog = _open(qtbot, WorkPlanDialog(ctx, world[1]))
    dialog.ui.quotaSpin.setValue(17)
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.quotaSpin.value() == 17


def placement_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.placement_dialog import PlacementDialog

    dialog = _open(qtbot, PlacementDialog(ctx, world[1]))
    dialog.ui.groupNameEdit.setText("Kelompok KKM 12")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.groupNameEdit.text() == "Kelompok KKM 12"


def officer_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog

    dialog = _open(qtbot, OfficerDialog(ctx, first_start=True))
    dialog.ui.officerCombo.setCurrentIndex(dialog.ui.officerCombo.count() - 1)  # "new officer"
    dialog.ui.nameEdit.setText("Rudi Hartono")
    dialog.ui.nipEdit.setText("19900101 201501 1 001")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.nameEdit.text() == "Rudi Hartono"


def open_case_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.open_case_dialog import OpenCaseDialog

    other = make_business(ctx, "Sate Bandeng Bu Ani")
    dialog = _open(qtbot, OpenCaseDialog(ctx, business_id=other))
    return dialog, dialog.ui.okButton.click, lambda: dialog.business_id == other


def activity_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.activity_dialog import ActivityDialog

    case = cases.get_case(ctx, world[2])
    dialog = _open(qtbot, ActivityDialog(ctx, world[2], case.stages))
    dialog.ui.notesEdit.setPlainText("Pembukuan sederhana")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.notesEdit.toPlainText() == "Pembukuan sederhana"


def capital_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.capital_dialog import CapitalDialog

    dialog = _open(qtbot, CapitalDialog(ctx, world[2]))
    dialog.ui.amountEdit.setText("12 jt")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.amountEdit.text() == "12 jt"


def outcome_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.outcome_dialog import OutcomeDialog

    dialog = _open(qtbot, OutcomeDialog(ctx, world[0], case_id=world[2]))
    dialog.ui.salesEdit.setText("3,5 M")
    return dialog, dialog.ui.okButton.click, lambda: dialog.ui.salesEdit.text() == "3,5 M"


def assign_partner(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.case_view import CaseView

    view = _open(qtbot, CaseView(ctx, world[2]))
    dialog = view.assign_partner("capital")
    qtbot.addWidget(dialog)
    dialog.select_partner(world[1])
    dialog.mentorEdit.setText("Dr. Rina Marlina")
    return dialog, dialog.okButton.click, lambda: dialog.mentorEdit.text() == "Dr. Rina Marlina"


def stage_start(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.case_view import CaseView

    view = _open(qtbot, CaseView(ctx, world[2]))
    return view, lambda: view.start_stage("capital"), lambda: cases.get_case(ctx, world[2]).stage(
        "capital").status != "berjalan"


def settings_page(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.pages.pengaturan_page import PengaturanPage

    page = _open(qtbot, PengaturanPage(ctx))
    page.activate()
    page.edits["dinas"].setText("DINAS UJI COBA")
    return page, page.save, lambda: page.edits["dinas"].text() == "DINAS UJI COBA"


def issue_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.issue_dialog import IssueDialog

    dialog = _open(qtbot, IssueDialog(ctx, kind="summary", business_id=world[0]))
    return dialog, dialog.issue, lambda: dialog.picker.current_id() == world[0] and dialog.issued is None


def reprint(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.pages.dokumen_page import DokumenPage

    settings_service.save_letterhead_settings(ctx, replace(settings_service.get_letterhead_settings(ctx),
                                                           signatory_name="Dr. H. Ahmad Fauzi",
                                                           signatory_nip="197001012000031001"))
    documents.issue_document(ctx, "letter", world[0])
    page = _open(qtbot, DokumenPage(ctx))
    page.reload()
    page.table.selectRow(0)
    return page, page.preview, lambda: page.current_entry() is not None


def backup(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.main_window import MainWindow

    window = _open(qtbot, MainWindow(ctx, ctx.db.target.display))
    window.confirm_close = False
    return window, lambda: window.backup_to(str(ctx.db.target.path) + ".cadangan"), lambda: True


def _entry(world) -> RegisterEntry:
    return RegisterEntry(uuid.uuid4(), "summary", "Ringkasan", "500.3/001/Disperindagkop/XI/2026", date.today(),
                         world[0], "Keripik Talas Bu Eni", "Dr. H. Ahmad Fauzi", "ABCD-EFGH", False, None)


def void_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.void_dialog import VoidDialog

    dialog = _open(qtbot, VoidDialog(ctx, _entry(world)))
    dialog.reason_edit.setPlainText("Dicetak ganda")
    return dialog, dialog.void, lambda: dialog.reason_edit.toPlainText() == "Dicetak ganda" and dialog.voided is None


def verify_dialog(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.dialogs.verify_dialog import VerifyDialog

    dialog = _open(qtbot, VerifyDialog(ctx))
    dialog.input.setText("ABCD-EFGH")
    return dialog, dialog.check, lambda: dialog.input.text() == "ABCD-EFGH"


def umkm_archive(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.pages.umkm_page import UmkmPage

    page = _open(qtbot, UmkmPage(ctx))
    return page, lambda: page.archive(world[0]), lambda: page.notice.isHidden()


def umkm_restore(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.pages.umkm_page import UmkmPage

    page = _open(qtbot, UmkmPage(ctx))
    return page, lambda: page.restore(world[0]), lambda: True


def mitra_archive(qtbot, ctx, world) -> Path:
    from umkm_desk.gui.pages.mitra_page import MitraPage

    page = _open(qtbot, MitraPage(ctx))
    return page, lambda: page._run(lambda: partners.archive_partner(ctx, world[1])), lambda: True


#: save path -> (builder, service module, function the widget calls)
PATHS: dict[str, tuple[Callable[..., Path], object, str]] = {
    "business_form": (business_form, businesses, "create_business"),
    "partner": (partner_dialog, partners, "create_partner"),
    "agreement": (agreement_dialog, partners, "create_agreement"),
    "work_plan": (work_plan_dialog, partners, "create_work_plan"),
    "placement": (placement_dialog, partners, "create_placement"),
    "officer": (officer_dialog, officers, "create_officer"),
    "open_case": (open_case_dialog, cases, "open_case"),
    "activity": (activity_dialog, activities, "add_activity"),
    "capital": (capital_dialog, capital, "add_support"),
    "outcome": (outcome_dialog, outcomes, "record_outcome"),
    "assign_partner": (assign_partner, cases, "assign_partner"),
    "stage_start": (stage_start, cases, "start_stage"),
    "settings": (settings_page, settings_service, "save_letterhead_settings"),
    "issue": (issue_dialog, documents, "issue_document"),
    "reprint": (reprint, documents, "reprint"),
    "backup": (backup, maintenance, "backup_database"),
    "void": (void_dialog, documents, "void_document"),
    "verify": (verify_dialog, documents, "verify"),
    "umkm_archive": (umkm_archive, businesses, "archive_business"),
    "umkm_restore": (umkm_restore, businesses, "restore_business"),
    "mitra_archive": (mitra_archive, partners, "archive_partner"),
}


@pytest.mark.parametrize(("error", "make", "words", "retryable"), ERRORS, ids=[e[0] for e in ERRORS])
@pytest.mark.parametrize("path", list(PATHS))
def test_each_failure_reaches_the_officer_on_each_save_path(
    qtbot, gui_ctx, case_world, boxes, monkeypatch, path, error, make, words, retryable
) -> None:
    build, module, name = PATHS[path]
    widget, trigger, kept = build(qtbot, gui_ctx, case_world)
    calls: list[str] = []

    def fail(*_a, **_k):
        calls.append(name)
        raise make()

    monkeypatch.setattr(module, name, fail)
    logs.setup(command="test")
    trigger()
    busy = getattr(widget, "busy", None)  # issue, reprint and backup run in a worker thread
    if busy is not None:
        qtbot.waitUntil(lambda: not busy.is_running())

    assert calls == [name]
    assert len(boxes) == 1, [b.text for b in boxes]
    assert words.lower() in boxes[0].text.lower()
    assert ("Coba lagi" in boxes[0].buttons) is retryable
    assert "Tutup" in boxes[0].buttons
    assert widget.isVisible() and kept()  # the form stays open with everything typed
    if isinstance(widget, QDialog):
        assert QDialog.result(widget) != QDialog.DialogCode.Accepted
    logged = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and type(make()).__name__ in logged
    if error == "unexpected":
        assert str(logs.log_path()) in boxes[0].text


def test_coba_lagi_runs_the_save_again(qtbot, gui_ctx, case_world, monkeypatch) -> None:
    """The officer chooses "Coba lagi" while the file is locked; the second attempt goes through."""
    from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog

    real = partners.create_partner
    attempts: list[int] = []

    def locked_once(ctx, data):
        attempts.append(1)
        if len(attempts) == 1:
            raise _sqlalchemy(sqlite3.OperationalError("database is locked"))
        return real(ctx, data)

    def choose_retry(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Coba lagi").click()

    monkeypatch.setattr(partners, "create_partner", locked_once)
    monkeypatch.setattr(messages, "run_box", choose_retry)
    dialog = _open(qtbot, PartnerDialog(gui_ctx))
    dialog.ui.nameEdit.setText("Bank BJB Cabang Serang")
    dialog.ui.okButton.click()
    assert len(attempts) == 2
    assert dialog.result() == QMessageBox.DialogCode.Accepted and dialog.saved_id is not None
    assert {p.name for p in partners.list_partners(gui_ctx)} == {"BAZNAS Kota Serang", "Bank BJB Cabang Serang"}


def test_batch_failure_is_the_mapped_message(qtbot, gui_ctx, monkeypatch) -> None:
    from umkm_desk.gui.dialogs.batch_dialog import BatchDialog

    dialog = _open(qtbot, BatchDialog(gui_ctx))
    dialog._failed(_sqlalchemy(sqlite3.OperationalError("database or disk is full")))
    assert "Disk penuh" in dialog.error_label.text() and "OperationalError" not in dialog.error_label.text()
