"""Business registry services, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.rules.text import SIMILAR_NAME_THRESHOLD, name_similarity
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.services.registry.businesses import (
    BusinessInput,
    DuplicateFound,
    archive_business,
    business_input,
    business_profile,
    check_business,
    create_business,
    edit_history,
    probe_duplicates,
    restore_business,
    update_business,
)
from umkm_desk.core.store.models import AuditEntry, Business, Owner

KEC_SERANG = "36.73.01"
KEL_A = "36.73.01.1001"  # a kelurahan of Kecamatan Serang


def sample(**changes: object) -> BusinessInput:
    base = BusinessInput(
        owner_name="Siti Aisyah",
        nik="3673014508790001",
        phone="0812-3456-7890",
        owner_address="Jl. Ki Mas Jong No. 3",
        name="Gipang Mak Icah",
        sector="kuliner",
        kbli="10792",
        address="Jl. Ki Mas Jong No. 3",
        kecamatan_code=KEC_SERANG,
        kelurahan_code=KEL_A,
        nib="1234567890123",
        year_started="2015",
        modal_usaha="25jt",
        annual_sales="180 juta",
        workers="3",
    )
    return dataclasses.replace(base, **changes)


def counts(ctx) -> tuple[int, int, int]:
    with ctx.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Business)),
            session.scalar(select(func.count()).select_from(Owner)),
            session.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_kelurahan_fixture_is_in_kecamatan_serang():
    from umkm_desk.core.rules.wilayah import kelurahan

    assert kelurahan(KEL_A).kecamatan_code == KEC_SERANG


def test_create_reads_back_with_derived_values_and_audit(ctx):
    business_id = create_business(ctx, sample())
    profile = business_profile(ctx, business_id)
    assert profile.name == "Gipang Mak Icah"
    assert profile.sex == "P" and profile.birth_date.isoformat() == "1979-08-05"
    assert profile.phone == "+6281234567890"
    assert profile.modal_usaha == 25_000_000 and profile.annual_sales == 180_000_000
    assert profile.scale == "mikro"
    assert counts(ctx)[:2] == (1, 1)
    actions = [(h.entity, h.action) for h in edit_history(ctx, business_id)]
    assert ("business", "create") in actions and ("owner", "create") in actions
    with ctx.db.read() as session:
        text = session.get(Business, business_id).search_text
    assert "gipang mak icah" in text and "6281234567890" in text


def test_every_bad_field_is_refused_with_its_message_and_nothing_is_written(ctx):
    bad = sample(
        owner_name="", nik="3673014508790000", phone="12", name="", sector="", kbli="12",
        kecamatan_code="", kelurahan_code="", nib="123", year_started="1850", modal_usaha="lima juta",
        annual_sales="1,234 jt", workers="-3", halal_number="x" * 61, pirt_number="y" * 61,
        address="z" * 301, owner_address="z" * 301,
    )  # fmt: skip
    before = counts(ctx)
    with pytest.raises(ServiceError) as caught:
        create_business(ctx, bad)
    errors = caught.value.errors
    expected = {
        "owner_name", "nik", "phone", "name", "sector", "kbli", "kecamatan_code", "nib", "year_started",
        "modal_usaha", "annual_sales", "workers", "halal_number", "pirt_number", "address", "owner_address",
    }  # fmt: skip
    assert expected <= set(errors)
    assert all(isinstance(m, str) and m for m in errors.values())
    assert counts(ctx) == before


def test_kelurahan_must_belong_to_the_kecamatan():
    _, errors = check_business(sample(kecamatan_code="36.73.02"))
    assert "kelurahan_code" in errors


def test_nik_missing_flag():
    clean, errors = check_business(sample(nik="", nik_missing=True, sex="L", birth_date="1/2/1980"))
    assert not errors and clean.owner["nik"] is None and clean.owner["nik_missing"]
    assert clean.owner["sex"] == "L" and clean.owner["birth_date"].isoformat() == "1980-02-01"
    _, errors = check_business(sample(nik=""))
    assert "NIK belum ada" in errors["nik"]


def test_scale_from_rupiah_text():
    clean, _ = check_business(sample(modal_usaha="2,5 M", annual_sales="Rp3.000.000.000"))
    assert clean.business["scale"] == "kecil"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"name": "Warung Lain Sekali", "nib": "", "phone": ""}, "nik"),
        ({"name": "Warung Lain Sekali", "nik": "3673010101800002", "phone": ""}, "nib"),
        ({"name": "Warung Lain Sekali", "nik": "3673010101800002", "nib": ""}, "phone"),
        ({"name": "UD. Gipang  Mak-Icah", "nik": "3673010101800002", "nib": "", "phone": ""}, "name"),
    ],
)
def test_each_duplicate_kind_is_refused_until_a_reason_is_given(ctx, changes, reason):
    first = create_business(ctx, sample())
    second = sample(**changes)
    before = counts(ctx)
    with pytest.raises(DuplicateFound) as caught:
        create_business(ctx, second)
    assert counts(ctx) == before
    (match,) = caught.value.matches
    assert match.business_id == first and match.reasons == (reason,)
    assert [m.business_id for m in probe_duplicates(ctx, second)] == [first]
    new_id = create_business(ctx, second, duplicate_reason="Cabang kedua, pemilik sama")
    assert business_profile(ctx, new_id).duplicate_reason == "Cabang kedua, pemilik sama"
    assert any(h.field == "duplicate_reason" for h in edit_history(ctx, new_id))


def test_similar_names_only_in_the_same_kelurahan(ctx):
    create_business(ctx, sample())
    other = sample(name="Gipang Mak Icah", nik="3673010101800002", nib="", phone="", kelurahan_code="36.73.01.1002")
    create_business(ctx, other)  # same name, other kelurahan: no warning


@pytest.mark.parametrize(
    ("a", "b", "similar"),
    [
        ("Gipang Mak Icah", "gipang  mak icah", True),
        ("UD. Sari Rasa", "Sari Rasa", True),
        ("CV Sumber Rejeki", "Sumber Rezeki", True),
        ("Keripik Mak Icah", "Mak Icah Keripik", True),
        ("Toko Barokah Jaya", "Toko Barokah Jata", True),
        ("Sari Rasa", "Sari Roti", False),
        ("Warung Bu Entin", "Warung Bu Euis", False),
        ("Emping Melinjo Pak Ujang", "Sate Bandeng Pak Ujang", False),
    ],
)
def test_similarity_threshold_on_realistic_names(a, b, similar):
    assert (name_similarity(a, b) >= SIMILAR_NAME_THRESHOLD) is similar


def test_edit_records_old_and_new_per_field(ctx):
    business_id = create_business(ctx, sample())
    data = business_input(business_profile(ctx, business_id))
    assert not update_business(ctx, business_id, data)  # unchanged round trip
    data.name = "Gipang Mak Icah Asli"
    data.annual_sales = "3 M"
    data.owner_name = "Siti Aisyah Rahmawati"
    assert update_business(ctx, business_id, data)
    history = {(h.entity, h.field): (h.old_value, h.new_value) for h in edit_history(ctx, business_id)}
    assert history[("business", "name")] == ("Gipang Mak Icah", "Gipang Mak Icah Asli")
    assert history[("business", "scale")] == ("mikro", "kecil")
    assert history[("owner", "name")] == ("Siti Aisyah", "Siti Aisyah Rahmawati")
    keys = bq.business_keys(ctx, bq.BusinessFilter(search="asli"))
    assert len(keys) == 1


def test_archive_and_restore(ctx):
    business_id = create_business(ctx, sample())
    archive_business(ctx, business_id)
    assert bq.business_keys(ctx, bq.BusinessFilter()) == []
    archived = bq.business_keys(ctx, bq.BusinessFilter(archived=True))
    assert bq.business_rows(ctx, archived)[archived[0]].archived
    with pytest.raises(ServiceError):
        archive_business(ctx, business_id)
    restore_business(ctx, business_id)
    assert len(bq.business_keys(ctx, bq.BusinessFilter())) == 1
    assert [h.action for h in edit_history(ctx, business_id)][:2] == ["restore", "delete"]


def _many(ctx) -> dict[str, object]:
    ids = {}
    rows = [
        ("Gipang Mak Icah", "Siti Aisyah", "36.73.01", "36.73.01.1001", "kuliner", "3 M", 1),
        ("Batik Krakatau", "Budi Santoso", "36.73.02", None, "fesyen", "100jt", 2),
        ("Sate Bandeng Ibu Dewi", "Dewi Lestari", "36.73.03", None, "kuliner", "50jt", 3),
    ]
    from umkm_desk.core.rules.wilayah import kelurahan_list

    for name, owner, kec, kel, sector, sales, serial in rows:
        kel = kel or kelurahan_list(kec)[0].code
        data = sample(
            name=name, owner_name=owner, kecamatan_code=kec, kelurahan_code=kel, sector=sector,
            annual_sales=sales, nib="", phone=f"0812000000{serial:02d}",
            nik=encode_nik(kec, __import__("datetime").date(1980, 1, serial), "L", serial),
        )  # fmt: skip
        ids[name] = create_business(ctx, data)
    return ids


def test_broad_search_walks_the_name_index_with_the_same_result(ctx, monkeypatch):
    _many(ctx)
    flt = bq.BusinessFilter(search="367")
    expected = bq.business_keys(ctx, flt)
    descending = bq.business_keys(ctx, flt, descending=True)
    monkeypatch.setattr(bq, "_BROAD_MATCHES", 0)  # every FTS search counts as broad
    assert len(expected) == 3
    assert bq.business_keys(ctx, flt) == expected
    assert bq.business_keys(ctx, flt, descending=True) == descending


def test_search_filter_and_sort(ctx):
    ids = _many(ctx)

    def names(**kwargs) -> list[str]:
        sort = kwargs.pop("sort", "name")
        descending = kwargs.pop("descending", False)
        keys = bq.business_keys(ctx, bq.BusinessFilter(**kwargs), sort=sort, descending=descending)
        rows = bq.business_rows(ctx, keys)
        return [rows[k].name for k in keys]

    assert names() == ["Batik Krakatau", "Gipang Mak Icah", "Sate Bandeng Ibu Dewi"]
    assert names(descending=True) == ["Sate Bandeng Ibu Dewi", "Gipang Mak Icah", "Batik Krakatau"]
    assert names(search="BANDENG") == ["Sate Bandeng Ibu Dewi"]
    assert names(search="budi") == ["Batik Krakatau"]
    # one or two characters: the start of the business or owner name (or NIK), not a substring
    assert names(search="ai") == []
    assert names(search="ba") == ["Batik Krakatau"]
    assert names(search="Si") == ["Gipang Mak Icah"]  # owner Siti Aisyah
    assert names(search="s") == ["Gipang Mak Icah", "Sate Bandeng Ibu Dewi"]
    assert names(search="s d") == ["Sate Bandeng Ibu Dewi"]  # every term starts one of the names
    assert names(search="ga ik") == []
    assert names(search="36") == names()  # a digit term: also the NIK
    assert names(search="ba", sector="kuliner") == []
    assert names(search="bandeng ib") == ["Sate Bandeng Ibu Dewi"]  # next to a longer term: a substring again
    assert bq.short_query("ba") and bq.short_query("a b") and not bq.short_query("ban") and not bq.short_query("")
    assert names(search="0812-0000-0003") == ["Sate Bandeng Ibu Dewi"]
    assert names(search="+62 812 000000 02") == ["Batik Krakatau"]
    assert names(search="367302") == ["Batik Krakatau"]
    assert names(search="mak gipang") == ["Gipang Mak Icah"]
    assert names(search="zzz") == []
    assert names(sector="kuliner") == ["Gipang Mak Icah", "Sate Bandeng Ibu Dewi"]
    assert names(kecamatan_code="36.73.02") == ["Batik Krakatau"]
    assert names(kelurahan_code="36.73.01.1001") == ["Gipang Mak Icah"]
    assert names(scale="kecil") == ["Gipang Mak Icah"]
    assert names(stage=bq.NO_STAGE) == names()
    assert names(stage="capital") == []
    assert names(sort="owner") == ["Batik Krakatau", "Sate Bandeng Ibu Dewi", "Gipang Mak Icah"]
    assert names(sort="scale", descending=True)[0] == "Gipang Mak Icah"
    for key in bq.SORT_KEYS:
        assert sorted(names(sort=key)) == sorted(ids)
    row = next(iter(bq.business_rows(ctx, bq.business_keys(ctx, bq.BusinessFilter(search="gipang"))).values()))
    assert row.nik_masked == "367301******0001" and row.kelurahan and row.kecamatan == "Serang"
    assert bq.count_businesses(ctx) == 3
