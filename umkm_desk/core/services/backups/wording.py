"""How backups and a restore are told to the officer, the same words in the window and on the command line."""

from __future__ import annotations

from datetime import datetime

from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.backups.identity import Counts
from umkm_desk.core.services.backups.restore import RestoreResult


def format_when(when: datetime | None) -> str:
    """ "3 Desember 2026 08.40" (Indonesian writes the time with a dot)."""
    if when is None:
        return "-"
    return f"{format_tanggal(when.date())} {when.strftime('%H.%M')}"


def format_size(size: int) -> str:
    """ "1,2 MB" / "850 KB": decimal comma, as the office reads numbers."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} KB"


def format_counts(counts: Counts | None) -> str:
    if counts is None:
        return "-"
    return f"{counts.businesses} UMKM, {counts.cases} kasus, {counts.documents} dokumen"


def restore_summary(result: RestoreResult) -> list[str]:
    """The lines that say what the restore did and what it means for the letter register."""
    lines = [f"Basis data dipulihkan dari {result.restored_from.name} ({format_counts(result.counts)})."]
    if result.previous_saved_as is not None:
        lines.append(f"Berkas yang diganti disimpan sebagai {result.previous_saved_as}.")
    if result.lost_documents:
        lines.append(
            f"{len(result.lost_documents)} dokumen diterbitkan setelah cadangan ini dibuat dan tidak ada lagi dalam "
            "data yang dipulihkan (nomornya tetap terpakai; cetakannya masih sah sebagai arsip):"
        )
        for doc in result.lost_documents:
            when = format_tanggal(doc.issued_on) if doc.issued_on else "-"
            business = f", {doc.business_name}" if doc.business_name else ""
            lines.append(f"  - {doc.number} ({doc.kind_label}, {when}{business})")
    else:
        lines.append("Tidak ada dokumen terbitan yang hilang.")
    if not result.register_complete:
        lines.append("Register pada berkas yang diganti tidak terbaca seluruhnya (berkas rusak): periksa arsip "
                     "cetak untuk nomor yang mungkin tidak tercatat.")
    for year, number in result.next_numbers.items():
        lines.append(f"Nomor surat berikutnya tahun {year}: {number}.")
    return lines
