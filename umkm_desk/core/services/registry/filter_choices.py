"""What the UMKM list's filters offer: the kecamatan and kelurahan of Kota Serang and the partners."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    select,
)

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Kecamatan, Kelurahan, Partner


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class KelurahanChoice:
    code: str
    label: str
    kecamatan_code: str


@dataclass(frozen=True)
class FilterChoices:
    kecamatan: list[Choice]
    kelurahan: list[KelurahanChoice]
    partners: list[Choice]  # code is the partner id as text


def filter_choices(ctx: ServiceContext) -> FilterChoices:
    """Kecamatan and kelurahan of Kota Serang (by code, names for display) and the partners, for the filters."""
    with ctx.db.read() as session:
        kelurahan = session.execute(
            select(Kelurahan.code, Kelurahan.name, Kelurahan.kecamatan_code)
            .where(Kelurahan.code.like("36.73.%"))
            .order_by(Kelurahan.name)
        ).all()
        kecamatan = session.execute(
            select(Kecamatan.code, Kecamatan.name)
            .where(Kecamatan.code.like("36.73.%"))
            .order_by(Kecamatan.name)
        ).all()
        partners = session.execute(
            select(Partner.id, Partner.name).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
        ).all()
    return FilterChoices(
        kecamatan=[Choice(code, name) for code, name in kecamatan],
        kelurahan=[KelurahanChoice(code, name, kec) for code, name, kec in kelurahan],
        partners=[Choice(str(pid), name) for pid, name in partners],
    )
