"""Whole numbers officers type (year started, workers, quota, students, participants): ASCII digits only,
within a range the field can hold and that makes sense.

``str.isdigit()`` accepts "²" and Arabic-Indic digits and ``int()`` accepts "1_000" and "٣"; here only 0-9 (with
"." as a thousands separator, as Indonesians write 1.250) are a number, so nothing but a RuleError comes out.
"""

from __future__ import annotations

import re

from umkm_desk.core.rules.errors import RuleError

#: the largest value an Integer column holds on PostgreSQL (32-bit); every count range stays below it
INTEGER_MAX = 2**31 - 1

_WHOLE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")


def _number(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def parse_count(
    value: object,
    *,
    label: str,
    low: int,
    high: int,
    field: str | None = None,
    required: bool = False,
    year: bool = False,
    unit: str = "",
) -> int | None:
    """The whole number in ``value`` (an int, or text such as "12" or "1.250"), or None when blank and not
    ``required``. Refuses, with an Indonesian message naming the field, anything that is not 0-9 digits or lies
    outside ``low``..``high``. ``year`` names both bounds, without thousands dots, in the message; ``unit`` follows
    a bound ("Kuota minimal 1 UMKM.").
    """
    if not low <= high <= INTEGER_MAX:
        raise ValueError("count range must lie within the Integer column")
    if isinstance(value, bool):
        raise RuleError(f"{label} harus berupa angka bulat.", field=field)
    if isinstance(value, int):
        number = value
    elif value is None or isinstance(value, str):
        text = (value or "").strip()
        if not text:
            if required:
                raise RuleError(f"{label} belum diisi.", field=field)
            return None
        if not _WHOLE.fullmatch(text):
            raise RuleError(f"{label} harus berupa angka bulat (hanya angka 0-9).", field=field)
        number = int(text.replace(".", ""))
    else:
        raise RuleError(f"{label} harus berupa angka bulat.", field=field)
    if low <= number <= high:
        return number
    if year:
        raise RuleError(f"{label} harus antara {low} dan {high}.", field=field)
    unit = f" {unit}" if unit else ""
    if number < low:
        raise RuleError(
            f"{label} tidak boleh negatif." if low == 0 else f"{label} minimal {_number(low)}{unit}.", field=field
        )
    raise RuleError(f"{label} paling banyak {_number(high)}{unit}; periksa angkanya.", field=field)
