"""The Laporan page: the dashboard on demo data, a bar opening exactly its list, the periodic reports written from
the dialog (and a folder that refuses them), and the pages' Ctrl+E exports holding the rows on screen."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from umkm_desk import logs
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports import output_file
from umkm_desk.core.services.reports.answers import total
from umkm_desk.core.services.reports.period import ReportPeriod, office_today
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.demo.generator import fill_demo
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.report_dialog import ReportDialog
from umkm_desk.gui.main_window import MainWindow
from umkm_desk.gui.models.business_table import COLUMNS
from umkm_desk.gui.pages.laporan_page import LaporanPage

DEMO_BUSINESSES = 80


def _span() -> ReportPeriod:
    """Two years up to today: the demo's history lies within it on any calendar day."""
    today = office_today()
    return ReportPeriod.between(date(today.year - 2, 1, 1), today)


@pytest.fixture
def demo_ctx(gui_ctx: ServiceContext) -> ServiceContext:
    fill_demo(gui_ctx.db, businesses=DEMO_BUSINESSES, seed=14, today=office_today())
    return gui_ctx


@pytest.fixture
def laporan(qtbot, window: MainWindow, demo_ctx: ServiceContext) -> LaporanPage:
    page = window.show_page("laporan")
    assert isinstance(page, LaporanPage)
    assert not page.is_loaded()  # the charts are computed in a worker: nothing blocks the window meanwhile
    qtbot.waitUntil(lambda: page.is_loaded() and not page.is_busy(), timeout=30_000)
    page.period.set_period(_span())
    page.reload()
    qtbot.waitUntil(lambda: page.is_loaded() and not page.is_busy(), timeout=30_000)
    return page


def _visible_texts(page: LaporanPage) -> list[str]:
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    for card in page.cards.values():
        chart = card.view.chart()
        if chart is None:
            continue
        for axis in chart.axes():
            texts.extend(getattr(axis, "categories", list)())
        texts.extend(bar_set.label() for bar_set in card.bar_sets)
    return texts


def test_dashboard_renders_on_demo_data(laporan: LaporanPage, demo_ctx: ServiceContext) -> None:
    assert set(laporan.cards) == {"businesses", "cases", "stage_events", "naik_kelas", "capital", "activities",
                                  "partners"}
    assert laporan.ui.stack.currentWidget() is laporan.ui.chartsScroll
    flt = ReportFilter(_span())
    businesses = laporan.cards["businesses"]
    drawn = sum(bar_set.sum() for bar_set in businesses.bar_sets)
    assert drawn == total(demo_ctx, "businesses", flt).count > 0
    cases = laporan.cards["cases"]
    assert sum(bar_set.sum() for bar_set in cases.bar_sets) == total(demo_ctx, "cases", flt).count
    texts = _visible_texts(laporan)
    assert texts
    for text in texts:
        assert "None" not in text and "nan" not in text.split()
    assert any("Sisa pinjaman qardhul hasan per " in text and "Rp" in text for text in texts)
    summary = laporan.ui.summaryLabel.text()
    assert summary.startswith(_span().label) and "None" not in summary


def test_an_empty_database_says_what_to_do(qtbot, window: MainWindow) -> None:
    page = window.show_page("laporan")
    qtbot.waitUntil(lambda: page.is_loaded() and not page.is_busy(), timeout=30_000)
    assert page.ui.stack.currentWidget() is page.ui.messagePage
    assert "Belum ada data" in page.ui.messageLabel.text()


def test_dates_the_wrong_way_round_are_refused_in_indonesian(qtbot, laporan: LaporanPage) -> None:
    ui = laporan.ui
    ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData("rentang"))
    ui.toDate.setDate(ui.fromDate.date().addDays(-1))
    qtbot.waitUntil(lambda: not laporan.is_busy())
    assert "sebelum tanggal awal" in ui.summaryLabel.text()


def _biggest(card, series: int = 0) -> tuple[int, float]:
    values = [bar.value for bar in card.data.series[series].bars]
    index = max(range(len(values)), key=values.__getitem__)
    return index, values[index]


