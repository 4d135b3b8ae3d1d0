"""The audit viewer's service: admin and pimpinan read who, when, which PC, what, old → new, filtered; the
export is an .xlsx; a petugas may not read it; NIKs in it are masked for the pimpinan."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_helpers import add_account
from openpyxl import load_workbook

from umkm_desk.core.services.accounts.audit_log import AuditFilter, export_audit, list_audit
from umkm_desk.core.services.accounts.permissions import NotAllowed
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.reports.period import office_today

NIK = "3673014501900003"


def _business(ctx, name):
    return businesses.create_business(ctx, businesses.BusinessInput(
        owner_name="Siti Aisyah", name=name, sector="kuliner", kecamatan_code="36.73.01",
        kelurahan_code="36.73.01.1001", modal_usaha="25jt", annual_sales="180 juta", workers="3", nik=NIK,
    ), duplicate_reason="uji")


@pytest.fixture
def trail(db):
    admin = ServiceContext(db, add_account(db, "kepala", "admin"))
    petugas = ServiceContext(db, add_account(db, "budi", "petugas"))
    pimpinan = ServiceContext(db, add_account(db, "rina", "pimpinan"))
    first = _business(petugas, "Warung Satu")
    second = _business(admin, "Warung Dua")
    data = businesses.business_input(businesses.business_profile(admin, first))
    businesses.update_business(admin, first, type(data)(**{**data.__dict__, "name": "Warung Satu Baru",
                                                          "nik": "3673015501900004"}), duplicate_reason="uji")
    return admin, petugas, pimpinan, first, second


def test_filters_person_business_action_and_dates(trail):
    admin, _petugas, pimpinan, first, second = trail
    rows = list_audit(pimpinan)
    assert rows == sorted(rows, key=lambda r: r.at, reverse=True)
    assert {r.officer_name for r in list_audit(admin, AuditFilter(person="BUDI"))} == {"Uji Budi"}
    about_first = list_audit(admin, AuditFilter(business_id=first))
    assert about_first and all(r.entity in ("business", "owner") for r in about_first)
    renamed = [r for r in about_first if r.field == "name"]
    assert [(r.old_value, r.new_value, r.officer_name, r.action_label) for r in renamed] == [
        ("Warung Satu", "Warung Satu Baru", "Uji Kepala", "Ubah")]
    assert {r.entity_id for r in list_audit(admin, AuditFilter(business_id=second)) if r.entity == "business"} == {
        str(second)}
    assert all(r.action == "update" for r in list_audit(admin, AuditFilter(action="update")))
    today = office_today()
    assert len(list_audit(admin, AuditFilter(date_from=today, date_to=today))) == len(list_audit(admin))
    assert list_audit(admin, AuditFilter(date_to=today - timedelta(days=1))) == []
    assert list_audit(admin, AuditFilter(person="'; DROP TABLE audit_entry; --")) == []
    assert list_audit(admin, AuditFilter(person="100%")) == []
    assert all(r.hostname == "uji-pc" for r in list_audit(admin, AuditFilter(person="kepala")))


def test_nik_changes_are_masked_for_pimpinan_and_whole_for_admin(trail):
    admin, _petugas, pimpinan, first, _second = trail
    (for_admin,) = [r for r in list_audit(admin, AuditFilter(business_id=first)) if r.field == "nik"]
    assert (for_admin.old_value, for_admin.new_value) == (NIK, "3673015501900004")
    (for_pimpinan,) = [r for r in list_audit(pimpinan, AuditFilter(business_id=first)) if r.field == "nik"]
    assert (for_pimpinan.old_value, for_pimpinan.new_value) == ("367301******0003", "367301******0004")


def test_petugas_may_not_read_the_audit(trail, tmp_path):
    _admin, petugas, *_ = trail
    with pytest.raises(NotAllowed, match="jejak audit"):
        list_audit(petugas)
    with pytest.raises(NotAllowed):
        export_audit(petugas, tmp_path / "audit.xlsx")
    assert not (tmp_path / "audit.xlsx").exists()


def test_export_to_xlsx_is_itself_audited(trail, tmp_path):
    _admin, _petugas, pimpinan, first, _second = trail
    result = export_audit(pimpinan, tmp_path / "audit.xlsx", AuditFilter(business_id=first))
    book = load_workbook(tmp_path / "audit.xlsx", read_only=True)
    cells = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    book.close()
    assert "Waktu (WIB)" in cells and "Warung Satu Baru" in cells and "Uji Kepala" in cells
    assert NIK not in cells and "367301******0003" in cells
    assert result.rows == len(list_audit(pimpinan, AuditFilter(business_id=first)))
    exported = [r for r in list_audit(pimpinan, AuditFilter(action="export")) if r.field == "nik"]
    assert exported[0].entity_id == "audit" and exported[0].officer_name == "Uji Rina"
