"""UMKM naik kelas: businesses that moved up a size class in the period, per quarter (or month) and by move, and
each with its sales and capital before and after."""

from __future__ import annotations

from datetime import date

from umkm_desk.core.documents.report_content import ReportColumn, ReportRow, ReportTable
from umkm_desk.core.labels import SCALES, SECTORS
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.answers import fact_rows, tally_of
from umkm_desk.core.services.reports.period import month_label, quarter_label
from umkm_desk.core.services.reports.questions import month_value, quarter_value
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, count_column, where

__all__ = ["NOTES", "TITLE", "naik_kelas_tables"]

TITLE = "Laporan UMKM Naik Kelas"
NOTES = (
    "Naik kelas: pengukuran pertama yang kelas usahanya (PP 7/2021) di atas kelas pada pengukuran awal, diambil "
    "dalam periode; setiap UMKM dihitung sekali, pada triwulan (bulan) pengukuran itu.",
    "Sebelum: pengukuran awal (data saat pendaftaran atau saat pendampingan dibuka); sesudah: pengukuran naik kelas.",
)
_SCALE_RANK = {code: rank for rank, code in enumerate(SCALES)}


def naik_kelas_tables(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> tuple[ReportTable, ...]:
    by_month = (flt.end - flt.start).days <= 92
    dim = "month" if by_month else "quarter"
    # read once: the list below and the counts per period and move are the same facts
    naik_facts = fact_rows(ctx, "naik_kelas", flt, today=today)
    found = tally_of("naik_kelas", naik_facts, (dim, "before_scale", "after_scale"))
    moves = sorted({(k[1], k[2]) for k in found} | {("mikro", "kecil"), ("kecil", "menengah")},
                   key=lambda m: (_SCALE_RANK.get(m[0], 9), _SCALE_RANK.get(m[1], 9)))
    if by_month:
        buckets = [(month_value(y, m), month_label(y, m)) for y, m in flt.period.months()]
    else:
        buckets = [(quarter_value(y, q), quarter_label(y, q)) for y, q in flt.period.quarters()]

    def n(bucket: str, move: tuple[str, str] | None = None) -> int:
        return sum(v.count for k, v in found.items() if k[0] == bucket and (move is None or (k[1], k[2]) == move))

    table_period = ReportTable(
        f"UMKM naik kelas per {'bulan' if by_month else 'triwulan'}",
        (ReportColumn("Bulan" if by_month else "Triwulan", width=2.0),
         *(count_column(f"{SCALES.get(a, a)} → {SCALES.get(b, b)}", "naik_kelas", before_scale=a, after_scale=b)
           for a, b in moves),
         count_column("Jumlah", "naik_kelas")),
        tuple(ReportRow((label, *(n(bucket, move) for move in moves), n(bucket)), where(**{dim: bucket}))
              for bucket, label in buckets),
    )  # fmt: skip
    facts = sorted(naik_facts, key=lambda f: (f["after_on"], f["name"].lower(), str(f["id"])))
    table_list = ReportTable(
        "Daftar UMKM naik kelas",
        (ReportColumn("Nama usaha", width=2.6), ReportColumn("Pemilik", width=2.2),
         ReportColumn("Kecamatan", width=1.65), ReportColumn("Kelurahan", width=1.5), ReportColumn("Sektor", width=1.5),
         ReportColumn("Tanggal", "date", 1.8), ReportColumn("Kelas awal", width=1.45),
         ReportColumn("Kelas baru", width=1.45), ReportColumn("Omzet awal", "money", 2.2, True),
         ReportColumn("Omzet sesudah", "money", 2.2, True), ReportColumn("Modal awal", "money", 2.0, True),
         ReportColumn("Modal sesudah", "money", 2.0, True)),
        tuple(
            ReportRow((f["name"], f["owner"], names.kecamatan_name(f["kecamatan"]),
                       names.kelurahan_name(f["kelurahan"]), SECTORS.get(f["sector"], f["sector"]), f["after_on"],
                       SCALES.get(f["before_scale"], f["before_scale"]),
                       SCALES.get(f["after_scale"], f["after_scale"]), int(f["before_sales"]),
                       int(f["after_sales"]), int(f["before_capital"]), int(f["after_capital"])))
            for f in facts
        ),
        source="naik_kelas",
        empty_text="Tidak ada UMKM yang naik kelas pada periode ini.",
    )  # fmt: skip
    return table_period, table_list
