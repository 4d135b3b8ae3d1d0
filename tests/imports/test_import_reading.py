"""Reading files: what cannot be read is refused with an Indonesian message, before anything is written;
CSV in its encodings and delimiters; merged header cells; the header below title rows."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from tests.imports.sheets import write_csv
from umkm_desk.core.services import imports
from umkm_desk.core.services.imports.reading import MAX_FILE_BYTES


def _docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _ole(path, *, encrypted: bool):
    body = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    if encrypted:  # the directory entry Office writes for a password-protected .xlsx
        body[1024:1024 + 32] = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(bytes(body))
    return path


@pytest.mark.parametrize(
    ("name", "make", "fragment"),
    [
        ("laporan.xlsx", lambda p: _docx(p), "dokumen Word"),
        ("laporan.xlsx", lambda p: p.write_bytes(b"%PDF-1.7\n%binary\n") and p, "dokumen PDF"),
        ("rahasia.xlsx", lambda p: _ole(p, encrypted=True), "dilindungi kata sandi"),
        ("lama.xlsx", lambda p: _ole(p, encrypted=False), "Excel lama (.xls)"),
        ("lama.xls", lambda p: _ole(p, encrypted=False), "simpan sebagai".title().split()[0]),
        ("kosong.xlsx", lambda p: p.write_bytes(b"") or p, "kosong (0 byte)"),
        ("kosong.csv", lambda p: p.write_bytes(b"") or p, "kosong (0 byte)"),
        ("teks.xlsx", lambda p: p.write_text("bukan excel") and p, "bukan buku kerja Excel"),
        ("gambar.png", lambda p: p.write_bytes(b"\x89PNG....") and p, "tidak didukung"),
        ("biner.csv", lambda p: p.write_bytes(b"a;b\x00c") and p, "bukan berkas teks CSV"),
    ],
)
def test_unreadable_files_are_refused_with_what_to_do(tmp_path, name, make, fragment):
    path = tmp_path / name
    make(path)
    with pytest.raises(imports.ImportRefused) as caught:
        imports.open_table(path)
    assert fragment in caught.value.message
    assert caught.value.message.endswith(".")


def test_a_file_over_100_mb_is_refused_by_its_size_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "besar.xlsx"
    with path.open("wb") as handle:  # sparse: nothing to read, only the size
        handle.truncate(MAX_FILE_BYTES + 1)
    opened = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(imports.ImportRefused, match="terlalu besar"):
        imports.open_table(path)
    assert not opened


def test_a_sheet_without_a_recognisable_header_is_refused(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Catatan rapat"])
    workbook.active.append(["Senin", "hadir 12 orang"])
    workbook.save(tmp_path / "rapat.xlsx")
    with pytest.raises(imports.ImportRefused, match="Baris judul kolom tidak ditemukan"):
        imports.open_table(tmp_path / "rapat.xlsx")


def test_an_empty_sheet_and_a_missing_sheet(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Kosong"
    workbook.save(tmp_path / "kosong.xlsx")
    with pytest.raises(imports.ImportRefused, match="kosong"):
        imports.open_table(tmp_path / "kosong.xlsx")
    with pytest.raises(imports.ImportRefused, match="Lembar 'Data' tidak ada.*Kosong"):
        imports.open_table(tmp_path / "kosong.xlsx", sheet="Data")


def test_the_sheet_with_a_header_is_chosen_and_any_can_be_asked_for(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Petunjuk"
    workbook.active.append(["Isi lembar Data."])
    data = workbook.create_sheet("Data")
    data.append(["Nama Usaha", "Nama Pemilik", "Kelurahan", "Jenis Usaha"])
    data.append(["Warung Bu Sari", "Sari", "Cipare", "Kuliner"])
    workbook.save(tmp_path / "dua.xlsx")
    table = imports.open_table(tmp_path / "dua.xlsx")
    assert (table.sheet, table.sheets, table.header_row) == ("Data", ("Petunjuk", "Data"), 0)
    with pytest.raises(imports.ImportRefused, match="Baris judul"):
        imports.open_table(tmp_path / "dua.xlsx", sheet="Petunjuk")


def test_merged_header_cells_with_sub_headers_make_one_header(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["REKAP UMKM"])
    sheet.append(["No", "Nama", None, "Kelurahan", "Jenis Usaha"])
    sheet.append([None, "Usaha", "Pemilik"])
    sheet.merge_cells("B2:C2")
    sheet.merge_cells("A2:A3")
    sheet.append([1, "Warung Bu Sari", "Sari", "Cipare", "Kuliner"])
    workbook.save(tmp_path / "gabung.xlsx")
    table = imports.open_table(tmp_path / "gabung.xlsx")
    assert table.headers == ("No", "Nama Usaha", "Nama Pemilik", "Kelurahan", "Jenis Usaha")
    assert (table.header_row, table.header_rows, table.first_data_row) == (1, 2, 3)
    assert any("B2:C2" in n for n in table.notices)
    assert imports.suggest_mapping(table.headers).columns[1:3] == ("name", "owner_name")


def test_a_merged_header_without_sub_headers_names_the_other_columns(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nama Usaha", None, "Nama Pemilik", "Kelurahan", "Jenis Usaha"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Warung Bu Sari", None, "Sari", "Cipare", "Kuliner"])
    workbook.save(tmp_path / "lebar.xlsx")
    table = imports.open_table(tmp_path / "lebar.xlsx")
    assert table.headers[:2] == ("Nama Usaha", "Kolom B") and table.header_rows == 1


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";"),
                                                     ("cp1252", ","), ("utf-16", "\t")])  # fmt: skip
def test_csv_in_every_encoding_and_delimiter(tmp_path, encoding, delimiter):
    table = imports.open_table(write_csv(tmp_path / "umkm.csv", encoding=encoding, delimiter=delimiter))
    assert table.header_row == 2 and table.sheets == ("umkm.csv",)
    assert table.rows[3][1:3] == ("Café Ré Serang", "André")
    assert table.rows[3][6] == "1,5 jt"
    assert table.rows[1] == (None,) * len(table.headers)  # the empty line keeps its place


def test_csv_row_numbers_follow_the_lines_of_a_multiline_cell(tmp_path):
    path = tmp_path / "alamat.csv"
    path.write_text('Nama Usaha;Nama Pemilik;Alamat\r\nA;B;"Jl. Mawar\r\nRT 01"\r\nC;D;E\r\n', encoding="utf-8")
    table = imports.open_table(path)
    assert [table.row_number(i) for i in range(len(table.rows))] == [1, 2, 4]


def test_csv_in_an_unknown_encoding_is_refused(tmp_path):
    path = tmp_path / "aneh.csv"
    path.write_bytes(b"Nama Usaha;Kelurahan\n" + b"\x81\x8d\xff\xfe\xc3\n")
    with pytest.raises(imports.ImportRefused, match="UTF-8 atau Windows-1252"):
        imports.open_table(path)


def test_a_header_row_can_be_given(tmp_path):
    path = write_csv(tmp_path / "umkm.csv")
    table = imports.open_table(path, header_row=3)
    assert table.headers[1] == "Café Ré Serang" and table.first_data_row == 4
    with pytest.raises(imports.ImportRefused, match="di luar data"):
        imports.open_table(path, header_row=40)


def test_a_wrong_dimension_does_not_cut_rows(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Nama Usaha", "Nama Pemilik", "Kelurahan", "Jenis Usaha"], ["A", "B", "Cipare", "Kuliner"],
                ["C", "D", "Cipare", "Kuliner"]):  # fmt: skip
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "dimensi.xlsx"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(b'<dimension ref="A1:D3"', b'<dimension ref="A1:B2"')
            target.writestr(info, data)
    table = imports.open_table(path)
    assert len(table.rows) == 3 and table.rows[2] == ("C", "D", "Cipare", "Kuliner")
