"""The dry run: every row below the header gets a status and an Indonesian message naming the cell.

A row is read cell by cell with the rules (``rules/cells`` for what Excel does to numbers, ``rules/wilayah`` for
kelurahan names), then checked as a whole by the registry's own :func:`check_business`, so that an import accepts
exactly what the form accepts. Duplicates are looked up for all rows at once (``find_duplicates_bulk``) and within
the file:

* ``dilewati``: empty rows, JUMLAH/TOTAL rows, rows already in the database (the same NIK, NIB or phone with a
  similar business name, or the same business name and owner in the same kelurahan) and repeats of an earlier row;
* ``ditolak``: any cell the rules refuse; a NIK or NIB that belongs to another business (stored, or an earlier row
  of the file): a second business of the same owner is registered through the form, with a reason;
* ``peringatan``: imported, with the warning kept on the business: a NIK read from a numeric cell, a missing NIK, a
  kelurahan name read as another spelling, a phone shared with another business, a similar name in the kelurahan,
  a likeness to an archived business;
* ``ok``: imported as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from umkm_desk.core.labels import SECTORS
from umkm_desk.core.rules import AmbiguousWilayah, RuleError, wilayah
from umkm_desk.core.rules.cells import cell_text, date_cell, is_blank, money_cell, nik_cell, phone_cell
from umkm_desk.core.rules.text import is_similar_name, normalize_name
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.imports.mapping import check_mapping, column_letter
from umkm_desk.core.services.imports.model import (
    IGNORE,
    CancelFn,
    DryRun,
    ImportCancelled,
    ImportRefused,
    Mapping,
    ProgressFn,
    RowResult,
    SheetTable,
    Status,
    empty_counts,
)
from umkm_desk.core.services.imports.template import TEMPLATE_EXAMPLE
from umkm_desk.core.services.registry.businesses import BusinessInput, CleanBusiness, check_business
from umkm_desk.core.services.registry.duplicates import (
    REASON_NAME,
    REASON_NIB,
    REASON_NIK,
    REASON_PHONE,
    DuplicateMatch,
    DuplicateProbe,
    find_duplicates_bulk,
)

#: how often (rows) progress is reported and cancel is asked
PROGRESS_STEP = 250
_TOTAL_WORDS = frozenset(
    {"jumlah", "total", "jumlah total", "grand total", "sub total", "subtotal", "total keseluruhan",
     "jumlah keseluruhan", "jumlah seluruhnya", "total seluruhnya"}
)  # fmt: skip
_TOTAL_FIRST = frozenset(w.split()[0] for w in _TOTAL_WORDS)
# Other words offices use for the sectors the app keeps (only ones that name exactly one sector).
_SECTOR_WORDS = {
    "fashion": "fesyen", "busana": "fesyen", "konveksi": "fesyen",
    "makanan": "kuliner", "makanan minuman": "kuliner", "makanan dan minuman": "kuliner", "mamin": "kuliner",
    "makanan olahan": "kuliner", "craft": "kerajinan", "kriya": "kerajinan", "dagang": "perdagangan",
    "industri": "industri", "industri pengolahan": "industri", "pengolahan": "industri",
}  # fmt: skip
# The import's field keys -> BusinessInput's field names (check_business reports errors by the latter).
_INPUT_FIELDS = {
    "owner_name": "owner_name", "nik": "nik", "phone": "phone", "owner_address": "owner_address", "name": "name",
    "sector": "sector", "kbli": "kbli", "address": "address", "kecamatan_code": "kecamatan",
    "kelurahan_code": "kelurahan", "nib": "nib", "halal_number": "halal_number", "pirt_number": "pirt_number",
    "year_started": "year_started", "modal_usaha": "modal_usaha", "annual_sales": "annual_sales",
    "workers": "workers", "sex": "nik", "birth_date": "nik",
}  # fmt: skip
_TEXT_FIELDS = ("name", "owner_name", "address", "owner_address", "kbli", "nib", "halal_number", "pirt_number",
                "year_started", "workers")  # fmt: skip


@dataclass
class RowCheck:
    """One row's verdict; ``clean`` holds the values to store when the row is imported."""

    index: int
    row_number: int
    cells: tuple[object, ...]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skip: str | None = None
    clean: CleanBusiness | None = None
    registered_on: date | None = None

    @property
    def status(self) -> Status:
        if self.skip is not None:
            return "dilewati"
        if self.errors:
            return "ditolak"
        return "peringatan" if self.warnings else "ok"

    @property
    def message(self) -> str:
        if self.skip is not None:
            return self.skip
        return " ".join(self.errors or self.warnings)

    @property
    def warning_text(self) -> str | None:
        return " ".join(self.warnings) if self.warnings and not self.errors and self.skip is None else None

    def result(self) -> RowResult:
        return RowResult(self.row_number, self.status, self.message, self.cells)


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def sector_code(text: str) -> str:
    """The sector code for what a spreadsheet calls it: the code or label ("Kuliner", "Industri Pengolahan") or
    a word that names exactly one sector ("Fashion", "Makanan dan Minuman")."""
    words = _words(text)
    if not words:
        raise RuleError("Jenis usaha belum diisi.", field="sector")
    for code, label in SECTORS.items():
        if words in (code, _words(label)):
            return code
    if words in _SECTOR_WORDS:
        return _SECTOR_WORDS[words]
    known = ", ".join(SECTORS.values())
    raise RuleError(f"Jenis usaha '{text.strip()}' tidak dikenal; tulis salah satu: {known}.", field="sector")


