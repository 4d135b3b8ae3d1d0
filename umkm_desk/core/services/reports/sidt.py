"""The export for the national UMKM database (SIDT-KUMKM): the columns of its business records, with their names
and in their order (``resources/sidt/sidt_columns.csv``), filled in the forms SIDT uses from what the app holds:
dates as YYYY-MM-DD, size class "Mikro"/"Kecil"/"Menengah", sex "Laki-laki"/"Perempuan", mobile numbers in
national form (08…), money in whole rupiah without separators. What the app does not hold stays empty, and a
sheet "Keterangan" (for CSV: a text file beside it) says which columns are empty and why.

The businesses are those of the UMKM list (the same filter, search and sort) or the ones selected by id.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import aliased

from umkm_desk.core.documents.sheet_stream import CsvStream, SheetColumn, XlsxStream
from umkm_desk.core.labels import SCALES, SECTORS
from umkm_desk.core.rules.kbli import kbli_category
from umkm_desk.core.services.accounts.nik_privacy import nik_shown_whole, record_export, shown
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, row_key_column
from umkm_desk.core.services.reports.list_export import EXPORT_FORMATS, PAGE, ExportResult
from umkm_desk.core.services.reports.output_file import check_output, write_atomically
from umkm_desk.core.store.models import Business, Kecamatan, Kelurahan, Owner
from umkm_desk.paths import resource_path

__all__ = ["EMPTY_REASONS", "SidtExport", "note_path_for", "rt_rw", "sidt_columns", "write_sidt"]

_SEX = {"L": "Laki-laki", "P": "Perempuan"}
_WORKERS = "Jumlah tenaga kerja dicatat sebagai satu angka, tanpa rincian dibayar/tidak, jenis kelamin atau disabilitas."
_RT_RW = re.compile(r"\bRT\.?\s*0*(\d{1,3})\s*/\s*RW\.?\s*0*(\d{1,3})\b", re.IGNORECASE)
#: columns the app does not hold, and why (shown in the note)
EMPTY_REASONS: dict[str, str] = {
    "id_data_badan_usaha": "Nomor rekaman milik SIDT; kosong untuk data baru (diisi SIDT).",
    "is_disabilitas": "Status disabilitas pemilik tidak dicatat di UMKM Desk.",
    "pendidikan_formal": "Pendidikan formal pemilik tidak dicatat di UMKM Desk.",
    "produk_utama": "Produk utama tidak dicatat; kegiatan utama diisi sektor usaha.",
    "status_badan_usaha": "Bentuk badan usaha tidak dicatat di UMKM Desk.",
    "modal_pendirian": "UMKM Desk mencatat modal usaha saat ini (dasar kelas usaha PP 7/2021), bukan modal "
                       "pendirian; nilai itu tidak diisikan agar tidak tertukar.",
    "bulan_mulai_operasi": "Hanya tahun mulai usaha yang dicatat.",
    "asset": "Nilai aset tidak dicatat di UMKM Desk.",
    "foto_usaha": "Foto usaha tidak disimpan di UMKM Desk.",
    "alamat_latitude": "Koordinat lokasi usaha tidak dicatat.",
    "alamat_longitude": "Koordinat lokasi usaha tidak dicatat.",
    "tk_dibayar_laki": _WORKERS,
    "tk_dibayar_perempuan": _WORKERS,
    "tk_dibayar_disabil_laki": _WORKERS,
    "tk_dibayar_disabil_perempuan": _WORKERS,
    "tk_not_dibayar_laki": _WORKERS,
    "tk_not_dibayar_perempuan": _WORKERS,
    "tk_not_dibayar_disabil_laki": _WORKERS,
    "tk_not_dibayar_disabil_perempua": _WORKERS,
}
#: why a column the app does hold may still be empty in some rows
_SOMETIMES_EMPTY = {
    "nik_pengusaha": "pemilik yang NIK-nya belum dicatat",
    "nib": "usaha yang belum punya NIB",
    "jenis_kelamin": "pemilik tanpa data jenis kelamin",
    "tanggal_lahir": "pemilik tanpa tanggal lahir",
    "kontak_hp": "pemilik tanpa nomor telepon",
    "prov_pengusaha": "pemilik tanpa kelurahan tempat tinggal",
    "kab_pengusaha": "pemilik tanpa kelurahan tempat tinggal",
    "kec_pengusaha": "pemilik tanpa kelurahan tempat tinggal",
    "kel_pengusaha": "pemilik tanpa kelurahan tempat tinggal",
    "alamat_pengusaha": "pemilik tanpa alamat",
    "kategori_kbli": "usaha tanpa kode KBLI",
    "kode_kbli": "usaha tanpa kode KBLI",
    "tahun_mulai_operasi": "usaha tanpa tahun mulai",
    "alamat_usaha": "usaha tanpa alamat",
    "rt_pengusaha": "alamat pemilik tanpa \"RT …/RW …\"; RT dan RW diambil dari alamat",
    "rw_pengusaha": "alamat pemilik tanpa \"RT …/RW …\"; RT dan RW diambil dari alamat",
    "rt_usaha": "alamat usaha tanpa \"RT …/RW …\"; RT dan RW diambil dari alamat",
    "rw_usaha": "alamat usaha tanpa \"RT …/RW …\"; RT dan RW diambil dari alamat",
}
_KINDS = {"tanggal_lahir": "isodate", "modal_pendirian": "number", "omzet_tahunan": "number", "asset": "number",
          "tahun_mulai_operasi": "number", "bulan_mulai_operasi": "number"}


@cache
def sidt_columns() -> tuple[str, ...]:
    """The SIDT column names, in order, from the shipped reference file."""
    with open(resource_path("sidt", "sidt_columns.csv"), encoding="utf-8", newline="") as fh:
        return tuple(row["column"] for row in csv.DictReader(fh))


def note_path_for(path: Path) -> Path:
    """Where a CSV export's note goes: ``sidt.csv`` -> ``sidt.keterangan.txt``."""
    return path.with_name(f"{path.stem}.keterangan.txt")


