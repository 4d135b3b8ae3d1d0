"""Edits that never overwrite each other: a form saves only over the version of the record it was opened with.

Every record officers edit carries a counter (``models.Versioned``). A view returns it with the record; the form
hands it back when it saves; the service reads it again under a row lock (``SELECT ... FOR UPDATE`` on
PostgreSQL, so that of two officers saving at the same moment the second waits and then sees the first one's
counter; SQLite's write transactions already run one at a time) and refuses with :class:`EditConflict` when a
colleague saved in between. The message names who changed what, from the audit trail.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, inspect, or_, select
from sqlalchemy.orm import Session

from umkm_desk.core import labels
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.models import AuditEntry, Versioned

__all__ = ["Change", "EditConflict", "check_rows", "check_version", "check_versions", "latest_change"]

_WIB = timezone(timedelta(hours=7), "WIB")
#: audit rows written by one save are microseconds apart; a later save by the same officer is seconds away
_ONE_SAVE = timedelta(seconds=2)
_SHOWN_FIELDS = 4

#: what the office calls the fields an officer edits, for "who changed what"
FIELD_NAMES: dict[str, str] = {
    "name": "nama", "nik": "NIK", "nik_missing": "NIK belum ada", "sex": "jenis kelamin",
    "birth_date": "tanggal lahir", "phone": "telepon", "address": "alamat", "kelurahan_code": "kelurahan",
    "kecamatan_code": "kecamatan", "sector": "sektor", "kbli": "KBLI", "nib": "NIB", "npwp": "NPWP",
    "halal_number": "nomor halal", "pirt_number": "nomor PIRT", "year_started": "tahun mulai",
    "modal_usaha": "modal usaha", "annual_sales": "omzet tahunan", "workers": "tenaga kerja",
    "scale": "skala usaha", "naik_kelas": "naik kelas", "duplicate_reason": "alasan data ganda",
    "status": "status", "status_reason": "alasan", "started_on": "tanggal mulai", "finished_on": "tanggal selesai",
    "closed_on": "tanggal ditutup", "partner_id": "mitra", "agreement_id": "MoU/PKS", "officer_id": "petugas",
    "mentor": "pendamping", "amount_paid": "jumlah dibayar", "paid_on": "tanggal bayar",
    "held_on": "tanggal kegiatan", "kind": "jenis", "notes": "catatan", "hours": "jam",
    "follow_up_on": "tindak lanjut", "follow_up_done": "tindak lanjut selesai", "amount": "jumlah",
}
_CODED: dict[str, dict[str, str]] = {"status": {**labels.STAGE_STATUS, **labels.CASE_STATUS, **labels.CAPITAL_STATUS},
                                     "sector": labels.SECTORS, "scale": labels.SCALES}
#: values worth quoting in the message (short, and meaningful to an officer without a lookup)
_QUOTED = {"name", "status", "sector", "scale", "mentor", "phone", "nib", "workers", "year_started"}


@dataclass(frozen=True)
class Change:
    """The latest save of a record (and its parts) by one officer, from the audit trail."""

    officer_name: str | None
    hostname: str | None
    at: datetime
    fields: tuple[tuple[str, str | None], ...]  # (field, new value) in the order saved

    def describe(self) -> str:
        who = self.officer_name or "petugas lain"
        if self.hostname:
            who += f" (PC {self.hostname})"
        local = self.at.astimezone(_WIB)
        when = f"{format_tanggal(local.date())} pukul {local:%H.%M} WIB"
        shown = []
        for name, value in self.fields[:_SHOWN_FIELDS]:
            label = FIELD_NAMES.get(name, name.replace("_", " "))
            if name in _QUOTED and value:
                value = _CODED.get(name, {}).get(value, value)
                label += f" menjadi \u201c{value}\u201d"
            shown.append(label)
        if len(self.fields) > _SHOWN_FIELDS:
            shown.append(f"{len(self.fields) - _SHOWN_FIELDS} isian lain")
        what = f" ({', '.join(shown)})" if shown else ""
        return f"diubah oleh {who} pada {when}{what}"


class EditConflict(ServiceError):
    """A save refused because a colleague saved the same record after this form was opened. Nothing was
    written; the form should keep what the officer typed and offer to load the colleague's version."""

    def __init__(self, what: str, change: Change | None) -> None:
        done = change.describe() if change else "diubah oleh petugas lain"
        super().__init__(
            f"{what} sudah {done} sejak Anda membukanya, jadi simpanan Anda tidak ditulis agar perubahan itu "
            "tidak tertimpa. Muat ulang untuk melihat data terbaru; isian Anda tetap ada untuk ditinjau, "
            "lalu simpan lagi."
        )
        self.what = what
        self.change = change


def latest_change(session: Session, records: Sequence[tuple[str, uuid.UUID | str]]) -> Change | None:
    """The newest save (by one officer, within seconds) among the audit rows of ``records`` (entity, id)."""
    if not records:
        return None
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.officer_name, AuditEntry.hostname, AuditEntry.field, AuditEntry.new_value)
        .where(or_(*(and_(AuditEntry.entity == entity, AuditEntry.entity_id == str(key))
                     for entity, key in records)))
        .order_by(AuditEntry.at.desc())
        .limit(100)
    ).all()
    if not rows:
        return None
    first = rows[0]
    fields: dict[str, str | None] = {}
    for at, officer, host, name, value in rows:
        if (officer, host) != (first.officer_name, first.hostname) or first.at - at > _ONE_SAVE:
            break
        if name and name not in fields:
            fields[name] = value
    return Change(first.officer_name, first.hostname, first.at, tuple(reversed(list(fields.items()))))


def _locked_version(session: Session, obj: Versioned) -> int | None:
    table = inspect(type(obj)).local_table
    key = obj.id  # type: ignore[attr-defined]
    version: int | None = session.execute(
        select(table.c.version).where(table.c.id == key).with_for_update()
    ).scalar()
    return version


def check_version(
    session: Session, obj: Versioned, expected: int | None, *, what: str, entity: str,
    also: Sequence[tuple[str, uuid.UUID | str]] = (),
) -> None:
    """Refuse (:class:`EditConflict`) when ``obj`` is no longer at the version ``expected`` (None: no check,
    for callers that did not open a form). ``also`` names more audit records whose saves the message may show."""
    check_versions(session, [(obj, expected)], what=what, records=[(entity, obj.id), *also])  # type: ignore[attr-defined]


def check_versions(
    session: Session, pairs: Sequence[tuple[Versioned, int | None]], *, what: str,
    records: Sequence[tuple[str, uuid.UUID | str]],
) -> None:
    """Like :func:`check_version` for a form over several records (each with the version it was opened at)."""
    stale = False
    for obj, expected in pairs:
        if expected is None:
            continue
        current = _locked_version(session, obj)
        if current != expected:
            stale = True
    if stale:
        raise EditConflict(what, latest_change(session, records))


def check_rows(
    session: Session, parent: Versioned, rows: Sequence[Versioned], expected: Sequence[tuple[uuid.UUID, int]] | None,
    *, what: str, records: Sequence[tuple[str, uuid.UUID | str]],
) -> None:
    """Refuse when the rows a form listed under ``parent`` (each (id, version) as shown: outcomes, instalments)
    are no longer those rows at those versions: a colleague added, removed or changed one since. The parent's
    row lock makes two such saves at the same moment run one after the other (see :func:`check_versions`)."""
    if expected is None:
        return
    _locked_version(session, parent)
    current = {(row.id, row.version) for row in rows}  # type: ignore[attr-defined]
    if current != set(expected):
        raise EditConflict(what, latest_change(session, records))
