"""Builders for the sync tests: an office and two laptops, packages passed between them, the data compared."""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.businesses import BusinessInput
from umkm_desk.core.services.sync.apply import ApplyResult, apply_package
from umkm_desk.core.services.sync.export import export_package
from umkm_desk.core.services.sync.rows import read_rows, synced_tables
from umkm_desk.core.store.models import AuditEntry

KEC_SERANG = "36.73.01"
KEL_A = "36.73.01.1001"
KEC_KASEMEN = "36.73.06"


def business_input(**changes: object) -> BusinessInput:
    base = BusinessInput(
        owner_name="Siti Aisyah", nik="3673014508790001", phone="", owner_address="Jl. Ki Mas Jong No. 3",
        name="Gipang Mak Icah", sector="kuliner", kbli="", address="Jl. Ki Mas Jong No. 3",
        kecamatan_code=KEC_SERANG, kelurahan_code=KEL_A, nib="", year_started="2015", modal_usaha="25jt",
        annual_sales="180 juta", workers="3",
    )
    return dataclasses.replace(base, **changes)


def make(ctx: ServiceContext, destination: str | None = None, **options: Any) -> bytes:
    out: list[bytes] = []
    export_package(ctx, destination, out.append, **options)
    return out[0]


def send(source: ServiceContext, target: ServiceContext, destination: str | None = None,
         **options: Any) -> ApplyResult:
    return apply_package(target, make(source, destination, **options))


def snapshot(ctx: ServiceContext) -> dict[str, dict[str, Any]]:
    """Every synced row by table and key."""
    from umkm_desk.core.services.sync.rows import key_of

    with ctx.db.read() as session:
        return {t.name: {key_of(t, r): r for r in read_rows(session, t)} for t in synced_tables()}


def audit_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
