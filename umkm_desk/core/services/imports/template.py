"""The import template: an .xlsx with the expected headers, an example row and drop-down lists of kecamatan,
kelurahan and sectors (on a second sheet, "Daftar"), with NIK, phone and NIB columns formatted as text so Excel
keeps every digit."""

from __future__ import annotations

import io
from pathlib import Path

from umkm_desk.core.labels import SECTORS
from umkm_desk.core.rules import wilayah
from umkm_desk.core.services.imports.report import write_atomic

#: header, example value, column width
TEMPLATE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("No", "1", 5),
    ("Nama Usaha", "Keripik Pisang Mak Icah", 28),
    ("Nama Pemilik", "Siti Aisyah", 24),
    ("NIK", "3673014508790001", 20),
    ("No. HP/WA", "0812-3456-7890", 16),
    ("Alamat Usaha", "Jl. Ki Mas Jong No. 3", 28),
    ("Kelurahan", "Cipare", 20),
    ("Kecamatan", "Serang", 16),
    ("Jenis Usaha", "Kuliner", 20),
    ("NIB", "1234567890123", 16),
    ("Modal Usaha", "25000000", 16),
    ("Omset per Tahun", "180000000", 18),
    ("Jml Karyawan", "3", 12),
    ("Tgl Daftar", "01/03/2026", 12),
)
#: the example row's business and owner names: a row still holding them is skipped on import
TEMPLATE_EXAMPLE = ("Keripik Pisang Mak Icah", "Siti Aisyah")
_TEXT_COLUMNS = {"NIK", "No. HP/WA", "NIB", "Tgl Daftar"}
_ROWS = 1000


def write_template(path: Path) -> None:
    """Write the template workbook to ``path`` (atomically)."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data UMKM"
    lists = workbook.create_sheet("Daftar")
    kecamatan = [k.name for k in wilayah.kecamatan_list_kota_serang()]
    kelurahan = sorted({k.name for k in wilayah.kelurahan_list()})
    sectors = list(SECTORS.values())
    for column, (title, values) in enumerate(
        (("Kecamatan", kecamatan), ("Kelurahan", kelurahan), ("Jenis Usaha", sectors)), start=1
    ):
        lists.cell(1, column, title).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            lists.cell(row, column, value)
    lists.sheet_state = "hidden"

    for column, (title, example, width) in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(column)
        header = sheet.cell(1, column, title)
        header.font = Font(bold=True)
        sheet.column_dimensions[letter].width = width
        example_cell = sheet.cell(2, column, example)
        if title in _TEXT_COLUMNS:
            for row in range(2, _ROWS + 2):
                sheet.cell(row, column).number_format = "@"
        elif example.isdigit():
            example_cell.value = int(example)
    sheet["G1"].comment = Comment(
        "Dua kelurahan bernama Sukawana (Kec. Serang dan Kec. Curug): isi kolom Kecamatan.", "UMKM Desk"
    )
    sheet["L1"].comment = Comment(
        "Omset setahun. Bila angkanya per bulan, beri judul 'Omset/Bulan'.", "UMKM Desk"
    )
    for title, source in (("Kecamatan", "A"), ("Kelurahan", "B"), ("Jenis Usaha", "C")):
        count = {"A": len(kecamatan), "B": len(kelurahan), "C": len(sectors)}[source]
        column = next(i for i, c in enumerate(TEMPLATE_COLUMNS, start=1) if c[0] == title)
        letter = get_column_letter(column)
        validation = DataValidation(
            type="list",
            formula1=f"=Daftar!${source}$2:${source}${count + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=title,
            error=f"Pilih {title.lower()} dari daftar.",
        )
        validation.add(f"{letter}2:{letter}{_ROWS + 1}")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomic(path, buffer.getvalue())
