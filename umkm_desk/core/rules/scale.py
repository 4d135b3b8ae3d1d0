"""Business size class (mikro, kecil, menengah, besar) by PP 7/2021 Pasal 35, and "naik kelas"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from umkm_desk.core.rules.errors import RuleError

MILIAR = 1_000_000_000
# Upper bounds (inclusive) of mikro, kecil and menengah; above the last one a business is besar.
MODAL_USAHA_LIMITS = (1 * MILIAR, 5 * MILIAR, 10 * MILIAR)
HASIL_PENJUALAN_LIMITS = (2 * MILIAR, 15 * MILIAR, 50 * MILIAR)


class Scale(StrEnum):
    """Stored by value ("mikro"); compares by size, so ``Scale.KECIL > Scale.MIKRO`` and max() work."""

    MIKRO = "mikro"
    KECIL = "kecil"
    MENENGAH = "menengah"
    BESAR = "besar"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        return _RANKS[self]

    # A str subclass would otherwise compare alphabetically ("besar" < "kecil").
    def __lt__(self, other: object) -> bool:
        return self.rank < other.rank if isinstance(other, Scale) else NotImplemented

    def __le__(self, other: object) -> bool:
        return self.rank <= other.rank if isinstance(other, Scale) else NotImplemented

    def __gt__(self, other: object) -> bool:
        return self.rank > other.rank if isinstance(other, Scale) else NotImplemented

    def __ge__(self, other: object) -> bool:
        return self.rank >= other.rank if isinstance(other, Scale) else NotImplemented


_ORDER = (Scale.MIKRO, Scale.KECIL, Scale.MENENGAH, Scale.BESAR)
_RANKS = {scale: rank for rank, scale in enumerate(_ORDER)}


def _amount(value: object, what: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RuleError(f"{what} harus berupa bilangan bulat rupiah.", field=field)
    if value < 0:
        raise RuleError(f"{what} tidak boleh negatif.", field=field)
    return value


def _by_limits(amount: int, limits: tuple[int, int, int]) -> Scale:
    for scale, limit in zip(_ORDER, limits, strict=False):
        if amount <= limit:
            return scale
    return Scale.BESAR


def classify(modal_usaha: int, hasil_penjualan_tahunan: int) -> Scale:
    """Size class from modal usaha (excluding land and buildings) and annual sales, in whole rupiah.

    PP 7/2021 Pasal 35 gives two criteria: modal usaha (ayat 3) and, for businesses already running,
    hasil penjualan tahunan (ayat 5), each with its own bands (mikro <= Rp1 M / Rp2 M, kecil <= Rp5 M /
    Rp15 M, menengah <= Rp10 M / Rp50 M; bounds inclusive). Either criterion may place a business, so a
    business that exceeds a band on *either* one no longer belongs to it: each criterion gives a class
    and the higher class wins. This never under-reports growth (a mikro-capital shop selling Rp3 M a year
    is kecil) and is monotonic: raising either amount never lowers the class.
    """
    modal = _amount(modal_usaha, "Modal usaha", "modal_usaha")
    sales = _amount(hasil_penjualan_tahunan, "Hasil penjualan tahunan", "hasil_penjualan_tahunan")
    return max(_by_limits(modal, MODAL_USAHA_LIMITS), _by_limits(sales, HASIL_PENJUALAN_LIMITS))


@dataclass(frozen=True, slots=True)
class Measurement:
    measured_on: date
    modal_usaha: int
    hasil_penjualan_tahunan: int

    def __post_init__(self) -> None:
        classify(self.modal_usaha, self.hasil_penjualan_tahunan)

    @property
    def scale(self) -> Scale:
        return classify(self.modal_usaha, self.hasil_penjualan_tahunan)


@dataclass(frozen=True, slots=True)
class ScaleChange:
    before: Scale
    after: Scale
    naik_kelas: bool
    turun_kelas: bool


def compare(before: Measurement, after: Measurement) -> ScaleChange:
    """Both classes and the direction of change; a change only counts when ``after`` is measured later."""
    later = after.measured_on > before.measured_on
    old, new = before.scale, after.scale
    return ScaleChange(before=old, after=new, naik_kelas=later and new > old, turun_kelas=later and new < old)


def naik_kelas(before: Measurement, after: Measurement) -> bool:
    return compare(before, after).naik_kelas
