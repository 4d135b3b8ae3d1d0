"""Office letter numbers ("nomor surat") rendered from a template set in Pengaturan.

The sequence ``nomor`` restarts at 1 every year: the document register counts per year and passes the
number in; this module only renders and validates.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import date

from umkm_desk.core.rules.dates import bulan_romawi
from umkm_desk.core.rules.errors import RuleError

_FIELD = "template_nomor_surat"
DEFAULT_LETTER_TEMPLATE = "500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}"
# Filled in by render_letter_number itself.
AUTOMATIC_FIELDS = frozenset({"nomor", "tahun", "bulan", "bulan_romawi"})
# Free fields the app knows how to supply; Pengaturan validates templates against these.
FREE_FIELDS = frozenset({"klasifikasi", "kode", "unit"})
_SAMPLE_FREE_VALUE = "X"
# Integer fields take only a plain or zero-padded decimal format: {nomor}, {nomor:d}, {nomor:03d}. Anything
# else can make two numbers equal ({nomor:.0e} prints 10 and 11 both as "1e+01"), draw control characters
# ({nomor:c}) or pad with spaces that end up in file names.
_INTEGER_FIELDS = frozenset({"nomor", "tahun", "bulan"})
_INTEGER_SPEC = re.compile(r"(?:0[1-9]d|d)?")


def _refuse(message: str) -> RuleError:
    return RuleError(message, field=_FIELD)


def _placeholders(template: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        raise _refuse("Format nomor surat rusak: periksa pasangan kurung kurawal { }.") from None
    names: list[str] = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            raise _refuse(
                f"Isian '{{{name}}}' pada format nomor surat tidak sah; pakai nama seperti {{nomor}}."
            )
        if conversion is not None:
            raise _refuse(f"Isian '{{{name}!{conversion}}}' tidak didukung pada format nomor surat.")
        _check_spec(name, spec or "")
        names.append(name)
    return names


def _check_spec(name: str, spec: str) -> None:
    if name in _INTEGER_FIELDS:
        if not _INTEGER_SPEC.fullmatch(spec):
            raise _refuse(
                f"Format '{{{name}:{spec}}}' pada format nomor surat tidak diterima. Untuk {{{name}}} pakai "
                f"bilangan bulat biasa atau dengan nol di depan, mis. {{{name}}} atau {{{name}:03d}}."
            )
    elif spec:
        raise _refuse(
            f"Format '{{{name}:{spec}}}' pada format nomor surat tidak diterima; tulis {{{name}}} saja."
        )


def validate_template(template: str, *, free_fields: Iterable[str] = FREE_FIELDS) -> None:
    """Refuse a template that is malformed, lacks {nomor}, or uses a placeholder nobody fills in."""
    if not isinstance(template, str) or not template.strip():
        raise _refuse("Format nomor surat belum diisi.")
    names = _placeholders(template)
    if "nomor" not in names:
        raise _refuse("Format nomor surat harus memuat {nomor}, agar tiap surat bernomor berbeda.")
    allowed = AUTOMATIC_FIELDS | set(free_fields)
    unknown = [name for name in names if name not in allowed]
    if unknown:
        known = ", ".join(f"{{{name}}}" for name in sorted(allowed))
        raise _refuse(
            f"Isian {{{unknown[0]}}} pada format nomor surat tidak dikenal. Yang tersedia: {known}."
        )
    sample = {name: _SAMPLE_FREE_VALUE for name in free_fields}
    try:
        template.format(**sample, nomor=1, tahun=2026, bulan=11, bulan_romawi="XI")
    except (ValueError, TypeError, KeyError, IndexError):
        raise _refuse("Format angka pada format nomor surat tidak sah, mis. tulis {nomor:03d}.") from None


def render_letter_number(template: str, *, nomor: int, tanggal: date, **fields: str) -> str:
    """Fill a template: {nomor} (the year's running number), {tahun}, {bulan} (1-12), {bulan_romawi}
    ("XI") from ``tanggal``, and free fields such as {klasifikasi} or {unit} from ``fields``."""
    if isinstance(nomor, bool) or not isinstance(nomor, int) or nomor < 1:
        raise _refuse("Nomor urut surat harus bilangan bulat mulai dari 1.")
    clash = AUTOMATIC_FIELDS.intersection(fields)
    if clash:
        raise _refuse(f"Isian {{{sorted(clash)[0]}}} diisi otomatis dari nomor dan tanggal surat.")
    validate_template(template, free_fields=fields)
    return template.format(
        **fields,
        nomor=nomor,
        tahun=tanggal.year,
        bulan=tanggal.month,
        bulan_romawi=bulan_romawi(tanggal.month),
    )
