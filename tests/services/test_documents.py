"""The document register over demo data: parts of each kind in order, embedded fonts, reprint = same bytes,
numbering (per year, under concurrency, never consumed by a failed issue), void, verify, batch.

Runs on SQLite and, when UMKM_DESK_TEST_PG_URL is set, PostgreSQL."""

from __future__ import annotations

import io
import multiprocessing
import threading
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from sqlalchemy import event, func, select

from umkm_desk.core import labels
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.money import format_rupiah, terbilang
from umkm_desk.core.services.context import Actor, ServiceContext, ServiceError
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import document_codec, document_content, documents
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.models import (
    Agreement,
    AuditEntry,
    Business,
    CapitalSupport,
    Case,
    DocumentCounter,
    IssuedDocument,
    Kecamatan,
    Kelurahan,
    Officer,
    Owner,
    Partner,
    Stage,
)
from umkm_desk.demo.generator import fill_demo

TODAY = date(2026, 11, 28)
SIGNATORY = "Dr. H. Ahmad Fauzi, S.E., M.M."
NIP = "197001012000031001"
NIP_PRINTED = "NIP. 19700101 200003 1 001"
CIPARE = "36.73.01.1002"


# --- helpers --------------------------------------------------------------------------------------------


def set_signatory(ctx: ServiceContext, name: str = SIGNATORY) -> None:
    save_letterhead_settings(
        ctx, replace(get_letterhead_settings(ctx), signatory_name=name, signatory_nip=NIP,
                     signatory_pangkat_golongan="Pembina Utama Muda (IV/c)"),
    )


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join("\n".join(page.extract_text() or "" for page in reader.pages).split())


def assert_in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position}: {text[position:position + 400]!r}"
        position = found + len(part)


