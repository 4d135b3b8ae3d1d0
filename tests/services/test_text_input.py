"""Text and numbers that used to break things (issue 11, item 7): every service refuses them with an Indonesian
message naming the field, and nothing is written. On SQLite and PostgreSQL (the ``ctx`` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.case_helpers import make_business, snapshot
from umkm_desk.core.rules.money import MONEY_MAX
from umkm_desk.core.services.cases import activities, cases
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.office import officers, settings
from umkm_desk.core.services.partners import partners
from umkm_desk.core.services.registry.businesses import BusinessInput, create_business, update_business
from umkm_desk.core.services.text_fields import TEXT_FIELDS, max_length
from umkm_desk.core.store.models import AuditEntry, Business, Officer, Owner, Partner, Setting

KEC_SERANG = "36.73.01"
KEL_A = "36.73.01.1001"


def sample(**changes: object) -> BusinessInput:
    base = BusinessInput(
        owner_name="Siti Aisyah", nik="3673014508790001", phone="0812-3456-7890", owner_address="Jl. Ki Mas Jong 3",
        name="Gipang Mak Icah", sector="kuliner", kecamatan_code=KEC_SERANG, kelurahan_code=KEL_A,
        year_started="2015", modal_usaha="25jt", annual_sales="180 juta", workers="3",
    )
    return dataclasses.replace(base, **changes)


def rows(ctx, *models: type) -> tuple[int, ...]:
    with ctx.db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in models)


BAD_BUSINESS_INPUT = [
    ("name", "Toko\x00Sari", "U+0000 (NUL)"),
    ("owner_name", "Siti\x1b[31m Aisyah", "U+001B (ESC)"),
    ("name", "Toko Sari\x07", "U+0007 (BEL)"),
    ("address", "Jl. Ki Mas Jong \u202e3 oN", "U+202E"),
    ("name", "Toko \ud800Sari", "surrogate"),
    ("name", "x" * 201, "Nama usaha terlalu panjang: 201 karakter, paling banyak 200."),
    ("owner_name", "S" * 151, "Nama pemilik terlalu panjang: 151 karakter, paling banyak 150."),
    ("owner_address", "J" * 301, "paling banyak 300"),
    ("name", "Kopi Senja \U0001f600", "Karakter \u201c\U0001f600\u201d (U+1F600) pada Nama usaha tidak dapat dicetak"),
    ("name", "Toko\tSari", "satu baris"),
    ("year_started", "²", "angka bulat"),
    ("year_started", "٢٠١٥", "angka bulat"),
    ("workers", "²", "angka bulat"),
    ("workers", "99999999999", "paling banyak 100.000"),
    ("modal_usaha", "10000000000000000000", "terlalu besar"),
    ("annual_sales", "10000000000000000000", "terlalu besar"),
]


@pytest.mark.parametrize(("field", "typed", "message"), BAD_BUSINESS_INPUT)
def test_create_business_refuses_bad_text_and_numbers(ctx, field, typed, message):
    before = rows(ctx, Business, Owner, AuditEntry)
    with pytest.raises(ServiceError) as refused:
        create_business(ctx, sample(**{field: typed}))
    assert message in refused.value.errors[field]
    assert rows(ctx, Business, Owner, AuditEntry) == before


@pytest.mark.parametrize(("field", "typed", "message"), BAD_BUSINESS_INPUT[:6])
def test_update_business_refuses_bad_text_and_changes_nothing(ctx, field, typed, message):
    business_id = create_business(ctx, sample())
    with ctx.db.read() as session:
        before = (session.get(Business, business_id).name, rows(ctx, AuditEntry))
    with pytest.raises(ServiceError) as refused:
        update_business(ctx, business_id, sample(**{field: typed}))
    assert message in refused.value.errors[field]
    with ctx.db.read() as session:
        assert (session.get(Business, business_id).name, rows(ctx, AuditEntry)) == before


def test_names_up_to_the_column_length_are_kept_whole(ctx):
    """A 200-character name of non-ASCII letters fits VARCHAR(200) on PostgreSQL and is stored uncut; the
    stored text is NFC and trimmed."""
    name = "\u00e9" * 199 + "e\u0301"  # NFC makes the last two code points one: 200 characters
    business_id = create_business(ctx, sample(name=f"  {name}  ", owner_name="\u00d1" * 150, workers="1.250"))
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        assert business.name == "\u00e9" * 200 and business.owner_name == "\u00d1" * 150
        assert business.workers == 1250


def test_huge_amount_is_refused_where_it_used_to_overflow(ctx):
    business_id = create_business(ctx, sample(modal_usaha=str(MONEY_MAX), annual_sales="10 T"))
    with ctx.db.read() as session:
        assert session.get(Business, business_id).modal_usaha == MONEY_MAX


def _open_case(ctx):
    business = make_business(ctx)
    case_id = cases.open_case(ctx, business, date.today() - timedelta(days=10))
    return case_id


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"notes": "a" * 1_000_000}, "notes", "Catatan terlalu panjang: 1.000.000 karakter, paling banyak 5.000."),
        ({"notes": "cek\x00stok"}, "notes", "U+0000"),
        ({"mentor": "M" * 151}, "mentor", "Pendamping terlalu panjang"),
        ({"mentor": "Dr. Rina\u200b"}, "mentor", "U+200B"),
        ({"students": "Ani, Budi \U0001f44d"}, "students", "tidak dapat dicetak"),
        ({"people_count": 2**40}, "people_count", "paling banyak"),
    ],
)
def test_activity_refuses_bad_text_and_writes_nothing(ctx, changes, field, message):
    case_id = _open_case(ctx)
    before = snapshot(ctx)
    data = activities.ActivityInput(kind="kunjungan", held_on=date.today(), **changes)
    with pytest.raises(ServiceError) as refused:
        activities.add_activity(ctx, case_id, data)
    assert refused.value.field == field and message in refused.value.message
    assert snapshot(ctx) == before


def test_activity_notes_keep_tabs_and_newlines(ctx):
    case_id = _open_case(ctx)
    notes = "Kunjungan pertama:\n\t- cek stok\n\t- foto produk"
    activity_id = activities.add_activity(
        ctx, case_id, activities.ActivityInput(kind="kunjungan", held_on=date.today(), notes=notes + "\r\n  ")
    )
    stored = [a for a in activities.list_activities(ctx, case_id) if a.id == activity_id][0]
    assert stored.notes == notes


def test_stage_mentor_and_case_reason_refused(ctx):
    case_id = _open_case(ctx)
    with ctx.db.read() as session:
        from umkm_desk.core.store.models import Stage

        stage_id = session.scalars(select(Stage.id).where(Stage.case_id == case_id)).first()
    before = snapshot(ctx)
    with pytest.raises(ServiceError, match="Pendamping terlalu panjang"):
        cases.set_stage_people(ctx, stage_id, mentor="M" * 151)
    with pytest.raises(ServiceError, match="U+001B".replace("+", r"\+")):
        cases.set_case_status(ctx, case_id, "dihentikan", reason="pindah\x1b kota")
    assert snapshot(ctx) == before


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "Universitas \u202eSerang"}, "name", "U+202E"),
        ({"name": "U" * 201}, "name", "paling banyak 200"),
        ({"address": "Jl. Raya\x00"}, "address", "U+0000"),
        ({"contact_name": "Bu Rina \U0001f600"}, "contact_name", "tidak dapat dicetak"),
    ],
)
def test_partner_refuses_bad_text(ctx, changes, field, message):
    before = rows(ctx, Partner, AuditEntry)
    with pytest.raises(ServiceError) as refused:
        partners.create_partner(ctx, partners.PartnerInput(**({"name": "BAZNAS", "kind": "zakat"} | changes)))
    assert message in refused.value.errors[field]
    assert rows(ctx, Partner, AuditEntry) == before


def test_work_plan_counts_are_ascii_digits_within_range(ctx):
    pid = partners.create_partner(ctx, partners.PartnerInput(name="BAZNAS", kind="zakat"))
    for changes, field in (({"quota": "²"}, "quota"), ({"year": "٢٠٢٦"}, "year"),
                           ({"quota": str(2**40)}, "quota"), ({"budget": "10000000000000000000"}, "budget")):
        data = partners.WorkPlanInput(**({"year": "2026", "stage": "mentoring", "quota": "5"} | changes))
        with pytest.raises(ServiceError) as refused:
            partners.create_work_plan(ctx, pid, data)
        assert field in refused.value.errors


def test_officer_name_with_nul_is_refused(ctx):
    before = rows(ctx, Officer)
    with pytest.raises(ServiceError, match="U\\+0000"):
        officers.create_officer(ctx, "Siti\x00 Rahma")
    assert rows(ctx, Officer) == before


def test_letterhead_refuses_control_and_undrawable_characters(ctx):
    before = rows(ctx, Setting, AuditEntry)
    bad = dataclasses.replace(settings.get_letterhead_settings(ctx), signatory_name="Drs. H. Ahmad \U0001f600",
                              dinas="Dinas \x1bPerindagkop")
    with pytest.raises(ServiceError) as refused:
        settings.save_letterhead_settings(ctx, bad)
    assert "tidak dapat dicetak" in refused.value.errors["signatory_name"]
    assert "U+001B" in refused.value.errors["dinas"]
    assert rows(ctx, Setting, AuditEntry) == before


def test_limits_are_the_column_lengths():
    """The table reads the model columns: the limits the forms show are what the schema holds."""
    assert max_length("business.name") == Business.__table__.c.name.type.length == 200
    assert max_length("owner.name") == Owner.__table__.c.name.type.length == 150
    assert max_length("stage.mentor") == 150 and max_length("activity.notes") == 5000
    assert all(spec.max_length > 0 for spec in TEXT_FIELDS.values())


@pytest.mark.parametrize("typed", ["Gipang\x00", "Gip\ud800ang", "Gipang\u202e", "\x00"])
def test_search_with_unstorable_characters_finds_what_it_would_without_them(ctx, typed):
    """Stored text never holds controls or lone surrogates, so a search drops them instead of failing (a NUL
    was a DataError on PostgreSQL, a surrogate a UnicodeEncodeError)."""
    from umkm_desk.core.services.registry import business_query as bq

    create_business(ctx, sample())
    flt = bq.BusinessFilter(search=typed)
    keys = bq.business_keys(ctx, flt)
    assert len(keys) == 1 and bq.business_head(ctx, flt).total == 1
    from umkm_desk.core.services.cases import cases as case_service
    from umkm_desk.core.services.cases.case_board import BoardFilter, board_counts
    from umkm_desk.core.services.register import documents

    assert len(case_service.open_case_candidates(ctx, typed)) == (0 if typed == "\x00" else 1)
    documents.list_register(ctx, search=typed)
    board_counts(ctx, BoardFilter(search=typed))
