"""Every page and dialog at 1366×768 with demo data: no label, button, combo box, placeholder, header, group title
or tab shows its text cut off — with the shipped font (Noto Sans) and with DejaVu Sans, the wide default of many
Linux PCs, so the layouts hold with any common font and not only with the one they were drawn with.

Set UMKM_DESK_LAYOUT_PNG_DIR to a folder to keep a PNG of every page and dialog checked. UMKM_DESK_LAYOUT_SIZE
("1280x720") sets the window's size in logical pixels: test_layout_scaled.py runs this file with QT_SCALE_FACTOR=1.5
and the 1280×720 a 1920×1080 screen at 150 % leaves.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QTabWidget, QWidget
from sqlalchemy import select

import umkm_desk.gui.dialogs as dialogs_package
from tests.gui.layout_fit import clipped_texts
from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.cases.capital import list_supports
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry import business_query
from umkm_desk.core.services.registry.duplicates import DuplicateMatch
from umkm_desk.core.store.models import CapitalSupport
from umkm_desk.demo.generator import fill_demo
from umkm_desk.gui.main_window import DEFAULT_SIZE, PAGE_KEYS
from umkm_desk.gui.theme import UI_FONT_FAMILY, apply_theme, load_ui_font

FONTS = (UI_FONT_FAMILY, "DejaVu Sans")
SCREEN = QSize(*map(int, os.environ.get("UMKM_DESK_LAYOUT_SIZE", "").split("x"))) \
    if os.environ.get("UMKM_DESK_LAYOUT_SIZE") else DEFAULT_SIZE


@pytest.fixture(params=FONTS)
def app_font(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    family = request.param
    if family not in QFontDatabase.families():
        pytest.skip(f"font {family} is not installed here")
    apply_theme(qapp, family)
    assert QFontInfo(qapp.font()).family() == family
    yield family
    apply_theme(qapp)


@pytest.fixture
def demo(gui_ctx: ServiceContext) -> ServiceContext:
    fill_demo(gui_ctx.db, businesses=60, seed=2026, today=date.today())
    return gui_ctx


def _png(widget: QWidget, name: str, family: str) -> None:
    folder = os.environ.get("UMKM_DESK_LAYOUT_PNG_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / f"layout-{family.replace(' ', '')}-{name}.png"))


def _check(widget: QWidget, name: str, family: str) -> list[str]:
    """The clipped texts of ``widget`` and of every tab of every tab widget in it."""
    QApplication.processEvents()
    found = [f"{name}: {p}" for p in clipped_texts(widget)]
    _png(widget, name, family)
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        start = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == start or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            tab = f"{name}[{tabs.tabText(index)}]"
            found += [f"{tab}: {p}" for p in clipped_texts(widget)]
            _png(widget, tab, family)
        tabs.setCurrentIndex(start)
    return found


def _wider_than_the_window(page: QWidget, name: str) -> list[str]:
    """A page whose form scrolls sideways: at 1366×768 the officer would not see its right-hand column (the
    Pengaturan page's backup buttons once made it 100 px too wide). Tables scroll sideways by design."""
    QApplication.processEvents()
    return [f"{name}: the page is {area.widget().minimumSizeHint().width()} px wide, the window shows "
            f"{area.viewport().width()} px (a horizontal scroll bar)"
            for area in page.findChildren(QScrollArea)
            if area.isVisibleTo(page) and area.widget() is not None and area.horizontalScrollBar().isVisible()]


def _report(found: list[str], family: str) -> str:
    return f"{len(found)} texts do not fit with {family}:\n" + "\n".join(found)


def test_the_shipped_font_is_loaded_from_resources(qapp):
    assert UI_FONT_FAMILY in load_ui_font()
    apply_theme(qapp)
    assert QFontInfo(qapp.font()).family() == UI_FONT_FAMILY
    assert qapp.font().pointSizeF() == 10


def test_every_page_fits(qtbot, app_font, demo):
    from umkm_desk.gui.main_window import MainWindow

    window = MainWindow(demo, demo.db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for key in PAGE_KEYS:
        page = window.show_page(key)
        assert window.wait_until_loaded(page), key
        busy = getattr(page, "is_busy", None)
        if callable(busy):
            qtbot.waitUntil(lambda b=busy: not b(), timeout=10_000)
        assert window.size() == SCREEN
        found += _check(window, key, app_font)
        found += _wider_than_the_window(page, key)
    window.close()
    assert not found, _report(found, app_font)


# --- dialogs ------------------------------------------------------------------------------------------------------


def _case_with_loan(ctx: ServiceContext) -> uuid.UUID:
    with ctx.db.read() as session:
        case_id = session.scalars(
            select(CapitalSupport.case_id).where(CapitalSupport.kind == "qardhul_hasan").limit(1)
        ).first()
    assert case_id is not None, "the demo has a qardhul hasan loan"
    return case_id


def _settle(dialog: QDialog) -> None:
    """Let a dialog's background work (reading a file, a dry run) finish and its results arrive."""
    busy = getattr(dialog, "is_running", None)
    for _ in range(3000):
        QApplication.processEvents()
        if not (callable(busy) and busy()):
            break
        dialog.thread().msleep(10)
    QApplication.processEvents()


def _import_steps(ctx: ServiceContext, parent: QWidget, folder: Path) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """The import wizard at each step over an office spreadsheet with a rejected and a warned row, and the
    import history after that file was imported."""
    from tests.gui.import_files import GOOD_ROWS, REJECTED, WARNED, write_office_file
    from umkm_desk.core.services import imports
    from umkm_desk.gui.dialogs.import_history import ImportHistoryDialog
    from umkm_desk.gui.dialogs.import_wizard import COMMIT, ImportWizard

    path = write_office_file(folder / "Daftar UMKM binaan Kecamatan Cipocok Jaya 2026.xlsx",
                             (*GOOD_ROWS, REJECTED, WARNED))

    def wizard(steps: int) -> Callable[[], QDialog]:
        def make() -> QDialog:
            dialog = ImportWizard(ctx, parent)
            dialog.open_path(path)
            _settle(dialog)
            for _ in range(steps):
                dialog.next()
                _settle(dialog)
            return dialog
        return make

    def committing() -> QDialog:
        dialog = wizard(2)()
        dialog._show_page(COMMIT)
        dialog.show_commit_progress(400, 1000)
        return dialog

    yield "import_file", wizard(0)
    yield "import_mapping", wizard(1)
    yield "import_check", wizard(2)
    yield "import_commit", committing
    yield "import_done", wizard(3)

    def history() -> QDialog:
        if not imports.list_batches(ctx):
            table = imports.open_table(path)
            imports.commit_import(ctx, table, imports.mapping_for(ctx, table.headers))
        return ImportHistoryDialog(ctx, parent)

    yield "import_history", history


def _dialogs(ctx: ServiceContext, parent: QWidget, folder: Path) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """(name, factory) for every dialog, each filled with demo data as an officer would open it."""
    from umkm_desk.gui.dialogs.about_dialog import AboutDialog
    from umkm_desk.gui.dialogs.accounts_dialog import (
        AccountFormDialog,
        AccountsDialog,
        TemporaryPasswordDialog,
    )
    from umkm_desk.gui.dialogs.agreement_dialog import AgreementDialog
    from umkm_desk.gui.dialogs.audit_dialog import AuditDialog
    from umkm_desk.gui.dialogs.batch_dialog import BatchDialog
    from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog
    from umkm_desk.gui.dialogs.business_form import BusinessFormDialog
    from umkm_desk.gui.dialogs.case_view import CaseView
    from umkm_desk.gui.dialogs.connection_dialog import ConnectionDialog
    from umkm_desk.gui.dialogs.duplicate_dialog import DuplicateDialog
    from umkm_desk.gui.dialogs.first_admin_dialog import FirstAdminDialog
    from umkm_desk.gui.dialogs.guide_dialog import GuideDialog
    from umkm_desk.gui.dialogs.issue_dialog import IssueDialog
    from umkm_desk.gui.dialogs.login_dialog import ChangePasswordDialog, LoginDialog
    from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog
    from umkm_desk.gui.dialogs.open_case_dialog import OpenCaseDialog
    from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog
    from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
    from umkm_desk.gui.dialogs.placement_dialog import PlacementDialog
    from umkm_desk.gui.dialogs.sync_dialog import SyncDialog
    from umkm_desk.gui.dialogs.verify_dialog import VerifyDialog
    from umkm_desk.gui.dialogs.void_dialog import VoidDialog
    from umkm_desk.gui.dialogs.work_plan_dialog import WorkPlanDialog

    keys = business_query.business_keys(ctx, business_query.BusinessFilter(stage="mentoring"))
    business_id = next(iter(business_query.business_rows(ctx, keys[:1]).values())).id
    partner = max(partners.list_partners(ctx), key=lambda p: len(p.name))
    agreement = partners.list_agreements(ctx, partner.id)[0]
    plans = partners.list_work_plans(ctx, partner.id)
    placements = partners.list_placements(ctx, partner.id)
    issued = documents.issue_document(ctx, "letter", business_id)
    entry = documents.list_register(ctx, limit=1)[0]
    match = DuplicateMatch(business_id, "Keripik Pisang Bu Sari Wulandari", "Sari Wulandari", "Cipare",
                           ("nik", "phone"), None, False)

    yield "about", lambda: AboutDialog(parent, database=ctx.db.target.display)
    yield "guide", lambda: GuideDialog(parent, "pendampingan")
    yield "connection", lambda: ConnectionDialog(ctx, parent)
    yield "sync", lambda: SyncDialog(ctx, parent)
    yield "officer", lambda: OfficerDialog(ctx, parent, current=ctx.actor.officer_id)
    yield "officer_first_start", lambda: OfficerDialog(ctx, parent, first_start=True)
    yield "login", lambda: LoginDialog(ctx, parent, username="admin")
    yield "change_password", lambda: ChangePasswordDialog(ctx, parent, forced=True)
    yield "first_admin", lambda: FirstAdminDialog(ctx, parent)
    yield "audit", lambda: AuditDialog(ctx, parent)
    yield "accounts", lambda: AccountsDialog(ctx, parent)
    yield "account_form", lambda: AccountFormDialog(ctx, parent)
    yield "temporary_password", lambda: TemporaryPasswordDialog(ctx, "intan.susanti.apriyani", parent)
    yield "business_form_new", lambda: BusinessFormDialog(ctx, parent)
    yield "business_form_edit", lambda: BusinessFormDialog(ctx, parent, business_id=business_id)
    yield "business_detail", lambda: BusinessDetailDialog(ctx, business_id, parent)
    yield "duplicate", lambda: DuplicateDialog([match], parent)
    yield "open_case", lambda: OpenCaseDialog(ctx, parent)
    yield "partner", lambda: PartnerDialog(ctx, parent, partner_id=partner.id)
    yield "agreement", lambda: AgreementDialog(ctx, partner.id, parent, agreement_id=agreement.id)
    yield "work_plan", lambda: WorkPlanDialog(ctx, partner.id, parent, plan_id=plans[0].id if plans else None)
    yield "placement", lambda: PlacementDialog(ctx, partner.id, parent,
                                               placement_id=placements[0].id if placements else None)
    yield "issue", lambda: IssueDialog(ctx, parent, kind="letter", business_id=business_id)
    yield "batch", lambda: BatchDialog(ctx, parent, kind="certificate")
    yield "verify", lambda: VerifyDialog(ctx, parent)
    yield "void", lambda: VoidDialog(ctx, entry, parent)
    yield "pdf_preview", lambda: PdfPreviewDialog(issued.pdf, "Surat Keterangan", parent, number=entry.number)
    from umkm_desk.core.services.reports.report_filter import ReportFilter
    from umkm_desk.gui.dialogs.report_dialog import ReportDialog

    yield "report", lambda: ReportDialog(ctx, ReportFilter.for_year(date.today().year),
                                         QCoreApplication.translate("LaporanPage", "Kec. {name}").format(
                                             name="Cipocok Jaya") + " · Universitas Sultan Ageng Tirtayasa", parent)

    case_id = _case_with_loan(ctx)
    yield "case_view", lambda: CaseView(ctx, case_id, parent)

    def from_case(open_child: Callable[[CaseView], QDialog | None]) -> Callable[[], QDialog]:
        def make() -> QDialog:
            view = CaseView(ctx, case_id, parent)
            view.supportTable.selectRow(next(i for i, s in enumerate(list_supports(ctx, case_id))
                                             if s.kind == "qardhul_hasan"))
            child = open_child(view)
            assert child is not None
            return child
        return make

    yield "assign_partner", from_case(lambda v: v.assign_partner(cases.get_case(ctx, case_id).stages[1].kind))
    yield "activity", from_case(lambda v: v.add_activity())
    yield "outcome", from_case(lambda v: v.add_outcome())
    yield "capital", from_case(lambda v: v.add_support())
    yield "schedule", from_case(lambda v: v.make_schedule())
    yield "payment", from_case(lambda v: v.record_payment())
    yield from _import_steps(ctx, parent, folder)
    yield from _safekeeping_dialogs(ctx, parent)


def _safekeeping_dialogs(ctx: ServiceContext, parent: QWidget) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    from umkm_desk.core.services.backups.automatic import make_backup
    from umkm_desk.gui.safekeeping.check_dialog import CheckDialog
    from umkm_desk.gui.safekeeping.password_dialog import PasswordDialog
    from umkm_desk.gui.safekeeping.restore_dialog import RestoreDialog

    assert ctx.db.target.path is not None
    make_backup(ctx.db.target.path)

    def listed() -> QDialog:
        dialog = RestoreDialog(ctx, parent)
        _settle(dialog)
        return dialog

    def checked() -> QDialog:
        dialog = CheckDialog(ctx, parent)
        _settle(dialog)
        return dialog

    yield "restore", listed
    yield "check_database", checked
    # the intros the app gives them, in the interface language
    yield "password_new", lambda: PasswordDialog(parent, confirm=True, intro=QCoreApplication.translate(
        "BackupSettingsBox", "Salinan dienkripsi (AES-256) dengan kata sandi ini. Kata sandi tidak disimpan di mana "
        "pun: tanpa kata sandi, salinan tidak dapat dibuka."))
    yield "password_open", lambda: PasswordDialog(parent, confirm=False, intro=QCoreApplication.translate(
        "RestoreDialog", "Salinan ini terenkripsi. Masukkan kata sandi yang dipakai saat salinan dibuat."))


#: dialog classes opened by a test elsewhere, or not dialogs an officer fills (progress of a demo fill)
COVERED_ELSEWHERE = {"_SmallDialog"}


def test_every_dialog_class_is_checked(demo, qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    checked = set()
    for _name, make in _dialogs(demo, parent, tmp_path):
        dialog = make()
        checked.add(type(dialog).__name__)
        dialog.close()
    defined = set()
    for info in pkgutil.iter_modules(dialogs_package.__path__):
        module = importlib.import_module(f"{dialogs_package.__name__}.{info.name}")
        defined |= {name for name, cls in inspect.getmembers(module, inspect.isclass)
                    if issubclass(cls, QDialog) and cls.__module__ == module.__name__}
    assert defined - checked - COVERED_ELSEWHERE == set()


def test_every_dialog_fits(qtbot, app_font, demo, tmp_path):
    parent = QWidget()
    parent.resize(SCREEN)
    qtbot.addWidget(parent)
    found: list[str] = []
    for name, make in _dialogs(demo, parent, tmp_path):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        found += _check(dialog, name, app_font)
        dialog.close()
    assert not found, _report(found, app_font)
