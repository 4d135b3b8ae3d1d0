"""What the five periodic reports share: names for codes and ids, the filter written out, the office's letterhead
and signatory, and small helpers to lay out typed rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from umkm_desk.core.documents.content import Letterhead, Signatory
from umkm_desk.core.documents.report_content import ReportColumn, Where
from umkm_desk.core.labels import SECTORS
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.store.models import Kecamatan, Kelurahan, Officer, Partner

__all__ = ["Names", "count_column", "load_names", "office_parts", "ordered", "where"]

KOTA_SERANG = "36.73."


@dataclass(frozen=True)
class Names:
    kecamatan: dict[str, str]
    kelurahan: dict[str, tuple[str, str]]  # code -> (name, kecamatan code)
    partners: dict[uuid.UUID, str]
    officers: dict[uuid.UUID, str]

    def kecamatan_name(self, code: str | None) -> str:
        return self.kecamatan.get(code or "", code or "")

    def kelurahan_name(self, code: str | None) -> str:
        return self.kelurahan.get(code or "", (code or "", ""))[0]

    def partner_name(self, partner_id: object) -> str:
        if partner_id is None:
            return "Tanpa mitra"
        return self.partners.get(partner_id, str(partner_id)) if isinstance(partner_id, uuid.UUID) else str(partner_id)

    def kecamatan_codes(self, only: str | None = None) -> list[str]:
        """Kota Serang's kecamatan by name (just ``only`` when the report is filtered to one)."""
        codes = sorted(self.kecamatan, key=lambda c: self.kecamatan[c].lower())
        return [c for c in codes if only is None or c == only]

    def kelurahan_of(self, kecamatan_code: str) -> list[str]:
        codes = [c for c, (_, kec) in self.kelurahan.items() if kec == kecamatan_code]
        return sorted(codes, key=lambda c: self.kelurahan[c][0].lower())

    def filter_lines(self, flt: ReportFilter) -> tuple[str, ...]:
        lines = []
        if flt.kecamatan_code:
            lines.append(f"Kecamatan: {self.kecamatan_name(flt.kecamatan_code)}")
        if flt.sector:
            lines.append(f"Sektor: {SECTORS.get(flt.sector, flt.sector)}")
        if flt.partner_id is not None:
            lines.append(f"Mitra: {self.partner_name(flt.partner_id)}")
        if flt.officer_id is not None:
            lines.append(f"Petugas: {self.officers.get(flt.officer_id, str(flt.officer_id))}")
        return tuple(lines)


def load_names(ctx: ServiceContext) -> Names:
    with ctx.db.read() as session:
        kecamatan = {code: name for code, name in session.execute(
            select(Kecamatan.code, Kecamatan.name).where(Kecamatan.code.like(f"{KOTA_SERANG}%")))}  # fmt: skip
        kelurahan = {code: (name, kec) for code, name, kec in session.execute(
            select(Kelurahan.code, Kelurahan.name, Kelurahan.kecamatan_code)
            .where(Kelurahan.code.like(f"{KOTA_SERANG}%"))
        )}  # fmt: skip
        partners = {pid: name for pid, name in session.execute(select(Partner.id, Partner.name))}
        officers = {oid: name for oid, name in session.execute(select(Officer.id, Officer.name))}
    return Names(kecamatan, kelurahan, partners, officers)


def where(**dims: object) -> Where:
    return tuple(dims.items())


def count_column(title: str, source: str, *, cell: str = "count", measure: str = "count", width: float = 1.0,
                 total: bool = True, **dims: object) -> ReportColumn:
    """A column of numbers read from question ``source`` (its ``dims`` fixed for the column; ``cell`` is the
    column's cell kind)."""
    return ReportColumn(title, cell, width, total, source, measure, where(**dims))


def ordered(codes: Iterable[str], known: Iterable[str]) -> list[str]:
    """``known`` codes in their order, then any other code found in the data (never hidden)."""
    known = list(known)
    extra = sorted(set(codes) - set(known))
    return [*known, *extra]


def office_parts(ctx: ServiceContext) -> tuple[Letterhead, Signatory, str]:
    """The letterhead, signatory and place from Pengaturan."""
    settings = get_letterhead_settings(ctx)
    return settings.letterhead(), settings.signatory(), settings.place
