"""Packages between the office and field laptops: setup, order, exactly-once, refusals, three-way merge."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sync_helpers import KEC_KASEMEN, audit_count, business_input, make, send, snapshot

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.registry.businesses import (
    archive_business,
    business_profile,
    create_business,
    update_business,
)
from umkm_desk.core.services.sync.apply import STATUS_ALREADY, STATUS_APPLIED, apply_package, three_way
from umkm_desk.core.services.sync.conflicts import THEIRS, list_conflicts, resolve_edit
from umkm_desk.core.services.sync.export import resend_package


def _set_up(office, laptop, name="laptop1", **options):
    return send(office, laptop, name, setup=True, **options)


def test_setup_package_gives_the_laptop_the_office_state(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    result = _set_up(office, laptop)
    assert result.status == STATUS_APPLIED and result.applied["business"] == 1
    assert business_profile(laptop, business_id).name == "Gipang Mak Icah"
    assert snapshot(laptop) == snapshot(office)


def test_the_same_package_twice_changes_nothing_the_second_time(office, laptops):
    laptop, _ = laptops
    create_business(office, business_input())
    package = make(office, "laptop1", setup=True)
    assert apply_package(laptop, package).status == STATUS_APPLIED
    before = snapshot(laptop)
    again = apply_package(laptop, package)
    assert again.status == STATUS_ALREADY and again.applied == {}
    assert snapshot(laptop) == before


def test_a_skipped_package_is_refused_naming_the_missing_one(office, laptops):
    laptop, _ = laptops
    _set_up(office, laptop)  # package 1
    first = create_business(office, business_input())
    second_package = make(office, "laptop1")  # 2
    update_business(office, first, business_input(name="Gipang Mak Icah Baru"))
    third_package = make(office, "laptop1")  # 3
    with pytest.raises(ServiceError, match="nomor 2 belum diterima"):
        apply_package(laptop, third_package)
    # resent from the outbox: the same bytes, and then the order is whole again
    seq, again = resend_package(office, "laptop1", 2)
    assert seq == 2 and again == second_package
    assert apply_package(laptop, again).status == STATUS_APPLIED
    assert apply_package(laptop, third_package).status == STATUS_APPLIED
    assert business_profile(laptop, first).name == "Gipang Mak Icah Baru"


def _rewrite(package: bytes, change) -> bytes:  # noqa: ANN001
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info.filename)))
    return out.getvalue()


def test_an_edited_package_is_refused(office, laptops):
    laptop, _ = laptops
    create_business(office, business_input())
    package = make(office, "laptop1", setup=True)
    edited = _rewrite(package, lambda name, data: data.replace(b"Gipang", b"Gepang") if name == "content.json"
                      else data)
    with pytest.raises(ServiceError, match="sha256"):
        apply_package(laptop, edited)
    with pytest.raises(ServiceError, match="bukan paket"):
        apply_package(laptop, package[: len(package) // 2])
    assert snapshot(laptop)["business"] == {}


def test_a_package_of_another_office_is_refused(office, laptops, sqlite_office):
    laptop, _ = laptops
    _set_up(office, laptop)
    other = make(sqlite_office, "laptop1", setup=True)
    with pytest.raises(ServiceError, match="kantor lain"):
        apply_package(laptop, other)
    # a package for another laptop of the same office
    _, laptop2 = laptops
    for_laptop2 = make(office, "laptop2", setup=True)
    apply_package(laptop2, for_laptop2)
    from_laptop2 = make(laptop2)
    with pytest.raises(ServiceError, match="ditujukan untuk"):
        apply_package(laptop, from_laptop2)


def test_changes_travel_both_ways_and_disjoint_edits_merge(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    _set_up(office, laptop)
    update_business(laptop, business_id, business_input(workers="7"))
    update_business(office, business_id, business_input(address="Jl. Baru 1"))
    made_on_laptop = create_business(laptop, business_input(name="Sate Bandeng Pak Oji", nik="3673010101800002"))
    assert send(laptop, office).status == STATUS_APPLIED
    assert send(office, laptop, "laptop1").status == STATUS_APPLIED
    assert list_conflicts(office) == []
    for ctx in (office, laptop):
        profile = business_profile(ctx, business_id)
        assert (profile.workers, profile.address) == (7, "Jl. Baru 1")
        assert business_profile(ctx, made_on_laptop).name == "Sate Bandeng Pak Oji"
    assert snapshot(office) == snapshot(laptop)
    # nothing new: the next packages are empty
    assert make(office, "laptop1") and send(laptop, office).applied == {}


def test_same_field_on_both_sides_is_queued_and_both_versions_kept(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    _set_up(office, laptop)
    update_business(laptop, business_id, business_input(name="Gipang Laptop"))
    update_business(office, business_id, business_input(name="Gipang Kantor"))
    office_to_laptop = make(office, "laptop1")
    deferred = apply_package(laptop, office_to_laptop)
    assert deferred.deferred == 1 and business_profile(laptop, business_id).name == "Gipang Laptop"
    result = send(laptop, office)
    assert result.conflicts == 1
    assert business_profile(office, business_id).name == "Gipang Kantor"  # not silently overwritten
    [conflict] = list_conflicts(office)
    names = {p.name: p for p in conflict.fields if p.clash}
    assert names["name"].mine == "Gipang Kantor" and names["name"].theirs == "Gipang Laptop"
    assert conflict.theirs_by and "laptop1" in conflict.theirs_by
    resolve_edit(office, conflict.id, THEIRS)
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert business_profile(office, business_id).name == "Gipang Laptop"
    assert snapshot(office) == snapshot(laptop)


def test_archive_travels_and_audit_rows_are_kept(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    _set_up(office, laptop)
    archive_business(laptop, business_id)
    send(laptop, office)
    key = json.dumps([str(business_id)], separators=(",", ":"))
    assert snapshot(office)["business"][key]["deleted_at"] is not None
    assert audit_count(office) == audit_count(laptop)
    assert snapshot(office)["audit_entry"] == snapshot(laptop)["audit_entry"]


def test_kecamatan_setup_package_holds_only_that_kecamatan(office, laptops):
    laptop, _ = laptops
    inside = create_business(office, business_input())
    outside = create_business(office, business_input(name="Emping Kasemen", nik="3673060101800003",
                                                     kecamatan_code=KEC_KASEMEN, kelurahan_code="36.73.06.1001"))
    _set_up(office, laptop, kecamatan_code="36.73.01")
    held = snapshot(laptop)
    assert json.dumps([str(inside)], separators=(",", ":")) in held["business"]
    assert json.dumps([str(outside)], separators=(",", ":")) not in held["business"]
    assert not any(row["entity_id"] == str(outside) for row in held["audit_entry"].values())


def test_three_way_merge_rules():
    base = {"a": 1, "b": 1, "c": 1}
    merged, clashes = three_way({"a": 2, "b": 1, "c": 5}, {"a": 1, "b": 3, "c": 6}, base)
    assert merged == {"a": 2, "b": 3, "c": 5} and clashes == ["c"]
    assert three_way({"a": 1}, {"a": 2}, None) == ({"a": 1}, ["a"])


def test_same_nik_registered_on_two_pcs_is_offered_as_a_merge(office, laptops):
    from umkm_desk.core.services.cases.cases import open_case
    from umkm_desk.core.services.sync.conflicts import resolve_merge

    laptop, _ = laptops
    _set_up(office, laptop)
    at_office = create_business(office, business_input(name="Gipang Mak Icah"))
    on_laptop = create_business(laptop, business_input(name="Gipang Bu Icah"))  # same NIK
    case_id = open_case(laptop, on_laptop)
    result = send(laptop, office)
    assert result.merges == 1
    [offer] = list_conflicts(office)
    assert offer.kind == "merge" and any("NIK" in reason for reason in offer.reasons)
    resolve_merge(office, offer.id, merge=True)
    send(office, laptop, "laptop1")
    for ctx in (office, laptop):
        held = snapshot(ctx)
        arrived = held["business"][json.dumps([str(on_laptop)], separators=(",", ":"))]
        assert arrived["deleted_at"] is not None
        assert held["assist_case"][json.dumps([str(case_id)], separators=(",", ":"))]["business_id"] == str(at_office)
    assert snapshot(office) == snapshot(laptop)


def test_stamps_and_row_versions_never_clash():
    merged, clashes = three_way({"updated_at": "2026-01-02", "row_version": 3, "x": 1},
                                {"updated_at": "2026-01-03", "row_version": 2, "x": 1},
                                {"updated_at": "2026-01-01", "row_version": 1, "x": 1})
    assert clashes == [] and merged == {"updated_at": "2026-01-03", "row_version": 3, "x": 1}


def test_an_edited_name_is_searchable(office, laptops):
    from umkm_desk.core.services.registry import business_query as bq
    from umkm_desk.core.services.sync.conflicts import EDITED

    laptop, _ = laptops
    business_id = create_business(office, business_input())
    _set_up(office, laptop)
    update_business(laptop, business_id, business_input(name="Gipang Laptop"))
    update_business(office, business_id, business_input(name="Gipang Kantor"))
    send(laptop, office)
    [conflict] = list_conflicts(office)
    resolve_edit(office, conflict.id, EDITED, {"name": "Gipang Rangkasbitung"})
    assert business_profile(office, business_id).name == "Gipang Rangkasbitung"
    keys = bq.business_keys(office, bq.BusinessFilter(search="rangkasbitung"))
    assert [row.id for row in bq.business_rows(office, keys).values()] == [business_id]
