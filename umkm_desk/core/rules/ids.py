"""Business and government identifiers other than the NIK: NIB (OSS), NPWP (tax) and NIP (civil servant).

All are kept as text so leading zeros survive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from umkm_desk.core.rules._digits import clean_digits
from umkm_desk.core.rules.errors import RuleError


def parse_nib(text: str | int) -> str:
    """13-digit Nomor Induk Berusaha from OSS, as text with its leading zeros."""
    digits = clean_digits(text, label="NIB", field="nib", lengths=(13,))
    if set(digits) == {"0"}:
        raise RuleError("NIB tidak boleh nol semua.", field="nib")
    return digits


def parse_npwp(text: str | int) -> str:
    """NPWP digits: 15 (the old "01.234.567.8-901.000") or 16 (NIK, or "0" + the old 15, since 2024)."""
    digits = clean_digits(text, label="NPWP", field="npwp", lengths=(15, 16))
    if set(digits) == {"0"}:
        raise RuleError("NPWP tidak boleh nol semua; kosongkan bila belum punya NPWP.", field="npwp")
    return digits


def format_npwp(digits: str) -> str:
    """Display an NPWP.

    15 digits use the classic DJP mask "01.234.567.8-901.000". The 16-digit NPWP has no official punctuation
    and may be a NIK or "0" + an old NPWP, so it is shown in four blocks of four ("0123 4567 8901 2000"),
    which reads easily aloud and over the phone without suggesting a structure it may not have.
    """
    d = parse_npwp(digits)
    if len(d) == 15:
        return f"{d[0:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:15]}"
    return " ".join(d[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class NipInfo:
    nip: str
    birth_date: date
    appointment_year: int  # TMT CPNS
    appointment_month: int
    sex: str  # "L" or "P"
    serial: int


def parse_nip(text: str | int) -> NipInfo:
    """18-digit NIP: birth date YYYYMMDD, appointment YYYYMM, sex digit (1 = L, 2 = P), serial of 3 digits."""
    digits = clean_digits(text, label="NIP", field="nip", lengths=(18,))
    try:
        birth = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise RuleError(f"Tanggal lahir pada NIP tidak mungkin ({digits[0:8]}).", field="nip") from None
    if birth.year < 1900:
        raise RuleError(f"Tahun lahir pada NIP tidak mungkin ({birth.year}).", field="nip")
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        raise RuleError(f"Bulan pengangkatan pada NIP tidak mungkin ({month:02d}).", field="nip")
    if (year, month) <= (birth.year, birth.month):
        raise RuleError("Tahun pengangkatan pada NIP tidak mungkin sebelum tahun lahir.", field="nip")
    sex_digit = digits[14]
    if sex_digit not in "12":
        raise RuleError("Digit jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan).", field="nip")
    serial = int(digits[15:18])
    if serial == 0:
        raise RuleError("Nomor urut NIP (3 digit terakhir) tidak boleh 000.", field="nip")
    return NipInfo(
        nip=digits,
        birth_date=birth,
        appointment_year=year,
        appointment_month=month,
        sex="L" if sex_digit == "1" else "P",
        serial=serial,
    )


def format_nip(digits: str) -> str:
    """The usual printed form on letters: "19860926 201505 1 001"."""
    d = parse_nip(digits).nip
    return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"
