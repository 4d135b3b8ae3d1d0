"""Dokumen page: issue from the page, see it in the register, reprint into the preview, save and print, void
with a reason, verify, and batch printing with cancel. Dialogs are opened non-modally (``open()``); message
boxes, file and print dialogs are replaced so nothing blocks."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.demo.generator import fill_demo
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import batch_dialog, pdf_preview, void_dialog
from umkm_desk.gui.dialogs.batch_dialog import BatchDialog
from umkm_desk.gui.dialogs.issue_dialog import IssueDialog
from umkm_desk.gui.dialogs.pdf_preview import PdfPreviewDialog, pdf_file_name
from umkm_desk.gui.dialogs.verify_dialog import VerifyDialog
from umkm_desk.gui.dialogs.void_dialog import VoidDialog
from umkm_desk.gui.models.register_model import ENTRY_ROLE, VOID_COLOR, RegisterModel
from umkm_desk.gui.pages.dokumen_page import DokumenPage

SIGNATORY = "Dr. H. Ahmad Fauzi, S.E., M.M."


def set_signatory(ctx: ServiceContext) -> None:
    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name=SIGNATORY,
                                          signatory_nip="197001012000031001"))


@pytest.fixture
def demo(gui_ctx: ServiceContext) -> ServiceContext:
    fill_demo(gui_ctx.db, businesses=30, seed=5, today=date.today())
    set_signatory(gui_ctx)
    return gui_ctx


@pytest.fixture
def page(qtbot, demo: ServiceContext) -> DokumenPage:
    widget = DokumenPage(demo)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activate()
    return widget


def issue_some(ctx: ServiceContext, kind: str = "summary", count: int = 3) -> list[documents.RegisterEntry]:
    ids = documents.eligible_business_ids(ctx, kind)[:count]
    return [documents.issue_document(ctx, kind, business_id).entry for business_id in ids]


def select_row(page: DokumenPage, row: int) -> None:
    page.table.setFocus()
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 0))


def close_dialog(dialog: QDialog | None) -> None:
    if dialog is not None:
        dialog.close()


# --- the register -------------------------------------------------------------------------------------------


def test_empty_register_shows_the_hint(page):
    assert page.title() == "Dokumen"
    assert page.is_loaded()
    assert page.stack.currentIndex() == 1
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == (
        "Belum ada dokumen terbit. Tekan Terbitkan… (Ctrl+N) untuk membuat surat atau sertifikat, atau Cetak massal… untuk banyak UMKM sekaligus."
    )
    assert page.count_label.text() == "0 dokumen"
    assert not page.preview_action.isEnabled() and not page.void_action.isEnabled()


def test_register_columns_filters_and_search(qtbot, page, demo):
    entries = issue_some(demo, "summary", 3) + issue_some(demo, "certificate", 1)
    documents.issue_document(demo, "letter", documents.eligible_business_ids(demo, "letter")[0],
                             issued_on=date(2025, 8, 17))
    page.reload()
    model = page.model
    assert page.stack.currentIndex() == 0
    assert page.count_label.text() == "5 dokumen"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nomor", "Jenis", "Tanggal", "UMKM", "Penandatangan", "Status"]
    top = model.entry(0)
    assert top.id == entries[-1].id  # newest first
    assert model.index(0, 1).data() == "Sertifikat Pendampingan"
    assert model.index(0, 5).data() == "Berlaku"
    last = model.rowCount() - 1
    assert model.index(last, 2).data() == "17 Agustus 2025"
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == [
        "Semua tahun", str(date.today().year), "2025"]

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("summary"))
    assert page.count_label.text() == "3 dokumen"
    page.kind_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2025))
    assert model.rowCount() == 1
    page.year_filter.setCurrentIndex(0)

    term = entries[0].business_name[:8].strip()
    qtbot.keyClicks(page.search_edit, term)
    qtbot.waitUntil(lambda: model.query().search == term, timeout=5000)  # debounced
    assert model.rowCount() >= 1
    assert all(term.lower() in model.entry(r).business_name.lower() for r in range(model.rowCount()))
    page.search_edit.setText("tidak-ada-yang-cocok")
    page.apply_filters()
    assert page.stack.currentIndex() == 1 and page.no_match_label.isVisible()
    assert not page.empty_label.isVisible()


def test_register_model_is_sound(qtmodeltester, demo):
    issue_some(demo, "summary", 5)
    model = RegisterModel(demo, batch=2)
    model.refresh()
    assert model.rowCount() == 2 and model.canFetchMore() and model.total() == 5
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    assert model.index(0, 0).data(ENTRY_ROLE).number == model.entry(0).number


def test_shortcuts(page):
    assert page.issue_action.shortcut().toString() == "Ctrl+N"
    assert page.preview_action.shortcut().toString() == "Ctrl+P"
    assert page.verify_action.shortcut().toString() == "Ctrl+F"


# --- issue, preview, save, print ------------------------------------------------------------------------------


def test_issue_from_the_page_appears_in_the_register_and_opens_the_preview(qtbot, page, demo):
    page.issue_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, IssueDialog) and dialog.isVisible()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("certificate"))
    eligible = documents.eligible_business_ids(demo, "certificate")
    assert dialog.picker.list.count() == len(eligible)
    dialog.picker.list.setCurrentRow(0)
    chosen = dialog.picker.current_id()
    assert chosen in eligible
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.is_running())  # issued and rendered in a worker thread

    entry = page.model.entry(0)
    assert entry is not None and entry.business_id == chosen and entry.kind == "certificate"
    assert page.current_entry() == entry  # the new document is selected
    preview = page.last_dialog
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count() == 1 and entry.number in preview.windowTitle()
    assert preview.pdf == documents.reprint(demo, entry.id)
    close_dialog(preview)


def test_issue_dialog_refusal_keeps_the_dialog_open(qtbot, demo):
    dialog = IssueDialog(demo)
    qtbot.addWidget(dialog)
    dialog.only_eligible.setChecked(False)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("certificate"))
    not_eligible = set(documents.eligible_business_ids(demo, "letter")) - set(
        documents.eligible_business_ids(demo, "certificate"))
    business_id = sorted(not_eligible, key=str)[0]
    assert dialog.picker.select(business_id)
    dialog.issue()
    qtbot.waitUntil(lambda: not dialog.busy.is_running())
    assert dialog.issued is None and "sertifikat belum dapat dibuat" in dialog.error_label.text()
    assert documents.count_register(demo) == 0


def test_issue_dialog_referral_needs_a_stage(qtbot, demo):
    dialog = IssueDialog(demo, kind="referral")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stage_combo.isVisible()
    dialog.picker.list.setCurrentRow(0)
    assert dialog.stage_combo.count() >= 1 and dialog.stage_combo.currentData() is not None
    stage_id = dialog.stage_combo.currentData()
    dialog.issue()
    qtbot.waitUntil(lambda: not dialog.busy.is_running())
    assert dialog.issued is not None and dialog.issued.entry.kind == "referral"
    assert stage_id not in {c.id for c in documents.referral_stage_choices(demo, dialog.issued.entry.business_id)}


def test_reprint_opens_the_preview_with_the_same_bytes(qtbot, page, demo, tmp_path, monkeypatch):
    first = documents.issue_document(demo, "letter", documents.eligible_business_ids(demo, "letter")[0])
    page.reload()
    select_row(page, 0)
    assert page.preview_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row
    qtbot.waitUntil(lambda: not page.busy.is_running())  # rendered again in a worker thread
    preview = page.last_dialog
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.pdf == first.pdf
    assert preview.page_count() >= 1 and preview.current_page() == 1

    # zoom and page navigation
    preview.zoom_step(+1)
    assert preview.zoom_label.text().endswith("%")
    preview.go_to_page(preview.page_count())
    assert preview.page_spin.maximum() == preview.page_count()

    # Simpan PDF…: default name from the number, bytes as issued
    assert preview.default_file_name() == pdf_file_name(first.entry.number)
    assert "/" not in preview.default_file_name()
    target = tmp_path / "simpan"
    offered: list[str] = []

    def fake_run(dialog):
        offered.append(dialog.selectedFiles()[0])
        return [str(target)]

    monkeypatch.setattr(file_dialogs, "run", fake_run)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith(preview.default_file_name())
    assert (tmp_path / "simpan.pdf").read_bytes() == first.pdf

    # Cetak…: the print dialog is replaced; the printer writes a PDF file offscreen
    printed = tmp_path / "cetak.pdf"

    class FakePrintDialog:
        def __init__(self, printer, _parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(100)

        def setWindowTitle(self, _title):
            pass

        def setMinMax(self, _low, _high):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    pages = PdfReader(io.BytesIO(printed.read_bytes())).pages
    assert len(pages) == preview.page_count()
    close_dialog(preview)


def test_printing_a_landscape_certificate_keeps_landscape(qtbot, demo, tmp_path):
    issued = documents.issue_document(demo, "certificate", documents.eligible_business_ids(demo, "certificate")[0])
    preview = PdfPreviewDialog(issued.pdf, "Sertifikat", number=issued.entry.number)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sertifikat.pdf"))
    printer.setResolution(100)
    assert preview.print_to(printer) == 1
    box = PdfReader(str(tmp_path / "sertifikat.pdf")).pages[0].mediabox
    assert box.width > box.height


# --- void and verify ----------------------------------------------------------------------------------------------


def test_void_with_a_reason(qtbot, page, demo, monkeypatch):
    entries = issue_some(demo, "summary", 2)
    page.reload()
    select_row(page, 0)
    assert page.current_entry().id == entries[-1].id
    page.void_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, VoidDialog)
    assert not dialog.void_button.isEnabled()
    asked: list[str] = []

    def fake_ask(_parent, _title, text, **_kwargs):
        asked.append(text)
        return True

    monkeypatch.setattr(void_dialog.messages, "ask", fake_ask)
    qtbot.keyClicks(dialog.reason_edit, "Salah nama pemilik")
    assert dialog.void_button.isEnabled()
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    assert asked and entries[-1].number in asked[0]

    row = page.model.row_of(entries[-1].id)
    assert page.model.index(row, 5).data() == "Dibatalkan"
    assert "Salah nama pemilik" in page.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(row, 5).data(Qt.ItemDataRole.ForegroundRole).color() == VOID_COLOR
    assert page.model.index(row, 0).data() == entries[-1].number  # the number stays
    assert page.current_entry().voided and not page.void_action.isEnabled()


def test_void_dialog_refusal_and_no_confirmation(qtbot, demo, monkeypatch):
    entry = issue_some(demo, "summary", 1)[0]
    dialog = VoidDialog(demo, entry)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(void_dialog.messages, "ask", lambda *_a, **_k: False)
    dialog.reason_edit.setPlainText("Ganda dengan surat lain")
    dialog.void()
    assert dialog.voided is None and not documents.list_register(demo)[0].voided
    dialog.reason_edit.setPlainText("abc")
    dialog.void()
    assert "minimal 5 huruf" in dialog.error_label.text()


def test_verify_dialog(qtbot, page, demo):
    entry = documents.issue_document(demo, "certificate", documents.eligible_business_ids(demo, "certificate")[0]).entry
    voided = issue_some(demo, "summary", 1)[0]
    documents.void_document(demo, voided.id, "Dicetak ganda")
    page.verify_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, VerifyDialog)

    def check(text: str) -> tuple[str, str]:
        dialog.input.setText(text)
        qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
        return dialog.verdict_label.text(), dialog.message_label.text()

    verdict, message = check(entry.number)
    assert verdict == "SAH" and entry.business_name in message
    assert dialog.result_box.property("verdict") == "ok"
    assert check(entry.verification_code)[0] == "SAH"
    code = entry.verification_code
    assert check(f" {code[:4].lower()} {code[4:8]}-{code[8:]} ")[0] == "SAH"  # as read from paper
    assert check(documents.qr_payload(entry.number, entry.verification_code))[0] == "SAH"
    assert check(documents.qr_payload(entry.number, "XXXXXXXXXX"))[0] == "TIDAK COCOK"
    assert dialog.result_box.property("verdict") == "bad"
    assert check("QQQQQQQQQQ")[0] == "TIDAK DITEMUKAN"
    verdict, message = check(voided.number)
    assert verdict == "DIBATALKAN" and "Dicetak ganda" in message
    close_dialog(dialog)


# --- batch ------------------------------------------------------------------------------------------------------


def test_batch_into_one_combined_pdf_reports_a_bad_record(qtbot, demo, tmp_path):
    eligible = documents.eligible_business_ids(demo, "certificate")[:2]
    bad = sorted(set(documents.eligible_business_ids(demo, "letter")) - set(
        documents.eligible_business_ids(demo, "certificate")), key=str)[0]
    dialog = BatchDialog(demo, kind="certificate", selected=[*eligible, bad], workers=1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_radio.isChecked()
    assert dialog.all_radio.text().startswith("Semua yang memenuhi syarat (")
    dialog.combined_radio.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "gabungan"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    outcome = dialog.outcome
    assert len(outcome.printed) == 2 and len(outcome.failures) == 1
    combined = tmp_path / "gabungan.pdf"
    assert outcome.written == [combined]
    assert len(PdfReader(str(combined)).pages) == 2
    report = dialog.report.toPlainText()
    assert "2 diterbitkan, 0 dicetak ulang dari register, 0 sudah ada; 1 gagal." in report
    assert "sertifikat belum dapat dibuat" in report
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=10_000)  # ready for another run


def test_batch_cancel_really_stops(qtbot, demo, tmp_path, monkeypatch):
    eligible = documents.eligible_business_ids(demo, "summary")
    assert len(eligible) >= 5
    real_issue = documents.issue_document

    def slow_issue(*args, **kwargs):
        time.sleep(0.05)
        return real_issue(*args, **kwargs)

    monkeypatch.setattr(batch_dialog.documents, "issue_document", slow_issue)
    dialog = BatchDialog(demo, kind="summary", workers=1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.all_radio.isChecked() and dialog.business_ids() == eligible
    out = tmp_path / "folder"
    dialog.path_edit.setText(str(out))
    dialog.start()
    assert dialog.is_running() and dialog.cancel_button.isEnabled() and not dialog.settings_box.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    outcome = dialog.outcome
    assert outcome.cancelled
    # nothing beyond the cancel point, and every number in the register has its file
    assert documents.count_register(demo) == len(outcome.printed) < len(eligible)
    assert len(list(out.glob("*.pdf"))) == len(outcome.printed)
    assert not outcome.report.unwritten
    assert dialog.report.toPlainText().startswith("Dibatalkan.")


def test_batch_from_the_page_uses_the_selected_businesses(qtbot, page, demo, tmp_path):
    entries = issue_some(demo, "summary", 3)
    page.reload()
    page.table.selectAll()
    page.batch_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, BatchDialog)
    assert dialog.selected_radio.isChecked()
    assert set(dialog.business_ids()) == {e.business_id for e in entries}
    close_dialog(dialog)


def test_page_screenshot(qtbot, page, demo, tmp_path):
    entries = issue_some(demo, "summary", 4)
    documents.void_document(demo, entries[1].id, "Salah ketik alamat")
    page.reload()
    image = page.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "dokumen.png"))


def test_batch_stops_on_a_full_disk_and_names_the_numbers_without_a_file(qtbot, demo, tmp_path, monkeypatch):
    import errno
    import os

    from umkm_desk.core.services.register import document_batch

    real_replace = os.replace
    done: list[str] = []

    def replace_once(src, dst):
        if done:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)
        done.append(dst)

    monkeypatch.setattr(document_batch.os, "replace", replace_once)
    dialog = BatchDialog(demo, kind="summary", workers=1)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "folder"
    dialog.path_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    report = dialog.outcome.report
    assert report.stopped and "Disk penuh" in report.stopped
    assert len(list(out.glob("*.pdf"))) == 1
    assert report.unwritten  # committed numbers without a file, each named
    for item in report.unwritten:
        assert item.number in dialog.error_label.text()
        assert item.number in dialog.report.toPlainText()
    assert "Berhenti:" in dialog.report.toPlainText()
    # no number in the register without its file, except the ones named
    named = {item.number for item in report.unwritten}
    files = {p.name for p in out.iterdir()}
    for entry in documents.list_register(demo):
        assert entry.number in named or pdf_file_name(entry.number) in files
    dialog.grab().save("/tmp/printing-batch-stop.png")
