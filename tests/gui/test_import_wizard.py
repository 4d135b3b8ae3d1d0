"""The import wizard driven as an officer would: pick the office's spreadsheet (the file dialog patched), look at
the header row and the mapping, run the dry run, see the rejected row, fix the file and read it again, import,
then undo the import from Riwayat impor and restore it. Cancelling the commit imports nothing; a file that cannot
be read says why next to the file field."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.gui.import_files import (
    FIXED,
    GOOD_ROWS,
    HEADER_ROW,
    HEADERS,
    KELURAHAN_COLUMN,
    REJECTED,
    WARNED,
    row_of,
    write_office_file,
)
from umkm_desk.core.services import imports
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.import_history import ImportHistoryDialog
from umkm_desk.gui.dialogs.import_wizard import CHECK, COMMIT, DONE, FILE, MAPPING, ImportWizard
from umkm_desk.gui.models.business_table import ID_ROLE

ROWS = (*GOOD_ROWS, REJECTED)
FIXED_ROWS = (*GOOD_ROWS, FIXED)
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _no_surprise_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any message box a test did not expect fails it (instead of blocking on a modal)."""
    def unexpected(box: Any) -> None:
        pytest.fail(f"unexpected message box: {box.windowTitle()}: {box.text()}")

    monkeypatch.setattr(messages, "run_box", unexpected)
    return []


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next file dialog returns ``path``."""
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(path)])


def active_count(ctx: ServiceContext, **filters: Any) -> int:
    return len(business_keys(ctx, BusinessFilter(**filters)))


def wait_idle(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.is_running(), timeout=WAIT_MS)


def open_file(qtbot: Any, monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard, path: Path) -> None:
    choose(monkeypatch, path)
    qtbot.mouseClick(wizard.ui.chooseButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)


def click_next(qtbot: Any, wizard: ImportWizard) -> None:
    assert wizard.ui.nextButton.isEnabled(), wizard.ui.nextButton.text()
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)


def dry_run_to_check(qtbot: Any, monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard, path: Path) -> None:
    open_file(qtbot, monkeypatch, wizard, path)
    click_next(qtbot, wizard)  # to the mapping
    click_next(qtbot, wizard)  # the dry run
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=WAIT_MS)
    wait_idle(qtbot, wizard)


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    return write_office_file(tmp_path / "UMKM binaan 2026.xlsx", ROWS)


@pytest.fixture
def wizard(qtbot: Any, window: Any) -> Iterator[ImportWizard]:
    window.show_page("umkm")
    window.ui.actionImport.trigger()
    dialog = window._import_wizard
    assert isinstance(dialog, ImportWizard) and dialog.isVisible()
    yield dialog
    if shiboken6.isValid(dialog):
        dialog.wait()


def test_ctrl_i_opens_the_wizard_from_the_berkas_menu(window: Any) -> None:
    assert window.ui.actionImport.shortcut().toString() == "Ctrl+I"
    berkas = [a.text() for a in window.ui.menuBerkas.actions()]
    assert {"&Impor UMKM…", "&Riwayat impor…", "&Unduh templat impor…"} <= set(berkas)
    window.ui.actionImport.trigger()
    first = window._import_wizard
    window.ui.actionImport.trigger()  # a second Ctrl+I brings the same wizard forward
    assert window._import_wizard is first and first.isVisible()


def test_the_empty_umkm_page_offers_the_import(qtbot: Any, window: Any) -> None:
    page = window.show_page("umkm")
    assert window.wait_until_loaded(page)
    assert page.empty_import_button.isVisibleTo(page)
    qtbot.mouseClick(page.empty_import_button, Qt.MouseButton.LeftButton)
    assert isinstance(window._import_wizard, ImportWizard) and window._import_wizard.isVisible()


def test_the_header_row_is_found_shown_and_changeable(qtbot, monkeypatch, wizard, office_file):
    open_file(qtbot, monkeypatch, wizard, office_file)
    assert wizard.file_error() == ""
    assert wizard.ui.headerRowSpin.value() == HEADER_ROW
    assert wizard.table is not None and wizard.table.headers == HEADERS
    preview = wizard.ui.previewTable
    header_line = [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())].index(str(HEADER_ROW))
    assert preview.item(header_line, 1).text() == "Nama Usaha" and preview.item(header_line, 1).font().bold()

    wizard.ui.headerRowSpin.setValue(1)  # the title row as header: the file is read again
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.header_row == 0, timeout=WAIT_MS)
    wait_idle(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.page() == MAPPING
    assert wizard.mapping_problems(), "a title row maps no required field"
    assert wizard.ui.mappingProblems.isVisibleTo(wizard) and not wizard.ui.nextButton.isEnabled()

    qtbot.mouseClick(wizard.ui.backButton, Qt.MouseButton.LeftButton)
    wizard.ui.headerRowSpin.setValue(HEADER_ROW)
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.header_row == HEADER_ROW - 1,
                    timeout=WAIT_MS)
    wait_idle(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.mapping_problems() == []


def test_the_mapping_is_suggested_shows_samples_and_money_periods(qtbot, monkeypatch, wizard, office_file):
    open_file(qtbot, monkeypatch, wizard, office_file)
    click_next(qtbot, wizard)
    grid = wizard.grid
    columns = wizard.mapping().columns
    assert columns[HEADERS.index("Nama Usaha")] == "name"
    assert columns[HEADERS.index("No")] == imports.IGNORE
    assert grid.field_combos[HEADERS.index("No")].currentText() == "(abaikan)"
    sales = HEADERS.index("Omset/Bulan")
    assert grid.period_combos[sales].isVisibleTo(wizard) and grid.period_combos[sales].currentText() == "per bulan"
    assert sales in wizard.mapping().monthly
    assert not grid.period_combos[HEADERS.index("Nama Usaha")].isVisibleTo(wizard)  # not money
    samples = [w.text() for w in wizard.ui.mappingContents.findChildren(type(wizard.ui.mappingProblems))]
    assert any(GOOD_ROWS[0].name in text for text in samples)
    assert not any("None" in text for text in samples)

    grid.set_field(HEADERS.index("Nama Usaha"), imports.IGNORE)
    assert any("Nama Usaha" in p for p in wizard.mapping_problems())
    assert not wizard.ui.nextButton.isEnabled()
    grid.set_field(HEADERS.index("Nama Usaha"), "name")
    assert wizard.ui.nextButton.isEnabled()


def test_the_mapping_is_remembered_for_the_next_file(qtbot, monkeypatch, window, office_file):
    window.ui.actionImport.trigger()
    first = window._import_wizard
    open_file(qtbot, monkeypatch, first, office_file)
    click_next(qtbot, first)
    sales = HEADERS.index("Omset/Bulan")
    first.grid.set_monthly(sales, False)  # the officer knows better: these figures are per year
    click_next(qtbot, first)  # going on remembers the mapping
    qtbot.waitUntil(lambda: first.dry is not None, timeout=WAIT_MS)
    wait_idle(qtbot, first)
    first.close()

    window.ui.actionImport.trigger()
    second = window._import_wizard
    assert second is not first
    open_file(qtbot, monkeypatch, second, office_file)
    click_next(qtbot, second)
    assert second.grid.period_combos[sales].currentText() == "per tahun"
    assert sales not in second.mapping().monthly
    second.close()


def test_dry_run_fix_reread_import_undo_restore(qtbot, monkeypatch, window, wizard, office_file):
    ctx = window.ctx
    page = window.page("umkm")
    dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
    assert wizard.page() == CHECK
    dry = wizard.dry
    assert dry is not None
    assert dry.counts["ok"] == len(GOOD_ROWS) and dry.counts["ditolak"] == 1
    assert dry.counts["dilewati"] >= 2  # the empty row and the JUMLAH row
    assert wizard.ui.nextButton.text().replace("&", "") == f"Impor {len(GOOD_ROWS)} UMKM"
    assert f"{len(dry.rows)} baris diperiksa" in wizard.status_text()
    assert wizard.ui.filterRejected.text() == "Ditolak (1)"

    qtbot.mouseClick(wizard.ui.filterRejected, Qt.MouseButton.LeftButton)
    assert wizard.results.rowCount() == 1
    rejected = wizard.results.result(0)
    assert rejected.row_number == row_of(ROWS, REJECTED)
    assert f"{KELURAHAN_COLUMN}{rejected.row_number}" in rejected.message
    model = wizard.results
    assert model.data(model.index(0, model.NAME)) == REJECTED.name
    assert model.data(model.index(0, model.STATUS)) == "Ditolak"
    assert f"Baris {rejected.row_number}" in wizard.ui.rowDetail.text()
    qtbot.mouseClick(wizard.ui.filterAll, Qt.MouseButton.LeftButton)
    assert wizard.results.rowCount() == len(dry.rows)
    assert active_count(ctx) == 0, "the dry run writes nothing"

    # the officer fixes the kelurahan in Excel, saves, and reads the file again
    write_office_file(office_file, FIXED_ROWS)
    qtbot.mouseClick(wizard.ui.rereadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.dry is not None and wizard.dry is not dry, timeout=WAIT_MS)
    wait_idle(qtbot, wizard)
    assert wizard.dry.counts["ditolak"] == 0 and wizard.dry.counts["ok"] == len(FIXED_ROWS)

    click_next(qtbot, wizard)  # Impor 4 UMKM
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    assert wizard.result is not None and wizard.result.imported == len(FIXED_ROWS)
    assert f"{len(FIXED_ROWS)} UMKM diimpor" in wizard.ui.doneSummary.text()
    assert active_count(ctx) == len(FIXED_ROWS)
    assert page.model.rowCount() == len(FIXED_ROWS), "the UMKM page refreshed after the commit"
    click_next(qtbot, wizard)  # Selesai
    assert not wizard.isVisible()

    history = window.show_import_history()
    assert isinstance(history, ImportHistoryDialog)
    table = history.ui.batchTable
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == office_file.name and table.item(0, 1).text() == "Binaan 2026"
    assert table.item(0, 3).text() == ctx.actor.officer_name
    assert table.item(0, 4).text() == str(len(FIXED_ROWS)) and table.item(0, 8).text() == "Aktif"
    assert not any("None" in (table.item(0, c).text()) for c in range(table.columnCount()))

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert asked and office_file.name in asked[0]
    assert active_count(ctx) == 0 and active_count(ctx, archived=True) == len(FIXED_ROWS)
    assert history.ui.batchTable.item(0, 8).text() != "Aktif"
    assert page.model.rowCount() == 0, "the UMKM page refreshed after the undo"
    assert history.ui.restoreButton.isEnabled() and not history.ui.undoButton.isEnabled()

    qtbot.mouseClick(history.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert active_count(ctx) == len(FIXED_ROWS)
    assert history.ui.batchTable.item(0, 8).text() == "Aktif"
    assert page.model.rowCount() == len(FIXED_ROWS)
    history.close()


def test_declining_the_undo_changes_nothing(qtbot, monkeypatch, window, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", GOOD_ROWS)
    dry_run_to_check(qtbot, monkeypatch, wizard, path)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    history = window.show_import_history()
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: False)
    qtbot.mouseClick(history.ui.undoButton, Qt.MouseButton.LeftButton)
    assert active_count(window.ctx) == len(GOOD_ROWS)
    history.close()


class Gate:
    """Holds the commit at its first progress report until the test has pressed Batal."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.entered = threading.Event()
        self.release = threading.Event()
        self.returned = threading.Event()

    def __call__(self, ctx: Any, table: Any, mapping: Any, *, progress: Any = None, cancelled: Any = None) -> Any:
        def held(done: int, total: int) -> None:
            self.entered.set()
            assert self.release.wait(20), "the test never released the commit"
            if progress is not None:
                progress(done, total)

        try:
            return self.real(ctx, table, mapping, progress=held, cancelled=cancelled)
        finally:
            self.returned.set()