class _Row:
    """Reads the mapped cells of one row and collects what is wrong, by cell."""

    def __init__(self, table: SheetTable, mapping: Mapping, index: int, check: RowCheck) -> None:
        self.cells = table.rows[index]
        self.check = check
        self.columns = {key: col for col, key in enumerate(mapping.columns) if key != IGNORE}
        self.monthly = mapping.monthly

    def ref(self, key: str) -> str:
        column = self.columns.get(key)
        return f"{column_letter(column)}{self.check.row_number}" if column is not None else ""

    def value(self, key: str) -> object:
        column = self.columns.get(key)
        return self.cells[column] if column is not None and column < len(self.cells) else None

    def error(self, key: str, message: str) -> None:
        ref = self.ref(key)
        self.check.errors.append(f"{ref}: {message}" if ref else message)

    def warn(self, key: str, message: str) -> None:
        ref = self.ref(key)
        self.check.warnings.append(f"{ref}: {message}" if ref else message)

    def read(self, key: str, parse: Callable[[object], Any]) -> Any:
        """``parse`` of the cell, or None (with the error noted) when the rules refuse it."""
        try:
            return parse(self.value(key))
        except RuleError as exc:
            self.error(key, exc.message)
            return None


def _first_word(text: str) -> str:
    head = text.lstrip()[:12].lower()
    return head.split(maxsplit=1)[0].rstrip(":.") if head else ""


def _skip_reason(row: _Row) -> str | None:
    cells = row.cells
    if all(is_blank(v) for v in cells):
        return "Baris kosong."
    for value in cells:
        if isinstance(value, str) and _first_word(value) in _TOTAL_FIRST and _words(value) in _TOTAL_WORDS:
            name = row.value("name")
            if is_blank(name) or (isinstance(name, str) and _words(name) in _TOTAL_WORDS):
                return "Baris jumlah/total, bukan data UMKM."
    if (row.value("name"), row.value("owner_name")) == TEMPLATE_EXAMPLE:
        return "Baris contoh dari templat impor."
    if all(is_blank(row.value(key)) for key in row.columns):
        return "Baris tanpa isian UMKM (hanya kolom yang tidak diimpor terisi)."
    return None


def _wilayah(row: _Row) -> tuple[str, str]:
    """Kecamatan and kelurahan codes from their cells (the kecamatan only as a hint: the kelurahan decides)."""
    kecamatan_text = row.read("kecamatan", cell_text) or ""
    kelurahan_text = row.read("kelurahan", cell_text)
    if kelurahan_text is None:
        return "", ""
    if kecamatan_text:
        try:
            wilayah.match_kecamatan(kecamatan_text)
        except RuleError as exc:
            row.error("kecamatan", exc.message)
            return "", ""
    if not kelurahan_text:
        row.error("kelurahan", "Kelurahan belum diisi.")
        return "", ""
    try:
        code = wilayah.match_kelurahan(kelurahan_text, kecamatan_hint=kecamatan_text or None)
    except AmbiguousWilayah as exc:
        row.error("kelurahan", f"{exc.message.replace('Pilih salah satu atau isi', 'Isi')} Tidak diimpor.")
        return "", ""
    except RuleError as exc:
        row.error("kelurahan", exc.message)
        return "", ""
    place = wilayah.kelurahan(code)
    if not wilayah.is_exact_kelurahan_name(kelurahan_text, code):
        row.warn(
            "kelurahan",
            f"kelurahan '{kelurahan_text}' dibaca sebagai {place.name} (Kec. {place.kecamatan_name}).",
        )
    return place.kecamatan_code, place.code


def _money(row: _Row, key: str) -> str:
    column = row.columns.get(key)
    monthly = column is not None and column in row.monthly
    amount = row.read(key, lambda v: None if is_blank(v) else money_cell(v, monthly=monthly))
    return "" if amount is None else str(amount)


