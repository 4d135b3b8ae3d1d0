"""``print --business`` finds a business as the GUI's search does (issue 11, item 15): any letter case, also
outside ASCII, and the first hex digits of its id as the business detail shows them."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from umkm_desk.cli import main
from umkm_desk.core.services.cases.cases import open_case
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry.businesses import BusinessInput, create_business
from umkm_desk.core.store.database import open_database

NAME = "Toko Ñandú & Crème"


@pytest.fixture
def one_business(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "umkm.sqlite"
    db = open_database(path)
    try:
        ctx = ServiceContext(db, Actor(None, "Petugas Uji"))
        save_letterhead_settings(ctx, dataclasses.replace(get_letterhead_settings(ctx), signatory_name="Dr. Ahmad",
                                                          signatory_nip="197001012000031001"))
        business_id = create_business(ctx, BusinessInput(
            owner_name="Siti Aisyah", name=NAME, sector="kuliner", kecamatan_code="36.73.01",
            kelurahan_code="36.73.01.1001", modal_usaha="25jt", annual_sales="180 juta", workers="3",
            nik_missing=True,
        ))
        open_case(ctx, business_id, date.today() - timedelta(days=5))
    finally:
        db.dispose()
    return path, business_id.hex[:8]


@pytest.mark.parametrize("key", ["TOKO ÑANDÚ & CRÈME", "toko ñandú & crème", "<prefix>"])
def test_print_finds_the_business_by_any_case_of_its_name_or_its_short_id(one_business, tmp_path, capsys, key):
    path, prefix = one_business
    out = tmp_path / "out"
    assert main(["print", "letter", "--db", str(path), "--out", str(out),
                 "--business", key.replace("<prefix>", prefix)]) == 0, capsys.readouterr().err
    assert len(list(out.glob("*.pdf"))) == 1
    db = open_database(path)
    try:
        assert [e.business_name for e in documents.list_register(ServiceContext(db))] == [NAME]
    finally:
        db.dispose()
