"""Perkembangan pendampingan: per stage, how many started, finished, were skipped and were running in the period;
the same per month; the cases by stage and status; and the activities and hours per month."""

from __future__ import annotations

from datetime import date

from umkm_desk.core.documents.report_content import ReportColumn, ReportRow, ReportTable
from umkm_desk.core.labels import ACTIVITY_KINDS, CASE_STATUS, STAGE_KINDS, STAGE_ORDER, STAGE_STATUS
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.answers import by_month, tally
from umkm_desk.core.services.reports.period import month_label
from umkm_desk.core.services.reports.questions import month_value
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, count_column, ordered, where

__all__ = ["NOTES", "TITLE", "pendampingan_tables"]

TITLE = "Laporan Perkembangan Pendampingan UMKM"
NOTES = (
    "Dimulai, selesai dan dilewati: tahap dengan tanggal mulai atau tanggal selesai/dilewati dalam periode; "
    "tahap berstatus berjalan atau selesai tanpa tanggal mulai dihitung mulai pada tanggal kasus dibuka.",
    "Berjalan: tahap yang sudah dimulai dan belum selesai pada tanggal yang disebut.",
    "Kasus per tahap dan status: kasus yang terbuka pada suatu waktu dalam periode, menurut keadaannya sekarang "
    "(seperti papan Pendampingan).",
    "Kegiatan: kunjungan, sesi mentoring, pelatihan, kegiatan pasar dan pencairan dana yang dicatat dalam periode.",
)
_EVENTS = (("mulai", "Dimulai"), ("selesai", "Selesai"), ("dilewati", "Dilewati"))
#: the board's groups, in its order, with the label of each row
_GROUPS = (
    *((kind, status) for kind in STAGE_ORDER for status in ("belum", "berjalan")),
    ("ready", "aktif"),
    ("closed", "selesai"),
    ("closed", "naik_kelas"),
    ("closed", "dihentikan"),
)


def _group_label(column: str, status: str) -> str:
    if column in STAGE_KINDS:
        return f"Aktif — {STAGE_KINDS[column]}: {STAGE_STATUS.get(status, status).lower()}"
    if column == "ready":
        return "Aktif — semua tahap tuntas (siap ditutup)"
    return f"Ditutup — {CASE_STATUS.get(status, status).lower()}"


def pendampingan_tables(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> tuple[ReportTable, ...]:
    as_of = flt.period.as_of(today)
    events = tally(ctx, "stage_events", flt, ("event", "kind", "month"), today=today)

    def n(**match: object) -> int:
        fields = ("event", "kind", "month")
        return sum(v.count for k, v in events.items()
                   if all(k[fields.index(name)] == value for name, value in match.items()))

    kinds = ordered({k[1] for k in events}, STAGE_ORDER)
    table_stage = ReportTable(
        "Perkembangan tahap pendampingan",
        (ReportColumn("Tahap", width=2.5),
         *(count_column(label, "stage_events", event=event) for event, label in _EVENTS),
         count_column(f"Berjalan pada {format_tanggal(as_of)}", "stage_events", event="berjalan", width=1.4)),
        tuple(ReportRow((STAGE_KINDS.get(kind, kind), *(n(event=e, kind=kind) for e, _ in _EVENTS),
                         n(event="berjalan", kind=kind)), where(kind=kind)) for kind in kinds),
    )  # fmt: skip
    months = [month_value(y, m) for y, m in flt.period.months()]
    month_columns = [
        count_column(f"{STAGE_KINDS.get(kind, kind)} {label.lower()}", "stage_events", event=event, kind=kind)
        for kind in kinds for event, label in _EVENTS[:2]
    ]
    table_month = ReportTable(
        "Tahap dimulai dan selesai per bulan",
        (ReportColumn("Bulan", width=1.6), *month_columns),
        tuple(ReportRow((month_label(int(m[:4]), int(m[5:])),
                         *(n(event=dict(c.where)["event"], kind=dict(c.where)["kind"], month=m) for c in month_columns)),
                        where(month=m)) for m in months),
    )  # fmt: skip
    cases = tally(ctx, "cases", flt, ("column", "group_status"), today=today)
    groups = [*_GROUPS, *sorted(set(cases) - set(_GROUPS))]
    table_cases = ReportTable(
        "Kasus pendampingan per tahap dan status",
        (ReportColumn("Tahap dan status", width=4), count_column("Jumlah kasus", "cases")),
        tuple(ReportRow((_group_label(*group), cases[group].count if group in cases else 0),
                        where(column=group[0], group_status=group[1])) for group in groups),
    )  # fmt: skip
    activities = by_month(tally(ctx, "activities", flt, ("kind", "day"), today=today), at=1)
    activity_kinds = ordered({k[0] for k in activities}, ACTIVITY_KINDS)

    def a(kind: str | None, month: str) -> tuple[int, float]:
        found = [v for k, v in activities.items() if k[1] == month and (kind is None or k[0] == kind)]
        return sum(v.count for v in found), round(sum(float(v.sum("hours")) for v in found), 2)

    table_activities = ReportTable(
        "Kegiatan pendampingan per bulan",
        (ReportColumn("Bulan", width=1.6),
         *(count_column(ACTIVITY_KINDS.get(kind, kind), "activities", kind=kind) for kind in activity_kinds),
         count_column("Jumlah kegiatan", "activities"),
         count_column("Jam", "activities", cell="hours", measure="hours")),
        tuple(ReportRow((month_label(int(m[:4]), int(m[5:])), *(a(kind, m)[0] for kind in activity_kinds),
                         *a(None, m)), where(month=m)) for m in months),
    )  # fmt: skip
    return table_stage, table_month, table_cases, table_activities
