"""The UMKM list's sort keys copied onto business, and the order read from them (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, literal_column, select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners.partners import PartnerInput, get_partner, update_partner
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.services.registry import list_order
from umkm_desk.core.services.registry.businesses import business_input, business_profile, update_business
from umkm_desk.core.store.models import Business, Kecamatan, Kelurahan, Owner, Partner
from umkm_desk.demo.generator import fill_demo


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    fill_demo(ctx.db, businesses=120, seed=7, today=date(2026, 11, 28))
    return ctx


def _copies_match(ctx: ServiceContext) -> None:
    with ctx.db.read() as session:
        rows = session.execute(
            select(Business, Owner, Kelurahan.name, Kecamatan.name, Partner.name)
            .join(Owner, Business.owner_id == Owner.id)
            .join(Kelurahan, Business.kelurahan_code == Kelurahan.code)
            .join(Kecamatan, Business.kecamatan_code == Kecamatan.code)
            .outerjoin(Partner, Business.current_partner_id == Partner.id)
        ).all()
    assert rows
    for business, owner, kelurahan, kecamatan, partner in rows:
        assert business.owner_name == owner.name
        assert business.owner_nik == (None if owner.nik_missing else owner.nik)
        assert (business.kelurahan_name, business.kecamatan_name) == (kelurahan, kecamatan)
        assert business.partner_name == partner


def test_copies_follow_the_demo_and_every_edit(demo_ctx):
    ctx = demo_ctx
    _copies_match(ctx)
    with ctx.db.read() as session:
        business_id, partner_id = session.execute(
            select(Business.id, Business.current_partner_id).where(Business.current_partner_id.is_not(None)).limit(1)
        ).one()
    partner = get_partner(ctx, partner_id)
    update_partner(ctx, partner_id, PartnerInput(name="Mitra Baru Sekali", kind=partner.kind))
    # an owner with two businesses: renaming the owner through one renames it in the other's row too
    with ctx.db.read() as session:
        owner_id = session.scalars(
            select(Business.owner_id).group_by(Business.owner_id).having(func.count() > 1).limit(1)
        ).first()
        first, second = session.scalars(select(Business.id).where(Business.owner_id == owner_id)).all()[:2]
    data = dataclasses.replace(business_input(business_profile(ctx, first)), owner_name="Nama Pemilik Diganti")
    update_business(ctx, first, data, duplicate_reason="uji")
    _copies_match(ctx)
    assert bq.business_keys(ctx, bq.BusinessFilter(search="pemilik diganti"), sort="owner")
    assert business_profile(ctx, second).owner_name == "Nama Pemilik Diganti"
    rows = bq.business_rows(ctx, bq.business_keys(ctx, bq.BusinessFilter(partner_id=partner_id)))
    assert rows and {r.partner for r in rows.values()} == {"Mitra Baru Sekali"}


def test_each_sort_reads_the_same_order_part_by_part_as_in_one_query(demo_ctx):
    ctx = demo_ctx
    key = literal_column("business.rowid" if ctx.db.engine.dialect.name == "sqlite" else "business.id")
    base = select(key).select_from(Business).where(Business.deleted_at.is_(None))
    with ctx.db.read() as session:
        for sort in bq.SORT_KEYS:
            for descending in (False, True):
                parts = []
                for condition, order in list_order.order_parts(sort, descending, key):
                    stmt = base if condition is None else base.where(condition)
                    parts += session.execute(stmt.order_by(*order)).scalars().all()
                one = session.execute(base.order_by(*list_order.one_query_order(sort, descending, key))).scalars().all()
                assert parts == one, (sort, descending)
                assert len(parts) == 120
    # the public function: empty values last in both directions
    for descending in (False, True):
        keys = bq.business_keys(ctx, bq.BusinessFilter(), sort="partner", descending=descending)
        partners = [bq.business_rows(ctx, [k])[k].partner for k in keys]
        named = [p for p in partners if p]
        assert partners == named + [None] * (len(partners) - len(named))
        assert named == sorted(named, reverse=descending)
