"""The five periodic reports: each built as one content model from the query layer and rendered to PDF or .xlsx
from that same model (the command line and, later, the Laporan page call these)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from umkm_desk.core.documents.report_content import ReportContent, ReportTable
from umkm_desk.core.services.accounts.nik_privacy import record_export
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.reports import (
    report_mitra,
    report_naik_kelas,
    report_pendampingan,
    report_permodalan,
    report_rekap,
)
from umkm_desk.core.services.reports.output_file import check_output, write_atomically
from umkm_desk.core.services.reports.period import office_today
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, load_names, office_parts

__all__ = ["FORMATS", "REPORTS", "ReportKind", "WrittenReport", "build_report", "render_report", "write_report"]

Tables = Callable[[ServiceContext, ReportFilter, Names, date], tuple[ReportTable, ...]]
Notes = Callable[[ReportFilter, date], tuple[str, ...]]
FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    tables: Tables
    notes: Notes


REPORTS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind("rekap", report_rekap.TITLE, report_rekap.rekap_tables, lambda f, t: report_rekap.NOTES),
        ReportKind("pendampingan", report_pendampingan.TITLE, report_pendampingan.pendampingan_tables,
                   lambda f, t: report_pendampingan.NOTES),
        ReportKind("mitra", report_mitra.TITLE, report_mitra.mitra_tables, lambda f, t: report_mitra.notes(f)),
        ReportKind("permodalan", report_permodalan.TITLE, report_permodalan.permodalan_tables,
                   report_permodalan.notes),
        ReportKind("naik-kelas", report_naik_kelas.TITLE, report_naik_kelas.naik_kelas_tables,
                   lambda f, t: report_naik_kelas.NOTES),
    )
}


def build_report(ctx: ServiceContext, key: str, flt: ReportFilter, *, today: date | None = None) -> ReportContent:
    """The content of report ``key`` (rekap, pendampingan, mitra, permodalan, naik-kelas) for ``flt``; balances
    and "running" figures are read on the period's last day, or ``today`` (WIB) while the period runs."""
    kind = REPORTS.get(key)
    if kind is None:
        raise ServiceError(f"Jenis laporan {key!r} tidak dikenal; pilih salah satu: {', '.join(REPORTS)}.")
    today = today or office_today()
    names = load_names(ctx)
    letterhead, signatory, place = office_parts(ctx)
    return ReportContent(
        key=key,
        title=kind.title,
        period_label=flt.period.label,
        tables=kind.tables(ctx, flt, names, today),
        letterhead=letterhead,
        signatory=signatory,
        place=place,
        signed_on=today,
        filters=names.filter_lines(flt),
        notes=kind.notes(flt, today),
    )


def render_report(content: ReportContent, fmt: str) -> bytes:
    """PDF or .xlsx bytes of a built report."""
    if fmt == "pdf":
        from umkm_desk.core.documents.report_pdf import render_report_pdf

        return render_report_pdf(content)
    if fmt == "xlsx":
        from umkm_desk.core.documents.report_xlsx import render_report_xlsx

        return render_report_xlsx(content)
    raise ServiceError(f"Format {fmt!r} tidak dikenal; gunakan pdf atau xlsx.")


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    fmt: str
    title: str
    data: bytes


def write_report(ctx: ServiceContext, key: str, flt: ReportFilter, path: Path, *, replace: bool = False,
                 today: date | None = None) -> WrittenReport:
    """Build, render and write report ``key`` to ``path`` (.pdf or .xlsx by its suffix), atomically, and leave
    the export's audit row — the one path of the Laporan page and the command line. Reports hold counts and
    names, never a NIK."""
    fmt = check_output(path, FORMATS, replace=replace)
    content = build_report(ctx, key, flt, today=today)
    data = render_report(content, fmt)

    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    write_atomically(path, write, replace=replace)
    record_export(ctx, f"laporan-{key}", sum(len(t.rows) for t in content.tables), whole_nik=False)
    return WrittenReport(path, fmt, f"{content.title} {content.period_label}", data)
