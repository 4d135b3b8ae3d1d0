"""Indonesian labels for the short codes stored in the database.

Documents and reports print these; the GUI shows the same words (wrapped for translation there).
"""

from __future__ import annotations

STAGE_KINDS: dict[str, str] = {"capital": "Permodalan", "mentoring": "Pendampingan", "marketing": "Pemasaran"}
STAGE_ORDER: tuple[str, ...] = ("capital", "mentoring", "marketing")

STAGE_STATUS: dict[str, str] = {
    "belum": "Belum mulai",
    "berjalan": "Berjalan",
    "selesai": "Selesai",
    "dilewati": "Dilewati",
}

CASE_STATUS: dict[str, str] = {
    "aktif": "Aktif",
    "selesai": "Selesai",
    "naik_kelas": "Naik kelas",
    "dihentikan": "Dihentikan",
}

ACTIVITY_KINDS: dict[str, str] = {
    "kunjungan": "Kunjungan",
    "mentoring": "Sesi Mentoring",
    "pelatihan": "Pelatihan",
    "pasar": "Kegiatan Pasar",
    "pencairan": "Pencairan Dana",
}

MARKET_KINDS: dict[str, str] = {"bazar": "Bazar", "pameran": "Pameran", "ecommerce": "Onboarding E-commerce"}

CAPITAL_KINDS: dict[str, str] = {
    "hibah": "Hibah",
    "qardhul_hasan": "Qardhul Hasan",
    "kur": "Rujukan KUR",
    "csr": "CSR",
    "lainnya": "Lainnya",
}

CAPITAL_STATUS: dict[str, str] = {
    "diajukan": "Diajukan",
    "disetujui": "Disetujui",
    "dicairkan": "Dicairkan",
    "ditolak": "Ditolak",
}

PARTNER_KINDS: dict[str, str] = {
    "ptn": "Perguruan Tinggi Negeri",
    "pts": "Perguruan Tinggi Swasta",
    "zakat": "BAZNAS/LAZ",
    "opd": "OPD",
    "lainnya": "Lainnya",
}

AGREEMENT_KINDS: dict[str, str] = {"mou": "MoU", "pks": "PKS"}
AGREEMENT_TITLES: dict[str, str] = {"mou": "Nota Kesepahaman", "pks": "Perjanjian Kerja Sama"}

SECTORS: dict[str, str] = {
    "kuliner": "Kuliner",
    "kerajinan": "Kerajinan",
    "fesyen": "Fesyen",
    "perdagangan": "Perdagangan",
    "jasa": "Jasa",
    "pertanian": "Pertanian",
    "perikanan": "Perikanan",
    "industri": "Industri Pengolahan",
}

SCALES: dict[str, str] = {"mikro": "Mikro", "kecil": "Kecil", "menengah": "Menengah", "besar": "Besar"}

def label(table: dict[str, str], code: str | None) -> str:
    """The label for a code; an unknown code is shown as is rather than hidden, and None as ""."""
    if code is None:
        return ""
    return table.get(code, code)
