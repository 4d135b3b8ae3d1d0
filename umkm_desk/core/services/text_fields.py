"""Every text field an officer types, with its limit, and the one call services make to clean it.

Limits of stored columns are read from the column types in store.models, so the form (QLineEdit.setMaxLength),
the rule and the schema cannot drift apart. Letterhead settings are JSON values in one Text column; their limits
are the ones the Pengaturan page has always enforced. Fields marked ``printed`` appear on letters and
certificates and therefore also refuse characters the shipped letter font cannot draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from umkm_desk.core.rules.errors import RuleError
from umkm_desk.core.rules.text import NOTES_MAX, clean_text
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    Business,
    CapitalSupport,
    Case,
    CaseEvent,
    IssuedDocument,
    Officer,
    Outcome,
    Owner,
    Partner,
    Placement,
    Stage,
    WorkPlan,
)

__all__ = ["TEXT_FIELDS", "TextField", "clean", "clean_or_refuse", "max_length"]


@dataclass(frozen=True)
class TextField:
    label: str
    max_length: int
    printed: bool = False
    multiline: bool = False


def _column_length(attribute: Any) -> int:  # noqa: ANN401 - an ORM InstrumentedAttribute
    length = getattr(attribute.property.columns[0].type, "length", None)
    if length is None:  # a Text column: no limit in the schema, the notes limit applies
        return NOTES_MAX
    return int(length)


def _column(attribute: Any, label: str, *, printed: bool = False, multiline: bool = False) -> TextField:  # noqa: ANN401
    return TextField(label, _column_length(attribute), printed, multiline)


TEXT_FIELDS: dict[str, TextField] = {
    # the business form
    "owner.name": _column(Owner.name, "Nama pemilik", printed=True),
    "owner.address": _column(Owner.address, "Alamat pemilik", printed=True),
    "business.name": _column(Business.name, "Nama usaha", printed=True),
    "business.address": _column(Business.address, "Alamat usaha", printed=True),
    "business.halal_number": _column(Business.halal_number, "Nomor sertifikat halal", printed=True),
    "business.pirt_number": _column(Business.pirt_number, "Nomor PIRT", printed=True),
    "business.duplicate_reason": _column(Business.duplicate_reason, "Alasan", multiline=True),
    # partners
    "partner.name": _column(Partner.name, "Nama mitra", printed=True),
    "partner.address": _column(Partner.address, "Alamat mitra", printed=True),
    "partner.contact_name": _column(Partner.contact_name, "Nama kontak", printed=True),
    "partner.email": _column(Partner.email, "Email"),
    "agreement.number": _column(Agreement.number, "Nomor perjanjian", printed=True),
    "agreement.title": _column(Agreement.title, "Judul perjanjian", printed=True),
    "work_plan.notes": _column(WorkPlan.notes, "Catatan", multiline=True),
    "placement.group_name": _column(Placement.group_name, "Nama kelompok", printed=True),
    "placement.supervisor": _column(Placement.supervisor, "Dosen pembimbing", printed=True),
    # cases and their records
    "case.status_reason": _column(Case.status_reason, "Alasan", multiline=True),
    "case_event.note": _column(CaseEvent.note, "Catatan", multiline=True),
    "stage.mentor": _column(Stage.mentor, "Pendamping", printed=True),
    "stage.status_reason": _column(Stage.status_reason, "Alasan", multiline=True),
    "activity.mentor": _column(Activity.mentor, "Pendamping", printed=True),
    "activity.students": _column(Activity.students, "Mahasiswa", printed=True),
    "activity.notes": _column(Activity.notes, "Catatan", printed=True, multiline=True),
    "capital.notes": _column(CapitalSupport.notes, "Catatan", multiline=True),
    "outcome.notes": _column(Outcome.notes, "Catatan", multiline=True),
    "document.void_reason": _column(IssuedDocument.void_reason, "Alasan pembatalan", multiline=True),
    "officer.name": _column(Officer.name, "Nama petugas", printed=True),
    # letterhead settings (JSON values of the setting table)
    "settings.pemerintah": TextField("Nama pemerintah daerah", 120, printed=True),
    "settings.dinas": TextField("Nama dinas", 150, printed=True),
    "settings.address": TextField("Alamat", 300, printed=True),
    "settings.phone": TextField("Telepon", 40, printed=True),
    "settings.email": TextField("Email", 120, printed=True),
    "settings.website": TextField("Situs web", 120, printed=True),
    "settings.signatory_name": TextField("Nama penandatangan", 150, printed=True),
    "settings.signatory_jabatan": TextField("Jabatan penandatangan", 200, printed=True),
    "settings.signatory_pangkat_golongan": TextField("Pangkat/golongan", 100, printed=True),
    "settings.place": TextField("Tempat penerbitan surat", 60, printed=True),
    "settings.letter_number_template": TextField("Format nomor surat", 120, printed=True),
}


def max_length(key: str) -> int:
    """The most characters the field holds: for QLineEdit.setMaxLength and the notes counters."""
    return TEXT_FIELDS[key].max_length


def clean(key: str, value: object, *, field: str | None = None, required: bool = False) -> str | None:
    """Clean one field's text with rules.text.clean_text; RuleError (``field`` set) when it is refused.

    ``field`` is the form's name for the field (defaults to the column name, the part after the dot).
    """
    spec = TEXT_FIELDS[key]
    return clean_text(
        value,
        label=spec.label,
        field=field or key.partition(".")[2],
        max_length=spec.max_length,
        required=required,
        multiline=spec.multiline,
        drawable=_drawable() if spec.printed else None,
    )


def _drawable() -> frozenset[int]:
    # imported on first use: ReportLab's font parser is not needed to draw the first screen
    from umkm_desk.core.documents.fonts import drawable_code_points

    return drawable_code_points()


def clean_or_refuse(key: str, value: object, *, field: str | None = None, required: bool = False) -> str | None:
    """:func:`clean` for services that refuse with ServiceError (what the forms catch)."""
    try:
        return clean(key, value, field=field, required=required)
    except RuleError as exc:
        raise ServiceError(exc.message, field=exc.field) from None
