"""Permodalan: per partner, capital disbursed, qardhul hasan instalments repaid, loans outstanding and overdue; per
kind of support; and each business's repayment status."""

from __future__ import annotations

from datetime import date

from umkm_desk.core.documents.report_content import ReportColumn, ReportRow, ReportTable
from umkm_desk.core.labels import CAPITAL_KINDS
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.answers import Tally, fact_rows, tally, tally_of
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, count_column, ordered, where

__all__ = ["TITLE", "notes", "permodalan_tables"]

TITLE = "Laporan Permodalan UMKM"
_STATES = {"terlambat": "Terlambat", "lancar": "Lancar", "lunas": "Lunas"}


def notes(flt: ReportFilter, today: date) -> tuple[str, ...]:
    as_of = format_tanggal(flt.period.as_of(today))
    return (
        "Dicairkan: dukungan modal semua jenis (hibah, qardhul hasan, rujukan KUR, CSR, lainnya) yang dicairkan "
        "dalam periode.",
        "Angsuran dibayar: angsuran qardhul hasan yang pembayarannya (yang terakhir) jatuh dalam periode.",
        f"Sisa pinjaman, angsuran terlambat dan status pengembalian: pinjaman qardhul hasan yang sudah dicairkan, "
        f"keadaan per {as_of}. Terlambat: angsuran yang jatuh tempo sebelum tanggal itu dan belum lunas.",
    )


def permodalan_tables(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> tuple[ReportTable, ...]:
    as_of = flt.period.as_of(today)
    disbursed = tally(ctx, "disbursed", flt, ("partner", "kind"), today=today)
    repaid = tally(ctx, "repaid", flt, ("partner",), today=today)
    # the loans are read once: the list at the end and the per-partner figures are the same facts
    loan_facts = fact_rows(ctx, "loans", flt, today=today)
    loans = tally_of("loans", loan_facts, ("partner",))
    overdue = tally(ctx, "overdue", flt, ("partner",), today=today)
    partners = {k[0] for k in disbursed} | {k[0] for k in repaid} | {k[0] for k in loans} | {k[0] for k in overdue}

    def by_partner(found: dict[tuple[object, ...], Tally], pid: object) -> Tally:
        hits = [v for k, v in found.items() if k[0] == pid]
        sums: dict[str, int | float] = {}
        for hit in hits:
            for name, value in hit.sums.items():
                sums[name] = sums.get(name, 0) + value
        return Tally(sum(h.count for h in hits), sums)

    rows = []
    for pid in sorted(partners, key=lambda p: (p is None, names.partner_name(p).lower())):
        d, r, o, late = (by_partner(found, pid) for found in (disbursed, repaid, loans, overdue))
        rows.append(ReportRow(
            (names.partner_name(pid), d.count, int(d.sum("amount")), r.count, int(r.sum("amount")), o.count,
             int(o.sum("outstanding")), late.count, int(late.sum("amount"))),
            where(partner=pid),
        ))  # fmt: skip
    table_partner = ReportTable(
        "Permodalan per mitra",
        (ReportColumn("Mitra", width=3.0),
         count_column("Dicairkan (jumlah)", "disbursed"),
         count_column("Dicairkan (Rp)", "disbursed", cell="money", measure="amount", width=1.7),
         count_column("Angsuran dibayar (jumlah)", "repaid"),
         count_column("Angsuran dibayar (Rp)", "repaid", cell="money", measure="amount", width=1.7),
         count_column("Pinjaman qardhul hasan", "loans"),
         count_column(f"Sisa pinjaman per {format_tanggal(as_of)} (Rp)", "loans", cell="money",
                      measure="outstanding", width=1.7),
         count_column("Angsuran terlambat", "overdue"),
         count_column("Tunggakan (Rp)", "overdue", cell="money", measure="amount", width=1.6)),
        tuple(rows),
    )  # fmt: skip
    kinds = ordered({k[1] for k in disbursed}, CAPITAL_KINDS)
    table_kind = ReportTable(
        "Dukungan modal dicairkan per jenis",
        (ReportColumn("Jenis dukungan", width=3.0), count_column("Jumlah", "disbursed"),
         count_column("Nilai (Rp)", "disbursed", cell="money", measure="amount", width=1.8)),
        tuple(
            ReportRow((CAPITAL_KINDS.get(kind, kind), sum(v.count for k, v in disbursed.items() if k[1] == kind),
                       int(sum(v.sum("amount") for k, v in disbursed.items() if k[1] == kind))), where(kind=kind))
            for kind in kinds
        ),
    )  # fmt: skip
    order = {"terlambat": 0, "lancar": 1, "lunas": 2}
    facts = sorted(loan_facts, key=lambda f: (order.get(f["state"], 3), f["name"].lower(), str(f["id"])))
    table_loans = ReportTable(
        f"Status pengembalian pinjaman qardhul hasan per UMKM (per {format_tanggal(as_of)})",
        (ReportColumn("Nama usaha", width=3.0), ReportColumn("Pemilik", width=2.4),
         ReportColumn("Kecamatan", width=1.6), ReportColumn("Mitra", width=2.6),
         ReportColumn("Dicairkan", "date", 1.5), ReportColumn("Pinjaman", "money", 1.5, True),
         ReportColumn("Dibayar", "money", 1.5, True), ReportColumn("Sisa", "money", 1.5, True),
         ReportColumn("Angsuran terlambat", "count", 1.0, True), ReportColumn("Status", width=1.1)),
        tuple(
            ReportRow((f["name"], f["owner"], names.kecamatan_name(f["kecamatan"]), names.partner_name(f["partner"]),
                       f["disbursed_on"], int(f["amount"]), int(f["paid"]), int(f["outstanding"]),
                       int(f["overdue_count"]), _STATES.get(f["state"], f["state"])))
            for f in facts
        ),
        source="loans",
        empty_text="Tidak ada pinjaman qardhul hasan yang sudah dicairkan.",
    )  # fmt: skip
    return table_partner, table_kind, table_loans
