"""Office spreadsheets for the import wizard tests, made the way officers keep them: a title, a subtitle and an
empty row above the header, NIKs typed with spaces (one stored as a number), phones with dashes, money as
"Rp 5.000.000" per month, an empty row in the middle and a JUMLAH row at the bottom."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from umkm_desk.core.rules.nik import encode_nik

HEADERS = ("No", "Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Alamat", "Kelurahan", "Kecamatan",
           "Jenis Usaha", "Omset/Bulan", "Modal Usaha", "Jml Karyawan", "Tgl Daftar")
#: spreadsheet row of the header (title, subtitle, empty row above it)
HEADER_ROW = 4
KELURAHAN_COLUMN = "G"


@dataclass(frozen=True)
class Row:
    name: str
    owner: str
    nik: str | int
    phone: str
    address: str
    kelurahan: str
    kecamatan: str
    sector: str
    monthly_sales: str
    modal: str
    workers: int
    registered: str


def _nik(kecamatan: str, born: date, sex: str, serial: int, *, spaced: bool = True) -> str:
    digits = encode_nik(kecamatan, born, sex, serial)
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4)) if spaced else digits


GOOD_ROWS = (
    Row("Keripik Pisang Bu Sari", "Sari Wulandari", _nik("36.73.01", date(1985, 3, 12), "P", 1), "0812-3456-7890",
        "Jl. Ki Mas Jong No. 12", "KEL. CIPARE", "Serang", "Kuliner", "Rp 5.000.000", "3 jt", 2, "01/03/2026"),
    Row("Batik Banten Pak Ujang", "Ujang Sutisna", _nik("36.73.05", date(1979, 7, 2), "L", 12), "+62 857-1122-3344",
        "Kp. Kubang RT 02/03", "Panancangan", "Cipocok Jaya", "Fesyen", "Rp 12.500.000", "Rp 40.000.000", 4,
        "5-4-26"),
    Row("Sate Bandeng Mang Ipul", "Saepul Anwar", _nik("36.73.02", date(1990, 11, 23), "L", 7), "0819.1234.5678",
        "Jl. Kasemen Raya No. 4", "Kasemen", "Kasemen", "Kuliner", "7500000", "15 jt", 3, "12/01/2026"),
)
#: kelurahan outside Kota Serang: the row is rejected until the officer fixes it to "Sumur Pecung"
REJECTED = Row("Kerajinan Bambu Ibu Neneng", "Neneng Hasanah", _nik("36.73.01", date(1988, 1, 30), "P", 44),
               "0878-5555-1212", "Gg. Mawar No. 3", "Menteng", "", "Kerajinan", "Rp 2.500.000", "5 jt", 1,
               "20/02/2026")
FIXED = replace(REJECTED, kelurahan="Sumur Pecung", kecamatan="Serang")
#: a NIK stored as a number by Excel: imported, with a warning that its last digit may be wrong
WARNED = Row("Kue Balok Teh Rina", "Rina Marlina", int(_nik("36.73.03", date(1992, 5, 9), "P", 3, spaced=False)),
             "0813-9876-5432", "Jl. Walantaka No. 8", "Walantaka", "Walantaka", "Kuliner", "Rp 3.000.000",
             "2 jt", 1, "15/03/2026")


def write_office_file(path: Path, rows: tuple[Row, ...], *, blank_after: int = 2) -> Path:
    """The rows under a title and a header, with an empty row after ``blank_after`` rows and a JUMLAH row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Binaan 2026"
    sheet.append(["DAFTAR UMKM BINAAN DISPERINDAGKOP KOTA SERANG TAHUN 2026"])
    sheet.append(["Program Pendampingan dan Pemasaran"])
    sheet.append([])
    sheet.append(list(HEADERS))
    for index, row in enumerate(rows):
        if index == blank_after:
            sheet.append([])
        sheet.append([index + 1, row.name, row.owner, row.nik, row.phone, row.address, row.kelurahan, row.kecamatan,
                      row.sector, row.monthly_sales, row.modal, row.workers, row.registered])
    last = sheet.max_row
    sheet.append(["", "JUMLAH", "", "", "", "", "", "", "", "", "", f"=SUM(L{HEADER_ROW + 1}:L{last})", ""])
    book.save(path)
    return path


def row_of(rows: tuple[Row, ...], wanted: Row, *, blank_after: int = 2) -> int:
    """The spreadsheet row number of ``wanted`` in a file written by :func:`write_office_file`."""
    index = rows.index(wanted)
    return HEADER_ROW + 1 + index + (1 if index >= blank_after else 0)
