"""The Laporan page's dashboard: each chart's numbers from the query layer, with what a click on each bar opens.

Every bar carries a :class:`Drill`: the question, the dimensions fixed for that bar, and the list it opens (the
UMKM list by business, the Pendampingan board by case). :func:`drill_keys` reads the keys behind a bar with
``keys_behind`` over the same question and the same narrowing, so the list holds exactly what the bar counts.
The keys are read only when a bar is clicked: drawing the dashboard needs the numbers alone.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from umkm_desk.core.labels import CASE_STATUS, SCALES, STAGE_KINDS, STAGE_ORDER, STAGE_STATUS
from umkm_desk.core.rules.dates import format_tanggal, nama_bulan
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.answers import Tally, by_month, keys_behind, question, tally, total
from umkm_desk.core.services.reports.period import ReportPeriod, office_today, quarter_label
from umkm_desk.core.services.reports.questions import (
    month_value,
    quarter_value,
    realisation_span,
    realised_per_partner_and_stage,
    started_and_finished,
)
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, load_names
from umkm_desk.core.store.models import WorkPlan

__all__ = ["Bar", "Chart", "DashboardData", "Drill", "DrillKeys", "Series", "dashboard", "data_stamp", "drill_keys"]

_ROMAN = ("I", "II", "III", "IV")
#: the Pendampingan board's groups, in its order, as the cases chart shows them
_CASE_GROUPS: tuple[tuple[str, str], ...] = (
    *((kind, status) for kind in STAGE_ORDER for status in ("belum", "berjalan")),
    ("ready", "aktif"),
    ("closed", "selesai"),
    ("closed", "naik_kelas"),
    ("closed", "dihentikan"),
)


@dataclass(frozen=True)
class Drill:
    """What a bar counts: question ``question`` narrowed by ``where``; ``what`` says it in words."""

    question: str
    where: tuple[tuple[str, Any], ...]
    what: str

    @property
    def opens(self) -> str:
        """The list the bar opens: "umkm" or "pendampingan"."""
        return question(self.question).opens

    @property
    def unit(self) -> str:
        return question(self.question).unit


@dataclass(frozen=True)
class Bar:
    value: float
    drill: Drill | None = None


@dataclass(frozen=True)
class Series:
    name: str
    bars: tuple[Bar, ...]  # one per category of the chart
    money: bool = False


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    stacked: bool = False
    horizontal: bool = False
    money: bool = False
    notes: tuple[tuple[str, Drill | None], ...] = ()  # lines under the chart, some of them opening a list
    empty_text: str = "Belum ada data pada periode ini."

    def is_empty(self) -> bool:
        return not any(bar.value for s in self.series for bar in s.bars)


@dataclass(frozen=True)
class DashboardData:
    filter: ReportFilter
    today: date
    charts: tuple[Chart, ...]

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)


@dataclass(frozen=True)
class DrillKeys:
    """The keys a bar opens and how many facts it counts (the bar's number)."""

    drill: Drill
    opens: str
    ids: frozenset[uuid.UUID]
    facts: int


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _month_short(year: int, month: int, several_years: bool) -> str:
    name = nama_bulan(month)[:3]
    return f"{name} {year}" if several_years else name


def _months(period: ReportPeriod) -> list[tuple[int, int]]:
    return list(period.months())


def _value(found: dict[tuple[Any, ...], Tally], key: tuple[Any, ...], measure: str | None = None) -> float:
    hit = found.get(key)
    if hit is None:
        return 0
    return hit.count if measure is None else float(hit.sum(measure))


def _where(**dims: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(dims.items())


# --- the charts ---------------------------------------------------------------------------------------------


def _businesses(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    found = tally(ctx, "businesses", flt, ("kecamatan", "scale"), today=today)
    codes = names.kecamatan_codes(flt.kecamatan_code)
    codes += sorted({k[0] for k in found if k[0] not in codes and k[0] is not None})
    scales = [s for s in SCALES if s != "besar" or any(k[1] == "besar" for k in found)]
    series = tuple(
        Series(SCALES[scale], tuple(
            Bar(_value(found, (code, scale)),
                Drill("businesses", _where(kecamatan=code, scale=scale),
                      f"UMKM {SCALES[scale].lower()} di Kec. {names.kecamatan_name(code)}"))
            for code in codes))
        for scale in scales
    )  # fmt: skip
    categories = tuple(names.kecamatan_name(c) for c in codes)
    return Chart("businesses", "UMKM per kecamatan dan kelas usaha", categories, series, horizontal=True,
                 empty_text="Belum ada UMKM terdaftar sampai akhir periode ini.")


def _group_label(group: tuple[str, str]) -> str:
    column, status = group
    if column == "closed":
        return f"Ditutup: {CASE_STATUS.get(status, status).lower()}"
    if column == "ready":
        return "Siap ditutup"
    return f"{STAGE_KINDS.get(column, column)}: {STAGE_STATUS.get(status, status).lower()}"


def _group_what(group: tuple[str, str]) -> str:
    """The cases of a group in words, for the notice above the list it opens."""
    column, status = group
    if column == "closed":
        return f"pendampingan yang ditutup dengan status {CASE_STATUS.get(status, status).lower()}"
    if column == "ready":
        return "pendampingan yang siap ditutup"
    return (f"pendampingan pada tahap {STAGE_KINDS.get(column, column)} yang "
            f"{STAGE_STATUS.get(status, status).lower()}")


def _cases(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    found = tally(ctx, "cases", flt, ("column", "group_status"), today=today)
    groups = list(_CASE_GROUPS) + sorted(k for k in found if k not in _CASE_GROUPS)
    bars = tuple(
        Bar(_value(found, group), Drill("cases", _where(column=group[0], group_status=group[1]),
                                        _group_what(group)))
        for group in groups
    )
    return Chart("cases", "Pendampingan per tahap dan status", tuple(_group_label(g) for g in groups),
                 (Series("Pendampingan", bars),), horizontal=True,
                 empty_text="Tidak ada pendampingan yang berjalan pada periode ini.")


def _started_and_finished(ctx: ServiceContext, flt: ReportFilter) -> dict[tuple[Any, ...], Tally]:
    """What ``tally(ctx, "stage_events", flt, ("event", "month"))`` gives for the events "mulai" and "selesai",
    from one pass over the stages (``started_and_finished``) instead of one per event."""
    counts: dict[tuple[Any, ...], int] = {}
    with ctx.db.read() as session:
        for started, finished, count in session.execute(started_and_finished(flt)):
            for event, month in (("mulai", started), ("selesai", finished)):
                if month is not None:
                    counts[(event, month)] = counts.get((event, month), 0) + int(count)
    return {key: Tally(count) for key, count in counts.items()}


def _stage_events(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    # only the two events drawn, counted in one pass; each bar opens the facts of its event and month
    found = _started_and_finished(ctx, flt)
    months = _months(flt.period)
    several = len({y for y, _ in months}) > 1
    series = []
    for event, title in (("mulai", "Dimulai"), ("selesai", "Selesai")):
        bars = []
        for year, month in months:
            key = month_value(year, month)
            bars.append(Bar(_value(found, (event, key)),
                            Drill("stage_events", _where(event=event, month=key),
                                  f"tahap {title.lower()} pada {nama_bulan(month)} {year}")))
        series.append(Series(title, tuple(bars)))
    return Chart("stage_events", "Tahap dimulai dan selesai per bulan",
                 tuple(_month_short(y, m, several) for y, m in months), tuple(series),
                 empty_text="Tidak ada tahap yang dimulai atau selesai pada periode ini.")


def _naik_kelas(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    found = tally(ctx, "naik_kelas", flt, ("quarter",), today=today)
    quarters = list(flt.period.quarters())
    bars = tuple(
        Bar(_value(found, (quarter_value(y, q),)),
            Drill("naik_kelas", _where(quarter=quarter_value(y, q)), f"UMKM naik kelas pada {quarter_label(y, q)}"))
        for y, q in quarters
    )
    several = len({y for y, _ in quarters}) > 1
    categories = tuple(f"Triwulan {_ROMAN[q - 1]}" + (f" {y}" if several else "") for y, q in quarters)
    return Chart("naik_kelas", "UMKM naik kelas per triwulan", categories, (Series("Naik kelas", bars),),
                 empty_text="Belum ada UMKM yang naik kelas pada periode ini.")


def _capital(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    disbursed = tally(ctx, "disbursed", flt, ("month",), today=today)
    repaid = tally(ctx, "repaid", flt, ("month",), today=today)
    months = _months(flt.period)
    several = len({y for y, _ in months}) > 1
    series = []
    for name, found, title in (("disbursed", disbursed, "Dicairkan"), ("repaid", repaid, "Angsuran dibayar")):
        bars = tuple(
            Bar(_value(found, (month_value(y, m),), "amount"),
                Drill(name, _where(month=month_value(y, m)), f"{title.lower()} pada {nama_bulan(m)} {y}"))
            for y, m in months
        )
        series.append(Series(title, bars, money=True))
    # only the sums drawn: the loans' overdue counts and amounts are subqueries per loan
    loans = total(ctx, "loans", flt, today=today, measures=("outstanding",))
    late = total(ctx, "overdue", flt, today=today, measures=("amount",))
    as_of = flt.period.as_of(today)
    notes: list[tuple[str, Drill | None]] = [(
        f"Sisa pinjaman qardhul hasan per {format_tanggal(as_of)}: "
        f"{format_rupiah(int(loans.sum('outstanding')))} dari {_count(loans.count)} pinjaman",
        Drill("loans", (), "pinjaman qardhul hasan") if loans.count else None,
    )]  # fmt: skip
    if late.count:
        notes.append((f"Angsuran terlambat: {_count(late.count)} angsuran, "
                      f"{format_rupiah(int(late.sum('amount')))} belum dibayar",
                      Drill("overdue", (), "angsuran qardhul hasan yang terlambat")))
    else:
        notes.append(("Tidak ada angsuran yang terlambat.", None))
    return Chart("capital", "Permodalan: dicairkan dan angsuran dibayar per bulan",
                 tuple(_month_short(y, m, several) for y, m in months), tuple(series), money=True,
                 notes=tuple(notes), empty_text="Tidak ada pencairan atau angsuran pada periode ini.")


def _activities(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    # counted by day: the day index is read in its own order, where a count by month would sort every activity
    found = by_month(tally(ctx, "activities", flt, ("day",), today=today))
    months = _months(flt.period)
    several = len({y for y, _ in months}) > 1
    count = tuple(
        Bar(_value(found, (month_value(y, m),)),
            Drill("activities", _where(month=month_value(y, m)), f"kegiatan pada {nama_bulan(m)} {y}"))
        for y, m in months
    )
    hours = tuple(
        Bar(_value(found, (month_value(y, m),), "hours"),
            Drill("activities", _where(month=month_value(y, m)), f"kegiatan pada {nama_bulan(m)} {y}"))
        for y, m in months
    )
    return Chart("activities", "Kegiatan dan jam pendampingan per bulan",
                 tuple(_month_short(y, m, several) for y, m in months),
                 (Series("Kegiatan", count), Series("Jam pendampingan", hours)),
                 empty_text="Belum ada kegiatan yang dicatat pada periode ini.")


def _targets(ctx: ServiceContext, flt: ReportFilter, year: int) -> dict[uuid.UUID, int]:
    stmt = select(WorkPlan.partner_id, WorkPlan.quota).where(WorkPlan.year == year, WorkPlan.deleted_at.is_(None))
    if flt.partner_id is not None:
        stmt = stmt.where(WorkPlan.partner_id == flt.partner_id)
    targets: dict[uuid.UUID, int] = {}
    with ctx.db.read() as session:
        for partner_id, quota in session.execute(stmt):
            targets[partner_id] = targets.get(partner_id, 0) + int(quota or 0)
    return targets


def _partners(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> Chart:
    _first, last = realisation_span(flt)
    # what tally(ctx, "realised", flt, ("partner",)) gives, added up from the counts per partner and stage
    done: dict[uuid.UUID, int] = {}
    with ctx.db.read() as session:
        for partner, _stage, count in session.execute(realised_per_partner_and_stage(flt)):
            if partner is not None:
                done[partner] = done.get(partner, 0) + int(count)
    targets = _targets(ctx, flt, last.year)
    partners = sorted(set(done) | set(targets), key=lambda p: names.partner_name(p).lower())
    target_bars = tuple(Bar(targets.get(p, 0)) for p in partners)
    done_bars = tuple(
        Bar(done.get(p, 0), Drill("realised", _where(partner=p),
                                  f"realisasi rencana kerja {names.partner_name(p)} tahun {last.year}"))
        for p in partners
    )
    return Chart("partners", f"Target dan realisasi rencana kerja mitra tahun {last.year}",
                 tuple(names.partner_name(p) for p in partners),
                 (Series("Target", target_bars), Series("Realisasi", done_bars)), horizontal=True,
                 notes=(("Target dan realisasi dihitung per tahap; satu UMKM yang didampingi pada dua tahap "
                         "dihitung dua kali.", None),),
                 empty_text=f"Belum ada rencana kerja atau realisasi mitra untuk tahun {last.year}.")


CHARTS: tuple[tuple[str, Callable[[ServiceContext, ReportFilter, Names, date], Chart]], ...] = (
    ("businesses", _businesses),
    ("cases", _cases),
    ("stage_events", _stage_events),
    ("naik_kelas", _naik_kelas),
    ("capital", _capital),
    ("activities", _activities),
    ("partners", _partners),
)


#: charts counted at once, each on its own connection: the database counts outside Python's lock, so two threads
#: keep both cores of an office PC busy (the page's worker waits for them; no Qt here)
WORKERS = 2
#: the order the charts are counted in on two threads: the quick businesses chart first (something is drawn at
#: once), then the longest first, so that the two threads finish close together (CPU of each chart's queries for a
#: year at 100,000 businesses, measured: capital 120 ms, stage events 120, partners 90, activities 85, cases 70,
#: naik kelas 50, businesses 25; in the order of CHARTS the last long chart started alone and the page took a
#: fifth longer)
COUNT_ORDER = ("businesses", "capital", "stage_events", "partners", "activities", "cases", "naik_kelas")


def dashboard(ctx: ServiceContext, flt: ReportFilter, *, today: date | None = None,
              only: Iterable[str] | None = None, on_chart: Callable[[Chart], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> DashboardData:
    """Every chart of the dashboard (or the ones named in ``only``) for ``flt``, in the order of ``CHARTS``.
    ``on_chart`` gets each chart as soon as it is counted, from the thread that counted it (the page draws it
    while the others are still being counted); when ``cancelled()`` turns true the charts not started yet are
    left out."""
    today = today or office_today()
    names = load_names(ctx)
    wanted = set(only) if only is not None else None
    builds = [(key, build) for key, build in CHARTS if wanted is None or key in wanted]

    def count(build: Callable[[ServiceContext, ReportFilter, Names, date], Chart]) -> Chart | None:
        if cancelled is not None and cancelled():
            return None
        chart = build(ctx, flt, names, today)
        if on_chart is not None:
            on_chart(chart)
        return chart

    if len(builds) < 2 or WORKERS < 2:
        counted = [count(build) for _key, build in builds]
    else:
        rank = {key: index for index, key in enumerate(COUNT_ORDER)}
        scheduled = sorted(builds, key=lambda item: rank.get(item[0], len(rank)))
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="dashboard") as pool:
            futures = {key: pool.submit(count, build) for key, build in scheduled}
            counted = [futures[key].result() for key, _build in builds]
    return DashboardData(flt, today, tuple(chart for chart in counted if chart is not None))


def data_stamp(ctx: ServiceContext) -> tuple[int, ...] | None:
    """Something that changes whenever anything is written to the database, read without a query: the size and
    modification time of a SQLite file and of its write-ahead log (every commit, by any process, appends to the
    log; a checkpoint rewrites the file). None where no such sign exists (a server database, written from other
    PCs): there the dashboard is always counted afresh."""
    path = ctx.db.target.path if ctx.db.target.is_sqlite else None
    if path is None:
        return None
    stamp: list[int] = []
    for name in (str(path), f"{path}-wal"):
        try:
            info = os.stat(name)
        except OSError:
            stamp += [-1, -1]
            continue
        stamp += [info.st_mtime_ns, info.st_size]
    return tuple(stamp)


def drill_keys(ctx: ServiceContext, flt: ReportFilter, drill: Drill, *, today: date | None = None) -> DrillKeys:
    """The keys of the list a bar opens (businesses or cases), and the number of facts the bar counts."""
    where = dict(drill.where)
    opens = drill.opens
    level = "business_id" if opens == "umkm" else "case_id"
    ids = keys_behind(ctx, drill.question, flt, where, level=level, today=today)
    facts = total(ctx, drill.question, flt, where=where, today=today).count
    return DrillKeys(drill, opens, frozenset(ids), facts)