def test_a_business_bar_opens_exactly_its_businesses(qtbot, laporan: LaporanPage, window: MainWindow,
                                                     tmp_path: Path, monkeypatch) -> None:
    card = laporan.cards["businesses"]
    index, value = _biggest(card)
    assert value > 0
    card.click_bar(0, index)
    qtbot.waitUntil(lambda: window.current_key() == "umkm", timeout=30_000)
    umkm = window.page("umkm")
    assert umkm.model.rowCount() == value
    assert umkm.count_label.text().startswith(f"{int(value)} ")
    notice = umkm.keys_notice.text()
    assert notice.startswith("Dari Laporan (") and f"{int(value)} UMKM" in notice
    kecamatan = card.data.categories[index]
    rows = {umkm.model.row_data(r).kecamatan for r in range(umkm.model.rowCount())}
    assert rows == {kecamatan}
    out = tmp_path / "dari-laporan.xlsx"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: None)
    window.ui.actionExport.trigger()  # the list as it is: only the bar's businesses, and the file says so
    qtbot.waitUntil(lambda: not umkm.exporter.is_running(), timeout=60_000)
    assert len(_rows(out)) == value
    sheet = load_workbook(out, read_only=True).worksheets[0]
    preamble = [str(cell) for row in sheet.iter_rows(max_row=4, values_only=True) for cell in row if cell]
    assert any("di balik angka laporan" in line for line in preamble)
    umkm.keys_notice.clear_button.click()
    assert umkm.keys_notice.isHidden()
    assert umkm.model.rowCount() == DEMO_BUSINESSES


def test_a_case_bar_opens_exactly_its_cases(qtbot, laporan: LaporanPage, window: MainWindow) -> None:
    card = laporan.cards["cases"]
    index, value = _biggest(card)
    card.click_bar(0, index)
    qtbot.waitUntil(lambda: window.current_key() == "pendampingan", timeout=30_000)
    board = window.page("pendampingan")
    qtbot.waitUntil(lambda: not board.is_busy(), timeout=30_000)
    assert sum(board._counts.values()) == value > 0
    assert board.model.rowCount() == value
    assert "pendampingan" in board.keys_notice.text()
    board.keys_notice.clear_button.click()
    qtbot.waitUntil(lambda: not board.is_busy(), timeout=30_000)
    assert sum(board._counts.values()) == sum(bar.value for bar in card.data.series[0].bars)


def test_a_linked_line_opens_the_late_instalments(qtbot, laporan: LaporanPage, window: MainWindow) -> None:
    notes = laporan.cards["capital"].data.notes
    late = [drill for text, drill in notes if drill is not None and drill.question == "overdue"]
    if not late:
        pytest.skip("the demo has no late instalment on this day")
    laporan.cards["capital"].barClicked.emit(late[0])
    qtbot.waitUntil(lambda: window.current_key() == "pendampingan", timeout=30_000)
    assert "angsuran" in window.page("pendampingan").keys_notice.text()


# --- periodic reports ---------------------------------------------------------------------------------------


@pytest.fixture
def report_dialog(qtbot, laporan: LaporanPage) -> ReportDialog:
    dialog = laporan.make_report()
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_report_dialog_writes_the_report(qtbot, report_dialog: ReportDialog, tmp_path: Path, monkeypatch,
                                         fmt: str) -> None:
    out = tmp_path / f"rekap.{fmt}"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda parent, title, text, **kw: asked.append(text) or False)
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: asked.append(text))
    report_dialog.ui.kindCombo.setCurrentIndex(report_dialog.ui.kindCombo.findData("rekap"))
    (report_dialog.ui.pdfRadio if fmt == "pdf" else report_dialog.ui.xlsxRadio).setChecked(True)
    report_dialog.ui.saveButton.click()
    assert report_dialog.busy.is_running() and not report_dialog.ui.saveButton.isEnabled()
    qtbot.waitUntil(lambda: not report_dialog.busy.is_running(), timeout=60_000)
    assert out.exists() and str(out) in asked[0]
    assert report_dialog.written is not None and report_dialog.written.path == out
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF") and "pratinjau" in asked[0]
        preview = report_dialog.preview(report_dialog.written)
        qtbot.addWidget(preview)
        assert preview.document.pageCount() >= 1
    else:
        sheet = load_workbook(out, read_only=True).worksheets[0]
        cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
        assert any(isinstance(c, str) and "REKAPITULASI" in c.upper() for c in cells)
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


@pytest.mark.parametrize(("code", "advice"), [(errno.EACCES, "Pilih folder lain"),
                                               (errno.ENOSPC, "Kosongkan ruang disk")])
