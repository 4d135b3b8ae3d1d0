"""NIK, the 16-digit citizen number: PPKKCC DDMMYY NNNN (region, birth date with day + 40 for women, serial)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from umkm_desk.core.rules._digits import clean_digits
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.wilayah import is_known_kecamatan, normalize_kecamatan_code

NIK_MISSING_LABEL = "NIK belum ada"
_FIELD = "nik"


@dataclass(frozen=True, slots=True)
class NikInfo:
    nik: str
    sex: str  # "L" laki-laki, "P" perempuan
    birth_date: date
    region_code: str  # "PPKKCC", six digits
    serial: int

    @property
    def kecamatan_code(self) -> str:
        return f"{self.region_code[0:2]}.{self.region_code[2:4]}.{self.region_code[4:6]}"

    @property
    def masked(self) -> str:
        return mask_nik(self.nik)


def _nik_digits(text: object) -> str:
    return clean_digits(text, label="NIK", field=_FIELD, lengths=(16,), separators=" .")


def _birth_date(day: int, month: int, yy: int, today: date) -> date:
    # The NIK keeps only two year digits: pick the century that does not put the birth in the future.
    year = 2000 + yy if (2000 + yy, month, day) <= (today.year, today.month, today.day) else 1900 + yy
    try:
        return date(year, month, day)
    except ValueError:
        raise RuleError(
            f"Tanggal lahir pada NIK tidak mungkin ({day:02d}-{month:02d}-{yy:02d}).", field=_FIELD
        ) from None


def parse_nik(text: str | int, *, today: date | None = None) -> NikInfo:
    """Check a NIK and read sex, birth date and region from it.

    Spaces and dots are ignored. ``today`` (default: the current date) decides the century of the
    two-digit birth year, so nobody is born in the future.
    """
    digits = _nik_digits(text)
    region = digits[0:6]
    if not is_known_kecamatan(region):
        raise RuleError(
            f"Kode wilayah NIK ({region[0:2]}.{region[2:4]}.{region[4:6]}) bukan kecamatan yang dikenal.",
            field=_FIELD,
        )
    raw_day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "P" if raw_day > 40 else "L"
    day = raw_day - 40 if sex == "P" else raw_day
    birth = _birth_date(day, month, yy, today or date.today())
    serial = int(digits[12:16])
    if serial == 0:
        raise RuleError("Nomor urut NIK (4 digit terakhir) tidak boleh 0000.", field=_FIELD)
    return NikInfo(nik=digits, sex=sex, birth_date=birth, region_code=region, serial=serial)


def mask_nik(nik: str) -> str:
    """Hide digits 7-12 (the birth date) for screens and printouts: 367301******0001."""
    # a stored NIK is already 16 digits: the list masks a page of them on every scroll
    digits = nik if len(nik) == 16 and nik.isascii() and nik.isdigit() else _nik_digits(nik)
    return f"{digits[0:6]}******{digits[12:16]}"


def encode_nik(region_code: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK from its parts (demo data, tests). ``region_code`` is "367301" or "36.73.01"."""
    region = normalize_kecamatan_code(region_code).replace(".", "")
    if sex not in ("L", "P"):
        raise RuleError("Jenis kelamin harus L atau P.", field="sex")
    if isinstance(serial, bool) or not isinstance(serial, int) or not 1 <= serial <= 9999:
        raise RuleError("Nomor urut NIK harus 1 sampai 9999.", field=_FIELD)
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
