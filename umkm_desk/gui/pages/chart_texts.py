"""The dashboard charts' own words (titles, series, notes, empty texts) in the interface language.

The core writes them in Indonesian, some with a year, a date or an amount in them; the fixed ones are written out
here so that the catalogue has them, the others are matched and their numbers carried over into the translation."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ChartTexts"

_FIXED = (
    QT_TRANSLATE_NOOP("ChartTexts", "UMKM per kecamatan dan kelas usaha"),
    QT_TRANSLATE_NOOP("ChartTexts", "Belum ada UMKM terdaftar sampai akhir periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "Pendampingan per tahap dan status"),
    QT_TRANSLATE_NOOP("ChartTexts", "Pendampingan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Tidak ada pendampingan yang berjalan pada periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "Tahap dimulai dan selesai per bulan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Dimulai"),
    QT_TRANSLATE_NOOP("ChartTexts", "Selesai"),
    QT_TRANSLATE_NOOP("ChartTexts", "Tidak ada tahap yang dimulai atau selesai pada periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "UMKM naik kelas per triwulan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Naik kelas"),
    QT_TRANSLATE_NOOP("ChartTexts", "Belum ada UMKM yang naik kelas pada periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "Permodalan: dicairkan dan angsuran dibayar per bulan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Dicairkan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Angsuran dibayar"),
    QT_TRANSLATE_NOOP("ChartTexts", "Tidak ada angsuran yang terlambat."),
    QT_TRANSLATE_NOOP("ChartTexts", "Tidak ada pencairan atau angsuran pada periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "Kegiatan dan jam pendampingan per bulan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Kegiatan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Jam pendampingan"),
    QT_TRANSLATE_NOOP("ChartTexts", "Belum ada kegiatan yang dicatat pada periode ini."),
    QT_TRANSLATE_NOOP("ChartTexts", "Target"),
    QT_TRANSLATE_NOOP("ChartTexts", "Realisasi"),
    QT_TRANSLATE_NOOP("ChartTexts", "Target dan realisasi dihitung per tahap; satu UMKM yang didampingi pada dua "
                                    "tahap dihitung dua kali."),
)

#: (the core's wording with its values as named groups, the same wording with {names} for the catalogue)
_PATTERNS = (
    (re.compile(r"Target dan realisasi rencana kerja mitra tahun (?P<year>\d+)"),
     QT_TRANSLATE_NOOP("ChartTexts", "Target dan realisasi rencana kerja mitra tahun {year}")),
    (re.compile(r"Belum ada rencana kerja atau realisasi mitra untuk tahun (?P<year>\d+)\."),
     QT_TRANSLATE_NOOP("ChartTexts", "Belum ada rencana kerja atau realisasi mitra untuk tahun {year}.")),
    (re.compile(r"Sisa pinjaman qardhul hasan per (?P<date>.+): (?P<amount>\S+) dari (?P<count>\S+) pinjaman"),
     QT_TRANSLATE_NOOP("ChartTexts", "Sisa pinjaman qardhul hasan per {date}: {amount} dari {count} pinjaman")),
    (re.compile(r"Angsuran terlambat: (?P<count>\S+) angsuran, (?P<amount>\S+) belum dibayar"),
     QT_TRANSLATE_NOOP("ChartTexts", "Angsuran terlambat: {count} angsuran, {amount} belum dibayar")),
)


def chart_text(text: str) -> str:
    """``text`` as the interface shows it: translated when the catalogue has it, else as the core wrote it."""
    for pattern, template in _PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return QCoreApplication.translate(CONTEXT, template).format(**found.groupdict())
    return QCoreApplication.translate(CONTEXT, text)