def check_row(table: SheetTable, mapping: Mapping, index: int, *, today: date) -> RowCheck:
    """The verdict on one row from its cells alone (no database)."""
    check = RowCheck(index, table.row_number(index), table.rows[index])
    row = _Row(table, mapping, index, check)
    check.skip = _skip_reason(row)
    if check.skip is not None:
        return check
    data = BusinessInput()
    for key in _TEXT_FIELDS:
        if key in row.columns:
            setattr(data, key, row.read(key, cell_text) or "")
    if "nik" in row.columns and not is_blank(row.value("nik")):
        parsed = row.read("nik", lambda v: nik_cell(v, today=today))
        if parsed is not None:
            info, warning = parsed
            data.nik = info.nik
            if warning:
                row.warn("nik", warning)
    else:
        data.nik_missing = True
        if "nik" in row.columns:
            row.warn("nik", 'NIK kosong; disimpan sebagai "NIK belum ada".')
    # the phone is checked here, by the same rule; check_business would only parse the E.164 form again
    phone = row.read("phone", phone_cell) if not is_blank(row.value("phone")) else None
    if "sector" in row.columns:
        data.sector = row.read("sector", lambda v: sector_code(cell_text(v))) or ""
    data.kecamatan_code, data.kelurahan_code = _wilayah(row)
    data.modal_usaha = _money(row, "modal_usaha")
    data.annual_sales = _money(row, "annual_sales")
    if not is_blank(row.value("registered_on")):
        registered = row.read("registered_on", lambda v: date_cell(v, today=today))
        if registered is not None and registered > today:
            row.error("registered_on", f"Tanggal daftar {registered:%d/%m/%Y} belum terjadi.")
        check.registered_on = registered
    if check.errors:
        return check  # the cells already say what is wrong; check_business would only repeat it
    clean, errors = check_business(data, today=today)
    for name, message in errors.items():
        row.error(_INPUT_FIELDS.get(name, name), message)
    if clean is not None:
        clean.owner["phone"] = phone
    check.clean = clean
    return check


def _live_verdict(check: RowCheck, row: _Row, matches: Sequence[DuplicateMatch]) -> None:
    """Apply the stored businesses that look like this row (see the module doc)."""
    assert check.clean is not None
    name = check.clean.business["name"]
    owner = check.clean.owner["name"]
    for match in matches:
        label = f"'{match.name}' (pemilik {match.owner_name}, Kel. {match.kelurahan_name})"
        if match.archived:
            row.warn("name", f"mirip UMKM yang diarsipkan {label}; periksa apakah sama.")
            continue
        same_name = is_similar_name(name, match.name)
        if REASON_NIK in match.reasons or REASON_NIB in match.reasons:
            key = "nik" if REASON_NIK in match.reasons else "nib"
            what = "NIK" if key == "nik" else "NIB"
            if same_name:
                check.skip = f"Sudah terdaftar: {label}, {what} sama."
                return
            row.error(
                key,
                f"{what} sudah dipakai UMKM {label}. Bila ini usaha lain milik pemilik yang sama, daftarkan "
                "lewat formulir UMKM dengan alasan.",
            )
        elif REASON_PHONE in match.reasons:
            if same_name:
                check.skip = f"Sudah terdaftar: {label}, nomor telepon sama."
                return
            row.warn("phone", f"nomor telepon sama dengan UMKM {label}.")
        elif REASON_NAME in match.reasons:
            if normalize_name(name) == normalize_name(match.name) and normalize_name(owner) == normalize_name(
                match.owner_name
            ):
                check.skip = f"Sudah terdaftar: {label}, nama usaha dan pemilik sama."
                return
            row.warn("name", f"nama mirip UMKM {label} di kelurahan yang sama.")


@dataclass
class _Seen:
    """What earlier rows of the file, to be imported, hold: value -> (row number, business name)."""

    nik: dict[str, tuple[int, str]] = field(default_factory=dict)
    nib: dict[str, tuple[int, str]] = field(default_factory=dict)
    phone: dict[str, tuple[int, str]] = field(default_factory=dict)
    name: dict[tuple[str, str], tuple[int, str, str]] = field(default_factory=dict)


