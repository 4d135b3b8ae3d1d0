"""What an officer ran into (issue 11, items 10, 11, 14, 15): the letter quotes the current figures, an outcome
on the registration day, verification codes typed with spaces or hyphens, and the CLI's business lookup."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from umkm_desk.core.documents import render
from umkm_desk.core.documents.content import Letterhead
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.cases import outcomes
from umkm_desk.core.services.cases.cases import open_case
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import document_codec, documents
from umkm_desk.core.services.registry.businesses import (
    BusinessInput,
    business_input,
    business_profile,
    create_business,
    update_business,
)
from umkm_desk.core.store.models import IssuedDocument
from umkm_desk.demo.document_samples import sample_progress_letter

KEC_SERANG = "36.73.01"
KEL_A = "36.73.01.1001"


def sample(**changes: object) -> BusinessInput:
    base = BusinessInput(
        owner_name="Siti Aisyah", nik="3673014508790001", phone="0812-3456-7890", name="Gipang Mak Icah",
        sector="kuliner", address="Jl. Ki Mas Jong No. 3", kecamatan_code=KEC_SERANG, kelurahan_code=KEL_A,
        modal_usaha="25jt", annual_sales="180 juta", workers="3",
    )
    return dataclasses.replace(base, **changes)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join("\n".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture
def signed(ctx: ServiceContext) -> ServiceContext:
    save_letterhead_settings(ctx, dataclasses.replace(get_letterhead_settings(ctx), signatory_name="Dr. H. Ahmad",
                                                      signatory_nip="197001012000031001"))
    return ctx


@pytest.fixture
def demo_letter(signed: ServiceContext) -> tuple[ServiceContext, object]:
    """A business with a case and a bazar logged: the letter lists it under the activity table."""
    from umkm_desk.core.services.cases.activities import ActivityInput, add_activity

    business_id = create_business(signed, sample())
    case_id = open_case(signed, business_id, date.today() - timedelta(days=10))
    add_activity(signed, case_id, ActivityInput("pasar", date.today() - timedelta(days=2), market_kind="bazar",
                                                hours=4, notes="Bazar UMKM Alun-Alun Kota Serang"))
    return signed, business_id


# --- item 10: the letter quotes the current figures -------------------------------------------------------


def test_letter_shows_the_figures_as_edited_after_the_baseline(signed):
    ctx = signed
    business_id = create_business(ctx, sample())
    opened = date.today() - timedelta(days=30)
    open_case(ctx, business_id, opened)  # the baseline: Rp180.000.000, 3 orang
    edited = dataclasses.replace(business_input(business_profile(ctx, business_id)),
                                 annual_sales="420 juta", workers="7")
    assert update_business(ctx, business_id, edited)

    issued = documents.issue_document(ctx, "letter", business_id)
    text = pdf_text(issued.pdf)
    assert "Omzet per tahun saat ini Rp420.000.000" in text, text
    assert "Tenaga kerja saat ini 7 orang" in text
    # the older figures are named with the date of the measurement they come from
    assert f"(pengukuran awal {format_tanggal(opened)}: Rp180.000.000)" in text
    assert f"(pengukuran awal {format_tanggal(opened)}: 3 orang)" in text


def test_letter_without_a_change_quotes_the_figures_once(signed):
    ctx = signed
    business_id = create_business(ctx, sample())
    open_case(ctx, business_id, date.today())
    text = pdf_text(documents.issue_document(ctx, "letter", business_id).pdf)
    assert "Omzet per tahun saat ini Rp180.000.000" in text and "pengukuran awal" not in text


def test_a_document_stored_before_the_activity_heading_reprints_as_it_was_printed():
    """A register row written before ``activity_lines_title`` existed has no such key: it decodes to None and
    renders without the heading, as it was printed then; a new letter carries the heading."""
    letter = sample_progress_letter()
    payload = json.loads(document_codec.dumps(Letterhead(), "letter", letter))
    del payload["document"]["activity_lines_title"]
    _letterhead, _kind, decoded = document_codec.loads(json.dumps(payload))
    assert decoded == letter and decoded.activity_lines_title is None
    assert "Pasar/ajang yang diikuti:" not in pdf_text(render("letter", Letterhead(), decoded))
    titled = dataclasses.replace(letter, activity_lines_title="Pasar/ajang yang diikuti:")
    assert "Pasar/ajang yang diikuti: 1. Pelatihan" in pdf_text(render("letter", Letterhead(), titled))


def test_a_new_letter_heads_the_market_lines(demo_letter):
    ctx, business_id = demo_letter
    issued = documents.issue_document(ctx, "letter", business_id)
    with ctx.db.read() as session:
        stored = session.get(IssuedDocument, issued.entry.id).content_json
    _letterhead, _kind, content = document_codec.loads(stored)
    assert content.activity_lines and content.activity_lines_title == "Pasar/ajang yang diikuti:"
    assert "Pasar/ajang yang diikuti: 1. " in pdf_text(issued.pdf)
    assert documents.reprint(ctx, issued.entry.id) == issued.pdf


# --- item 11: an outcome on the day the business was registered -------------------------------------------


def test_an_outcome_on_the_registration_day_is_recorded(ctx):
    business_id = create_business(ctx, sample())  # registered today, no case: the baseline is dated today
    result = outcomes.record_outcome(ctx, business_id, outcomes.OutcomeInput(date.today(), 200_000_000, 30_000_000))
    history = outcomes.list_outcomes(ctx, business_id)
    assert [o.measured_on for o in history] == [history[0].measured_on, date.today()]
    assert history[-1].id == result.outcome_id and not result.naik_kelas  # the same day is never naik kelas
    assert business_profile(ctx, business_id).annual_sales == 200_000_000


def test_an_outcome_before_the_baseline_is_still_refused(ctx):
    business_id = create_business(ctx, sample())
    opened = date.today() - timedelta(days=3)
    open_case(ctx, business_id, opened)
    with pytest.raises(ServiceError) as refused:
        outcomes.record_outcome(ctx, business_id, outcomes.OutcomeInput(opened - timedelta(days=1), 1, 1))
    assert refused.value.message == (
        f"Tanggal pengukuran tidak boleh sebelum pengukuran awal ({format_tanggal(opened)})."
    )
    assert len(outcomes.list_outcomes(ctx, business_id)) == 1


# --- item 14: verification codes as people type them ------------------------------------------------------


@pytest.mark.parametrize("typed", ["{a} {b} {c}", "{a}-{b}-{c}", "{a}.{b}.{c}", " {a}{b}{c} ", "{a}–{b}\u00a0{c}"])
def test_a_code_typed_with_spaces_hyphens_or_dots_is_found(demo_letter, typed):
    ctx, business_id = demo_letter
    entry = documents.issue_document(ctx, "letter", business_id).entry
    code = entry.verification_code
    text = typed.format(a=code[:4].lower(), b=code[4:7], c=code[7:].lower())
    result = documents.verify(ctx, text)
    assert result.found and result.entry is not None and result.entry.id == entry.id, result.message
    qr = documents.verify(ctx, documents.qr_payload(entry.number, text))
    assert qr.found, qr.message
    assert not documents.verify(ctx, text.replace(code[:4].lower(), "zzzz")).found


# --- item 15: --business finds what the GUI finds ---------------------------------------------------------


def test_business_names_with_non_ascii_capitals_are_found_as_in_the_gui(ctx):
    from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows

    business_id = create_business(ctx, sample(name="Toko Ñandú & Crème"))
    create_business(ctx, sample(name="Toko Nandu", nik="3673014508790002", phone="0812-3456-7891"))
    for typed in ("Toko Ñandú & Crème", "TOKO ÑANDÚ & CRÈME", "toko  ñandú & crème "):
        assert documents.find_businesses(ctx, [typed]) == [business_id], typed
    keys = business_keys(ctx, BusinessFilter(search="ÑANDÚ"))  # the GUI's search finds it by the same text
    assert [row.id for row in business_rows(ctx, keys).values()] == [business_id]
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        documents.find_businesses(ctx, ["Toko Ñandú"])  # a name is matched whole, not as a part


def test_a_short_id_prefix_picks_one_business_and_an_ambiguous_name_lists_the_ids(ctx):
    first = create_business(ctx, sample(name="Gipang Mak Icah"))
    second = create_business(ctx, sample(name="Gipang Mak Icah", kelurahan_code="36.73.01.1002",
                                         nik="3673014508790002", phone="0812-3456-7891"),
                             duplicate_reason="Cabang kedua di kelurahan lain")
    with pytest.raises(ServiceError) as ambiguous:
        documents.find_businesses(ctx, ["gipang mak icah"])
    assert documents.short_id(first) in ambiguous.value.message
    assert documents.short_id(second) in ambiguous.value.message
    assert documents.find_businesses(ctx, [first.hex[:8]]) == [first]
    assert documents.find_businesses(ctx, [str(second)[:13].upper()]) == [second]  # hyphens and capitals
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        documents.find_businesses(ctx, [first.hex[:4]])  # too short to be an id
