from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.dates import (
    EXCEL_SERIAL_MAX,
    EXCEL_SERIAL_MIN,
    add_months,
    bulan_romawi,
    format_hari_tanggal,
    format_tanggal,
    format_tempat_tanggal,
    from_excel_serial,
    full_year,
    nama_bulan,
    parse_tanggal,
)

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("d", "text", "with_day"),
    [
        (date(2026, 11, 28), "28 November 2026", "Sabtu, 28 November 2026"),
        (date(2026, 1, 1), "1 Januari 2026", "Kamis, 1 Januari 2026"),
        (date(2026, 2, 2), "2 Februari 2026", "Senin, 2 Februari 2026"),
        (date(2026, 3, 3), "3 Maret 2026", "Selasa, 3 Maret 2026"),
        (date(2026, 4, 1), "1 April 2026", "Rabu, 1 April 2026"),
        (date(2026, 5, 1), "1 Mei 2026", "Jumat, 1 Mei 2026"),
        (date(2026, 6, 7), "7 Juni 2026", "Minggu, 7 Juni 2026"),
        (date(2026, 7, 9), "9 Juli 2026", "Kamis, 9 Juli 2026"),
        (date(1945, 8, 17), "17 Agustus 1945", "Jumat, 17 Agustus 1945"),
        (date(2026, 9, 30), "30 September 2026", "Rabu, 30 September 2026"),
        (date(2026, 10, 28), "28 Oktober 2026", "Rabu, 28 Oktober 2026"),
        (date(2026, 12, 31), "31 Desember 2026", "Kamis, 31 Desember 2026"),
        (datetime(2026, 11, 28, 13, 5), "28 November 2026", "Sabtu, 28 November 2026"),
    ],
)
def test_format_tanggal(d, text, with_day):
    assert format_tanggal(d) == text
    assert format_hari_tanggal(d) == with_day


def test_format_tempat_tanggal():
    assert format_tempat_tanggal("Serang", date(2026, 11, 28)) == "Serang, 28 November 2026"
    assert format_tempat_tanggal("  Serang ", date(2026, 11, 28)) == "Serang, 28 November 2026"
    with pytest.raises(RuleError, match="Tempat"):
        format_tempat_tanggal(" ", date(2026, 11, 28))


@pytest.mark.parametrize(
    ("month", "name", "roman"),
    [
        (1, "Januari", "I"),
        (2, "Februari", "II"),
        (3, "Maret", "III"),
        (4, "April", "IV"),
        (5, "Mei", "V"),
        (6, "Juni", "VI"),
        (7, "Juli", "VII"),
        (8, "Agustus", "VIII"),
        (9, "September", "IX"),
        (10, "Oktober", "X"),
        (11, "November", "XI"),
        (12, "Desember", "XII"),
    ],
)
def test_month_names_and_roman(month, name, roman):
    assert nama_bulan(month) == name
    assert bulan_romawi(month) == roman


