"""Which column holds which field: suggestions from header words, remembered mappings by header signature.

A header is read as words ("No. HP/WA" -> "no hp wa"); whole headers the offices use are looked up first, then
telling words ("omset", "nik", "kelurahan"). A money header that speaks of a month ("Omset/Bulan", "Omzet per
bln") is per month: the import multiplies it by 12. The mapping the officer confirms is stored under the
signature of the headers (the setting table), so next month's file with the same headers maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence

from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, record_audit
from umkm_desk.core.services.imports.model import FIELD_BY_KEY, FIELDS, IGNORE, Mapping
from umkm_desk.core.store.models import Setting

_SETTING_PREFIX = "impor.kolom."

# Whole headers as offices write them, after _words().
_EXACT: dict[str, str] = {
    "nama usaha": "name", "nama umkm": "name", "nama ukm": "name", "nama toko": "name", "usaha": "name",
    "nama perusahaan": "name", "merek": "name", "merk": "name", "nama merek": "name", "umkm": "name",
    "nama pemilik": "owner_name", "pemilik": "owner_name", "nama pelaku usaha": "owner_name",
    "pelaku usaha": "owner_name", "nama": "owner_name", "nama lengkap": "owner_name",
    "nama pemilik usaha": "owner_name", "pemilik usaha": "owner_name",
    "nik": "nik", "no ktp": "nik", "nomor ktp": "nik", "ktp": "nik", "nik pemilik": "nik", "no nik": "nik",
    "no hp": "phone", "hp": "phone", "no hp wa": "phone", "telepon": "phone", "no telp": "phone", "wa": "phone",
    "whatsapp": "phone", "kontak": "phone", "no wa": "phone", "nomor hp": "phone", "telp": "phone",
    "no telepon": "phone", "nomor telepon": "phone", "hp wa": "phone", "no hp whatsapp": "phone",
    "alamat": "address", "alamat usaha": "address", "alamat tempat usaha": "address",
    "alamat pemilik": "owner_address", "alamat rumah": "owner_address", "alamat ktp": "owner_address",
    "kelurahan": "kelurahan", "kel": "kelurahan", "desa": "kelurahan", "kelurahan desa": "kelurahan",
    "desa kelurahan": "kelurahan", "kel desa": "kelurahan",
    "kecamatan": "kecamatan", "kec": "kecamatan",
    "jenis usaha": "sector", "sektor": "sector", "sektor usaha": "sector", "bidang usaha": "sector",
    "kategori": "sector", "kategori usaha": "sector", "jenis": "sector", "bidang": "sector",
    "kbli": "kbli", "kode kbli": "kbli",
    "nib": "nib", "no nib": "nib", "nomor nib": "nib", "nomor induk berusaha": "nib",
    "halal": "halal_number", "no halal": "halal_number", "sertifikat halal": "halal_number",
    "no sertifikat halal": "halal_number", "nomor sertifikat halal": "halal_number",
    "pirt": "pirt_number", "p irt": "pirt_number", "no pirt": "pirt_number", "no p irt": "pirt_number",
    "tahun mulai": "year_started", "tahun berdiri": "year_started", "mulai usaha": "year_started",
    "tahun mulai usaha": "year_started", "tahun usaha": "year_started",
    "modal": "modal_usaha", "modal usaha": "modal_usaha", "aset": "modal_usaha", "modal awal": "modal_usaha",
    "omset": "annual_sales", "omzet": "annual_sales", "penjualan": "annual_sales", "omset tahunan": "annual_sales",
    "omzet tahunan": "annual_sales",
    "jml karyawan": "workers", "jumlah karyawan": "workers", "tenaga kerja": "workers", "karyawan": "workers",
    "jumlah tenaga kerja": "workers", "tk": "workers", "pekerja": "workers", "jumlah pekerja": "workers",
    "jml tk": "workers", "jml tenaga kerja": "workers",
    "tgl daftar": "registered_on", "tanggal daftar": "registered_on", "tanggal terdaftar": "registered_on",
    "tanggal registrasi": "registered_on", "tgl registrasi": "registered_on", "tgl terdaftar": "registered_on",
    "tanggal pendaftaran": "registered_on", "tgl pendaftaran": "registered_on",
}  # fmt: skip
# Telling words, tried in this order when the whole header is not in _EXACT.
_WORD_RULES: tuple[tuple[frozenset[str], frozenset[str], str], ...] = tuple(
    (frozenset(all_of.split()), frozenset(none_of.split()), key)
    for all_of, none_of, key in (
        ("nik", "", "nik"),
        ("ktp", "alamat", "nik"),
        ("nib", "", "nib"),
        ("kbli", "", "kbli"),
        ("halal", "", "halal_number"),
        ("pirt", "", "pirt_number"),
        ("omset", "", "annual_sales"),
        ("omzet", "", "annual_sales"),
        ("penjualan", "", "annual_sales"),
        ("modal", "", "modal_usaha"),
        ("aset", "", "modal_usaha"),
        ("karyawan", "", "workers"),
        ("pekerja", "", "workers"),
        ("tenaga kerja", "", "workers"),
        ("kelurahan", "", "kelurahan"),
        ("desa", "", "kelurahan"),
        ("kecamatan", "", "kecamatan"),
        ("hp", "", "phone"),
        ("telp", "", "phone"),
        ("telepon", "", "phone"),
        ("wa", "", "phone"),
        ("whatsapp", "", "phone"),
        ("alamat pemilik", "", "owner_address"),
        ("alamat rumah", "", "owner_address"),
        ("alamat", "", "address"),
        ("nama pemilik", "", "owner_name"),
        ("pemilik", "alamat", "owner_name"),
        ("nama usaha", "", "name"),
        ("nama toko", "", "name"),
        ("nama umkm", "", "name"),
        ("jenis usaha", "", "sector"),
        ("sektor", "", "sector"),
        ("bidang", "", "sector"),
        ("tahun mulai", "", "year_started"),
        ("tahun berdiri", "", "year_started"),
        ("tanggal", "lahir", "registered_on"),
        ("tgl", "lahir", "registered_on"),
    )
)
_MONTH_WORDS = frozenset({"bulan", "bln", "perbulan", "bulanan", "bl"})


def _words(header: str) -> str:
    """ "No. HP/WA" -> "no hp wa"; accents, case and punctuation gone."""
    text = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"\(?\brp\b\.?\)?", " ", text)  # "Omset (Rp)"
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def field_for_header(header: str) -> str | None:
    """The field key a header names, or None when it names none of them."""
    words = _words(header)
    if not words:
        return None
    if words in _EXACT:
        return _EXACT[words]
    tokens = set(words.split())
    without_month = " ".join(
        t for t in words.split() if t not in _MONTH_WORDS | {"per", "tahun", "thn", "th"}
    )
    if without_month in _EXACT:
        return _EXACT[without_month]
    for all_of, none_of, key in _WORD_RULES:
        if all_of <= tokens and not none_of & tokens:
            return key
    return None


def is_monthly_header(header: str) -> bool:
    """Whether a money header counts per month ("Omset/Bulan", "Omzet per bln")."""
    return bool(set(_words(header).split()) & _MONTH_WORDS)


def suggest_mapping(headers: Sequence[str]) -> Mapping:
    """One field per column from its header; a field goes to the first column that names it, the others are
    ignored. Money columns whose header speaks of a month are marked per month."""
    taken: set[str] = set()
    columns: list[str] = []
    monthly: set[int] = set()
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is None or key in taken:
            columns.append(IGNORE)
            continue
        taken.add(key)
        columns.append(key)
        if FIELD_BY_KEY[key].money and is_monthly_header(header):
            monthly.add(index)
    return Mapping(tuple(columns), frozenset(monthly))


def header_signature(headers: Sequence[str]) -> str:
    """The same for two files whose headers read the same (case, spacing and punctuation aside)."""
    text = "\x1f".join(_words(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _decode(value: str, width: int) -> Mapping | None:
    try:
        data = json.loads(value)
        columns = tuple(str(c) for c in data["columns"])
        monthly = frozenset(int(i) for i in data.get("monthly", ()))
    except (ValueError, KeyError, TypeError):
        return None
    if len(columns) != width or any(c != IGNORE and c not in FIELD_BY_KEY for c in columns):
        return None  # written by another version, or the file changed: suggest afresh
    return Mapping(columns, frozenset(i for i in monthly if 0 <= i < width))


def mapping_for(ctx: ServiceContext, headers: Sequence[str]) -> Mapping:
    """The mapping remembered for these headers, else the suggestion."""
    with ctx.db.read() as session:
        row = session.get(Setting, _SETTING_PREFIX + header_signature(headers))
        remembered = _decode(row.value, len(headers)) if row is not None else None
    return remembered or suggest_mapping(headers)


@requires("imports.write")
def remember_mapping(ctx: ServiceContext, headers: Sequence[str], mapping: Mapping) -> None:
    """Store the mapping under the headers' signature (one transaction, one audit row)."""
    if len(mapping.columns) != len(headers):
        raise ValueError("mapping and headers differ in length")
    key = _SETTING_PREFIX + header_signature(headers)
    value = json.dumps({"columns": list(mapping.columns), "monthly": sorted(mapping.monthly)})
    with ctx.db.transaction() as session:
        row = session.get(Setting, key)
        old = row.value if row is not None else None
        if old == value:
            return
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        record_audit(session, ctx.actor, "setting", key, "update", {"mapping": (old, value)})


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB", as a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def check_mapping(mapping: Mapping) -> list[str]:
    """What keeps the mapping from being used, in Indonesian: a required field without a column, a field chosen
    for two columns, a per-month mark on a column that is not money."""
    problems: list[str] = []
    where: dict[str, list[int]] = {}
    for index, key in enumerate(mapping.columns):
        if key == IGNORE:
            continue
        if key not in FIELD_BY_KEY:
            problems.append(f"Kolom {column_letter(index)}: isian '{key}' tidak dikenal.")
            continue
        where.setdefault(key, []).append(index)
    for field in FIELDS:
        if field.required and field.key not in where:
            problems.append(f"Pilih kolom untuk {field.label}; isian ini wajib.")
    for key, indexes in where.items():
        if len(indexes) > 1:
            letters = " dan ".join(column_letter(i) for i in indexes)
            problems.append(
                f"{FIELD_BY_KEY[key].label} dipilih untuk lebih dari satu kolom ({letters}); pilih satu."
            )
    for index in sorted(mapping.monthly):
        key = mapping.columns[index] if index < len(mapping.columns) else IGNORE
        if key == IGNORE or not FIELD_BY_KEY[key].money:
            problems.append(f"Kolom {column_letter(index)} ditandai per bulan, padahal bukan kolom uang.")
    return problems
