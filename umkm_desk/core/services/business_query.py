"""The UMKM list: filtered, searched and sorted in SQL, read in two steps as Anki's browser does.

1. :func:`business_keys` returns the row keys of every matching business in display order (one light query:
   only the key column travels).
2. :func:`business_rows` returns the display values of a page of keys (a few hundred at a time).

Keys are opaque and only valid until the next call: the SQLite rowid (a small int: 100,000 of them cost neither
UUID nor ORM objects, and the name sort is answered from the index alone) or the id on PostgreSQL.

Search: every whitespace-separated term must occur in ``business.search_text`` (name, owner, NIK, NIB and phone,
lower-cased). On SQLite, terms of three or more characters use the FTS5 trigram index; shorter terms, and
databases without the index, use a substring test. On PostgreSQL the same substring test uses the pg_trgm
index when it exists.
"""

from __future__ import annotations

import re
import uuid
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    bindparam,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)

from umkm_desk.core.labels import SCALES, STAGE_ORDER
from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.nik import mask_nik
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.models import Business, Kecamatan, Kelurahan, Owner, Partner
from umkm_desk.core.store.search_index import FTS_TABLE, sqlite_has_fts

__all__ = [
    "NO_STAGE",
    "SORT_KEYS",
    "BusinessFilter",
    "BusinessRow",
    "FilterChoices",
    "business_keys",
    "business_rows",
    "count_businesses",
    "filter_choices",
    "search_terms",
]

RowKey = object
#: stage filter value for businesses without any case
NO_STAGE = "-"
SORT_KEYS: tuple[str, ...] = (
    "name", "owner", "nik", "kelurahan", "kecamatan", "sector", "scale", "stage", "partner", "last_activity",
)  # fmt: skip
_TRIGRAM = 3


@dataclass(frozen=True)
class BusinessFilter:
    search: str = ""
    kecamatan_code: str | None = None
    kelurahan_code: str | None = None
    sector: str | None = None
    scale: str | None = None
    stage: str | None = None  # a stage kind, or NO_STAGE
    partner_id: uuid.UUID | None = None
    archived: bool = False  # False: the active list; True: the Arsip view


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


def _key_column(ctx: ServiceContext) -> ColumnElement:
    """The row key, untyped so the driver's value is used as is."""
    return literal_column("business.rowid" if ctx.db.engine.dialect.name == "sqlite" else "business.id")


def search_terms(query: str) -> list[tuple[str, ...]]:
    """Lower-cased terms, each with its alternatives. A term of digits and phone punctuation keeps only its
    digits; one starting with "0" may also be a phone number, which search_text holds without the national
    "0" but with the country code: "0812-3456" is ("08123456", "628123456"). A query made only of digits,
    spaces and phone punctuation is one number typed in groups."""
    terms: list[tuple[str, ...]] = []
    words = query.lower().split()
    if re.fullmatch(r"[+0-9().\-/ ]*[0-9][+0-9().\-/ ]*", query.strip()):
        words = [query.strip()]  # a number typed in groups: "0812 3456 7890", "3673 0145 0879 0001"
    for raw in words:
        if re.fullmatch(r"[+0-9().\-/ ]*[0-9][+0-9().\-/ ]*", raw):
            digits = re.sub(r"[^0-9]", "", raw)
            if digits.startswith("0") and len(digits) >= _TRIGRAM:
                terms.append((digits, "62" + digits[1:]))
            else:
                terms.append((digits,))
        else:
            terms.append((raw,))
    return terms


_fts_cache: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _uses_fts(ctx: ServiceContext) -> bool:
    engine = ctx.db.engine
    if engine.dialect.name != "sqlite":
        return False
    if engine not in _fts_cache:
        with engine.connect() as connection:
            _fts_cache[engine] = sqlite_has_fts(connection)
    return _fts_cache[engine]


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_FTS = table(FTS_TABLE, column("business_id"))


def _filtered(ctx: ServiceContext, flt: BusinessFilter, key: ColumnElement) -> Select:
    """``SELECT key`` over the businesses matching ``flt``.

    Trigram terms drive the query from the FTS table, so a search reads only the matching rows; the other
    filters use the business indexes."""
    terms = search_terms(flt.search)
    indexed = [t for t in terms if all(len(a) >= _TRIGRAM for a in t)] if _uses_fts(ctx) else []
    if indexed:
        match = " AND ".join("(" + " OR ".join(_phrase(a) for a in t) + ")" for t in indexed)
        stmt = (
            select(key)
            .select_from(_FTS)
            .join(Business, Business.id == _FTS.c.business_id)
            .where(text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=match))
        )
    else:
        stmt = select(key).select_from(Business)
    number = 0
    for alternatives in (t for t in terms if t not in indexed):
        likes = []
        for alternative in alternatives:
            pattern = bindparam(f"term_{number}", f"%{_like_escape(alternative)}%")
            likes.append(Business.search_text.like(pattern, escape="\\"))
            number += 1
        stmt = stmt.where(or_(*likes))
    stmt = stmt.where(Business.deleted_at.is_not(None) if flt.archived else Business.deleted_at.is_(None))
    if flt.kelurahan_code:
        stmt = stmt.where(Business.kelurahan_code == flt.kelurahan_code)
    elif flt.kecamatan_code:
        stmt = stmt.where(Business.kecamatan_code == flt.kecamatan_code)
    if flt.sector:
        stmt = stmt.where(Business.sector == flt.sector)
    if flt.scale:
        stmt = stmt.where(Business.scale == flt.scale)
    if flt.stage == NO_STAGE:
        stmt = stmt.where(Business.current_stage.is_(None))
    elif flt.stage:
        stmt = stmt.where(Business.current_stage == flt.stage)
    if flt.partner_id:
        stmt = stmt.where(Business.current_partner_id == flt.partner_id)
    return stmt


