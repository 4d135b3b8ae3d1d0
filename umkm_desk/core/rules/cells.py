"""Spreadsheet cells as the other rules take them: what Excel does to numbers, dates and errors.

A cell arrives as read from .xlsx or .csv: text, an int or float (a numeric cell), a date/datetime, or None. The
functions here turn it into what the field rules (``nik``, ``phone``, ``money``, ``dates``) accept, refuse error
cells, and say when a value is valid but may have been changed by Excel: a NIK typed as a number keeps only 15
significant digits in Excel, so its last digit may have become 0 even when the NIK that is left still checks out.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from umkm_desk.core.rules.dates import format_tanggal, parse_tanggal
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.money import (
    MONEY_MAX,
    format_rupiah,
    is_money_words,
    parse_rupiah,
    parse_rupiah_words,
)
from umkm_desk.core.rules.nik import NikInfo, parse_nik
from umkm_desk.core.rules.phone import normalize_phone

#: what Excel shows in a cell whose formula failed (cached as the cell's value)
EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
NUMERIC_NIK_WARNING = (
    "NIK tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit: digit terakhir mungkin berubah. "
    "Cocokkan dengan KTP, lalu simpan kolom NIK sebagai teks."
)
MONTHS_PER_YEAR = 12

Cell = object


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def refuse_error_cell(value: Cell) -> None:
    """Refuse a cell holding an Excel error value such as #N/A or #REF!."""
    if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
        raise RuleError(
            f"sel berisi galat Excel {value.strip().upper()}; perbaiki rumusnya atau ketik nilainya langsung."
        )


def _whole_number(value: float) -> int | None:
    """The int of a float cell that holds a whole number, else None."""
    if math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def cell_text(value: Cell) -> str:
    """A cell as the text a form field would hold: numbers without a ".0" tail, dates as "1 Maret 2026"."""
    refuse_error_cell(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float):
        whole = _whole_number(value)
        return str(whole) if whole is not None else repr(value)
    if isinstance(value, datetime):
        return format_tanggal(value.date())
    if isinstance(value, date):
        return format_tanggal(value)
    return str(value).strip()


def nik_cell(value: Cell, *, today: date | None = None) -> tuple[NikInfo, str | None]:
    """The NIK in a cell and a warning when the cell was numeric (see :data:`NUMERIC_NIK_WARNING`).

    Text goes to :func:`~umkm_desk.core.rules.nik.parse_nik` as is (spaces and dots allowed; notation like
    "3,67301E+15" is refused there). A numeric cell is read as its whole number; a numeric NIK that fails the
    rules says that Excel may have changed it.
    """
    refuse_error_cell(value)
    if isinstance(value, float) and (whole := _whole_number(value)) is not None:
        value = whole
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return parse_nik(value, today=today), NUMERIC_NIK_WARNING
        except RuleError as exc:
            raise RuleError(
                f"{exc.message} NIK tersimpan sebagai angka: Excel mungkin telah mengubah digitnya; "
                "ketik ulang sebagai teks sesuai KTP.",
                field=exc.field,
            ) from None
    if isinstance(value, str):
        return parse_nik(value, today=today), None
    if isinstance(value, float):
        raise RuleError(
            "NIK rusak oleh spreadsheet (tersimpan sebagai angka pecahan); ketik ulang sebagai teks.",
            field="nik",
        )
    raise RuleError("NIK harus diisi sebagai teks angka.", field="nik")


def phone_cell(value: Cell) -> str:
    """E.164 of the phone number in a cell; a numeric cell (its leading 0 lost) is read as its digits."""
    refuse_error_cell(value)
    if isinstance(value, float) and (whole := _whole_number(value)) is not None:
        value = whole
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return normalize_phone(value)
    raise RuleError("Nomor telepon harus diisi sebagai teks.", field="phone")


def money_cell(value: Cell, *, monthly: bool = False) -> int:
    """Whole rupiah in a cell (a number, "Rp 5.000.000", "3 jt", "lima juta"); ``monthly`` figures are turned
    into a year's (12 times) and refused when that passes the money cap."""
    refuse_error_cell(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RuleError("Jumlah uang harus berupa angka.", field="rupiah")
    try:
        amount = parse_rupiah(value)
    except RuleError:
        if not (isinstance(value, str) and is_money_words(value)):
            raise
        amount = parse_rupiah_words(value)  # "lima juta": as people write amounts in letters
    return annual_from_monthly(amount) if monthly else amount


def annual_from_monthly(amount: int) -> int:
    """A year's amount from a month's (12 times)."""
    annual = amount * MONTHS_PER_YEAR
    if annual > MONEY_MAX:
        raise RuleError(
            f"Jumlah per bulan {format_rupiah(amount)} menjadi lebih dari {format_rupiah(MONEY_MAX)} setahun; "
            "periksa jumlah nolnya.",
            field="rupiah",
        )
    return annual


def date_cell(value: Cell, *, today: date | None = None) -> date:
    """A date in a cell: a date cell, an Excel serial number, or text such as 01/03/2026 or 5-4-26."""
    refuse_error_cell(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
        raise RuleError("Tanggal tidak dikenali.", field="tanggal")
    return parse_tanggal(value, today=today)
