"""The display values of a page of the UMKM list's keys, read from the business row alone."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    literal_column,
    select,
)

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.nik import mask_nik
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_filter import RowKey
from umkm_desk.core.store.models import Business


@dataclass(frozen=True, slots=True)
class BusinessRow:
    id: uuid.UUID
    name: str
    owner_name: str
    nik_masked: str | None  # "367301******0001"; None when the NIK is missing
    nik_missing: bool
    kelurahan: str
    kecamatan: str
    sector: str
    scale: str
    stage: str | None
    partner: str | None
    last_activity_on: date | None
    archived: bool
    import_warning: str | None = None  # what the import found doubtful in the business's row
    version: int = 1  # handed back by archive/restore (services.versions)


@functools.cache
def _rows_statement(dialect: str) -> Select[Any]:
    """:func:`business_rows`'s statement, built once per dialect: the first paint after every keystroke reads a
    page of rows, and building this select of fifteen columns cost more than SQLite's reading of them."""
    key: ColumnElement[Any] = literal_column("business.rowid" if dialect == "sqlite" else "business.id")  # as key_column
    return select(
        key, Business.id, Business.name, Business.owner_name, Business.owner_nik, Business.kelurahan_name,
        Business.kecamatan_name, Business.sector, Business.scale, Business.current_stage, Business.partner_name,
        Business.last_activity_on, Business.deleted_at.is_not(None), Business.import_warning, Business.version,
    ).where(key.in_(bindparam("keys", expanding=True)))  # fmt: skip


def business_rows(ctx: ServiceContext, keys: Sequence[RowKey]) -> dict[RowKey, BusinessRow]:
    """Display values for the given keys (any order; missing ones, e.g. deleted meanwhile, are left out). They
    come from the business row alone: the owner, region and partner names are kept on it for sorting."""
    if not keys:
        return {}
    stmt = _rows_statement(ctx.db.engine.dialect.name)
    result: dict[RowKey, BusinessRow] = {}
    with ctx.db.read() as session:
        for row in session.connection().execute(stmt, {"keys": list(keys)}):
            result[row[0]] = BusinessRow(
                id=row[1],
                name=row[2],
                owner_name=row[3],
                nik_masked=_masked(row[4]),
                nik_missing=not row[4],
                kelurahan=row[5],
                kecamatan=row[6],
                sector=row[7],
                scale=row[8],
                stage=row[9],
                partner=row[10],
                last_activity_on=row[11],
                archived=bool(row[12]),
                import_warning=row[13],
                version=row[14],
            )
    return result


def _masked(nik: str | None) -> str | None:
    if not nik:
        return None
    try:
        return mask_nik(nik)
    except RuleError:
        return nik[:6] + "*" * max(0, len(nik) - 10) + nik[-4:]