def _rank(column: ColumnElement[str | None], order: Sequence[str]) -> ColumnElement[int]:
    return case({code: rank for rank, code in enumerate(order)}, value=column, else_=len(order))


def _sorted(stmt: Select, sort: str, descending: bool, key: ColumnElement) -> Select:
    name = func.lower(Business.name)
    if sort == "owner":
        stmt = stmt.join(Owner, Business.owner_id == Owner.id)
        primary: ColumnElement = func.lower(Owner.name)
    elif sort == "nik":
        stmt = stmt.join(Owner, Business.owner_id == Owner.id)
        primary = Owner.nik
    elif sort == "kelurahan":
        stmt = stmt.join(Kelurahan, Business.kelurahan_code == Kelurahan.code)
        primary = Kelurahan.name
    elif sort == "kecamatan":
        stmt = stmt.join(Kecamatan, Business.kecamatan_code == Kecamatan.code)
        primary = Kecamatan.name
    elif sort == "sector":
        primary = Business.sector
    elif sort == "scale":
        primary = _rank(Business.scale, tuple(SCALES))
    elif sort == "stage":
        primary = _rank(Business.current_stage, STAGE_ORDER)
    elif sort == "partner":
        stmt = stmt.outerjoin(Partner, Business.current_partner_id == Partner.id)
        primary = Partner.name
    elif sort == "last_activity":
        primary = Business.last_activity_on
    else:
        primary = None
    keys: list[ColumnElement] = []
    if primary is not None:
        # Empty values go last in both directions: an officer sorting by date wants the dated rows first.
        keys.append(primary.is_(None))
        keys.append(primary.desc() if descending else primary.asc())
        keys.append(name)
    else:
        keys.append(name.desc() if descending else name.asc())
    keys.append(key.desc() if descending else key.asc())
    return stmt.order_by(*keys)


def business_keys(
    ctx: ServiceContext, flt: BusinessFilter, *, sort: str = "name", descending: bool = False
) -> list[RowKey]:
    """Keys of every business matching ``flt``, in display order."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key = _key_column(ctx)
    stmt = _sorted(_filtered(ctx, flt, key), sort, descending, key)
    with ctx.db.read() as session:
        return list(session.execute(stmt).scalars())


def business_rows(ctx: ServiceContext, keys: Sequence[RowKey]) -> dict[RowKey, BusinessRow]:
    """Display values for the given keys (any order; missing ones, e.g. deleted meanwhile, are left out)."""
    if not keys:
        return {}
    key = _key_column(ctx)
    stmt = (
        select(
            key, Business.id, Business.name, Owner.name, Owner.nik, Owner.nik_missing, Kelurahan.name, Kecamatan.name,
            Business.sector, Business.scale, Business.current_stage, Partner.name, Business.last_activity_on,
            Business.deleted_at.is_not(None),
        )
        .select_from(Business)
        .join(Owner, Business.owner_id == Owner.id)
        .join(Kelurahan, Business.kelurahan_code == Kelurahan.code)
        .join(Kecamatan, Business.kecamatan_code == Kecamatan.code)
        .outerjoin(Partner, Business.current_partner_id == Partner.id)
        .where(key.in_(bindparam("keys", expanding=True)))
    )  # fmt: skip
    result: dict[RowKey, BusinessRow] = {}
    with ctx.db.read() as session:
        for row in session.execute(stmt, {"keys": list(keys)}):
            result[row[0]] = BusinessRow(
                id=row[1],
                name=row[2],
                owner_name=row[3],
                nik_masked=_masked(row[4]),
                nik_missing=bool(row[5]) or not row[4],
                kelurahan=row[6],
                kecamatan=row[7],
                sector=row[8],
                scale=row[9],
                stage=row[10],
                partner=row[11],
                last_activity_on=row[12],
                archived=bool(row[13]),
            )
    return result


def _masked(nik: str | None) -> str | None:
    if not nik:
        return None
    try:
        return mask_nik(nik)
    except RuleError:
        return nik[:6] + "*" * max(0, len(nik) - 10) + nik[-4:]


def count_businesses(ctx: ServiceContext, *, archived: bool = False) -> int:
    """How many businesses there are at all (live or archived), to tell "no data yet" from "no match"."""
    deleted = Business.deleted_at.is_not(None) if archived else Business.deleted_at.is_(None)
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Business).where(deleted)) or 0)


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