def _file_verdict(check: RowCheck, row: _Row, seen: _Seen) -> None:
    """Compare the row with the earlier rows of the file that are to be imported, then remember it."""
    assert check.clean is not None
    name, owner = check.clean.business["name"], check.clean.owner["name"]
    identity = (
        ("nik", "NIK", check.clean.owner["nik"], seen.nik),
        ("nib", "NIB", check.clean.business["nib"], seen.nib),
    )
    for key, what, value, earlier in identity:
        if value and value in earlier:
            number, other = earlier[value]
            if is_similar_name(name, other):
                check.skip = f"Sama dengan baris {number} ({what} dan nama usaha sama)."
                return
            row.error(
                key,
                f"{what} sama dengan baris {number} ('{other}'). Satu {what} hanya sekali per impor; daftarkan "
                "usaha kedua lewat formulir UMKM dengan alasan.",
            )
            return
    phone = check.clean.owner["phone"]
    if phone and phone in seen.phone:
        number, other = seen.phone[phone]
        if is_similar_name(name, other):
            check.skip = f"Sama dengan baris {number} (nomor telepon dan nama usaha sama)."
            return
        row.warn("phone", f"nomor telepon sama dengan baris {number} ('{other}').")
    place = (check.clean.business["kelurahan_code"], normalize_name(name))
    if place in seen.name:
        number, other, other_owner = seen.name[place]
        if normalize_name(owner) == normalize_name(other_owner):
            check.skip = f"Sama dengan baris {number} (nama usaha, pemilik dan kelurahan sama)."
            return
        row.warn("name", f"nama usaha sama dengan baris {number} di kelurahan yang sama.")
    if check.status in ("ok", "peringatan"):
        number = check.row_number
        for value, earlier in ((check.clean.owner["nik"], seen.nik), (check.clean.business["nib"], seen.nib),
                               (phone, seen.phone)):  # fmt: skip
            if value:
                earlier.setdefault(value, (number, name))
        seen.name.setdefault(place, (number, name, owner))


def _probe(clean: CleanBusiness, *, names: bool = True, identity: bool = True) -> DuplicateProbe:
    return DuplicateProbe(
        name=clean.business["name"] if names else "",
        kelurahan_code=clean.business["kelurahan_code"],
        nik=clean.owner["nik"] if identity else None,
        nib=clean.business["nib"] if identity else None,
        phone=clean.owner["phone"] if identity else None,
    )


def check_rows(
    session: Session,
    table: SheetTable,
    mapping: Mapping,
    *,
    today: date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> list[RowCheck]:
    """Every row below the header, checked by itself, against the database (``session``) and within the file."""
    problems = check_mapping(mapping)
    if problems:
        raise ImportRefused(" ".join(problems))
    if len(mapping.columns) != len(table.headers):
        raise ImportRefused("Pemetaan kolom tidak cocok dengan berkas ini; pilih kolom lagi.")
    today = today or date.today()
    indexes = range(table.first_data_row, len(table.rows))
    total = len(indexes)
    checks: list[RowCheck] = []
    for done, index in enumerate(indexes):
        if done % PROGRESS_STEP == 0:
            _tick(done, total, progress, cancelled)
        checks.append(check_row(table, mapping, index, today=today))
    candidates = [c for c in checks if c.clean is not None and c.skip is None]
    # Identity numbers first: a row found by its NIK, NIB or phone with a similar name is decided without the
    # slower comparison of its name with every name of its kelurahan (the same file imported again).
    by_identity = find_duplicates_bulk(session, [_probe(c.clean, names=False) for c in candidates if c.clean])
    known: dict[int, set[object]] = {}
    for check, found in zip(candidates, by_identity, strict=True):
        _live_verdict(check, _Row(table, mapping, check.index, check), found)
        known[check.index] = {m.business_id for m in found}
    undecided = [c for c in candidates if c.skip is None]
    by_name = find_duplicates_bulk(session, [_probe(c.clean, identity=False) for c in undecided if c.clean])
    for check, found in zip(undecided, by_name, strict=True):
        fresh = [m for m in found if m.business_id not in known[check.index]]
        _live_verdict(check, _Row(table, mapping, check.index, check), fresh)
    seen = _Seen()
    for check in candidates:
        if check.skip is None and not check.errors:
            _file_verdict(check, _Row(table, mapping, check.index, check), seen)
    _tick(total, total, progress, cancelled)
    return checks


def _tick(done: int, total: int, progress: ProgressFn | None, cancelled: CancelFn | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


def counts_of(checks: Sequence[RowCheck]) -> dict[str, int]:
    counts = empty_counts()
    for check in checks:
        counts[check.status] += 1
    return counts


def dry_run(
    ctx: ServiceContext,
    table: SheetTable,
    mapping: Mapping,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    today: date | None = None,
) -> DryRun:
    """Check every row below the header without writing anything."""
    with ctx.db.read() as session:
        checks = check_rows(session, table, mapping, today=today, progress=progress, cancelled=cancelled)
    return DryRun(table, mapping, tuple(c.result() for c in checks), counts_of(checks))
