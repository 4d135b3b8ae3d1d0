"""NIK privacy: masked on the detail, in the edit history, the exports and the printed summary for roles that
may not see NIKs; the administrator's SIDT export is whole; a petugas reveals one NIK, audited."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from account_helpers import add_account
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from umkm_desk.core.services.accounts.nik_privacy import reveal_nik
from umkm_desk.core.services.accounts.permissions import NotAllowed
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.reports import list_export
from umkm_desk.core.services.reports.sidt import write_sidt
from umkm_desk.core.store.models import AuditEntry, Business, Owner
from umkm_desk.demo.generator import fill_demo

WHOLE_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


@pytest.fixture
def demo(db):
    fill_demo(db, businesses=12, seed=7)
    contexts = {role: ServiceContext(db, add_account(db, role, role)) for role in ("admin", "petugas", "pimpinan")}
    with db.read() as session:
        business_id, nik = session.execute(
            select(Business.id, Owner.nik).join(Owner, Owner.id == Business.owner_id)
            .where(Owner.nik.is_not(None)).order_by(Business.name).limit(1)
        ).one()
    return db, contexts, business_id, nik


def _cells(path: Path) -> list[str]:
    book = load_workbook(path, read_only=True)
    try:
        return [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row
                if c is not None]
    finally:
        book.close()


def _audit(db, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_detail_masks_for_petugas_and_pimpinan_and_shows_the_administrator(demo):
    db, ctx, business_id, nik = demo
    assert businesses.business_profile(ctx["admin"], business_id).nik == nik
    for role in ("petugas", "pimpinan"):
        profile = businesses.business_profile(ctx[role], business_id)
        assert profile.nik_hidden and profile.nik == f"{nik[:6]}******{nik[-4:]}"


def test_petugas_reveals_one_nik_and_the_audit_has_it_pimpinan_cannot(demo):
    db, ctx, business_id, nik = demo
    assert reveal_nik(ctx["petugas"], business_id) == nik
    (row,) = _audit(db, "nik_reveal")
    assert row.officer_name == "Uji Petugas" and nik not in (row.new_value or "")
    with pytest.raises(NotAllowed, match="membuka NIK"):
        reveal_nik(ctx["pimpinan"], business_id)
    assert len(_audit(db, "nik_reveal")) == 1


def test_a_petugas_edit_with_the_masked_nik_keeps_the_stored_one(demo):
    db, ctx, business_id, nik = demo
    profile = businesses.business_profile(ctx["petugas"], business_id)
    data = businesses.business_input(profile)
    data = type(data)(**{**data.__dict__, "name": profile.name + " Baru"})
    assert businesses.update_business(ctx["petugas"], business_id, data, duplicate_reason="uji")
    assert businesses.business_profile(ctx["admin"], business_id).nik == nik
    history = businesses.edit_history(ctx["petugas"], business_id)
    assert not any(WHOLE_NIK.search(f"{e.old_value} {e.new_value}") for e in history)


@pytest.mark.parametrize("role", ["petugas", "pimpinan"])
def test_exports_carry_no_whole_nik_for_roles_that_may_not_see_them(demo, tmp_path, role):
    db, ctx, _business_id, _nik = demo
    write_sidt(ctx[role], tmp_path / "sidt.xlsx")
    cells = _cells(tmp_path / "sidt.xlsx")
    assert any("******" in c for c in cells)
    assert not [c for c in cells if WHOLE_NIK.search(c)]
    list_export.export_list(tmp_path / "umkm.xlsx", list_export.umkm_rows(ctx[role]))
    assert not [c for c in _cells(tmp_path / "umkm.xlsx") if WHOLE_NIK.search(c)]
    (row,) = [r for r in _audit(db, "export") if r.field == "nik"]
    assert row.entity_id == "sidt" and row.new_value == "disamarkan"


def test_the_administrators_sidt_export_is_whole_and_the_audit_says_so(demo, tmp_path):
    db, ctx, _business_id, nik = demo
    write_sidt(ctx["admin"], tmp_path / "sidt.xlsx")
    assert nik in _cells(tmp_path / "sidt.xlsx")
    (row,) = [r for r in _audit(db, "export") if r.field == "nik"]
    assert row.new_value == "lengkap" and row.officer_name == "Uji Admin"


def test_the_printed_summary_shows_the_nik_masked(demo):
    db, ctx, business_id, nik = demo
    issued = documents.issue_document(ctx["petugas"], "summary", business_id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(issued.pdf)).pages)
    assert f"{nik[:6]}******{nik[-4:]}" in text.replace(" ", "")
    assert not WHOLE_NIK.search(text.replace(" ", ""))


@pytest.mark.parametrize("kind", ["letter", "referral", "certificate", "summary"])
def test_no_issued_pdf_carries_a_whole_nik(demo, kind):
    """Every kind of document a petugas issues, its PDF text read back: at most the masked NIK."""
    db, ctx, _business_id, _nik = demo
    eligible = documents.eligible_business_ids(ctx["petugas"], kind)
    if not eligible:
        pytest.skip(f"the small demo has no business due a {kind}")
    issued = documents.issue_document(ctx["petugas"], kind, eligible[0])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(issued.pdf)).pages).replace(" ", "")
    assert text and not WHOLE_NIK.search(text)
    with db.read() as session:
        nik = session.scalar(select(Owner.nik).join(Business, Business.owner_id == Owner.id)
                             .where(Business.id == eligible[0]))
    if nik:
        assert nik not in text
