"""Conflicts beyond two edits of one field: archived on one side and edited on the other, and the same unique
value (a partner's name, a work plan's partner/year/stage) created on two PCs under different ids."""

from __future__ import annotations

import json
import uuid

import pytest
from sync_helpers import business_input, make, send, snapshot

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.partners.partners import (
    AgreementInput,
    PartnerInput,
    WorkPlanInput,
    create_agreement,
    create_partner,
    create_work_plan,
    get_agreement,
    get_partner,
    update_work_plan,
)
from umkm_desk.core.services.registry.businesses import (
    archive_business,
    business_profile,
    create_business,
    update_business,
)
from umkm_desk.core.services.sync.apply import apply_package
from umkm_desk.core.services.sync.conflicts import (
    KIND_ARCHIVE,
    KIND_UNIQUE,
    MINE,
    THEIRS,
    list_conflicts,
    resolve_edit,
    resolve_unique,
)


def _key(row_id: uuid.UUID) -> str:
    return json.dumps([str(row_id)], separators=(",", ":"))


def _archived(ctx, business_id: uuid.UUID) -> bool:  # noqa: ANN001
    return snapshot(ctx)["business"][_key(business_id)]["deleted_at"] is not None


def _exchange(office, laptop, name: str = "laptop1") -> None:  # noqa: ANN001
    send(laptop, office)
    send(office, laptop, name)


