"""Rekapitulasi UMKM binaan: the registered businesses by kecamatan and kelurahan, size class and sector."""

from __future__ import annotations

from collections import Counter
from datetime import date

from umkm_desk.core.documents.report_content import ReportColumn, ReportRow, ReportTable
from umkm_desk.core.labels import SCALES, SECTORS
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.answers import tally
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, count_column, ordered, where

__all__ = ["NOTES", "TITLE", "rekap_tables"]

TITLE = "Rekapitulasi UMKM Binaan"
NOTES = (
    "UMKM binaan: usaha yang terdaftar (tidak diarsipkan) sampai dengan akhir periode; \"Baru\": terdaftar dalam "
    "periode (tanggal menurut WIB).",
    "Kelas usaha dan wilayah menurut data terakhir setiap usaha (PP 7/2021).",
)


def rekap_tables(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> tuple[ReportTable, ...]:
    counts: Counter[tuple[str, str, str, str, int]] = Counter()
    for (kec, kel, scale, sector, new), value in tally(
        ctx, "businesses", flt, ("kecamatan", "kelurahan", "scale", "sector", "baru"), today=today
    ).items():
        counts[(kec, kel, scale, sector, int(new))] += value.count
    scales = ordered({k[2] for k in counts}, SCALES)
    sectors = ordered({k[3] for k in counts}, SECTORS)

    fields = ("kecamatan", "kelurahan", "scale", "sector", "baru")
    # the counts added up once for each set of fields a cell names (summing every combination for each of the
    # report's cells took two seconds at 100,000 businesses)
    margins: dict[tuple[str, ...], Counter[tuple[object, ...]]] = {}

    def n(**match: object) -> int:
        names_ = tuple(sorted(match))
        margin = margins.get(names_)
        if margin is None:
            positions = [fields.index(name) for name in names_]
            margin = margins[names_] = Counter()
            for k, v in counts.items():
                margin[tuple(k[i] for i in positions)] += v
        return margin[tuple(match[name] for name in names_)]

    scale_columns = [count_column(SCALES.get(s, s), "businesses", scale=s) for s in scales]
    totals = [count_column("Jumlah", "businesses"), count_column("Baru dalam periode", "businesses", baru=1)]

    by_kelurahan: list[ReportRow] = []
    kecamatan_codes = names.kecamatan_codes(flt.kecamatan_code)
    extra_kecamatan = sorted({k[0] for k in counts} - set(kecamatan_codes))
    for kec in [*kecamatan_codes, *extra_kecamatan]:
        kelurahan = ordered({k[1] for k in counts if k[0] == kec}, names.kelurahan_of(kec))
        for kel in kelurahan:
            by_kelurahan.append(ReportRow(
                (names.kecamatan_name(kec), names.kelurahan_name(kel), *(n(kelurahan=kel, scale=s) for s in scales),
                 n(kelurahan=kel), n(kelurahan=kel, baru=1)),
                where(kecamatan=kec, kelurahan=kel),
            ))  # fmt: skip
        by_kelurahan.append(ReportRow(
            (f"Jumlah Kec. {names.kecamatan_name(kec)}", "", *(n(kecamatan=kec, scale=s) for s in scales),
             n(kecamatan=kec), n(kecamatan=kec, baru=1)),
            where(kecamatan=kec), subtotal=True,
        ))  # fmt: skip
    table_kelurahan = ReportTable(
        "UMKM binaan per kecamatan, kelurahan dan kelas usaha",
        (ReportColumn("Kecamatan", width=2.2), ReportColumn("Kelurahan", width=2.4), *scale_columns, *totals),
        tuple(by_kelurahan),
    )
    table_sector = ReportTable(
        "UMKM binaan per sektor dan kelas usaha",
        (ReportColumn("Sektor", width=2.6), *scale_columns, *totals),
        tuple(
            ReportRow((SECTORS.get(sector, sector), *(n(sector=sector, scale=s) for s in scales), n(sector=sector),
                       n(sector=sector, baru=1)), where(sector=sector))
            for sector in sectors
        ),
    )  # fmt: skip
    table_matrix = ReportTable(
        "UMKM binaan per kecamatan dan sektor",
        (ReportColumn("Kecamatan", width=2.2),
         *(count_column(SECTORS.get(s, s), "businesses", sector=s) for s in sectors),
         count_column("Jumlah", "businesses")),
        tuple(
            ReportRow((names.kecamatan_name(kec), *(n(kecamatan=kec, sector=s) for s in sectors), n(kecamatan=kec)),
                      where(kecamatan=kec))
            for kec in [*kecamatan_codes, *extra_kecamatan]
        ),
    )  # fmt: skip
    return table_kelurahan, table_sector, table_matrix