def font_files(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, has an embedded /FontFile2) for every font used on every page."""
    found: list[tuple[str, bool]] = []
    reader = PdfReader(io.BytesIO(pdf))

    def resolve(obj: object) -> object:
        return obj.get_object() if isinstance(obj, IndirectObject) else obj

    def walk(resources: object) -> None:
        resources = resolve(resources)
        if not hasattr(resources, "get"):
            return
        fonts = resolve(resources.get("/Font")) or {}
        for font in fonts.values():
            font = resolve(font)
            descriptor = resolve(font.get("/FontDescriptor"))
            if descriptor is None and "/DescendantFonts" in font:
                descendant = resolve(resolve(font["/DescendantFonts"])[0])
                descriptor = resolve(descendant.get("/FontDescriptor"))
            found.append((str(font.get("/BaseFont")), descriptor is not None and "/FontFile2" in descriptor))
        xobjects = resolve(resources.get("/XObject")) or {}
        for xobject in xobjects.values():
            xobject = resolve(xobject)
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def issued_count(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(IssuedDocument)) or 0)


def counter(ctx: ServiceContext, year: int) -> int:
    with ctx.db.read() as session:
        row = session.get(DocumentCounter, year)
        return row.last_seq if row else 0


def plain_business(ctx: ServiceContext, name: str = "Warung Tanpa Kasus") -> uuid.UUID:
    """A business without any case: no document kind applies to it."""
    with ctx.db.transaction() as session:
        owner = Owner(name="Ujang Suryana")
        session.add(owner)
        session.flush()
        business = Business(owner_id=owner.id, name=name, sector="kuliner", kelurahan_code=CIPARE,
                            kecamatan_code=CIPARE[:8], scale="mikro")
        session.add(business)
        session.flush()
        return business.id


def active_case_business(ctx: ServiceContext, name: str) -> uuid.UUID:
    """A business with an active case: letters and summaries apply."""
    business_id = plain_business(ctx, name)
    with ctx.db.transaction() as session:
        session.add(Case(business_id=business_id, status="aktif", opened_on=date(2026, 2, 1)))
    return business_id


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    fill_demo(ctx.db, businesses=40, seed=11, today=TODAY)
    set_signatory(ctx)
    return ctx


# --- each kind from demo data ---------------------------------------------------------------------------


def _letter_business(ctx: ServiceContext) -> tuple[uuid.UUID, int]:
    """An eligible business whose latest case has received (dicairkan) capital, and the total amount."""
    with ctx.db.read() as session:
        for business_id in documents.eligible_business_ids(ctx, "letter"):
            case = document_content.latest_case(session, session.get(Business, business_id))
            amounts = list(session.scalars(select(CapitalSupport.amount).where(
                CapitalSupport.case_id == case.id, CapitalSupport.status == "dicairkan",
                CapitalSupport.deleted_at.is_(None))))
            if amounts:
                return business_id, sum(amounts)
    pytest.fail("the demo data has no active case with disbursed capital")


def test_progress_letter_parts_in_order(demo_ctx):
    ctx = demo_ctx
    business_id, total = _letter_business(ctx)
    issued = documents.issue_document(ctx, "letter", business_id, issued_on=TODAY)
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        name, owner = business.name, business.owner.name
        case = document_content.latest_case(session, business)
        stage_labels = [labels.STAGE_KINDS[s.kind] for s in case.stages]
    text = pdf_text(issued.pdf)
    assert_in_order(text, [
        "PEMERINTAH KOTA SERANG",
        "Nomor", issued.entry.number,
        "Hal", "Keterangan Perkembangan Pendampingan UMKM",
        "Serang, 28 November 2026",
        "Yth.",
        "Nama Usaha", name, "Nama Pemilik", owner,
        "Tahapan Pendampingan", *stage_labels,
        "Bantuan Permodalan",
    ])
    assert f"{format_rupiah(total, with_cents=True)} ({terbilang(total)})" in text
    assert_in_order(text, ["Demikian", SIGNATORY, "Pembina Utama Muda (IV/c)", NIP_PRINTED, "Tembusan",
                           "Wali Kota Serang (sebagai laporan)", "Arsip"])
    assert "None" not in text


def test_referral_parts_in_order(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "referral")[0]
    choice = documents.referral_stage_choices(ctx, business_id)[0]
    issued = documents.issue_document(ctx, "referral", business_id, issued_on=TODAY, stage_id=choice.id)
    with ctx.db.read() as session:
        stage = session.get(Stage, choice.id)
        partner = session.get(Partner, stage.partner_id).name
        agreement = session.get(Agreement, stage.agreement_id) if stage.agreement_id else None
        business = session.get(Business, business_id)
        name, owner = business.name, business.owner.name
        doc = session.get(IssuedDocument, issued.entry.id)
        assert doc.stage_id == stage.id and doc.partner_id == stage.partner_id
    stage_label = labels.STAGE_KINDS[stage.kind]
    text = pdf_text(issued.pdf)
    parts = ["Nomor", issued.entry.number, "Hal", f"Rujukan {stage_label}", "Serang, 28 November 2026",
             "Yth.", partner]
    if agreement is not None:
        parts += [agreement.number, format_tanggal(agreement.signed_on)]
    parts += ["Nama Usaha", name, "Nama Pemilik", owner, stage_label, SIGNATORY, NIP_PRINTED, "Tembusan", "Arsip"]
    assert_in_order(text, parts)
    assert choice.label.startswith(stage_label) and partner in choice.label
    # the stage is referred now: it no longer appears as a choice
    assert choice.id not in {c.id for c in documents.referral_stage_choices(ctx, business_id)}


def test_certificate_parts_in_order(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "certificate")[0]
    issued = documents.issue_document(ctx, "certificate", business_id, issued_on=TODAY)
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        name, owner = business.name, business.owner.name
    text = pdf_text(issued.pdf)
    assert_in_order(text, [
        "SERTIFIKAT", "Nomor", issued.entry.number, owner, name, "Program Pendampingan UMKM Naik Kelas",
        "periode", "Kode verifikasi", issued.entry.verification_code, "Serang, 28 November 2026", SIGNATORY,
        NIP_PRINTED,
    ])
    page = PdfReader(io.BytesIO(issued.pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # A4 landscape
    # once certified the business is no longer eligible
    assert business_id not in documents.eligible_business_ids(ctx, "certificate")


def test_case_summary_parts_in_order(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "summary")[0]
    issued = documents.issue_document(ctx, "summary", business_id, issued_on=TODAY)
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        name = business.name
        case = document_content.latest_case(session, business)
        officer = session.get(Officer, case.officer_id).name if case.officer_id else None
    text = pdf_text(issued.pdf)
    assert_in_order(text, ["RINGKASAN KASUS", issued.entry.number, "Identitas Usaha", name, "Tahapan Pendampingan"])
    assert len(PdfReader(io.BytesIO(issued.pdf)).pages) == 1
    # "Petugas" is the case's officer, never the acting pseudo-user
    assert "Petugas Uji" not in text
    if officer:
        assert officer in text


@pytest.mark.parametrize("kind", documents.KINDS)
def test_every_eligible_document_renders_clean_with_embedded_fonts(demo_ctx, kind):
    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, kind)[:6]
    assert ids, f"demo data has nobody eligible for {kind}"
    items = documents.issue_batch(ctx, kind, ids, issued_on=TODAY, workers=1)
    assert all(item.ok for item in items), [item.message for item in items if not item.ok]
    for item in items:
        text = pdf_text(item.pdf)
        for bad in ("None", "null", "nan", "Rp0,00"):
            assert f" {bad} " not in f" {text} ", (kind, bad, text[:500])
        fonts = font_files(item.pdf)
        assert fonts and all(embedded for _name, embedded in fonts), fonts


# --- reprint ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", documents.KINDS)
def test_reprint_gives_the_same_bytes(demo_ctx, kind):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, kind)[0]
    issued = documents.issue_document(ctx, kind, business_id, issued_on=TODAY)
    # later edits of the letterhead or the signatory do not change what was issued
    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name="Pejabat Baru",
                                          address="Jl. Lain No. 9"))
    assert documents.reprint(ctx, issued.entry.id) == issued.pdf
    with ctx.db.read() as session:
        doc = session.get(IssuedDocument, issued.entry.id)
        assert doc.signatory_name == SIGNATORY
        assert doc.signatory_nip == NIP
        assert len(doc.content_hash) == 64


def test_reprint_unknown_document(ctx):
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        documents.reprint(ctx, uuid.uuid4())


# --- numbering --------------------------------------------------------------------------------------------


def test_numbers_are_consecutive_and_restart_each_year(ctx):
    set_signatory(ctx)
    business_id = active_case_business(ctx, "Dodol Bu Haji")
    first = documents.issue_document(ctx, "summary", business_id, issued_on=date(2025, 12, 30))
    second = documents.issue_document(ctx, "letter", business_id, issued_on=date(2025, 12, 31))
    new_year = documents.issue_document(ctx, "summary", business_id, issued_on=date(2026, 1, 2))
    assert first.entry.number == "500.3/001/Disperindagkop/XII/2025"
    assert second.entry.number == "500.3/002/Disperindagkop/XII/2025"
    assert new_year.entry.number == "500.3/001/Disperindagkop/I/2026"
    assert counter(ctx, 2025) == 2 and counter(ctx, 2026) == 1
    assert documents.register_years(ctx) == [2026, 2025]


def test_template_without_year_refuses_a_repeated_number(ctx):
    set_signatory(ctx)
    save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), letter_number_template="{nomor:03d}/DISP"))
    business_id = active_case_business(ctx, "Emping Pak Dadang")
    documents.issue_document(ctx, "summary", business_id, issued_on=date(2025, 6, 1))
    with pytest.raises(ServiceError, match="sudah dipakai dokumen tahun 2025") as raised:
        documents.issue_document(ctx, "summary", business_id, issued_on=date(2026, 6, 1))
    assert raised.value.field == "letter_number_template"
    assert counter(ctx, 2026) == 0 and issued_count(ctx) == 1


def test_issuing_refuses_without_signatory(ctx):
    business_id = active_case_business(ctx, "Sate Bandeng Mang Ocid")
    with pytest.raises(ServiceError, match="penandatangan"):
        documents.issue_document(ctx, "summary", business_id)
    assert issued_count(ctx) == 0


def test_a_failed_render_consumes_no_number(ctx, monkeypatch):
    set_signatory(ctx)
    business_id = active_case_business(ctx, "Kue Cucur Bu Enah")

    def broken(*_args, **_kwargs):
        raise RuntimeError("printer driver meledak")

    monkeypatch.setattr(documents, "render", broken)
    with pytest.raises(RuntimeError):
        documents.issue_document(ctx, "summary", business_id, issued_on=TODAY)
    assert issued_count(ctx) == 0 and counter(ctx, TODAY.year) == 0
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.entity == "issued_document")) == 0
    monkeypatch.undo()
    again = documents.issue_document(ctx, "summary", business_id, issued_on=TODAY)
    assert again.entry.number == "500.3/001/Disperindagkop/XI/2026"


def test_a_refused_document_consumes_no_number(ctx):
    set_signatory(ctx)
    nothing = plain_business(ctx, "Warung Belum Didampingi")
    for kind in documents.KINDS:
        with pytest.raises(ServiceError):
            documents.issue_document(ctx, kind, nothing, issued_on=TODAY)
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        documents.issue_document(ctx, "letter", uuid.uuid4(), issued_on=TODAY)
    with pytest.raises(ServiceError, match="tidak dikenal"):
        documents.issue_document(ctx, "memo", nothing, issued_on=TODAY)
    assert counter(ctx, TODAY.year) == 0 and issued_count(ctx) == 0


def _issue_many(url: str, business_id: str, count: int, errors: list[str]) -> None:
    db = open_database(url)
    try:
        ctx = ServiceContext(db, Actor(None, "Petugas Paralel"))
        for _ in range(count):
            documents.issue_document(ctx, "summary", uuid.UUID(business_id), issued_on=TODAY)
    except Exception as exc:  # reported to the test thread
        errors.append(repr(exc))
    finally:
        db.dispose()


def _process_issue(url: str, business_id: str, count: int) -> list[str]:
    errors: list[str] = []
    _issue_many(url, business_id, count, errors)
    return errors


def _assert_numbers_distinct_and_consecutive(ctx: ServiceContext, expected: int) -> None:
    with ctx.db.read() as session:
        rows = session.execute(select(IssuedDocument.seq, IssuedDocument.number)
                               .where(IssuedDocument.year == TODAY.year)).all()
    seqs = sorted(seq for seq, _ in rows)
    assert seqs == list(range(1, expected + 1))
    assert len({number for _, number in rows}) == expected
    assert counter(ctx, TODAY.year) == expected


def test_concurrent_issuing_never_repeats_a_number(db_url):
    """Several officers (threads, each with its own engine) issue at once on the same database."""
    setup = open_database(db_url)
    try:
        ctx = ServiceContext(setup, Actor(None, "Petugas Uji"))
        set_signatory(ctx)
        business_id = str(active_case_business(ctx, "Rabeg Khas Serang"))
        threads_count, per_thread = 4, 5
        errors: list[str] = []
        threads = [threading.Thread(target=_issue_many, args=(db_url, business_id, per_thread, errors))
                   for _ in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors
        _assert_numbers_distinct_and_consecutive(ctx, threads_count * per_thread)
    finally:
        setup.dispose()


@pytest.mark.slow
def test_concurrent_processes_on_one_sqlite_file(tmp_path: Path):
    """Separate processes (as on separate PCs sharing a file... or one PC with two windows) on SQLite."""
    path = str(tmp_path / "shared.sqlite")
    setup = open_database(path)
    try:
        ctx = ServiceContext(setup, Actor(None, "Petugas Uji"))
        set_signatory(ctx)
        business_id = str(active_case_business(ctx, "Sambal Roa Teh Imas"))
        with multiprocessing.get_context("spawn").Pool(3) as pool:
            results = pool.starmap(_process_issue, [(path, business_id, 4)] * 3)
        assert results == [[], [], []]
        _assert_numbers_distinct_and_consecutive(ctx, 12)
    finally:
        setup.dispose()


# --- void and verify --------------------------------------------------------------------------------------


def test_void_keeps_the_number_and_verify_says_dibatalkan(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "certificate")[0]
    issued = documents.issue_document(ctx, "certificate", business_id, issued_on=TODAY)
    with pytest.raises(ServiceError) as short:
        documents.void_document(ctx, issued.entry.id, "  x ")
    assert short.value.field == "reason"
    voided = documents.void_document(ctx, issued.entry.id, "Salah ketik nama pemilik")
    assert voided.voided and voided.number == issued.entry.number
    assert voided.void_reason == "Salah ketik nama pemilik"
    with pytest.raises(ServiceError, match="sudah dibatalkan"):
        documents.void_document(ctx, issued.entry.id, "Dibatalkan dua kali")
    result = documents.verify(ctx, issued.entry.number)
    assert not result.found and result.message.startswith("DIBATALKAN")
    assert "Salah ketik nama pemilik" in result.message
    # the number is not reused; the business may get a new certificate with the next number
    again = documents.issue_document(ctx, "certificate", business_id, issued_on=TODAY)
    assert again.entry.number != issued.entry.number
    assert business_id in {e.business_id for e in documents.list_register(ctx, kind="certificate")}
    with ctx.db.read() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id == str(issued.entry.id))))
    assert actions == {"create", "void"}


def test_verify_by_number_code_and_qr(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "certificate")[0]
    issued = documents.issue_document(ctx, "certificate", business_id, issued_on=TODAY)
    entry = issued.entry
    by_number = documents.verify(ctx, f"  {entry.number} ")
    assert by_number.found and by_number.message.startswith("SAH") and by_number.entry.id == entry.id
    assert "28 November 2026" in by_number.message and ".." not in by_number.message
    by_code = documents.verify(ctx, entry.verification_code.lower())
    assert by_code.found and by_code.entry.id == entry.id
    payload = documents.qr_payload(entry.number, entry.verification_code)
    assert documents.verify(ctx, payload).found
    # the certificate carries exactly that payload in its QR code
    with ctx.db.read() as session:
        assert payload in session.get(IssuedDocument, entry.id).content_json

    wrong_code = documents.verify(ctx, documents.qr_payload(entry.number, "ZZZZZZZZZZ"))
    assert not wrong_code.found and wrong_code.message.startswith("TIDAK COCOK")
    unknown = documents.verify(ctx, "ABCDEFGHJK")
    assert not unknown.found and unknown.message.startswith("TIDAK DITEMUKAN")
    assert not documents.verify(ctx, "").found
    assert not documents.verify(ctx, "UMKMDESK|rusak").found


# --- register queries ---------------------------------------------------------------------------------------


def test_register_search_filters_and_count(demo_ctx):
    ctx = demo_ctx
    letter_id = documents.eligible_business_ids(ctx, "letter")[0]
    cert_id = documents.eligible_business_ids(ctx, "certificate")[0]
    letter = documents.issue_document(ctx, "letter", letter_id, issued_on=TODAY)
    documents.issue_document(ctx, "certificate", cert_id, issued_on=TODAY)
    old = documents.issue_document(ctx, "summary", letter_id, issued_on=date(2025, 3, 3))
    assert documents.count_register(ctx) == 3
    assert [e.number for e in documents.list_register(ctx)][-1] == old.entry.number  # newest year first
    assert documents.count_register(ctx, kind="certificate") == 1
    assert documents.count_register(ctx, year=2025) == 1
    assert documents.count_register(ctx, search=letter.entry.business_name.upper()) >= 2
    assert documents.count_register(ctx, search=letter.entry.verification_code.lower()) == 1
    assert documents.count_register(ctx, search="/001/") == 2
    assert [e.id for e in documents.list_register(ctx, limit=1, offset=2)] == [old.entry.id]
    assert letter.entry.kind_label == "Surat Keterangan Perkembangan"


# --- batch --------------------------------------------------------------------------------------------------


def test_batch_continues_past_bad_records_and_reports_them(demo_ctx):
    ctx = demo_ctx
    eligible = documents.eligible_business_ids(ctx, "certificate")[:3]
    not_eligible = plain_business(ctx, "Warung Belum Lulus")
    missing = uuid.uuid4()
    ids = [eligible[0], not_eligible, eligible[1], missing, eligible[2]]
    seen: list[tuple[int, int]] = []
    items = documents.issue_batch(ctx, "certificate", ids, issued_on=TODAY,
                                  progress=lambda done, total: seen.append((done, total)))
    assert [item.business_id for item in items] == ids
    assert [item.ok for item in items] == [True, False, True, False, True]
    bad = items[1]
    assert bad.business_name == "Warung Belum Lulus" and "sertifikat belum dapat dibuat" in bad.message
    assert "tidak ditemukan" in items[3].message
    numbers = [item.entry.number for item in items if item.ok]
    assert numbers == [f"500.3/{n:03d}/Disperindagkop/XI/2026" for n in (1, 2, 3)]
    assert all(item.pdf and item.pdf.startswith(b"%PDF") for item in items if item.ok)
    assert seen[-1] == (8, 8) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_batch_cancel_stops_issuing(demo_ctx):
    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, "summary")[:6]
    issued: list[int] = []

    def progress(done: int, _total: int) -> None:
        issued.append(done)

    items = documents.issue_batch(ctx, "summary", ids, issued_on=TODAY, progress=progress,
                                  cancelled=lambda: len(issued) >= 2, workers=1)
    assert 1 <= len(items) < len(ids)
    assert issued_count(ctx) == len(items) and all(item.ok for item in items)
    # numbered but not rendered yet (cancelled between the two): pdf None, and a reprint gives it
    for item in items:
        if item.pdf is None:
            assert documents.reprint(ctx, item.entry.id).startswith(b"%PDF")


def test_batch_commits_in_groups_and_a_crash_rolls_back_the_open_group(demo_ctx, monkeypatch):
    """A batch numbers in savepoints of one transaction per group; a crash (anything that escapes, like a
    kill) rolls the open group back, numbers included, and the next issue continues without a gap."""
    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, "certificate")[:5]
    monkeypatch.setattr(documents, "BATCH_COMMIT_DOCUMENTS", 2)
    real_record, calls = documents._record, []

    def crashing_record(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:
            raise KeyboardInterrupt  # mid-way through the second group
        return real_record(*args, **kwargs)

    monkeypatch.setattr(documents, "_record", crashing_record)
    with pytest.raises(KeyboardInterrupt):
        documents.issue_batch(ctx, "certificate", ids, issued_on=TODAY, workers=1)
    assert issued_count(ctx) == 2 and counter(ctx, TODAY.year) == 2  # the first group only
    monkeypatch.setattr(documents, "_record", real_record)
    after = documents.issue_document(ctx, "certificate", ids[2], issued_on=TODAY)
    assert after.entry.number == "500.3/003/Disperindagkop/XI/2026"


def test_batch_on_two_processes_matches_in_process(demo_ctx):
    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, "summary")[:4]
    items = documents.issue_batch(ctx, "summary", ids, issued_on=TODAY, workers=2)
    assert all(item.ok for item in items)
    for item in items:
        assert documents.reprint(ctx, item.entry.id) == item.pdf


def test_eligibility_per_kind(ctx):
    set_signatory(ctx)
    active = active_case_business(ctx, "Aktif Terus")
    nothing = plain_business(ctx, "Tanpa Kasus")
    with ctx.db.transaction() as session:
        partner = Partner(name="Universitas Sultan Ageng Tirtayasa", kind="ptn")
        session.add(partner)
        session.flush()
        done = plain_business_in(session, "Sudah Lulus")
        case = Case(business_id=done, status="selesai", opened_on=date(2026, 1, 5), closed_on=date(2026, 9, 1))
        session.add(case)
        session.flush()
        session.add(Stage(case_id=case.id, kind="mentoring", seq=2, status="selesai", partner_id=partner.id,
                          started_on=date(2026, 2, 1), finished_on=date(2026, 8, 1)))
    assert set(documents.eligible_business_ids(ctx, "letter")) == {active}
    assert set(documents.eligible_business_ids(ctx, "summary")) == {active}
    assert set(documents.eligible_business_ids(ctx, "certificate")) == {done}
    assert set(documents.eligible_business_ids(ctx, "referral")) == {done}
    assert nothing not in documents.eligible_business_ids(ctx, "letter")
    documents.issue_document(ctx, "referral", done, issued_on=TODAY)
    assert documents.eligible_business_ids(ctx, "referral") == []
    with pytest.raises(ServiceError):
        documents.eligible_business_ids(ctx, "memo")
    assert documents.find_businesses(ctx, ["sudah lulus", str(active)]) == [done, active]
    with pytest.raises(ServiceError, match="tidak ditemukan"):
        documents.find_businesses(ctx, ["Tidak Ada"])


def plain_business_in(session, name: str) -> uuid.UUID:
    owner = Owner(name="Neng Ratna")
    session.add(owner)
    session.flush()
    business = Business(owner_id=owner.id, name=name, sector="fesyen", kelurahan_code=CIPARE,
                        kecamatan_code=CIPARE[:8], scale="mikro")
    session.add(business)
    session.flush()
    return business.id


def test_batch_reads_the_laptop_role_once_per_group_and_numbers_consecutively(demo_ctx, monkeypatch):
    """Whether this PC is a field laptop is read once per group transaction, not once per document; a new
    group reads it again (a setup package between groups is seen), and the numbers stay consecutive."""
    from sqlalchemy import event

    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, "letter")[:5]
    assert len(ids) == 5
    monkeypatch.setattr(documents, "BATCH_COMMIT_DOCUMENTS", 2)
    role_reads: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        flat = " ".join(statement.split())
        if "FROM setting WHERE" in flat and "LIKE" not in flat:  # one key, not the letterhead's prefix
            role_reads.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        items = documents.issue_batch(ctx, "letter", ids, issued_on=TODAY, workers=1)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert all(item.ok for item in items)
    assert len(role_reads) == 3  # groups of 2, 2 and 1
    wanted = [f"500.3/{n:03d}/Disperindagkop/XI/2026" for n in range(1, 6)]
    assert [item.entry.number for item in items] == wanted


def test_letter_names_the_kelurahan_and_kecamatan_of_the_business(demo_ctx):
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "letter")[0]
    issued = documents.issue_document(ctx, "letter", business_id, issued_on=TODAY, render_pdf=False)
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        want = (session.get(Kelurahan, business.kelurahan_code).name,
                session.get(Kecamatan, business.kecamatan_code).name)
        stored = session.get(IssuedDocument, issued.entry.id).content_json
    _letterhead, _kind, content = document_codec.loads(stored)
    assert (content.business.kelurahan, content.business.kecamatan) == want


def _content_without_number(ctx: ServiceContext, document_id: uuid.UUID) -> str:
    with ctx.db.read() as session:
        doc = session.get(IssuedDocument, document_id)
        return doc.content_json.replace(doc.number, "<nomor>")


def test_a_letter_alone_and_in_a_batch_say_the_same(demo_ctx):
    # Alone, a letter reads its stages and their partners in one joined select; in a batch it takes the stages
    # the batch prefetched and the partners' names it remembers. Both must write the same letter.
    ctx = demo_ctx
    ids = documents.eligible_business_ids(ctx, "letter")
    with ctx.db.read() as session:
        with_partner = {s.case.business_id for s in session.scalars(select(Stage).where(Stage.partner_id.is_not(None)))}
    ids = [i for i in ids if i in with_partner][:6]
    assert ids, "the demo data has no active case with a partner on a stage"
    alone = [documents.issue_document(ctx, "letter", i, issued_on=TODAY, render_pdf=False).entry.id for i in ids]
    batch = documents.issue_batch(ctx, "letter", ids, issued_on=TODAY, workers=1)
    assert all(item.ok and item.entry is not None for item in batch)
    for single, item in zip(alone, batch, strict=True):
        assert item.entry is not None
        assert _content_without_number(ctx, single) == _content_without_number(ctx, item.entry.id)


def test_a_letter_issued_alone_takes_few_statements(demo_ctx):
    # A guard on the letter's cost: numbering, the account check, the register and audit rows, and the content
    # read in one statement per list (case, activities, outcomes, stages with partners, places, capital). A test
    # context has no logged-in account, so the account check also asks whether any account exists.
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, "letter")[0]
    documents.issue_document(ctx, "letter", business_id, issued_on=TODAY, render_pdf=False)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
            statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        documents.issue_document(ctx, "letter", business_id, issued_on=TODAY, render_pdf=False)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert len(statements) <= 14, "\n".join(statements)
