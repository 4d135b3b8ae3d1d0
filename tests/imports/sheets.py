"""Office spreadsheets with every damage issue 13 lists, built in code: each data row with its expected status
(on an empty database, and with the businesses of :func:`stored_businesses` already registered) and a fragment of
its message naming the cell.

Columns (as the offices write them): A No, B Nama Usaha, C Nama Pemilik, D NIK, E No. HP/WA, F Alamat (hidden),
G Kelurahan, H Kecamatan, I Jenis Usaha, J Omset/Bulan, K Modal Usaha, L Jml Karyawan, M Tgl Daftar. Two title
rows and an empty row stand above the header (row 4); data starts at row 5.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl

from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.services.registry.businesses import BusinessInput, create_business

TODAY = date(2026, 11, 28)
HEADERS = ("No", "Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Alamat", "Kelurahan", "Kecamatan",
           "Jenis Usaha", "Omset/Bulan", "Modal Usaha", "Jml Karyawan", "Tgl Daftar")  # fmt: skip
HEADER_ROW = 4


def nik(serial: int, *, born: date = date(1979, 8, 5), sex: str = "P", region: str = "367301") -> str:
    return encode_nik(region, born, sex, serial)


NIK_1 = nik(1)  # 3673014508790001
NIK_STORED = nik(77, sex="L")  # the stored business's owner (stored_businesses)
NIK_OTHER_STORED = nik(78, sex="L")


@dataclass(frozen=True)
class Row:
    cells: tuple[object, ...]
    empty_db: str  # expected status on an empty database
    with_db: str  # expected status with stored_businesses() registered
    fragment: str = ""  # a piece of the message (with the cell named) that must be there


def _r(*cells: object) -> tuple[object, ...]:
    return cells


ROWS: tuple[Row, ...] = (
    # 5: the clean row (NIK typed with spaces), monthly turnover in "jt"
    Row(
        _r(
            1,
            "Keripik Pisang Bu Sari",
            "Siti Aisyah",
            "3673 0145 0879 0001",
            "0812-3456-7890",
            "Jl. Ki Mas Jong",
            "CIPARE",
            "Serang",
            "Kuliner",
            "3 jt",
            "Rp 5.000.000",
            3,
            "01/03/2026",
        ),
        "ok",
        "ok",
    ),
    # 6: a numeric NIK that is valid still warns; Kel. prefix and the press spelling Karang Anyar
    Row(
        _r(
            2,
            "Batik Banten Ragam",
            "Budi Santoso",
            int(nik(2, sex="L")),
            "+62 857 1234 5678",
            "Jl. Raya",
            "Kel. Karang Anyar",
            "",
            "Kerajinan",
            "1,5 jt",
            "lima juta",
            2,
            "5-4-26",
        ),
        "peringatan",
        "peringatan",
        "D6: NIK tersimpan sebagai angka",
    ),
    # 7: Sukawana with its kecamatan; phone without its zero (numeric); date as an Excel serial; money as a number
    Row(
        _r(
            3,
            "Sate Bandeng Ibu Dewi",
            "Dewi Lestari",
            nik(3),
            812345678901,
            "Kp. Sukawana",
            "Sukawana",
            "Curug",
            "Fesyen",
            "Rp2.500.000,00",
            7500000,
            1,
            46082,
        ),
        "ok",
        "ok",
    ),
    # 8: Sukawana without a kecamatan cannot be decided
    Row(
        _r(
            4,
            "Kopi Sukawana",
            "Agus Salim",
            nik(4, sex="L"),
            "0812-1111-2222",
            "",
            "Sukawana",
            "",
            "Kuliner",
            "",
            "",
            "",
            "",
        ),
        "ditolak",
        "ditolak",
        "G8: Kelurahan 'Sukawana' bisa berarti",
    ),
    # 9: an empty row in the middle
    Row(
        _r(None, None, None, None, None, None, None, None, None, None, None, None, None),
        "dilewati",
        "dilewati",
        "Baris kosong",
    ),
    # 10: scientific notation
    Row(
        _r(6, "Roti Maryam", "Rina", "3,67301E+15", "", "", "Cipare", "", "Kuliner", "", "", "", ""),
        "ditolak",
        "ditolak",
        "D10: NIK rusak oleh spreadsheet (notasi ilmiah)",
    ),
    # 11: a numeric NIK whose last digits Excel turned to 0: serial 0000
    Row(
        _r(
            7,
            "Dodol Serang",
            "Rudi",
            int(nik(1)[:12] + "0000"),
            "",
            "",
            "Cipare",
            "",
            "Kuliner",
            "",
            "",
            "",
            "",
        ),
        "ditolak",
        "ditolak",
        "D11: Nomor urut NIK",
    ),
    # 12: an impossible birth date in the NIK
    Row(
        _r(8, "Emping Melinjo", "Tini", "3673019913790001", "", "", "Cipare", "", "Kuliner", "", "", "", ""),
        "ditolak",
        "ditolak",
        "D12: Tanggal lahir pada NIK tidak mungkin",
    ),
    # 13: a region that does not exist
    Row(
        _r(9, "Sambal Roa", "Yati", "9999014508790001", "", "", "Cipare", "", "Kuliner", "", "", "", ""),
        "ditolak",
        "ditolak",
        "D13: Kode wilayah NIK",
    ),
    # 14: a kelurahan outside Kota Serang (Cibeber is in Cilegon); landline phone
    Row(
        _r(
            10,
            "Bengkel Jaya",
            "Joko",
            nik(10, sex="L"),
            "0254 123456",
            "",
            "Cibeber",
            "",
            "Jasa",
            "",
            "",
            "",
            "",
        ),
        "ditolak",
        "ditolak",
        "G14: Kelurahan 'Cibeber' tidak dikenal di Kota Serang",
    ),
    # 15, 16: error cells
    Row(
        _r(11, "Warung Nasi Uduk", "Lina", nik(11), "", "", "Kagungan", "", "Kuliner", "#N/A", "", "", ""),
        "ditolak",
        "ditolak",
        "J15: sel berisi galat Excel #N/A",
    ),
    Row(
        _r(12, "Jamu Gendong", "Sri", nik(12), "", "", "Kagungan", "", "Kuliner", "", "#REF!", "", ""),
        "ditolak",
        "ditolak",
        "K16: sel berisi galat Excel #REF!",
    ),
    # 17: the NIK of row 5 again, for another business: never silently a new one
    Row(
        _r(
            13,
            "Toko Kelontong Siti",
            "Siti Aisyah",
            NIK_1,
            "",
            "",
            "Cipare",
            "",
            "Perdagangan",
            "",
            "",
            "",
            "",
        ),
        "ditolak",
        "ditolak",
        "D17: NIK sama dengan baris 5",
    ),
    # 18: row 5 once more
    Row(
        _r(
            14,
            "Keripik Pisang Bu Sari",
            "Siti Aisyah",
            NIK_1,
            "0812-3456-7890",
            "",
            "Cipare",
            "Serang",
            "Kuliner",
            "3 jt",
            "",
            "",
            "",
        ),
        "dilewati",
        "dilewati",
        "Sama dengan baris 5",
    ),
    # 19: no NIK; phone with dots; workers from a formula's cached value (patched in below)
    Row(
        _r(
            15,
            "Kerupuk Kulit",
            "Hasan",
            None,
            "0812.3456.0052",
            "",
            "Kaligandu",
            "",
            "Kuliner",
            "",
            "",
            None,
            "5-4-26",
        ),
        "peringatan",
        "peringatan",
        "D19: NIK kosong",
    ),
    # 20: a sector the app does not know
    Row(
        _r(16, "Warung Kopi", "Ujang", nik(16, sex="L"), "", "", "Kaligandu", "", "Warung", "", "", "", ""),
        "ditolak",
        "ditolak",
        "I20: Jenis usaha 'Warung' tidak dikenal",
    ),
    # 21: already registered (same NIK, same name): skipped when the database has it
    Row(
        _r(17, "Gipang Mak Icah", "Ahmad Fauzi", NIK_STORED, "", "", "Unyur", "", "Kuliner", "", "", "", ""),
        "ok",
        "dilewati",
        "Sudah terdaftar",
    ),
    # 22: a stored owner's NIK on another business: refused when the database has it
    Row(
        _r(18, "Laundry Bersih", "Bambang", NIK_OTHER_STORED, "", "", "Unyur", "", "Jasa", "", "", "", ""),
        "ok",
        "ditolak",
        "D22: NIK sudah dipakai UMKM",
    ),
    # 23: a name like a stored business in the same kelurahan: imported with a warning
    Row(
        _r(
            19,
            "Ikan Asin Pak Darto",
            "Rahmat",
            nik(19, sex="L"),
            "",
            "",
            "Unyur",
            "",
            "Perikanan",
            "",
            "",
            "",
            "",
        ),
        "ok",
        "peringatan",
        "B23: nama mirip UMKM",
    ),
    # 24: a typo in the kelurahan, read as the one close spelling: imported with a warning
    Row(_r(20, "Pecel Lele Mas Tono", "Tono", nik(20, sex="L"), "", "", "Cipre", "", "Kuliner", "", "", "", ""),
        "peringatan", "peringatan", "G24: kelurahan 'Cipre' dibaca sebagai Cipare"),
    # 25: the JUMLAH row of formulas at the bottom
    Row(
        _r(None, "JUMLAH", None, None, None, None, None, None, None, None, None, None, None),
        "dilewati",
        "dilewati",
        "Baris jumlah",
    ),
)
FIRST_DATA_ROW = HEADER_ROW + 1
#: formula cells and the values Excel cached for them (openpyxl writes formulas without cached values)
FORMULAS = {"L19": ("1+1", "2"), "J25": ("SUM(J5:J24)", "1234"), "K25": ("SUM(K5:K24)", None)}


def statuses(*, with_db: bool) -> dict[int, str]:
    return {FIRST_DATA_ROW + i: (r.with_db if with_db else r.empty_db) for i, r in enumerate(ROWS)}


def counts(*, with_db: bool) -> dict[str, int]:
    result = dict.fromkeys(("ok", "peringatan", "ditolak", "dilewati"), 0)
    for status in statuses(with_db=with_db).values():
        result[status] += 1
    return result


def write_office_xlsx(path: Path) -> Path:
    """The damaged office spreadsheet: title rows, header at row 4, hidden column F, formulas with cached values
    (one cached as an error)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "UMKM 2026"
    sheet.append(["DAFTAR UMKM BINAAN DISPERINDAGKOP KOTA SERANG"])
    sheet.append(["Tahun Anggaran 2026"])
    sheet.append([])
    sheet.append(list(HEADERS))
    for row in ROWS:
        sheet.append(list(row.cells))
    for ref, (formula, _cached) in FORMULAS.items():
        sheet[ref] = f"={formula}"
    sheet.column_dimensions["F"].hidden = True
    workbook.save(path)
    return with_cached_values(path, FORMULAS)