def test_cancel_during_the_commit_imports_nothing(qtbot, monkeypatch, window, wizard, office_file):
    gate = Gate(imports.commit_import)
    monkeypatch.setattr(imports, "commit_import", gate)
    try:
        dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
        click_next(qtbot, wizard)
        assert wizard.page() == COMMIT
        assert not wizard.ui.backButton.isVisible() and not wizard.ui.closeButton.isVisible()
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        assert wizard.ui.commitCancelButton.text() == "Batal"
        qtbot.mouseClick(wizard.ui.commitCancelButton, Qt.MouseButton.LeftButton)
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: wizard.page() == CHECK and not wizard.is_running(), timeout=WAIT_MS)
    assert "tidak ada UMKM yang diimpor" in wizard.status_text()
    assert wizard.result is None
    assert active_count(window.ctx) == 0 and active_count(window.ctx, archived=True) == 0
    assert imports.list_batches(window.ctx) == []
    assert wizard.ui.nextButton.isEnabled(), "the officer can start the import again"


def test_cancel_during_the_dry_run(qtbot, monkeypatch, wizard, office_file):
    gate = Gate(imports.dry_run)
    monkeypatch.setattr(imports, "dry_run", gate)
    try:
        open_file(qtbot, monkeypatch, wizard, office_file)
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        assert wizard.ui.checkRunBox.isVisible()
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        qtbot.mouseClick(wizard.ui.checkCancelButton, Qt.MouseButton.LeftButton)
    finally:
        gate.release.set()
    wait_idle(qtbot, wizard)
    assert wizard.dry is None and "dibatalkan" in wizard.status_text()
    assert wizard.ui.nextButton.text().replace("&", "") == "Jalankan uji coba"