def rt_rw(address: str | None) -> tuple[str | None, str | None]:
    """RT and RW from an address written "…, RT 004/RW 005" (three digits, as on Indonesian addresses)."""
    match = _RT_RW.search(address or "")
    if match is None:
        return None, None
    return match.group(1).zfill(3), match.group(2).zfill(3)


def _national(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("62") else digits


@dataclass
class SidtExport:
    rows: int = 0
    empty: dict[str, int] = field(default_factory=dict)


def _records(ctx: ServiceContext, keys: Sequence[object], *, whole_nik: bool = True) -> Iterator[dict[str, Any]]:
    """The SIDT record of each key, in the keys' order (NIKs masked unless ``whole_nik``)."""
    owner_kel = aliased(Kelurahan)
    owner_kec = aliased(Kecamatan)
    business_kec = aliased(Kecamatan)
    key = row_key_column(ctx)
    stmt = (
        select(
            key, Owner.nik, Owner.name, Business.nib, Owner.sex, Owner.birth_date, Owner.phone, owner_kec.provinsi,
            owner_kec.kabkota, owner_kec.name, owner_kel.name, Owner.address, Business.name, Business.sector,
            Business.kbli, Business.scale, Business.year_started, Business.annual_sales, business_kec.provinsi,
            business_kec.kabkota, business_kec.name, Kelurahan.name, Business.address,
        )
        .join(Owner, Owner.id == Business.owner_id)
        .outerjoin(owner_kel, owner_kel.code == Owner.kelurahan_code)
        .outerjoin(owner_kec, owner_kec.code == owner_kel.kecamatan_code)
        .join(Kelurahan, Kelurahan.code == Business.kelurahan_code)
        .join(business_kec, business_kec.code == Business.kecamatan_code)
        .where(key.in_(bindparam("keys", expanding=True)))
    )  # fmt: skip
    for start in range(0, len(keys), PAGE):
        page = list(keys[start:start + PAGE])
        with ctx.db.read() as session:
            found = {row[0]: row for row in session.execute(stmt, {"keys": page})}
        for k in page:
            row = found.get(k)
            if row is None:
                continue
            (_, nik, owner, nib, sex, born, phone, o_prov, o_kab, o_kec, o_kel, o_address, name, sector, kbli, scale,
             year, sales, b_prov, b_kab, b_kec, b_kel, b_address) = row
            o_rt, o_rw = rt_rw(o_address)
            b_rt, b_rw = rt_rw(b_address)
            yield {
                "nik_pengusaha": shown(nik, whole_nik), "nama_pengusaha": owner, "nib": nib, "jenis_kelamin": _SEX.get(sex or ""),
                "tanggal_lahir": born, "kontak_hp": _national(phone), "prov_pengusaha": o_prov,
                "kab_pengusaha": o_kab, "kec_pengusaha": o_kec, "kel_pengusaha": o_kel, "alamat_pengusaha": o_address,
                "nama_usaha": name, "kegiatan_utama": SECTORS.get(sector, sector), "kategori_kbli": kbli_category(kbli),
                "kode_kbli": kbli, "skala_usaha": SCALES.get(scale, scale), "tahun_mulai_operasi": year,
                "omzet_tahunan": sales, "prov_usaha": b_prov, "kab_usaha": b_kab, "kec_usaha": b_kec,
                "kel_usaha": b_kel, "alamat_usaha": b_address, "rt_pengusaha": o_rt, "rw_pengusaha": o_rw,
                "rt_usaha": b_rt, "rw_usaha": b_rw,
            }  # fmt: skip


def _ids_to_keys(ctx: ServiceContext, ids: Sequence[uuid.UUID]) -> list[object]:
    key = row_key_column(ctx)
    keys: dict[uuid.UUID, object] = {}
    stmt = select(Business.id, key).where(Business.id.in_(bindparam("ids", expanding=True)))
    for start in range(0, len(ids), PAGE):
        with ctx.db.read() as session:
            keys.update({bid: k for bid, k in session.execute(stmt, {"ids": list(ids[start:start + PAGE])})})
    return [keys[i] for i in ids if i in keys]


def _note_lines(result: SidtExport) -> list[tuple[str, str]]:
    lines = []
    for column in sidt_columns():
        empty = result.empty.get(column, 0)
        if column in EMPTY_REASONS:
            lines.append((column, f"Selalu kosong. {EMPTY_REASONS[column]}"))
        elif empty:
            why = _SOMETIMES_EMPTY.get(column, "data belum dicatat")
            lines.append((column, f"Kosong pada {empty:,} dari {result.rows:,} baris ({why}).".replace(",", ".")))
    return lines


def write_sidt(
    ctx: ServiceContext,
    path: Path,
    *,
    flt: BusinessFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    business_ids: Sequence[uuid.UUID] | None = None,
    replace: bool = False,
    today: date | None = None,
) -> ExportResult:
    """Write the SIDT export of the listed (or selected) businesses to ``path`` (.xlsx or .csv), atomically; a CSV
    gets its note as ``NAME.keterangan.txt`` beside it."""
    fmt = check_output(path, EXPORT_FORMATS, replace=replace)
    note_path = note_path_for(path) if fmt == "csv" else None
    if note_path is not None and not replace and os.path.lexists(note_path):
        raise ServiceError(f"Berkas {note_path} sudah ada dan tidak ditimpa.", field="out")
    if business_ids is not None:
        keys = _ids_to_keys(ctx, business_ids)
    else:
        keys = business_keys(ctx, flt or BusinessFilter(), sort=sort, descending=descending)
    names = sidt_columns()
    columns = [SheetColumn(n, _KINDS.get(n, "text"), max(12.0, len(n) + 2.0)) for n in names]
    result = SidtExport()
    whole_nik = nik_shown_whole(ctx)  # the administrator's export carries whole NIKs; the audit says which

    def values() -> Iterator[list[object]]:
        empty = dict.fromkeys(names, 0)
        for record in _records(ctx, keys, whole_nik=whole_nik):
            row = [record.get(n) for n in names]
            for n, value in zip(names, row, strict=True):
                if value is None or value == "":
                    empty[n] += 1
            result.rows += 1
            yield row
        result.empty = empty

    def write(fh: IO[bytes]) -> None:
        if fmt == "csv":
            stream = CsvStream(fh, columns)
            stream.rows(values())
            stream.close()
            return
        with XlsxStream(fh, title="Ekspor SIDT-KUMKM") as book:
            with book.sheet("SIDT", columns) as sheet:
                sheet.rows(values())
            note_columns = [SheetColumn("Kolom", width=34), SheetColumn("Keterangan", width=110)]
            with book.sheet("Keterangan", note_columns, preamble=[
                "KETERANGAN EKSPOR SIDT-KUMKM", f"{result.rows:,} UMKM".replace(",", "."), ""]) as note:
                note.rows(_note_lines(result))

    write_atomically(path, write, replace=replace)
    if note_path is not None:
        text = io.StringIO()
        text.write(f"Ekspor SIDT-KUMKM: {path.name}, {result.rows:,} UMKM.\n".replace(",", "."))
        text.write("Kolom yang kosong dan alasannya:\n\n")
        for column, why in _note_lines(result):
            text.write(f"- {column}: {why}\n")
        data = text.getvalue().encode("utf-8")

        def write_note(fh: IO[bytes]) -> None:
            fh.write(data)

        write_atomically(note_path, write_note, replace=replace)
    record_export(ctx, "sidt", result.rows, whole_nik=whole_nik)
    return ExportResult(path, result.rows, note_path)
