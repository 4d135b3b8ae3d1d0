"""Officers: who works at a PC, recorded on every audit entry."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.services.office.officers import (
    actor_for,
    create_officer,
    find_or_create_officer,
    get_officer,
    list_officers,
    validate_officer,
)
from umkm_desk.core.store.models import AuditEntry


def test_create_list_get(ctx) -> None:
    siti = create_officer(ctx, "  Siti   Rahmawati ", "19860926 201505 2 001")
    budi = create_officer(ctx, "budi santoso", "")
    assert siti.name == "Siti Rahmawati" and siti.nip == "198609262015052001"
    assert siti.label == "Siti Rahmawati (NIP 19860926 201505 2 001)"
    assert budi.nip is None and budi.label == "budi santoso"
    assert [o.name for o in list_officers(ctx)] == ["budi santoso", "Siti Rahmawati"]
    assert get_officer(ctx, siti.id) == siti
    assert get_officer(ctx, str(siti.id)) == siti
    assert get_officer(ctx, uuid.uuid4()) is None
    assert get_officer(ctx, "bukan-uuid") is None
    assert actor_for(siti).officer_id == siti.id


def test_first_officer_registers_themselves(db) -> None:
    ctx = ServiceContext(db)  # nobody acting yet
    officer = create_officer(ctx, "Petugas Pertama")
    with db.read() as session:
        row = session.scalars(select(AuditEntry).where(AuditEntry.entity == "officer")).one()
    assert row.officer_id == officer.id and row.officer_name == "Petugas Pertama" and row.action == "create"


def test_audit_names_the_acting_officer(db) -> None:
    boss = create_officer(ServiceContext(db), "Kepala Seksi")
    ctx = ServiceContext(db, Actor(boss.id, boss.name, "pc-1"))
    new = create_officer(ctx, "Petugas Baru")
    with db.read() as session:
        row = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(new.id))).one()
    assert row.officer_id == boss.id and row.hostname == "pc-1"


@pytest.mark.parametrize(
    ("name", "nip", "field", "fragment"),
    [
        ("", None, "name", "wajib diisi"),
        ("   ", "", "name", "wajib diisi"),
        ("12345", None, "name", "huruf"),
        ("A" * 121, None, "name", "terlalu panjang"),
        ("Siti", "1986092620150520", "nip", "18 digit"),
        ("Siti", "19860926201505200x", "nip", "NIP"),
        ("Siti", "198613262015052001", "nip", "NIP"),
    ],
)
def test_validation(ctx, name: str, nip: str | None, field: str, fragment: str) -> None:
    with pytest.raises(ServiceError) as caught:
        create_officer(ctx, name, nip)
    assert caught.value.field == field
    assert fragment.lower() in caught.value.errors[field].lower()
    assert list_officers(ctx) == []


def test_both_fields_reported() -> None:
    with pytest.raises(ServiceError) as caught:
        validate_officer("", "123")
    assert set(caught.value.errors) == {"name", "nip"}


def test_nip_must_be_unique(ctx) -> None:
    create_officer(ctx, "Siti", "198609262015052001")
    with pytest.raises(ServiceError) as caught:
        create_officer(ctx, "Sita", "19860926 201505 2 001")
    assert caught.value.field == "nip" and "Siti" in caught.value.message


def test_find_or_create(ctx) -> None:
    first = find_or_create_officer(ctx, "Petugas Demo")
    assert find_or_create_officer(ctx, "Petugas Demo") == first
    assert len(list_officers(ctx)) == 1
