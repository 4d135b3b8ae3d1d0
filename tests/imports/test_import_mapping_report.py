"""Column suggestions and remembered mappings, the per-row report (.csv and .xlsx) and the import template."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from tests.imports.sheets import HEADERS, TODAY, nik, write_office_xlsx
from umkm_desk.core.services import imports
from umkm_desk.core.services.imports.mapping import column_letter

OFFICE_MAPPING = ("", "name", "owner_name", "nik", "phone", "address", "kelurahan", "kecamatan", "sector",
                  "annual_sales", "modal_usaha", "workers", "registered_on")  # fmt: skip


def test_the_office_headers_map_themselves():
    mapping = imports.suggest_mapping(HEADERS)
    assert mapping.columns == OFFICE_MAPPING
    assert mapping.monthly == frozenset({9})
    assert imports.check_mapping(mapping) == []


@pytest.mark.parametrize(
    ("header", "key", "monthly"),
    [("Omzet per Tahun (Rp)", "annual_sales", False), ("Omset/Bln", "annual_sales", True),
     ("NIK Pemilik", "nik", False), ("Kel./Desa", "kelurahan", False), ("Alamat Pemilik", "owner_address", False),
     ("Tanggal Lahir", None, False), ("Keterangan", None, False), ("No", None, False)],
)  # fmt: skip
def test_header_words(header, key, monthly):
    mapping = imports.suggest_mapping([header])
    assert mapping.columns == (key or imports.IGNORE,)
    assert (0 in mapping.monthly) == monthly


def test_a_field_named_twice_goes_to_the_first_column():
    assert imports.suggest_mapping(["Nama Usaha", "Nama Toko"]).columns == ("name", imports.IGNORE)


def test_check_mapping_says_what_is_missing_or_twice():
    problems = imports.check_mapping(imports.Mapping(("name", "name", "kelurahan"), frozenset({2})))
    text = " ".join(problems)
    assert "Nama Pemilik" in text and "Jenis/Sektor Usaha" in text
    assert "lebih dari satu kolom (A dan B)" in text
    assert "Kolom C ditandai per bulan" in text


def test_the_mapping_is_remembered_by_the_headers_signature(ctx):
    headers = ["Usaha", "Pemilik", "Wilayah", "Bidang", "Catatan"]
    chosen = imports.Mapping(("name", "owner_name", "kelurahan", "sector", imports.IGNORE))
    assert imports.mapping_for(ctx, headers) != chosen
    imports.remember_mapping(ctx, headers, chosen)
    # next month's file: the same headers, spelled a little differently
    assert imports.header_signature(["USAHA", "Pemilik ", "wilayah", "Bidang.", "Catatan"]) == \
        imports.header_signature(headers)  # fmt: skip
    assert imports.mapping_for(ctx, ["USAHA", "Pemilik ", "wilayah", "Bidang.", "Catatan"]) == chosen
    assert imports.mapping_for(ctx, [*headers, "Baru"]) == imports.suggest_mapping([*headers, "Baru"])


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.fixture
def dry(ctx, tmp_path):
    table = imports.open_table(write_office_xlsx(tmp_path / "umkm.xlsx"))
    return imports.dry_run(ctx, table, imports.mapping_for(ctx, table.headers), today=TODAY)


def test_csv_report_has_bom_baris_status_pesan_and_the_original_cells(dry, tmp_path):
    path = tmp_path / "laporan.csv"
    imports.write_report_csv(dry, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert records[0] == ["baris", "status", "pesan", *HEADERS]
    assert len(records) == 1 + len(dry.rows)
    assert [int(r[0]) for r in records[1:]] == [r.row_number for r in dry.rows]
    assert {r[1] for r in records[1:]} <= set(imports.STATUSES)
    by_row = {int(r[0]): r for r in records[1:]}
    assert by_row[5][3:6] == ["1", "Keripik Pisang Bu Sari", "Siti Aisyah"]
    assert by_row[6][6] == nik(2, sex="L")  # a numeric NIK written back with every digit
    assert by_row[15][12] == "#N/A" and by_row[15][1] == "ditolak" and "J15" in by_row[15][2]


def test_xlsx_report_can_be_fixed_and_imported_again(dry, tmp_path):
    path = tmp_path / "laporan.xlsx"
    imports.write_report_xlsx(dry, path)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]][:4] == ["baris", "status", "pesan", "No"]
    assert sheet.max_row == 1 + len(dry.rows)
    again = imports.open_table(path)  # the report itself reads as an import file (baris/status/pesan ignored)
    assert again.headers[3:] == HEADERS
    assert imports.suggest_mapping(again.headers).columns[3:] == OFFICE_MAPPING


def test_template_has_headers_example_and_drop_downs(ctx, tmp_path):
    path = tmp_path / "templat.xlsx"
    imports.write_template(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data UMKM"]
    validations = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert set(validations) == {"G2", "H2", "I2"}  # kelurahan, kecamatan, jenis usaha
    lists = workbook["Daftar"]
    column = {c[0].value: [x.value for x in c[1:] if x.value] for c in lists.iter_cols()}
    assert len(column["Kecamatan"]) == 6 and len(column["Kelurahan"]) == 66  # two are called Sukawana
    assert "Kuliner" in column["Jenis Usaha"]
    table = imports.open_table(path)
    mapping = imports.mapping_for(ctx, table.headers)
    assert imports.check_mapping(mapping) == []
    dry = imports.dry_run(ctx, table, mapping, today=TODAY)
    assert [r.status for r in dry.rows] == ["dilewati"]  # the example row is not imported