def test_archived_on_the_laptop_edited_at_the_office_is_asked(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    send(office, laptop, "laptop1", setup=True)
    archive_business(laptop, business_id)
    update_business(office, business_id, business_input(workers="8"))
    result = send(laptop, office)
    assert result.conflicts == 1
    assert not _archived(office, business_id)  # the office keeps its own state until an officer decides
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_ARCHIVE and conflict.removed_by == "theirs"
    clash = {p.name: p for p in conflict.fields if p.clash}
    assert set(clash) == {"deleted_at"} and clash["deleted_at"].mine is None and clash["deleted_at"].theirs
    # the row waits at the office: the laptop's archive stays, the office's edit is not forced on it
    send(office, laptop, "laptop1")
    assert _archived(laptop, business_id)
    resolve_edit(office, conflict.id, THEIRS)
    _exchange(office, laptop)
    for ctx in (office, laptop):
        assert _archived(ctx, business_id)
        assert business_profile(ctx, business_id).workers == 8  # the edit is not lost by the archiving
    assert snapshot(office) == snapshot(laptop)


def test_archived_at_the_office_edited_on_the_laptop_can_come_back(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    send(office, laptop, "laptop1", setup=True)
    archive_business(office, business_id)
    update_business(laptop, business_id, business_input(name="Gipang Mak Icah Baru"))
    send(laptop, office)
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_ARCHIVE and conflict.removed_by == "mine"
    # the laptop's edit is merged already; only the archiving waits
    assert business_profile(office, business_id).name == "Gipang Mak Icah Baru" and _archived(office, business_id)
    assert any(p.name == "name" and not p.clash for p in conflict.fields)
    resolve_edit(office, conflict.id, THEIRS)  # the laptop's side: active
    send(office, laptop, "laptop1")
    send(laptop, office)
    for ctx in (office, laptop):
        assert not _archived(ctx, business_id)
        assert business_profile(ctx, business_id).name == "Gipang Mak Icah Baru"
    assert snapshot(office) == snapshot(laptop)


def test_archived_on_both_sides_is_no_question(office, laptops):
    laptop, _ = laptops
    business_id = create_business(office, business_input())
    send(office, laptop, "laptop1", setup=True)
    archive_business(office, business_id)
    archive_business(laptop, business_id)
    _exchange(office, laptop)
    assert list_conflicts(office) == []
    assert _archived(office, business_id) and snapshot(office) == snapshot(laptop)


def _partner(ctx, name: str = "Universitas Sultan Ageng Tirtayasa") -> uuid.UUID:  # noqa: ANN001
    return create_partner(ctx, PartnerInput(name=name, kind="ptn"))


def test_the_same_partner_made_on_two_pcs_applies_and_is_merged(office, laptops):
    laptop, _ = laptops
    send(office, laptop, "laptop1", setup=True)
    at_office = _partner(office)
    on_laptop = _partner(laptop)
    agreement = create_agreement(laptop, on_laptop, AgreementInput(
        kind="mou", number="01/MOU/2026", signed_on="2026-01-05", valid_until="2028-01-05", stages=("capital",)))
    result = send(laptop, office)  # the package applies whole: no unique error
    assert result.status == "applied" and result.conflicts == 1
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_UNIQUE and conflict.title == "Universitas Sultan Ageng Tirtayasa"
    assert conflict.suggestion == "Universitas Sultan Ageng Tirtayasa (dari laptop1)"
    assert get_partner(office, on_laptop).name == conflict.suggestion  # both kept meanwhile
    # both PCs converge on the marked name while the officer has not decided
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert snapshot(office) == snapshot(laptop)
    assert get_partner(laptop, at_office).name == "Universitas Sultan Ageng Tirtayasa"
    resolve_unique(office, conflict.id, merge=True)
    assert get_agreement(office, agreement).partner_id == at_office
    send(office, laptop, "laptop1")
    send(laptop, office)
    assert get_agreement(laptop, agreement).partner_id == at_office
    assert snapshot(office)["partner"][_key(on_laptop)]["deleted_at"] is not None
    assert snapshot(office) == snapshot(laptop) and list_conflicts(office) == []


def test_a_clashing_partner_can_be_renamed_but_not_to_a_taken_name(office, laptops):
    laptop, _ = laptops
    send(office, laptop, "laptop1", setup=True)
    _partner(office)
    _partner(office, "BAZNAS Kota Serang")
    on_laptop = _partner(laptop)
    send(laptop, office)
    [conflict] = list_conflicts(office)
    with pytest.raises(ServiceError, match="Gabungkan"):
        resolve_edit(office, conflict.id, MINE)
    with pytest.raises(ServiceError, match="sudah dipakai"):
        resolve_unique(office, conflict.id, merge=False, new_value="BAZNAS Kota Serang")
    resolve_unique(office, conflict.id, merge=False, new_value="Untirta Kampus Ciwaru")
    _exchange(office, laptop)
    assert get_partner(laptop, on_laptop).name == "Untirta Kampus Ciwaru"
    assert snapshot(office) == snapshot(laptop)


def test_two_laptops_with_the_same_partner_converge(office, laptops):
    first, second = laptops
    send(office, first, "laptop1", setup=True)
    send(office, second, "laptop2", setup=True)
    one = _partner(first)
    two = _partner(second)
    send(first, office)
    send(second, office)  # clashes with the first laptop's partner, now at the office
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_UNIQUE
    # the first laptop meets the second laptop's partner through the office: no question there, no error
    send(office, first, "laptop1")
    send(office, second, "laptop2")
    send(first, office)
    send(second, office)
    resolve_unique(office, conflict.id, merge=True)
    for _ in range(2):
        for laptop, name in ((first, "laptop1"), (second, "laptop2")):
            send(laptop, office)
            send(office, laptop, name)
    assert snapshot(office) == snapshot(first) == snapshot(second)
    assert get_partner(first, one).name == "Universitas Sultan Ageng Tirtayasa"
    assert snapshot(first)["partner"][_key(two)]["deleted_at"] is not None


def test_the_same_work_plan_on_two_pcs_is_held_back_and_merged(office, laptops):
    laptop, _ = laptops
    partner = _partner(office)
    send(office, laptop, "laptop1", setup=True)
    create_work_plan(office, partner, WorkPlanInput(year=2026, stage="capital", quota=10))
    on_laptop = create_work_plan(laptop, partner, WorkPlanInput(year=2026, stage="capital", quota=12))
    result = send(laptop, office)
    assert result.status == "applied" and result.conflicts == 1
    [conflict] = list_conflicts(office)
    assert conflict.kind == KIND_UNIQUE and conflict.suggestion is None  # several columns: no new name
    assert _key(on_laptop) not in snapshot(office)["work_plan"]
    with pytest.raises(ServiceError, match="Gabungkan"):
        resolve_unique(office, conflict.id, merge=False, new_value="x")
    # edited on the laptop while it waits: still one question, about the newest version
    update_work_plan(laptop, on_laptop, WorkPlanInput(year=2026, stage="capital", quota=15))
    send(laptop, office)
    [still] = list_conflicts(office)
    assert still.id == conflict.id and any(p.name == "quota" and p.theirs == 15 for p in still.fields)
    resolve_unique(office, conflict.id, merge=True)
    for _ in range(2):
        _exchange(office, laptop)
    assert _key(on_laptop) not in snapshot(laptop)["work_plan"]
    assert snapshot(office) == snapshot(laptop)


def test_a_package_with_a_clash_applies_twice_without_change(office, laptops):
    laptop, _ = laptops
    send(office, laptop, "laptop1", setup=True)
    _partner(office)
    _partner(laptop)
    package = make(laptop)
    apply_package(office, package)
    before = snapshot(office)
    assert apply_package(office, package).status == "already"
    assert snapshot(office) == before and len(list_conflicts(office)) == 1