@pytest.mark.parametrize(("name", "content", "words"), [
    ("daftar lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xlsx"),
    ("surat.xlsx", None, ".xlsx"),  # a Word document renamed
    ("kosong.csv", b"", "kosong"),
])
def test_a_file_that_cannot_be_read_says_why_next_to_the_field(qtbot, monkeypatch, wizard, tmp_path, name,
                                                                  content, words):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as docx:
            docx.writestr("[Content_Types].xml", "<Types/>")
            docx.writestr("word/document.xml", "<w:document/>")
    else:
        path.write_bytes(content)
    open_file(qtbot, monkeypatch, wizard, path)
    message = wizard.file_error()
    assert message and words in message.lower()
    assert wizard.ui.fileError.isVisibleTo(wizard)
    assert wizard.page() == FILE and not wizard.ui.nextButton.isEnabled()
    assert wizard.ui.previewTable.rowCount() == 0


def test_the_report_is_saved_as_xlsx(qtbot, monkeypatch, wizard, office_file, tmp_path):
    dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
    report = tmp_path / "laporan"
    choose(monkeypatch, report)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(wizard.ui.saveReportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    written = report.with_name("laporan.xlsx")
    assert str(written) in shown[0]
    sheet = load_workbook(written, read_only=True).worksheets[0]
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    flat = {str(v) for row in values for v in row if v is not None}
    assert "ditolak" in flat and REJECTED.name in flat


def test_the_template_is_saved(qtbot, monkeypatch, window, tmp_path):
    target = tmp_path / "templat.xlsx"
    choose(monkeypatch, target)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    window.ui.actionImportTemplate.trigger()
    assert target.exists() and str(target) in shown[0]
    table = imports.open_table(target)
    assert "name" in imports.suggest_mapping(table.headers).columns


def test_warnings_are_kept_on_the_business_and_filtered(qtbot, monkeypatch, window, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", (*GOOD_ROWS, WARNED))
    dry_run_to_check(qtbot, monkeypatch, wizard, path)
    assert wizard.dry.counts["peringatan"] == 1
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    assert wizard.ui.warningsButton.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.ui.warningsButton, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert window.current_key() == "umkm" and page.import_warning_filter.isChecked()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == WARNED.name

    page.import_warning_filter.setChecked(False)
    assert page.model.rowCount() == len(GOOD_ROWS) + 1
    page.import_warning_filter.setChecked(True)
    assert page.model.rowCount() == 1
    tooltip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Peringatan impor" in tooltip and "NIK" in tooltip


def test_the_business_detail_shows_the_import_warning(qtbot, monkeypatch, window, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", (*GOOD_ROWS, WARNED))
    dry_run_to_check(qtbot, monkeypatch, wizard, path)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    qtbot.mouseClick(wizard.ui.warningsButton, Qt.MouseButton.LeftButton)
    page = window.current_page()
    business_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    dialog = page.open_business(business_id)
    form = dialog.profile_form
    rows = {form.itemAt(r, form.ItemRole.LabelRole).widget().text():
            form.itemAt(r, form.ItemRole.FieldRole).widget() for r in range(form.rowCount())}
    assert "Peringatan impor" in rows and "NIK" in rows["Peringatan impor"].text()
    dialog.close()


def test_everything_the_wizard_shows_is_indonesian_and_never_none(qtbot, monkeypatch, wizard, office_file):
    dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in wizard.findChildren(QLabel)] + [b.text() for b in wizard.findChildren(QAbstractButton)]
    model = wizard.results
    texts += [str(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in range(4)]
    for english in ("None", "Next", "Back", "Cancel", "Finish", "Browse"):
        assert not any(english in text for text in texts), english


def test_closing_while_the_dry_run_runs_stops_it(qtbot, monkeypatch, wizard, office_file):
    gate = Gate(imports.dry_run)
    monkeypatch.setattr(imports, "dry_run", gate)
    try:
        open_file(qtbot, monkeypatch, wizard, office_file)
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        wizard.reject()  # Esc: stops the run first, the wizard stays
        assert wizard.isVisible()
    finally:
        gate.release.set()
    wait_idle(qtbot, wizard)
    assert wizard.dry is None
    wizard.reject()
    assert not wizard.isVisible()


def test_the_same_file_twice_imports_nothing_the_second_time(qtbot, monkeypatch, window, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", GOOD_ROWS)
    dry_run_to_check(qtbot, monkeypatch, wizard, path)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    qtbot.mouseClick(wizard.ui.anotherButton, Qt.MouseButton.LeftButton)  # "Impor berkas lain"
    assert wizard.page() == FILE and wizard.table is None and wizard.ui.pathEdit.text() == ""
    dry_run_to_check(qtbot, monkeypatch, wizard, path)
    assert wizard.dry.counts["dilewati"] == len(wizard.dry.rows)
    assert not wizard.ui.nextButton.isEnabled()
    assert "Tidak ada baris yang dapat diimpor" in wizard.status_text()
    assert active_count(window.ctx) == len(GOOD_ROWS)


def _mnemonics(wizard: ImportWizard) -> list[str]:
    """The Alt+letter keys of what is on screen: buttons and labels that lead to a field."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = [b.shortcut().toString() for b in wizard.findChildren(QAbstractButton)
            if b.isVisibleTo(wizard) and not b.shortcut().isEmpty()]
    keys += [QKeySequence.mnemonic(label.text()).toString() for label in wizard.findChildren(QLabel)
             if label.isVisibleTo(wizard) and label.buddy() is not None]
    return keys


def test_the_wizard_goes_with_the_keyboard(qtbot, monkeypatch, wizard, office_file):
    choose(monkeypatch, office_file)
    assert wizard.focusWidget() is wizard.ui.chooseButton
    qtbot.keyClick(wizard.ui.chooseButton, Qt.Key.Key_Space)
    wait_idle(qtbot, wizard)
    assert wizard.table is not None
    seen = {}
    seen[FILE] = _mnemonics(wizard)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # the default button: Lanjut
    assert wizard.page() == MAPPING
    assert wizard.focusWidget() is wizard.grid.field_combos[0]
    seen[MAPPING] = _mnemonics(wizard)
    qtbot.keyClick(wizard.ui.mappingScroll, Qt.Key.Key_Return)  # Uji coba
    qtbot.waitUntil(lambda: wizard.dry is not None, timeout=WAIT_MS)
    wait_idle(qtbot, wizard)
    assert wizard.focusWidget() is wizard.ui.resultsTable
    seen[CHECK] = _mnemonics(wizard)
    qtbot.keyClick(wizard.ui.resultsTable, Qt.Key.Key_Down)
    assert wizard.ui.rowDetail.text().startswith("Baris 6")
    for page, keys in seen.items():
        assert len(keys) >= 3 and len(keys) == len(set(keys)), (page, keys)


def test_the_report_after_the_import_says_what_the_commit_decided(qtbot, monkeypatch, wizard, office_file,
                                                                    tmp_path):
    dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=WAIT_MS)
    assert wizard.ui.doneReportButton.isVisibleTo(wizard)
    report = tmp_path / "setelah-impor.xlsx"
    choose(monkeypatch, report)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(wizard.ui.doneReportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    sheet = load_workbook(report, read_only=True).worksheets[0]
    flat = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert flat.count("ok") == len(GOOD_ROWS) and flat.count("ditolak") == 1


def test_closing_the_window_during_the_commit_imports_nothing(qtbot, monkeypatch, window, wizard, office_file):
    gate = Gate(imports.commit_import)
    monkeypatch.setattr(imports, "commit_import", gate)
    try:
        dry_run_to_check(qtbot, monkeypatch, wizard, office_file)
        click_next(qtbot, wizard)
        qtbot.waitUntil(gate.entered.is_set, timeout=WAIT_MS)
        threading.Timer(0.3, gate.release.set).start()  # the commit goes on only after the window asked it to stop
        window.close()
    finally:
        gate.release.set()
    assert gate.returned.wait(20)
    assert active_count(window.ctx) == 0 and imports.list_batches(window.ctx) == []


def test_a_double_click_in_the_preview_picks_the_header_row(qtbot, monkeypatch, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", GOOD_ROWS)
    open_file(qtbot, monkeypatch, wizard, path)
    preview = wizard.ui.previewTable
    line = [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())].index(str(HEADER_ROW + 1))
    preview.cellDoubleClicked.emit(line, 1)  # the first data row, as the officer would double-click it
    assert wizard.ui.headerRowSpin.value() == HEADER_ROW + 1
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.header_row == HEADER_ROW, timeout=WAIT_MS)
    assert wizard.table.headers[1] == GOOD_ROWS[0].name


def test_another_sheet_is_read_and_a_sheet_without_data_says_so(qtbot, monkeypatch, wizard, tmp_path):
    path = write_office_file(tmp_path / "binaan.xlsx", GOOD_ROWS)
    book = load_workbook(path)
    notes = book.create_sheet("Catatan", 0)  # a notes sheet in front of the data, as offices keep them
    notes.append(["Diperbarui tiap bulan oleh petugas kecamatan."])
    book.save(path)
    open_file(qtbot, monkeypatch, wizard, path)
    combo = wizard.ui.sheetCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Catatan", "Binaan 2026"]
    assert combo.isEnabled()

    def pick(name: str) -> None:
        combo.setCurrentIndex(combo.findText(name))
        combo.activated.emit(combo.currentIndex())
        wait_idle(qtbot, wizard)

    if wizard.table is not None and wizard.table.sheet == "Binaan 2026":
        pick("Catatan")
    assert wizard.table is None and wizard.file_error(), "a sheet without a header says why"
    assert not wizard.ui.nextButton.isEnabled() and combo.isEnabled()
    pick("Binaan 2026")
    assert wizard.file_error() == ""
    assert wizard.table is not None and wizard.table.sheet == "Binaan 2026"
    assert wizard.table.headers == HEADERS and wizard.ui.nextButton.isEnabled()


def test_a_windows_csv_is_read_with_its_accents(qtbot, monkeypatch, wizard, tmp_path):
    path = tmp_path / "binaan.csv"
    lines = [";".join(HEADERS)]
    for number, row in enumerate(GOOD_ROWS, start=1):
        lines.append(";".join(str(v) for v in (number, row.name.replace("Keripik", "Kafé"), row.owner, row.nik,
                                               row.phone, row.address, row.kelurahan, row.kecamatan, row.sector,
                                               row.monthly_sales, row.modal, row.workers, row.registered)))
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    open_file(qtbot, monkeypatch, wizard, path)
    assert wizard.file_error() == "" and wizard.table is not None
    assert not wizard.ui.sheetCombo.isEnabled()  # a CSV has one table
    texts = {wizard.ui.previewTable.item(r, 1).text() for r in range(wizard.ui.previewTable.rowCount())}
    assert "Kafé Pisang Bu Sari" in texts