def with_cached_values(path: Path, formulas: dict[str, tuple[str, str | None]]) -> Path:
    """Put Excel's cached results next to the formulas (None: the formula failed with #REF!)."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                for ref, (_formula, cached) in formulas.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>(?:</v>)?')
                    value = cached if cached is not None else "#REF!"
                    kind = "" if cached is not None else ' t="e"'
                    text, found = pattern.subn(rf'<c r="{ref}"\1{kind}><f>\2</f><v>{value}</v>', text)
                    assert found == 1, ref
                data = text.encode("utf-8")
            target.writestr(info, data)
    return path


def stored_businesses(ctx) -> None:
    """What the "with database" statuses assume is registered already."""
    base = dict(sector="kuliner", kecamatan_code="36.73.01", kelurahan_code="36.73.01.1007")  # Unyur
    create_business(
        ctx, BusinessInput(owner_name="Ahmad Fauzi", nik=NIK_STORED, name="Gipang Mak Icah", **base)
    )
    create_business(ctx, BusinessInput(owner_name="Bambang Irawan", nik=NIK_OTHER_STORED, name="Roti Bakar 88",
                                       **base))  # fmt: skip
    create_business(ctx, BusinessInput(owner_name="Darto", nik=nik(90, sex="L"), name="Ikan Asin Pak Darta",
                                       **base))  # fmt: skip


def write_csv(path: Path, *, encoding: str = "utf-8-sig", delimiter: str = ";") -> Path:
    """A CSV as Excel saves it: title line, empty line, header, rows; "é" in a name."""
    lines = ["Daftar UMKM Binaan", "", delimiter.join(("No", "Nama Usaha", "Nama Pemilik", "NIK", "Kelurahan",
                                                        "Jenis Usaha", "Omset/Bulan"))]  # fmt: skip
    lines.append(delimiter.join(("1", "Café Ré Serang", "André", "3673014508790001", "Cipare", "Kuliner",
                                 '"1,5 jt"')))  # fmt: skip
    lines.append(delimiter.join(("2", "Toko Sumber Rejeki", "Budi", "", "Kaligandu", "Perdagangan", "750rb")))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
