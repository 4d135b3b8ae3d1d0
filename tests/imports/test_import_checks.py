"""The dry run over the damaged office spreadsheet: every row its expected status and a message naming the cell;
on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.imports.sheets import (
    FIRST_DATA_ROW,
    ROWS,
    TODAY,
    counts,
    statuses,
    stored_businesses,
    write_office_xlsx,
)
from umkm_desk.core.services import imports
from umkm_desk.core.store.models import AuditEntry, Business, Owner


@pytest.fixture
def office_file(tmp_path):
    return write_office_xlsx(tmp_path / "umkm binaan 2026.xlsx")


def _table_counts(ctx) -> tuple[int, int, int]:
    with ctx.db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Business, Owner, AuditEntry))


def _dry(ctx, path):
    table = imports.open_table(path)
    return imports.dry_run(ctx, table, imports.mapping_for(ctx, table.headers), today=TODAY)


@pytest.mark.parametrize("with_db", [False, True], ids=["empty-db", "stored-businesses"])
def test_every_row_gets_its_status_and_a_message_naming_the_cell(ctx, office_file, with_db):
    if with_db:
        stored_businesses(ctx)
    before = _table_counts(ctx)
    dry = _dry(ctx, office_file)
    assert _table_counts(ctx) == before  # a dry run writes nothing
    got = {r.row_number: r.status for r in dry.rows}
    assert got == statuses(with_db=with_db)
    assert dry.counts == counts(with_db=with_db)
    by_number = {r.row_number: r for r in dry.rows}
    for offset, row in enumerate(ROWS):
        result = by_number[FIRST_DATA_ROW + offset]
        if row.fragment and (with_db or row.empty_db == row.with_db):  # the fragment is the stored case's
            assert row.fragment in result.message, (result.row_number, result.message)
        if result.status == "ok":
            assert result.message == ""
        else:
            assert result.message, result.row_number


def test_the_table_is_read_below_the_titles_with_cached_formula_values(office_file):
    table = imports.open_table(office_file)
    assert table.header_row == 3 and table.first_data_row == 4
    assert table.headers[:4] == ("No", "Nama Usaha", "Nama Pemilik", "NIK")
    assert table.hidden_columns == frozenset({5})
    assert any("Kolom F (Alamat) tersembunyi" in n for n in table.notices)
    assert table.rows[18][11] == 2  # L19 =1+1, read as Excel cached it
    assert table.rows[24][10] == "#REF!"  # K25 failed in Excel


def test_monthly_money_is_stored_per_year_and_warnings_are_kept(ctx, office_file):
    table = imports.open_table(office_file)
    mapping = imports.mapping_for(ctx, table.headers)
    assert mapping.monthly == frozenset({9})  # "Omset/Bulan"
    result = imports.commit_import(ctx, table, mapping, today=TODAY)
    with ctx.db.read() as session:
        first = session.scalars(select(Business).where(Business.name == "Keripik Pisang Bu Sari")).one()
        assert (first.annual_sales, first.modal_usaha, first.workers) == (36_000_000, 5_000_000, 3)
        assert first.import_warning is None and first.import_batch_id == result.batch_id
        assert str(first.registered_on) == "2026-03-01"
        batik = session.scalars(select(Business).where(Business.name == "Batik Banten Ragam")).one()
        assert batik.annual_sales == 18_000_000 and batik.modal_usaha == 5_000_000  # "1,5 jt" x 12, "lima juta"
        assert batik.kelurahan_code == "36.73.06.1005"  # Karang Anyar is Kalanganyar
        assert "D6: NIK tersimpan sebagai angka" in batik.import_warning
        sukawana = session.scalars(select(Business).where(Business.name == "Sate Bandeng Ibu Dewi")).one()
        assert sukawana.kelurahan_code == "36.73.04.1007" and sukawana.kecamatan_code == "36.73.04"
        owner = session.get(Owner, sukawana.owner_id)
        assert owner.phone == "+62812345678901"


def test_the_list_filters_on_import_warnings(ctx, office_file):
    from umkm_desk.core.services.registry import business_query as bq

    table = imports.open_table(office_file)
    imports.commit_import(ctx, table, imports.mapping_for(ctx, table.headers), today=TODAY)
    warned = bq.business_keys(ctx, bq.BusinessFilter(import_warning_only=True))
    everything = bq.business_keys(ctx, bq.BusinessFilter())
    assert len(warned) == counts(with_db=False)["peringatan"] < len(everything)
    head = bq.business_head(ctx, bq.BusinessFilter(import_warning_only=True))
    assert head.total == len(warned) and head.keys == warned
    rows = bq.business_rows(ctx, warned)
    assert all(row.import_warning for row in rows.values())


def test_a_mapping_without_a_required_field_is_refused(ctx, office_file):
    table = imports.open_table(office_file)
    mapping = imports.mapping_for(ctx, table.headers)
    broken = imports.Mapping(tuple(imports.IGNORE if k == "sector" else k for k in mapping.columns))
    with pytest.raises(imports.ImportRefused, match="Jenis/Sektor Usaha"):
        imports.dry_run(ctx, table, broken, today=TODAY)
