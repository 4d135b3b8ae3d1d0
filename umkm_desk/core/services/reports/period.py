"""Report periods in the office's time zone (WIB, UTC+7): a month, a quarter, a semester, a year or two dates.

Dates the officers record (a stage finished, an activity held, a loan disbursed) are office dates already and are
compared as they are. Moments the store keeps in UTC (when a business was registered) belong to the period whose
WIB days contain them: a business registered on 1 April 00:30 WIB (31 March 17:30 UTC) is in the second quarter.
WIB has had no daylight saving since 1964, so a fixed offset is exact and needs no time-zone database (which
Windows lacks).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from umkm_desk.core.rules.dates import format_tanggal, nama_bulan
from umkm_desk.core.services.context import ServiceError

__all__ = ["PERIOD_KINDS", "WIB", "ReportPeriod", "office_date", "office_today", "quarter_of"]

WIB = timezone(timedelta(hours=7), "WIB")
PERIOD_KINDS: dict[str, str] = {
    "bulan": "Bulan",
    "triwulan": "Triwulan",
    "semester": "Semester",
    "tahun": "Tahun",
    "rentang": "Rentang tanggal",
}
_ROMAN = ("I", "II", "III", "IV")
YEAR_MIN, YEAR_MAX = 2000, 2100


def office_today() -> date:
    """Today in Kota Serang, whatever the PC's clock zone."""
    return datetime.now(WIB).date()


def office_date(moment: datetime) -> date:
    """The WIB day of a stored UTC moment."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(WIB).date()


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        raise ServiceError(f"Tahun {year} di luar jangkauan; gunakan tahun {YEAR_MIN} sampai {YEAR_MAX}.",
                           field="year")
    return year


def _check(value: int, low: int, high: int, what: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ServiceError(f"{what} {value} tidak ada; pilih {low} sampai {high}.", field=field)
    return value


@dataclass(frozen=True)
class ReportPeriod:
    """``start`` to ``end``, both days included, in WIB."""

    start: date
    end: date
    kind: str = "rentang"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ServiceError(
                f"Tanggal akhir ({format_tanggal(self.end)}) sebelum tanggal awal ({format_tanggal(self.start)}).",
                field="end",
            )
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        _check_year(self.start.year)
        _check_year(self.end.year)

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        _check_year(year)
        _check(month, 1, 12, "Bulan", "month")
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return cls(date(year, month, 1), following - timedelta(days=1), "bulan")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportPeriod:
        _check_year(year)
        _check(quarter, 1, 4, "Triwulan", "quarter")
        first = date(year, 3 * quarter - 2, 1)
        last = cls.month(year, 3 * quarter).end
        return cls(first, last, "triwulan")

    @classmethod
    def semester(cls, year: int, semester: int) -> ReportPeriod:
        _check_year(year)
        _check(semester, 1, 2, "Semester", "semester")
        return cls(date(year, 6 * semester - 5, 1), cls.month(year, 6 * semester).end, "semester")

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        _check_year(year)
        return cls(date(year, 1, 1), date(year, 12, 31), "tahun")

    @classmethod
    def between(cls, start: date, end: date) -> ReportPeriod:
        return cls(start, end, "rentang")

    @property
    def label(self) -> str:
        """ "Maret 2026", "Triwulan I 2026", "Semester II 2026", "Tahun 2026", "1 Januari 2026 s.d. 15 Maret 2026"."""
        year = self.start.year
        if self.kind == "bulan":
            return f"{nama_bulan(self.start.month)} {year}"
        if self.kind == "triwulan":
            return f"Triwulan {_ROMAN[quarter_of(self.start) - 1]} {year}"
        if self.kind == "semester":
            return f"Semester {'I' if self.start.month <= 6 else 'II'} {year}"
        if self.kind == "tahun":
            return f"Tahun {year}"
        if self.start == self.end:
            return format_tanggal(self.start)
        return f"{format_tanggal(self.start)} s.d. {format_tanggal(self.end)}"

    @property
    def utc_start(self) -> datetime:
        """The first moment of the period as a UTC datetime (inclusive)."""
        return datetime.combine(self.start, time(), WIB).astimezone(UTC)

    @property
    def utc_end(self) -> datetime:
        """The moment after the period's last WIB day, as a UTC datetime (exclusive)."""
        return datetime.combine(self.end + timedelta(days=1), time(), WIB).astimezone(UTC)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def as_of(self, today: date) -> date:
        """The day balances are read on: the period's last day, or today while the period is still running."""
        return min(self.end, max(today, self.start))

    def months(self) -> Iterator[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def quarters(self) -> Iterator[tuple[int, int]]:
        seen: list[tuple[int, int]] = []
        for year, month in self.months():
            key = (year, (month - 1) // 3 + 1)
            if key not in seen:
                seen.append(key)
                yield key


def month_label(year: int, month: int) -> str:
    return f"{nama_bulan(month)} {year}"


def quarter_label(year: int, quarter: int) -> str:
    return f"Triwulan {_ROMAN[quarter - 1]} {year}"