@pytest.mark.parametrize("bad", [0, 13, -1, True, "11", 11.0])
def test_month_refused(bad):
    with pytest.raises(RuleError, match="bulan harus 1 sampai 12"):
        nama_bulan(bad)
    with pytest.raises(RuleError):
        bulan_romawi(bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("28-11-2026", date(2026, 11, 28)),
        ("28.11.2026", date(2026, 11, 28)),
        ("1/2/2026", date(2026, 2, 1)),
        ("01/02/2026", date(2026, 2, 1)),
        ("1-2-26", date(2026, 2, 1)),
        ("1-2-45", date(2045, 2, 1)),  # pivot: up to 19 years ahead
        ("1-2-46", date(1946, 2, 1)),
        ("1-2-00", date(2000, 2, 1)),
        ("1-2-99", date(1999, 2, 1)),
        ("28 Nov 2026", date(2026, 11, 28)),
        ("28 November 2026", date(2026, 11, 28)),
        ("28 NOVEMBER 2026", date(2026, 11, 28)),
        ("28 Nop 2026", date(2026, 11, 28)),
        ("28 Nopember 2026", date(2026, 11, 28)),
        ("17 Agu 1945", date(1945, 8, 17)),
        ("17 Agt 1945", date(1945, 8, 17)),
        ("17 Ags 1945", date(1945, 8, 17)),
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("1 Okt 2020", date(2020, 10, 1)),
        ("2 Des 2020", date(2020, 12, 2)),
        ("3 Mei 2021", date(2021, 5, 3)),
        ("4 Peb 2021", date(2021, 2, 4)),
        ("5 Sept 2021", date(2021, 9, 5)),
        ("28-Okt-26", date(2026, 10, 28)),
        ("28-Oct-2026", date(2026, 10, 28)),
        ("3 May 2021", date(2021, 5, 3)),
        ("9 Aug 2021", date(2021, 8, 9)),
        ("28 Nov. 2026", date(2026, 11, 28)),
        ("28 November, 2026", date(2026, 11, 28)),
        ("Sabtu, 28 November 2026", date(2026, 11, 28)),
        ("Jum'at, 1 Mei 2026", date(2026, 5, 1)),
        ("2026-11-28", date(2026, 11, 28)),
        ("2026-1-5", date(2026, 1, 5)),
        ("2026/11/28", date(2026, 11, 28)),
        ("2026-11-28 00:00:00", date(2026, 11, 28)),
        ("2026-11-28T08:30", date(2026, 11, 28)),
        (45000, date(2023, 3, 15)),
        (45000.75, date(2023, 3, 15)),  # time of day ignored
        ("45000", date(2023, 3, 15)),
        ("45000,5", date(2023, 3, 15)),
        (EXCEL_SERIAL_MIN, date(1920, 1, 1)),
        (EXCEL_SERIAL_MAX, date(2099, 12, 31)),
        (date(2026, 11, 28), date(2026, 11, 28)),
        (datetime(2026, 11, 28, 23, 59), date(2026, 11, 28)),
    ],
)
def test_parse_tanggal(value, expected):
    assert parse_tanggal(value, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "belum diisi"),
        ("  ", "belum diisi"),
        ("kemarin", "tidak dikenali"),
        ("28/11", "antara tahun 1920|tidak dikenali"),
        ("31/02/2026", "tidak ada di kalender"),
        ("29/02/2027", "tidak ada di kalender"),
        ("0/1/2026", "tidak ada di kalender"),
        ("11/28/2026", "bulan 28 tidak ada"),
        ("2026-13-01", "bulan 13 tidak ada"),
        ("28 Foo 2026", "Nama bulan 'foo'"),
        ("Sabtu 28 November", "tidak dikenali"),
        ("2026", "antara tahun 1920 dan 2099"),
        (60, "29 Februari 1900"),
        ("60", "29 Februari 1900"),
        (61, "antara tahun 1920"),  # 1 March 1900: a real date, but no office record is that old
        (EXCEL_SERIAL_MIN - 1, "antara tahun 1920"),
        (EXCEL_SERIAL_MAX + 1, "antara tahun 1920"),
        (-5, "antara tahun 1920"),
        (float("nan"), "tidak sah"),
        (float("inf"), "tidak sah"),
        (True, "bukan tanggal"),
        (None, "bukan tanggal"),
        ([2026, 11, 28], "bukan tanggal"),
    ],
)
def test_parse_tanggal_refuses(value, fragment):
    with pytest.raises(RuleError, match=fragment) as caught:
        parse_tanggal(value, today=TODAY)
    assert caught.value.field == "tanggal"


@pytest.mark.parametrize(
    ("yy", "today", "year"),
    [
        (0, date(2026, 1, 1), 2000),
        (45, date(2026, 1, 1), 2045),
        (46, date(2026, 1, 1), 1946),
        (99, date(2026, 1, 1), 1999),
        (10, date(2095, 1, 1), 2110),  # near a century end the window rolls forward
        (14, date(2095, 1, 1), 2114),
        (15, date(2095, 1, 1), 2015),
    ],
)
def test_full_year_window(yy, today, year):
    assert full_year(yy, today=today) == year


def test_full_year_defaults_to_today():
    assert full_year(date.today().year % 100) == date.today().year


def test_excel_serial_direct():
    assert from_excel_serial(45000) == date(2023, 3, 15)
    assert from_excel_serial(61 + (date(1920, 1, 1) - date(1900, 3, 1)).days) == date(1920, 1, 1)


dates_in_range = st.dates(min_value=date(1920, 1, 1), max_value=date(2099, 12, 31))


@given(d=dates_in_range)
def test_format_parse_round_trip(d):
    assert parse_tanggal(format_tanggal(d), today=TODAY) == d
    assert parse_tanggal(format_hari_tanggal(d), today=TODAY) == d
    assert parse_tanggal(d.strftime("%d/%m/%Y"), today=TODAY) == d
    assert parse_tanggal(d.isoformat(), today=TODAY) == d


@given(d=dates_in_range)
def test_excel_serial_round_trip(d):
    assert parse_tanggal((d - date(1899, 12, 30)).days) == d


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 1, 29), 2, date(2026, 3, 29)),  # the day comes back once the month has it
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_months_last(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected
