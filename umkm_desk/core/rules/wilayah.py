"""Kemendagri region codes: every kecamatan in Indonesia, and the kelurahan of Kota Serang.

Codes are the dotted Kemendagri form ("36.73.01", "36.73.01.1001"); functions also accept the undotted
digits ("367301", "3673011001") that NIKs and spreadsheets carry. The CSVs are read once, on first use.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.paths import resource_path

KOTA_SERANG_CODE = "36.73"

# Misspellings seen in office spreadsheets, keyed by the squashed form produced by _key().
_KELURAHAN_VARIANTS = {
    "karanganyar": "kalanganyar",
    "nyampah": "nyapah",
    "pagerageng": "pageragung",
    "pengampelan": "pangampelan",
    "masjidpriyayi": "mesjidpriyayi",
}
_KECAMATAN_VARIANTS = {
    "cipocok": "cipocokjaya",
}
_PREFIX = re.compile(r"^(?:kelurahan|kel|desa|ds|kecamatan|kec)(?:\b\.?|\.)\s*")
# Close enough for one or two typos in a kelurahan name, far enough to keep Sukajaya and Sukawana apart.
_FUZZY_CUTOFF = 0.85


class AmbiguousWilayah(RuleError):
    """A name that fits several places; ``candidates`` lists them so the user can pick one."""

    def __init__(
        self, message: str, candidates: list[KelurahanInfo] | list[KecamatanInfo], *, field: str | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.candidates = candidates


@dataclass(frozen=True, slots=True)
class KecamatanInfo:
    code: str
    name: str
    kabkota_code: str
    kabkota: str
    provinsi_code: str
    provinsi: str


@dataclass(frozen=True, slots=True)
class KelurahanInfo:
    code: str
    name: str
    kecamatan_code: str
    kecamatan_name: str


@cache
def _kecamatan_table() -> dict[str, KecamatanInfo]:
    with resource_path("wilayah", "indonesia_kecamatan.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["kode_kecamatan"]: KecamatanInfo(
                code=row["kode_kecamatan"],
                name=row["kecamatan"],
                kabkota_code=row["kode_kabkota"],
                kabkota=row["kabkota"],
                provinsi_code=row["kode_provinsi"],
                provinsi=row["provinsi"],
            )
            for row in csv.DictReader(handle)
        }


@cache
def _kelurahan_table() -> dict[str, KelurahanInfo]:
    with resource_path("wilayah", "kota_serang_wilayah.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["kode_kelurahan"]: KelurahanInfo(
                code=row["kode_kelurahan"],
                name=row["kelurahan"],
                kecamatan_code=row["kode_kecamatan"],
                kecamatan_name=row["kecamatan"],
            )
            for row in csv.DictReader(handle)
        }


def _dotted(code: object, *, digits: int, what: str) -> str:
    """Accept "367301" / "36.73.01" (or the 10-digit kelurahan form) and return the dotted code."""
    text = re.sub(r"[\s.]", "", code) if isinstance(code, str) else ""
    if len(text) != digits or not text.isascii() or not text.isdigit():
        raise RuleError(f"Kode {what} tidak sah: {code!r}.", field=what)
    parts = [text[0:2], text[2:4], text[4:6]]
    if digits == 10:
        parts.append(text[6:10])
    return ".".join(parts)


def normalize_kecamatan_code(code: str) -> str:
    """ "367301" or "36.73.01" -> "36.73.01"; refuse anything that is not six digits."""
    return _dotted(code, digits=6, what="kecamatan")


def is_known_kecamatan(region6: str) -> bool:
    try:
        return normalize_kecamatan_code(region6) in _kecamatan_table()
    except RuleError:
        return False


def kecamatan_info(code: str) -> KecamatanInfo:
    """Name, kabupaten/kota and provinsi of any kecamatan in Indonesia."""
    dotted = normalize_kecamatan_code(code)
    try:
        return _kecamatan_table()[dotted]
    except KeyError:
        raise RuleError(f"Kode kecamatan {dotted} tidak dikenal.", field="kecamatan") from None


def kecamatan_name(code: str) -> str:
    return kecamatan_info(code).name


@cache
def _kota_serang_kecamatan() -> tuple[KecamatanInfo, ...]:
    # sorting the 7,285 kecamatan of Indonesia took 10 ms: an import asks for these on every row
    return tuple(info for code, info in sorted(_kecamatan_table().items()) if info.kabkota_code == KOTA_SERANG_CODE)


def kecamatan_list_kota_serang() -> list[KecamatanInfo]:
    return list(_kota_serang_kecamatan())


def kelurahan(code: str) -> KelurahanInfo:
    dotted = _dotted(code, digits=10, what="kelurahan")
    try:
        return _kelurahan_table()[dotted]
    except KeyError:
        raise RuleError(f"Kode kelurahan {dotted} tidak dikenal di Kota Serang.", field="kelurahan") from None


@cache
def _kelurahan_sorted() -> tuple[KelurahanInfo, ...]:
    return tuple(sorted(_kelurahan_table().values(), key=lambda k: k.code))


def kelurahan_list(kecamatan_code: str | None = None) -> list[KelurahanInfo]:
    """Kota Serang kelurahan ordered by code, optionally only those of one kecamatan."""
    rows = list(_kelurahan_sorted())
    if kecamatan_code is None:
        return rows
    dotted = normalize_kecamatan_code(kecamatan_code)
    return [k for k in rows if k.kecamatan_code == dotted]


@cache
def _name_key(name: str) -> str:
    """:func:`_key` of an official name (the same few hundred names are compared with every typed one)."""
    return _key(name)


def is_exact_kelurahan_name(typed: str, code: str) -> bool:
    """Whether ``typed`` names the kelurahan ``code`` as written or in a known spelling (any case, "Kel."
    prefix, spacing, the press's spellings), rather than only by the close-spelling fallback of
    :func:`match_kelurahan`: an import keeps a warning for the latter."""
    key = _key(typed or "")
    return _KELURAHAN_VARIANTS.get(key, key) == _name_key(kelurahan(code).name)


def _key(name: str) -> str:
    """Squash a place name for comparison: no case, accents, prefixes, punctuation or spaces."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower().strip()
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _fuzzy(key: str, keys: set[str]) -> list[str]:
    return difflib.get_close_matches(key, sorted(keys), n=3, cutoff=_FUZZY_CUTOFF)


def _names(places: list[KelurahanInfo]) -> str:
    return ", ".join(f"{k.name} (Kec. {k.kecamatan_name})" for k in places)


def match_kecamatan(name: str) -> str:
    """Code of the Kota Serang kecamatan a typed name (or code) refers to, e.g. "Kec. Cipocok" -> "36.73.05"."""
    kecamatan = kecamatan_list_kota_serang()
    if re.fullmatch(r"[\d.\s]+", name or ""):
        dotted = normalize_kecamatan_code(name)
        if any(k.code == dotted for k in kecamatan):
            return dotted
        raise RuleError(f"Kecamatan {dotted} tidak ada di Kota Serang.", field="kecamatan")
    key = _key(name or "")
    if not key:
        raise RuleError("Nama kecamatan belum diisi.", field="kecamatan")
    key = _KECAMATAN_VARIANTS.get(key, key)
    by_key = {_name_key(k.name): k for k in kecamatan}
    if key in by_key:
        return by_key[key].code
    close = _fuzzy(key, set(by_key))
    if len(close) == 1:
        return by_key[close[0]].code
    if close:
        found = [by_key[c] for c in close]
        raise AmbiguousWilayah(
            f"Kecamatan '{name}' mirip beberapa kecamatan: {', '.join(k.name for k in found)}. Pilih salah satu.",
            found,
            field="kecamatan",
        )
    raise RuleError(f"Kecamatan '{name}' tidak dikenal di Kota Serang.", field="kecamatan")


def match_kelurahan(name: str, kecamatan_hint: str | None = None) -> str:
    """Code of the Kota Serang kelurahan a typed name refers to.

    Lenient about case, "Kel."/"Kelurahan"/"Desa"/"Ds." prefixes, spaces, hyphens, punctuation and known
    misspellings; falls back to a close-spelling match when only one name is close. Two kelurahan share the
    name Sukawana (Kec. Serang and Kec. Curug): without ``kecamatan_hint`` (name or code) such a name raises
    :class:`AmbiguousWilayah` listing the candidates.
    """
    key = _key(name or "")
    if not key:
        raise RuleError("Nama kelurahan belum diisi.", field="kelurahan")
    key = _KELURAHAN_VARIANTS.get(key, key)
    everywhere = kelurahan_list()
    places = everywhere
    kecamatan_label = ""
    if kecamatan_hint is not None and kecamatan_hint.strip():
        kecamatan_code = match_kecamatan(kecamatan_hint)
        places = [k for k in everywhere if k.kecamatan_code == kecamatan_code]
        kecamatan_label = f" di Kecamatan {kecamatan_name(kecamatan_code)}"

    found = [k for k in places if _name_key(k.name) == key]
    if not found:
        close = _fuzzy(key, {_name_key(k.name) for k in places})
        found = [k for k in places if _name_key(k.name) in close]
    if len(found) == 1:
        return found[0].code
    if found:
        raise AmbiguousWilayah(
            f"Kelurahan '{name}' bisa berarti: {_names(found)}. Pilih salah satu atau isi kecamatannya.",
            found,
            field="kelurahan",
        )
    elsewhere = [k for k in everywhere if _name_key(k.name) == key]
    if kecamatan_label and elsewhere:
        raise RuleError(
            f"Kelurahan '{name}' tidak ada{kecamatan_label}; yang ada: {_names(elsewhere)}.",
            field="kelurahan",
        )
    raise RuleError(
        f"Kelurahan '{name}' tidak dikenal{kecamatan_label or ' di Kota Serang'}.", field="kelurahan"
    )
