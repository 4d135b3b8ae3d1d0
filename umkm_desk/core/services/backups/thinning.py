"""Which automatic backups to keep: the newest of each of the last 7 days, then of 4 older weeks, then of 12 older
months (the rule Anki's collection backups follow). A pure function over timestamps, so a year of daily backups
is tested without a clock."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class KeepLimits:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def backups_to_keep(stamps: Iterable[datetime], limits: KeepLimits = KeepLimits()) -> set[datetime]:
    """The stamps to keep; every other one may be deleted. The newest stamp is always kept.

    Walking from the newest: a backup is kept as a daily one while daily slots remain and its day differs from
    the last kept one's; once the days are used up, as a weekly one when its ISO week differs, then as a
    monthly one when its month differs. Several backups of one day keep only that day's newest."""
    kept: set[datetime] = set()
    daily, weekly, monthly = limits.daily, limits.weekly, limits.monthly
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    for stamp in sorted(set(stamps), reverse=True):
        day = stamp.date()
        week, month = _week(day), (day.year, day.month)
        if not kept or (day != last_day and daily > 0):
            keep = True
            daily -= 1
        elif week != last_week and day != last_day and weekly > 0:
            keep = True
            weekly -= 1
        elif month != last_month and day != last_day and monthly > 0:
            keep = True
            monthly -= 1
        else:
            keep = False
        if keep:
            kept.add(stamp)
            last_day, last_week, last_month = day, week, month
    return kept
