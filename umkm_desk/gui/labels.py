"""Indonesian labels for the codes stored in the database, as the GUI shows them.

The words come from :mod:`umkm_desk.core.labels` (documents print the same ones); here they pass through Qt's
translation so an English translation can be added later. Plain dicts and functions: import freely.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from umkm_desk.core import labels as core
from umkm_desk.core.rules.dates import MONTHS

_CONTEXT = "labels"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: tr(text) for code, text in table.items()}


def sectors() -> dict[str, str]:
    return _translated(core.SECTORS)


def scales() -> dict[str, str]:
    return _translated(core.SCALES)


def stages() -> dict[str, str]:
    return _translated(core.STAGE_KINDS)


def document_kinds() -> dict[str, str]:
    from umkm_desk.core.documents.kinds import KINDS  # light: renderers load on first use

    return {key: tr(kind.label) for key, kind in KINDS.items()}


def case_statuses() -> dict[str, str]:
    return _translated(core.CASE_STATUS)


def stage_statuses() -> dict[str, str]:
    return _translated(core.STAGE_STATUS)


def sexes() -> dict[str, str]:
    return {"L": tr("Laki-laki"), "P": tr("Perempuan")}


def label(table: dict[str, str], code: str | None) -> str:
    """The label for a code; unknown codes are shown as is, None as ""."""
    if code is None:
        return ""
    return table.get(code, code)


#: Indonesian names of the fields of a business and its owner, for the edit history.
FIELD_LABELS: dict[str, str] = {
    "name": "Nama",
    "nik": "NIK",
    "nik_missing": "NIK belum ada",
    "sex": "Jenis kelamin",
    "birth_date": "Tanggal lahir",
    "phone": "Telepon",
    "address": "Alamat",
    "kelurahan_code": "Kelurahan",
    "kecamatan_code": "Kecamatan",
    "sector": "Sektor",
    "kbli": "KBLI",
    "nib": "NIB",
    "npwp": "NPWP",
    "halal_number": "Nomor halal",
    "pirt_number": "Nomor PIRT",
    "year_started": "Tahun mulai",
    "modal_usaha": "Modal usaha",
    "annual_sales": "Omzet tahunan",
    "workers": "Tenaga kerja",
    "scale": "Skala usaha",
    "naik_kelas": "Naik kelas",
    "duplicate_reason": "Alasan data ganda",
    "current_stage": "Tahap",
    "case_status": "Status kasus",
    # partners, work plans and logins, as a sync conflict shows them
    "kind": "Jenis",
    "contact_name": "Narahubung",
    "contact_phone": "Telepon narahubung",
    "email": "Surel",
    "username": "Nama pengguna",
    "year": "Tahun",
    "stage": "Tahap",
    "quota": "Kuota",
    "budget": "Anggaran",
}

ACTION_LABELS: dict[str, str] = {
    "create": "Didaftarkan",
    "update": "Diubah",
    "delete": "Diarsipkan",
    "restore": "Dipulihkan",
    "duplicate": "Disimpan walau mirip data lain",
    "import": "Diimpor dari berkas",
}


def field_label(entity: str, field: str | None) -> str:
    if field is None:
        return ""
    text = tr(FIELD_LABELS.get(field, field))
    # owner and business both have a name, an address and a region: say whose changed
    if field in _SHARED_FIELDS and entity == "owner":
        return tr("{field} pemilik").format(field=text)
    if field in _SHARED_FIELDS and entity == "business":
        return tr("{field} usaha").format(field=text)
    return text


_SHARED_FIELDS = ("name", "address", "kelurahan_code", "kecamatan_code")


def short_date(d: date | None) -> str:
    """ "28 Nov 2026" (Agu for Agustus, Mei for Mei)."""
    if d is None:
        return ""
    return f"{d.day} {tr(MONTHS[d.month - 1])[:3]} {d.year}"


def long_date(d: date | None) -> str:
    """ "28 November 2026"."""
    if d is None:
        return ""
    return f"{d.day} {tr(MONTHS[d.month - 1])} {d.year}"


def thousands(n: int) -> str:
    """1234 -> "1.234"."""
    return f"{n:,}".replace(",", ".")