def test_report_that_cannot_be_written_says_why_and_writes_nothing(qtbot, report_dialog: ReportDialog,
                                                                   tmp_path: Path, monkeypatch, code: int,
                                                                   advice: str) -> None:
    """A folder that refuses the file (at open) or a disk that fills up (at the flush): an Indonesian message
    with what to do, the cause in the log, and no file (not even a partial one) left behind."""
    locked = tmp_path / "terkunci"
    locked.mkdir()
    out = locked / "laporan.pdf"
    real_open, real_fsync = os.open, os.fsync

    def refuse(path, *args, **kwargs):
        if code == errno.EACCES and str(path).startswith(str(locked)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def full(fd):
        if code == errno.ENOSPC:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(output_file.os, "open", refuse)
    monkeypatch.setattr(output_file.os, "fsync", full)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail=None: shown.append(text))
    logged: list[BaseException] = []
    monkeypatch.setattr(logs, "log_exception", lambda exc, what: logged.append(exc))
    report_dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not report_dialog.busy.is_running(), timeout=60_000)
    assert shown and shown[0].startswith("Berkas laporan.pdf tidak dapat ditulis.") and advice in shown[0]
    assert "None" not in shown[0] and report_dialog.ui.errorLabel.text() == shown[0]
    assert [type(exc) for exc in logged] == [PermissionError if code == errno.EACCES else OSError]
    assert list(locked.iterdir()) == []
    assert report_dialog.ui.saveButton.isEnabled()  # the officer can choose another folder


def test_list_export_failure_is_said_and_leaves_nothing(qtbot, window: MainWindow, demo_ctx: ServiceContext,
                                                       tmp_path: Path, monkeypatch) -> None:
    page = window.show_page("umkm")
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "umkm.xlsx"
    monkeypatch.setattr(output_file.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail=None: shown.append(text))
    window.ui.actionExport.trigger()
    assert window.busy_indicator.text() == "Mengekspor…"
    qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=60_000)
    assert shown and "Disk penuh" in shown[0] and "Kosongkan ruang disk" in shown[0]
    assert list(folder.iterdir()) == []


# --- Ctrl+E ---------------------------------------------------------------------------------------------------


def _rows(path: Path) -> list[tuple]:
    sheet = load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] in ("Nama usaha", "UMKM", "Nama mitra", "Nomor"))
    body = []
    for row in rows[header + 1:]:
        if not row or row[0] is None:
            break
        body.append(row)
    return body


def test_ctrl_e_writes_the_umkm_rows_on_screen_in_order(qtbot, window: MainWindow, demo_ctx: ServiceContext,
                                                        tmp_path: Path, monkeypatch) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.show_page("umkm")
    page.scale_filter.setCurrentIndex(page.scale_filter.findData("mikro"))
    page.table.sortByColumn([key for key, _ in COLUMNS].index("kecamatan"), Qt.SortOrder.DescendingOrder)
    shown_rows = [page.model.row_data(r) for r in range(page.model.rowCount())]
    assert 0 < len(shown_rows) < DEMO_BUSINESSES
    out = tmp_path / "umkm.xlsx"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    said: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: said.append(text))
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=60_000)
    written = _rows(out)
    assert [(r[0], r[4]) for r in written] == [(row.name, row.kecamatan) for row in shown_rows]
    assert said and said[0].startswith(f"{len(shown_rows)} baris tersimpan di")


def _issue_letters(ctx: ServiceContext) -> None:
    from dataclasses import replace

    from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
    from umkm_desk.core.services.register import documents

    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name="Drs. H. Contoh, M.Si.",
                                          signatory_nip="197001012000031001"))
    for business_id in documents.eligible_business_ids(ctx, "summary")[:3]:
        documents.issue_document(ctx, "summary", business_id)


@pytest.mark.parametrize("key", ["pendampingan", "mitra", "dokumen"])
def test_ctrl_e_on_the_other_lists(qtbot, window: MainWindow, demo_ctx: ServiceContext, tmp_path: Path,
                                   monkeypatch, key: str) -> None:
    if key == "dokumen":
        _issue_letters(demo_ctx)
    page = window.show_page(key)
    if key == "pendampingan":
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
        expected = sum(page._counts.values())
    elif key == "mitra":
        expected = page.partner_model.rowCount()
    else:
        expected = page.model.total()
    assert expected > 0
    out = tmp_path / f"{key}.xlsx"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: None)
    assert window.ui.actionExport.isEnabled()
    if key == "pendampingan":
        window.ui.actionExport.trigger()
    else:
        page.ui.exportButton.click()  # "Ekspor ke Excel…" on the page does the same
    qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=60_000)
    assert len(_rows(out)) == expected


