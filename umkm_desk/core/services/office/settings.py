"""Office settings kept in the database: the letterhead (kop surat), the signatory and letter numbering.

Each field is one row of the ``setting`` table (key -> JSON value); a missing row means "use the default".
Saving validates every field first and writes all changed keys in one transaction with one audit row per key.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.documents.content import Letterhead, Signatory
from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.ids import format_nip, parse_nip
from umkm_desk.core.rules.letter_number import (
    DEFAULT_LETTER_TEMPLATE,
    render_letter_number,
    validate_template,
)
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.text_fields import TEXT_FIELDS
from umkm_desk.core.services.text_fields import clean as clean_field
from umkm_desk.core.store.models import DocumentCounter, Setting

__all__ = [
    "DEFAULT_LETTER_NUMBER_TEMPLATE",
    "LOGO_MAX_BYTES",
    "LetterheadSettings",
    "format_letter_number",
    "get_letterhead_settings",
    "next_letter_number_preview",
    "save_letterhead_settings",
    "validate_letterhead_settings",
]

DEFAULT_LETTER_NUMBER_TEMPLATE = DEFAULT_LETTER_TEMPLATE
LOGO_MAX_BYTES = 2 * 1024 * 1024
_PREFIX = "kop."

_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(r"^(https?://)?[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(:\d+)?(/\S*)?$")
_PHONE = re.compile(r"^[0-9()+\-. /]+$")


@dataclass(frozen=True)
class LetterheadSettings:
    """Everything Pengaturan edits. Empty optional texts are "" (never None), so forms show them as is."""

    # Kop surat
    pemerintah: str = "PEMERINTAH KOTA SERANG"
    dinas: str = "Dinas Perindustrian, Perdagangan, dan Koperasi"
    # An example address and contacts in the office's usual form; the officer corrects them on Pengaturan.
    address: str = "Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42116"
    phone: str = "(0254) 200000"
    email: str = "disperindagkop@serangkota.go.id"
    website: str = "disperindagkop.serangkota.go.id"
    logo_png: bytes | None = None
    """PNG or JPEG bytes; None prints the neutral emblem shipped in resources/images/."""
    # Penandatangan
    signatory_name: str = ""
    signatory_jabatan: str = "Kepala Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang"
    signatory_pangkat_golongan: str = ""
    signatory_nip: str = ""
    """18 digits without spaces, or ""."""
    # Penomoran surat
    letter_number_template: str = DEFAULT_LETTER_NUMBER_TEMPLATE
    place: str = "Serang"

    def letterhead(self) -> Letterhead:
        """The renderer's kop surat."""
        return Letterhead(
            pemerintah=self.pemerintah,
            dinas=self.dinas,
            address=self.address or None,
            phone=self.phone or None,
            email=self.email or None,
            website=self.website or None,
            logo_png=self.logo_png,
        )

    def signatory(self) -> Signatory:
        """The renderer's signature block (NIP formatted as printed on letters)."""
        return Signatory(
            name=self.signatory_name,
            jabatan=self.signatory_jabatan,
            pangkat_golongan=self.signatory_pangkat_golongan or None,
            nip=format_nip(self.signatory_nip) if self.signatory_nip else None,
        )


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(LetterheadSettings))
DEFAULTS = LetterheadSettings()


# --- letter numbers ----------------------------------------------------------------------------------------


def _check_template(template: str) -> None:
    """Raise RuleError (field "letter_number_template") when the template cannot number letters.

    Only the automatic fields ({nomor}, {tahun}, {bulan}, {bulan_romawi}) are accepted: nothing in the app
    fills free fields such as {klasifikasi} yet, so a template using them could not number a letter.
    """
    try:
        validate_template(template, free_fields=())
    except RuleError as exc:
        raise RuleError(exc.message, field="letter_number_template") from None
    if len(format_letter_number(template, 9999, date(2026, 11, 1))) > 120:
        raise RuleError("Nomor surat yang dihasilkan terlalu panjang (lebih dari 120 huruf).",
                        field="letter_number_template")


def format_letter_number(template: str, nomor: int, on: date) -> str:
    """Render a letter number, e.g. ``500.3/001/Disperindagkop/XI/2026``."""
    return render_letter_number(template.strip(), nomor=nomor, tanggal=on)


def next_letter_number_preview(ctx: ServiceContext, template: str, on: date | None = None) -> str:
    """The number the next letter of this year would get with ``template``.

    Raises ServiceError (field "letter_number_template") for a template that cannot be used.
    """
    on = on or date.today()
    try:
        _check_template(template)
    except RuleError as exc:
        raise ServiceError(exc.message, field="letter_number_template") from None
    with ctx.db.read() as session:
        counter = session.get(DocumentCounter, on.year)
        nomor = (counter.last_seq if counter else 0) + 1
    return format_letter_number(template, nomor, on)


