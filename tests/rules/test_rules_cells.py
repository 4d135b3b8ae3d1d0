"""Spreadsheet cells: numeric NIKs, phones that lost their zero, money per month, error cells."""

from datetime import date, datetime

import pytest

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.cells import (
    NUMERIC_NIK_WARNING,
    annual_from_monthly,
    cell_text,
    date_cell,
    money_cell,
    nik_cell,
    phone_cell,
    refuse_error_cell,
)
from umkm_desk.core.rules.money import MONEY_MAX
from umkm_desk.core.rules.nik import encode_nik

TODAY = date(2026, 11, 28)
NIK = encode_nik("367301", date(1979, 8, 5), "P", 1)  # 3673014508790001


def test_nik_as_text_has_no_warning():
    info, warning = nik_cell("3673 0145 0879 0001", today=TODAY)
    assert (info.nik, warning) == (NIK, None)


@pytest.mark.parametrize("cell", [int(NIK), float(NIK)])
def test_valid_numeric_nik_still_warns_about_the_last_digit(cell):
    info, warning = nik_cell(cell, today=TODAY)
    assert info.nik == NIK and warning == NUMERIC_NIK_WARNING
    assert "digit terakhir" in warning


def test_numeric_nik_whose_last_digits_became_zero_is_refused_with_why():
    with pytest.raises(RuleError, match="0000.*Excel mungkin"):
        nik_cell(int(NIK[:12] + "0000"), today=TODAY)


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("3,67301E+15", "notasi ilmiah"),
        ("3.67301E+15", "notasi ilmiah"),
        (3.673014508790001e15 + 0.5, "pecahan"),
        ("3673019999790001", "tidak mungkin"),  # 99th day
        ("9999014508790001", "Kode wilayah"),
        ("#N/A", "galat Excel #N/A"),
        (None, "teks angka"),
    ],
)
def test_bad_nik_cells(cell, fragment):
    with pytest.raises(RuleError, match=fragment):
        nik_cell(cell, today=TODAY)


@pytest.mark.parametrize(
    ("cell", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 857 1234 5678", "+6285712345678"),
        ("812345678901", "+62812345678901"),
        (812345678901, "+62812345678901"),
        (812345678901.0, "+62812345678901"),
        ("0254 123456", "+62254123456"),
        ("0812.3456.0052", "+6281234560052"),
    ],
)
def test_phone_cells(cell, e164):
    assert phone_cell(cell) == e164


@pytest.mark.parametrize(
    ("cell", "monthly", "amount"),
    [
        ("Rp 5.000.000", False, 5_000_000),
        (7500000, False, 7_500_000),
        (7500000.0, False, 7_500_000),
        ("3 jt", True, 36_000_000),
        ("1,5 jt", False, 1_500_000),
        ("Rp2.500.000,00", False, 2_500_000),
        ("lima juta", True, 60_000_000),
    ],
)
def test_money_cells(cell, monthly, amount):
    assert money_cell(cell, monthly=monthly) == amount


def test_monthly_past_the_cap_is_refused():
    assert annual_from_monthly(MONEY_MAX // 12) <= MONEY_MAX
    with pytest.raises(RuleError, match="setahun"):
        annual_from_monthly(MONEY_MAX // 12 + 1)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("01/03/2026", date(2026, 3, 1)), ("5-4-26", date(2026, 4, 5)), (46082, date(2026, 3, 1)),
     (datetime(2026, 3, 1, 0, 0), date(2026, 3, 1))],
)  # fmt: skip
def test_date_cells(cell, expected):
    assert date_cell(cell, today=TODAY) == expected


@pytest.mark.parametrize("error", ["#N/A", "#REF!", "#DIV/0!", "#value!"])
def test_error_cells_are_refused(error):
    with pytest.raises(RuleError, match="galat Excel"):
        refuse_error_cell(error)
    with pytest.raises(RuleError, match="galat Excel"):
        money_cell(error)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        (3.0, "3"),
        (2.5, "2.5"),
        (12, "12"),
        ("  Warung  ", "Warung"),
        (date(2026, 3, 1), "1 Maret 2026"),
    ],
)
def test_cell_text(cell, text):
    assert cell_text(cell) == text
