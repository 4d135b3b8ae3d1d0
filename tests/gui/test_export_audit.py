"""Every export from the window leaves its audit row saying whether NIKs were whole, through the same service
path as the command line: Ctrl+E on each list page, the SIDT-KUMKM export and a periodic report. What leaves the
app for a petugas or pimpinan carries no 16-digit NIK: the list model, the workbooks and the report's PDF text."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import add_account  # noqa: E402

from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.core.services.reports.report_filter import ReportFilter  # noqa: E402
from umkm_desk.core.store.models import AuditEntry  # noqa: E402
from umkm_desk.demo.generator import fill_demo  # noqa: E402
from umkm_desk.gui.dialogs import messages  # noqa: E402
from umkm_desk.gui.dialogs.report_dialog import ReportDialog  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402

WHOLE_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


def _cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    try:
        return [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row
                if c is not None]
    finally:
        book.close()


def _exports(db) -> dict[str, str]:
    """kind exported -> what the audit says of its NIKs."""
    with db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "export", AuditEntry.field == "nik"))
        return {r.entity_id: f"{r.officer_name}: {r.new_value}" for r in rows}


@pytest.fixture
def office(sqlite_db):
    fill_demo(sqlite_db, businesses=15, seed=11)
    add_account(sqlite_db, "kepala", "admin")
    return sqlite_db


@pytest.mark.parametrize("role", ["petugas", "pimpinan"])
def test_every_window_export_is_audited_and_carries_no_whole_nik(qtbot, office, tmp_path, monkeypatch, role):
    window = MainWindow(ServiceContext(office, add_account(office, "saya", role)), office.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    monkeypatch.setattr(messages, "show_info", lambda *a, **k: None)
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    written: dict[str, Path] = {}
    for key, kind in (("umkm", "umkm"), ("pendampingan", "pendampingan"), ("mitra", "mitra"),
                      ("dokumen", "register")):
        page = window.show_page(key)
        window.wait_until_loaded(page)
        written[kind] = tmp_path / f"{kind}.xlsx"
        assert page.export_list(written[kind])
        qtbot.waitUntil(lambda page=page: not page.exporter.is_running(), timeout=60_000)
    umkm = window.show_page("umkm")
    written["sidt"] = tmp_path / "sidt.xlsx"
    assert umkm.export_sidt(written["sidt"], selected_only=False)
    qtbot.waitUntil(lambda: not umkm.exporter.is_running(), timeout=60_000)
    report = ReportDialog(window.ctx, ReportFilter.for_year(date.today().year), "", window)
    qtbot.addWidget(report)
    written["laporan-rekap"] = tmp_path / "rekap.pdf"
    report.ui.kindCombo.setCurrentIndex(report.ui.kindCombo.findData("rekap"))
    assert report.save_to(written["laporan-rekap"], report.base_filter, "pdf")
    qtbot.waitUntil(lambda: not report.busy.is_running(), timeout=60_000)

    assert _exports(office) == {kind: "Uji Saya: disamarkan" for kind in written}
    for kind, path in written.items():
        assert path.exists(), kind
        if path.suffix == ".xlsx":
            cells = _cells(path)
            assert not [c for c in cells if WHOLE_NIK.search(c)], kind
        else:
            text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
            assert "REKAPITULASI" in text.upper() and not WHOLE_NIK.search(text.replace(" ", ""))
    assert any("******" in c for c in _cells(written["sidt"]))
    # the list on screen: not one whole NIK in any cell
    model = umkm.model
    texts = [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert any("******" in t for t in texts) and not [t for t in texts if WHOLE_NIK.search(t)]


def test_the_administrators_sidt_from_the_window_is_whole_and_says_so(qtbot, office, tmp_path, monkeypatch):
    admin = ServiceContext(office, add_account(office, "kedua", "admin"))
    window = MainWindow(admin, office.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    monkeypatch.setattr(messages, "show_info", lambda *a, **k: None)
    umkm = window.show_page("umkm")
    assert umkm.export_sidt(tmp_path / "sidt.xlsx", selected_only=False)
    qtbot.waitUntil(lambda: not umkm.exporter.is_running(), timeout=60_000)
    assert _exports(office) == {"sidt": "Uji Kedua: lengkap"}
    assert [c for c in _cells(tmp_path / "sidt.xlsx") if WHOLE_NIK.fullmatch(c)]
