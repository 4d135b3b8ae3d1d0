"""How the wizard shows spreadsheet cells and dry-run rows, and the import history's time."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from umkm_desk.core.services.imports import RowResult
from umkm_desk.gui.dialogs.import_history import local_time
from umkm_desk.gui.dialogs.import_mapping import samples
from umkm_desk.gui.models.import_results import ImportResultsModel, cell_text, column_letter


@pytest.mark.parametrize(("value", "shown"), [
    (None, ""),
    ("  Keripik\nPisang  ", "Keripik Pisang"),
    (3673015203850002, "3673015203850002"),
    (3.67301520385e15, "3673015203850000"),  # a NIK Excel stored as a number: shown whole, not as 3.67e+15
    (7500000.0, "7500000"),
    (1.5, "1,5"),
    (date(2026, 3, 1), "1 Maret 2026"),
    (datetime(2026, 4, 5, 0, 0), "5 April 2026"),
    (datetime(2026, 4, 5, 14, 5), "5 April 2026 14.05"),
    (True, "BENAR"),
])
def test_cells_are_shown_as_an_officer_reads_them(value: object, shown: str) -> None:
    assert cell_text(value) == shown


def test_long_cells_are_shortened() -> None:
    text = cell_text("x" * 500, 40)
    assert len(text) == 40 and text.endswith("…")


@pytest.mark.parametrize(("index", "letter"), [(0, "A"), (12, "M"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
def test_column_letters_are_excel_s(index: int, letter: str) -> None:
    assert column_letter(index) == letter


def _results() -> list[RowResult]:
    return [
        RowResult(5, "ok", "", (1, "Keripik Pisang Bu Sari")),
        RowResult(6, "ditolak", "G6: Kelurahan 'Menteng' tidak dikenal di Kota Serang.", (2, "Kerajinan Bambu")),
        RowResult(7, "dilewati", "Baris kosong.", (None, None)),
        RowResult(8, "peringatan", "D8: NIK tersimpan sebagai angka.", (3, "Kue Balok")),
    ]


def test_the_results_model_filters_by_status(qtmodeltester) -> None:
    model = ImportResultsModel()
    model.set_results(_results(), name_column=1)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert [model.data(model.index(r, model.ROW)) for r in range(4)] == ["5", "6", "7", "8"]
    assert model.data(model.index(2, model.NAME)) == ""  # an empty row: no "None"
    model.set_status("ditolak")
    assert model.rowCount() == 1 and model.data(model.index(0, model.STATUS)) == "Ditolak"
    assert model.data(model.index(0, model.MESSAGE)).startswith("G6:")
    model.set_status(None)
    assert model.rowCount() == 4
    with pytest.raises(ValueError):
        model.set_status("rejected")


def test_samples_are_different_values_below_the_header() -> None:
    from umkm_desk.core.services.imports import SheetTable

    table = SheetTable(Path("x.xlsx"), "x.xlsx", ("S",), "S",
                       (("Judul",), ("Nama", "Omset"), ("A", "Rp 5.000.000"), ("A", None), ("B", 7500000.0),
                        ("C", "3 jt")), 1, ("Nama", "Omset"))
    assert samples(table, 0) == ["A", "B", "C"]
    assert samples(table, 1) == ["Rp 5.000.000", "7500000", "3 jt"]


def test_import_times_are_local_and_indonesian() -> None:
    moment = datetime(2026, 11, 28, 14, 5).astimezone()  # 14.05 on this PC's clock, whatever its zone
    assert local_time(moment) == "28 November 2026 14.05"