def test_export_is_off_on_pages_without_a_list(window: MainWindow) -> None:
    window.show_page("pengaturan")
    assert not window.ui.actionExport.isEnabled()
    window.show_page("umkm")
    assert window.ui.actionExport.isEnabled()


def test_sidt_export_of_the_selected_businesses(qtbot, window: MainWindow, demo_ctx: ServiceContext,
                                               tmp_path: Path, monkeypatch) -> None:
    page = window.show_page("umkm")
    last = page.model.columnCount() - 1
    page.table.selectionModel().select(QItemSelection(page.model.index(0, 0), page.model.index(1, last)),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = page.selected_businesses()
    assert len(chosen) == 2
    out = tmp_path / "sidt.csv"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    said: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: said.append(text))
    window.ui.actionExportSidt.trigger()
    qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=60_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and "nik_pengusaha" in lines[0]
    assert (tmp_path / "sidt.keterangan.txt").exists()
    assert said[0].startswith("2 UMKM tersimpan di")


def test_filters_narrow_and_coming_back_shows_the_last_charts_at_once(qtbot, laporan: LaporanPage,
                                                                      demo_ctx: ServiceContext) -> None:
    from umkm_desk.core.services.office.officers import create_officer

    before = laporan.cards["businesses"].data
    sectors = laporan.ui.sectorCombo
    sectors.setCurrentIndex(1)
    qtbot.waitUntil(lambda: laporan.is_loaded() and not laporan.is_busy(), timeout=30_000)
    narrowed = ReportFilter(_span(), sector=sectors.currentData())
    drawn = sum(bar.value for s in laporan.cards["businesses"].data.series for bar in s.bars)
    assert drawn == total(demo_ctx, "businesses", narrowed).count
    assert sectors.currentText() in laporan.ui.summaryLabel.text()
    # back to every sector, nothing written meanwhile: the charts counted before, at once and clickable
    sectors.setCurrentIndex(0)
    card = laporan.cards["businesses"]
    assert card.data == before and card.isEnabled() and laporan.is_loaded() and not laporan.is_busy()
    # something written since: the last count is shown greyed (not clickable) until counted afresh
    create_officer(demo_ctx, "Petugas Baru")
    laporan.reload()
    assert laporan.is_busy() and not laporan.cards["businesses"].isEnabled()
    assert laporan.cards["businesses"].data == before
    qtbot.waitUntil(lambda: laporan.is_loaded() and not laporan.is_busy(), timeout=30_000)
    assert laporan.cards["businesses"].isEnabled() and laporan.cards["businesses"].data == before


def test_a_partner_bar_says_when_a_business_counts_twice(qtbot, laporan: LaporanPage, window: MainWindow) -> None:
    card = laporan.cards["partners"]
    index, value = _biggest(card, 1)  # Realisasi
    assert value > 0
    card.click_bar(1, index)
    qtbot.waitUntil(lambda: window.current_key() == "umkm", timeout=30_000)
    umkm = window.page("umkm")
    notice = umkm.keys_notice.text()
    assert card.data.categories[index] in notice
    if umkm.model.rowCount() == value:
        assert notice.endswith(f"{int(value)} UMKM.")
    else:  # one business in two of the partner's stages
        assert umkm.model.rowCount() < value and f"angka grafik {int(value)}" in notice


def test_a_bar_list_opens_from_the_keyboard(qtbot, laporan: LaporanPage, window: MainWindow) -> None:
    card = laporan.cards["naik_kelas"]
    card.list_menu.aboutToShow.emit()
    actions = card.list_menu.actions()
    bars = [bar for bar in card.data.series[0].bars if bar.value]
    assert len(actions) == len(bars)
    if not actions:
        pytest.skip("no business moved up a class in the demo's span")
    assert actions[0].text().startswith("Triwulan ") and actions[0].text().endswith(f": {int(bars[0].value)}")
    actions[0].trigger()
    qtbot.waitUntil(lambda: window.current_key() == "umkm", timeout=30_000)
    assert window.page("umkm").model.rowCount() == bars[0].value