# --- validation ------------------------------------------------------------------------------------------


def _is_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def validate_letterhead_settings(settings: LetterheadSettings) -> LetterheadSettings:
    """Return the settings trimmed and normalized, or raise ServiceError listing every bad field.

    ``ServiceError.errors`` maps field names (the dataclass field names) to Indonesian messages;
    ``field``/``message`` are the first of them.
    """
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(settings, name)
        key = f"settings.{name}"
        if isinstance(value, str) and key in TEXT_FIELDS:
            try:  # the one cleaning rule: control and invisible characters, length, what the letter font draws
                value = clean_field(key, value, field=name) or ""
            except RuleError as exc:
                errors[name] = exc.message
        elif isinstance(value, str):
            value = " ".join(value.split())
        values[name] = value

    def need(name: str, label: str) -> None:
        if name not in errors and not values[name]:
            errors[name] = f"{label} wajib diisi."

    need("pemerintah", "Nama pemerintah daerah")
    need("dinas", "Nama dinas")
    need("signatory_jabatan", "Jabatan penandatangan")
    need("place", "Tempat penerbitan surat")

    phone = values["phone"]
    if phone and "phone" not in errors and (not _PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 5):
        errors["phone"] = "Nomor telepon hanya boleh berisi angka, spasi, tanda kurung, + dan -, mis. (0254) 200000."
    email = values["email"]
    if email and "email" not in errors and not _EMAIL.match(email):
        errors["email"] = "Alamat email tidak valid, mis. disperindagkop@serangkota.go.id."
    website = values["website"]
    if website and "website" not in errors and not _WEBSITE.match(website):
        errors["website"] = "Alamat situs web tidak valid, mis. disperindagkop.serangkota.go.id."

    nip = values["signatory_nip"]
    if nip:
        try:
            values["signatory_nip"] = parse_nip(nip).nip
        except RuleError as exc:
            errors["signatory_nip"] = exc.message

    logo = values["logo_png"]
    if logo is not None:
        if not isinstance(logo, bytes) or not _is_image(logo):
            errors["logo_png"] = "Logo harus berupa gambar PNG atau JPEG."
        elif len(logo) > LOGO_MAX_BYTES:
            errors["logo_png"] = "Berkas logo terlalu besar (paling besar 2 MB)."

    try:
        if "letter_number_template" not in errors:
            _check_template(values["letter_number_template"])
    except RuleError as exc:
        errors["letter_number_template"] = exc.message

    if errors:
        first = next(name for name in FIELD_NAMES if name in errors)
        raise ServiceError(errors[first], field=first, errors=errors)
    return replace(settings, **values)


# --- storage ---------------------------------------------------------------------------------------------


def _encode(name: str, value: Any) -> str:
    if name == "logo_png":
        return json.dumps(base64.b64encode(value).decode("ascii") if value is not None else None)
    return json.dumps(value, ensure_ascii=False)


def _decode(name: str, raw: str) -> Any:
    value = json.loads(raw)
    if name == "logo_png":
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, TypeError):
            return None
    default = getattr(DEFAULTS, name)
    return value if isinstance(value, type(default)) else default


def _audit_text(name: str, value: Any) -> Any:
    if name == "logo_png":
        return "logo bawaan" if value is None else f"logo sendiri ({len(value):,} bita)".replace(",", ".")
    return value


def _read(session: Session) -> LetterheadSettings:
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_PREFIX))).all()
    stored = {row.key.removeprefix(_PREFIX): row.value for row in rows}
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        if name in stored:
            try:
                values[name] = _decode(name, stored[name])
            except (ValueError, TypeError):
                continue  # an unreadable row falls back to the default rather than blocking the app
    return replace(DEFAULTS, **values)


def get_letterhead_settings(ctx: ServiceContext) -> LetterheadSettings:
    """The saved settings, with defaults for anything never saved."""
    with ctx.db.read() as session:
        return _read(session)


@requires("settings.write")
def save_letterhead_settings(ctx: ServiceContext, settings: LetterheadSettings) -> LetterheadSettings:
    """Validate and store; one transaction, one audit row per changed key. Returns what was stored.

    Raises ServiceError (with ``errors`` per field) and stores nothing when any field is invalid.
    """
    clean = validate_letterhead_settings(settings)
    with ctx.db.transaction() as session:
        current = _read(session)
        for name in FIELD_NAMES:
            old, new = getattr(current, name), getattr(clean, name)
            if old == new:
                continue
            key = _PREFIX + name
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=_encode(name, new)))
            else:
                row.value = _encode(name, new)
            record_audit(session, ctx.actor, "setting", key, "update",
                         {name: (_audit_text(name, old), _audit_text(name, new))})
    return clean
