"""Indonesian dates: the written form used in letters, and lenient parsing of what officers type or
spreadsheets hold (day-first numbers, Indonesian or English month names, ISO, Excel serial numbers)."""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta

from umkm_desk.core.rules.errors import RuleError

_FIELD = "tanggal"
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_MONTH_WORDS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)} | {
    # Indonesian abbreviations and old spellings, then English names from English-locale spreadsheets.
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11,
    "nopember": 11, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "aug": 8, "august": 8,
    "oct": 10, "october": 10, "dec": 12, "december": 12,
}  # fmt: skip
_DAY_WORDS = {name.lower() for name in DAYS} | {"jum'at", "ahad"}

# Excel's 1900 date system counts 29 February 1900, which never existed, as serial 60; from serial 61 on,
# the day count from 30 December 1899 is right. Serials outside 1920-2099 are almost surely not dates.
_EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIAL_MIN = (date(1920, 1, 1) - _EXCEL_EPOCH).days
EXCEL_SERIAL_MAX = (date(2099, 12, 31) - _EXCEL_EPOCH).days
_EXAMPLES = "Gunakan mis. 28/11/2026, 28 Nov 2026 atau 2026-11-28."

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NUMERIC = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4}|\d{2})")
_WORDY = re.compile(r"(\d{1,2})[\s\-/.]*([a-z']+)\.?[\s\-/.,]*(\d{4}|\d{2})")
_SERIAL = re.compile(r"\d+(?:[.,]\d+)?")


def _refuse(message: str) -> RuleError:
    return RuleError(message, field=_FIELD)


def nama_bulan(month: int) -> str:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise _refuse(f"Bulan {month!r} tidak ada; bulan harus 1 sampai 12.")
    return MONTHS[month - 1]


def bulan_romawi(month: int) -> str:
    """Month in Roman numerals, as in letter numbers: 11 -> "XI"."""
    nama_bulan(month)
    return _ROMAN[month - 1]


def format_tanggal(d: date) -> str:
    """ "1 Januari 2026": day without zero padding, full month name."""
    return f"{d.day} {nama_bulan(d.month)} {d.year}"


def format_hari_tanggal(d: date) -> str:
    return f"{DAYS[d.weekday()]}, {format_tanggal(d)}"


def format_tempat_tanggal(place: str, d: date) -> str:
    """Place and date above a signature: "Serang, 28 November 2026"."""
    if not place.strip():
        raise RuleError("Tempat penandatanganan belum diisi.", field="tempat")
    return f"{place.strip()}, {format_tanggal(d)}"


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (or earlier); a day the month lacks becomes its last day (31 January + 1
    month = 28 or 29 February)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def full_year(yy: int, *, today: date | None = None) -> int:
    """Two-digit year to four digits with a sliding window: from 80 years before ``today`` to 19 after.

    Birth dates of business owners reach back decades, agreement end dates a few years ahead; with
    today in 2026, "45" is 2045 and "46" is 1946.
    """
    this_year = (today or date.today()).year
    year = this_year // 100 * 100 + yy
    if year > this_year + 19:
        year -= 100
    elif year < this_year - 80:
        year += 100
    return year


def _make(year: int, month: int, day: int, original: str) -> date:
    if not 1 <= month <= 12:
        raise _refuse(f"Tanggal '{original}': bulan {month} tidak ada (urutan: hari/bulan/tahun).")
    try:
        return date(year, month, day)
    except ValueError:
        raise _refuse(f"Tanggal '{original}' tidak ada di kalender.") from None


def from_excel_serial(serial: float) -> date:
    """Date of an Excel (1900 date system) serial number; a time-of-day fraction is ignored."""
    if math.isnan(serial) or math.isinf(serial):
        raise _refuse("Angka tanggal dari spreadsheet tidak sah.")
    whole = math.floor(serial)
    if whole == 60:
        raise _refuse("Angka tanggal 60 di Excel berarti 29 Februari 1900, tanggal yang tidak pernah ada.")
    if not EXCEL_SERIAL_MIN <= whole <= EXCEL_SERIAL_MAX:
        raise _refuse(f"Angka {serial:g} bukan tanggal spreadsheet antara tahun 1920 dan 2099. {_EXAMPLES}")
    return _EXCEL_EPOCH + timedelta(days=whole)


def parse_tanggal(value: str | int | float | date, *, today: date | None = None) -> date:
    """A date from typed text, an Excel serial number, or a date/datetime object.

    Numeric text is day first (Indonesian order): "28/11/2026", "1-2-26", "28.11.2026". Month words may be
    Indonesian or English, full or abbreviated ("28 Agt 2026", "28-Okt-26"), optionally after a day name
    ("Sabtu, 28 November 2026"). Two-digit years follow :func:`full_year` relative to ``today``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _refuse(f"Nilai {value!r} bukan tanggal. {_EXAMPLES}")
    if isinstance(value, (int, float)):
        return from_excel_serial(value)
    if not isinstance(value, str):
        raise _refuse(f"Nilai {value!r} bukan tanggal. {_EXAMPLES}")
    original = value.strip()
    text = re.sub(r"\s+", " ", original.lower())
    if not text:
        raise _refuse("Tanggal belum diisi.")
    day_name = re.match(r"([a-z']+),? ", text)
    if day_name and day_name[1] in _DAY_WORDS:
        text = text[day_name.end() :]
    if _SERIAL.fullmatch(text):
        return from_excel_serial(float(text.replace(",", ".")))
    if match := _ISO.fullmatch(text):
        return _make(int(match[1]), int(match[2]), int(match[3]), original)
    if match := _NUMERIC.fullmatch(text):
        return _make(_year(match[3], today), int(match[2]), int(match[1]), original)
    if match := _WORDY.fullmatch(text):
        month = _MONTH_WORDS.get(match[2])
        if month is None:
            raise _refuse(f"Nama bulan '{match[2]}' tidak dikenal. {_EXAMPLES}")
        return _make(_year(match[3], today), month, int(match[1]), original)
    raise _refuse(f"Tanggal '{original}' tidak dikenali. {_EXAMPLES}")


def _year(digits: str, today: date | None) -> int:
    return int(digits) if len(digits) == 4 else full_year(int(digits), today=today)
