"""The per-row change sequence behind "Buat paket": only rows changed since the last package are read, deletes
travel as tombstones, numbering changes nothing else, and a row deleted on one side but edited on the other is
queued for an officer."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import delete, select, text, update
from sync_helpers import business_input, send, snapshot

from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.registry.businesses import create_business, update_business
from umkm_desk.core.services.sync import changes
from umkm_desk.core.services.sync.conflicts import KIND_DELETED, MINE, THEIRS, list_conflicts, resolve_edit
from umkm_desk.core.services.sync.rows import table_named
from umkm_desk.core.store.models import AuditEntry, Setting

SIGNATORY = "kop.signatory_name"


def _key(value: object) -> str:
    return json.dumps([str(value)], separators=(",", ":"))


def test_only_rows_changed_since_are_read_and_numbering_changes_nothing_else(office):
    ids = [create_business(office, business_input(name=f"Usaha {n}", nik=f"367301450879000{n + 1}"),
                           duplicate_reason="uji") for n in range(3)]
    business = table_named("business")
    assert business is not None
    with office.db.transaction() as session:
        first = changes.number_changes(session)
    before = snapshot(office)
    update_business(office, ids[1], business_input(name="Usaha 1", nik="3673014508790002", workers="9"),
                    duplicate_reason="uji")
    with office.db.transaction() as session:
        second = changes.number_changes(session)
        read = [row["id"] for row in changes.changed_rows(session, business, first, second)]
        audit = [row["entity_id"] for row in changes.changed_rows(session, table_named("audit_entry"), first, second)]
        again = [row["id"] for row in changes.changed_rows(session, business, second, second)]
    assert read == [str(ids[1])] and set(audit) == {str(ids[1])} and again == []
    after = snapshot(office)
    # numbering is no edit: everything but the one business is as it was, stamps included
    assert {k: v for k, v in after["business"].items() if k != _key(ids[1])} == \
        {k: v for k, v in before["business"].items() if k != _key(ids[1])}


def test_the_audit_trail_can_be_numbered_once_and_never_changed(office):
    create_business(office, business_input())
    with office.db.transaction() as session:
        changes.number_changes(session)
        assert None not in session.scalars(select(AuditEntry.__table__.c.change_seq))
    with pytest.raises(Exception, match="append-only"), office.db.transaction() as session:
        session.execute(update(AuditEntry.__table__).values(change_seq=999_999))
    with pytest.raises(Exception, match="append-only"), office.db.transaction() as session:
        session.execute(update(AuditEntry).values(officer_name="Orang Lain"))


def _sign(ctx, name: str) -> None:  # noqa: ANN001
    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name=name))


def _delete_setting(ctx) -> None:  # noqa: ANN001
    """A hard delete (the services delete rows only in a few places, such as a repayment schedule)."""
    with ctx.db.transaction() as session:
        session.execute(delete(Setting).where(Setting.key == SIGNATORY))


def test_a_deleted_row_travels_as_a_tombstone(office, laptops):
    laptop, _ = laptops
    _sign(office, "Drs. H. Kepala Dinas")
    send(office, laptop, "laptop1", setup=True)
    assert _key(SIGNATORY) in snapshot(laptop)["setting"]
    _delete_setting(office)
    result = send(office, laptop, "laptop1")
    assert result.applied.get("setting") == 1
    assert _key(SIGNATORY) not in snapshot(laptop)["setting"]
    assert snapshot(office) == snapshot(laptop)
    with office.db.read() as session:  # every PC has been sent past it: the tombstone is gone
        assert session.execute(text("SELECT count(*) FROM sync_tombstone")).scalar() == 0


def test_deleted_at_the_office_edited_on_the_laptop_is_asked_and_can_come_back(office, laptops):
    laptop, _ = laptops
    _sign(office, "Drs. H. Kepala Dinas")
    send(office, laptop, "laptop1", setup=True)
    _delete_setting(office)
    _sign(laptop, "Dra. Hj. Kepala Dinas Baru")
    assert send(laptop, office).conflicts == 1
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_DELETED and conflict.removed_by == "mine"
    assert _key(SIGNATORY) not in snapshot(office)["setting"]  # still deleted here until decided
    resolve_edit(office, conflict.id, THEIRS)
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert get_letterhead_settings(office).signatory_name == "Dra. Hj. Kepala Dinas Baru"
    assert snapshot(office) == snapshot(laptop)


def test_deleted_on_the_laptop_edited_at_the_office_can_be_kept(office, laptops):
    laptop, _ = laptops
    _sign(office, "Drs. H. Kepala Dinas")
    send(office, laptop, "laptop1", setup=True)
    _delete_setting(laptop)
    _sign(office, "Drs. H. Kepala Dinas Lama")
    send(laptop, office)
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_DELETED and conflict.removed_by == "theirs"
    resolve_edit(office, conflict.id, MINE)
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert get_letterhead_settings(laptop).signatory_name == "Drs. H. Kepala Dinas Lama"
    assert snapshot(office) == snapshot(laptop) and list_conflicts(office) == []


def test_a_business_moving_into_the_laptops_kecamatan_brings_its_unchanged_case(office, laptops):
    from sync_helpers import KEC_KASEMEN, KEC_SERANG

    from umkm_desk.core.services.cases.cases import open_case
    from umkm_desk.core.services.registry.businesses import business_input as input_of
    from umkm_desk.core.services.registry.businesses import business_profile

    laptop, _ = laptops
    elsewhere = create_business(office, business_input(
        name="Emping Kasemen", nik="3673060101800003", kecamatan_code=KEC_KASEMEN, kelurahan_code="36.73.06.1001"))
    case_id = open_case(office, elsewhere)
    send(office, laptop, "laptop1", setup=True, kecamatan_code=KEC_SERANG)
    assert _key(elsewhere) not in snapshot(laptop)["business"]
    send(office, laptop, "laptop1")  # the case is older than this package too
    moved = replace(input_of(business_profile(office, elsewhere)), kecamatan_code=KEC_SERANG,
                    kelurahan_code="36.73.01.1001")
    update_business(office, elsewhere, moved)
    send(office, laptop, "laptop1")
    held = snapshot(laptop)
    assert _key(elsewhere) in held["business"] and _key(case_id) in held["assist_case"]
    assert {row["entity_id"] for row in held["audit_entry"].values()} >= {str(elsewhere), str(case_id)}
