"""Office settings (kop surat, penandatangan, penomoran surat) stored in the setting table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.office.settings import (
    LetterheadSettings,
    format_letter_number,
    get_letterhead_settings,
    next_letter_number_preview,
    save_letterhead_settings,
)
from umkm_desk.core.store.models import AuditEntry, DocumentCounter, Setting

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
GOOD_NIP = "19700101 199503 1 001"


def _audit(ctx) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")))


def test_defaults_without_any_row(ctx) -> None:
    settings = get_letterhead_settings(ctx)
    assert settings == LetterheadSettings()
    assert settings.pemerintah == "PEMERINTAH KOTA SERANG"
    assert settings.dinas == "Dinas Perindustrian, Perdagangan, dan Koperasi"
    assert settings.letter_number_template == "500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}"
    assert settings.place == "Serang"
    assert settings.logo_png is None
    assert settings.letterhead().logo_png is None


def test_round_trip_with_audit_per_changed_key(ctx) -> None:
    wanted = replace(
        LetterheadSettings(),
        dinas="Dinas Koperasi, UKM, Perindustrian, dan Perdagangan",
        signatory_name="Drs. H. Ahmad Contoh, M.Si.",
        signatory_pangkat_golongan="Pembina Utama Muda (IV/c)",
        signatory_nip=GOOD_NIP,
        logo_png=PNG_1PX,
    )
    stored = save_letterhead_settings(ctx, wanted)
    assert stored.signatory_nip == "197001011995031001"
    again = get_letterhead_settings(ctx)
    assert again == stored
    assert again.logo_png == PNG_1PX
    assert again.signatory().nip == GOOD_NIP
    rows = _audit(ctx)
    assert sorted(r.field for r in rows) == sorted(
        ["dinas", "signatory_name", "signatory_pangkat_golongan", "signatory_nip", "logo_png"]
    )
    assert all(r.officer_name == "Petugas Uji" and r.action == "update" for r in rows)
    dinas_row = next(r for r in rows if r.field == "dinas")
    assert dinas_row.old_value == "Dinas Perindustrian, Perdagangan, dan Koperasi"
    assert dinas_row.entity_id == "kop.dinas"
    logo_row = next(r for r in rows if r.field == "logo_png")
    assert logo_row.old_value == "logo bawaan" and "logo sendiri" in logo_row.new_value

    # Saving the same values again changes nothing and writes no audit row.
    save_letterhead_settings(ctx, again)
    assert len(_audit(ctx)) == 5
    # Back to the default logo.
    save_letterhead_settings(ctx, replace(again, logo_png=None))
    assert get_letterhead_settings(ctx).logo_png is None


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("dinas", "   ", "wajib diisi"),
        ("pemerintah", "", "wajib diisi"),
        ("email", "disperindagkop@", "email tidak valid"),
        ("website", "bukan situs", "situs web tidak valid"),
        ("phone", "telepon kantor", "telepon"),
        ("signatory_nip", "12345", "18 digit"),
        ("signatory_nip", "197013011995031001", "NIP"),
        ("letter_number_template", "500.3/Disperindagkop/{tahun}", "{nomor}"),
        ("letter_number_template", "500.3/{nomor:03d}/{kode_rahasia}", "tidak dikenal"),
        ("letter_number_template", "500.3/{nomor:03d/{tahun}", "kurung kurawal"),
        ("letter_number_template", "", "belum diisi"),
        ("letter_number_template", "500.3/{nomor:.0e}/{tahun}", "tidak diterima"),
        ("letter_number_template", "500.3/{nomor:c}/{tahun}", "tidak diterima"),
        ("place", "", "wajib diisi"),
        ("logo_png", b"GIF89a not a png", "PNG atau JPEG"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_saved(ctx, field: str, value: object, fragment: str) -> None:
    bad = replace(LetterheadSettings(), signatory_name="Nama Baru", **{field: value})
    with pytest.raises(ServiceError) as caught:
        save_letterhead_settings(ctx, bad)
    assert caught.value.field == field
    assert fragment.lower() in caught.value.errors[field].lower()
    assert get_letterhead_settings(ctx).signatory_name == ""
    with ctx.db.read() as session:
        assert session.scalars(select(Setting)).all() == []
    assert _audit(ctx) == []


def test_every_bad_field_is_reported_at_once(ctx) -> None:
    bad = replace(LetterheadSettings(), dinas="", email="x", signatory_nip="1")
    with pytest.raises(ServiceError) as caught:
        save_letterhead_settings(ctx, bad)
    assert set(caught.value.errors) == {"dinas", "email", "signatory_nip"}


def test_whitespace_is_tidied(ctx) -> None:
    stored = save_letterhead_settings(ctx, replace(LetterheadSettings(), signatory_name="  Siti   Aminah  "))
    assert stored.signatory_name == "Siti Aminah"


def test_letter_number_format_and_preview(ctx) -> None:
    template = LetterheadSettings().letter_number_template
    assert format_letter_number(template, 1, date(2026, 11, 5)) == "500.3/001/Disperindagkop/XI/2026"
    assert next_letter_number_preview(ctx, template, date(2026, 11, 5)) == "500.3/001/Disperindagkop/XI/2026"
    with ctx.db.transaction() as session:
        session.add(DocumentCounter(year=2026, last_seq=41))
    assert next_letter_number_preview(ctx, template, date(2026, 3, 2)) == "500.3/042/Disperindagkop/III/2026"
    assert next_letter_number_preview(ctx, template, date(2027, 1, 2)) == "500.3/001/Disperindagkop/I/2027"
    with pytest.raises(ServiceError) as caught:
        next_letter_number_preview(ctx, "tanpa nomor")
    assert caught.value.field == "letter_number_template"


def test_unreadable_row_falls_back_to_default(ctx) -> None:
    with ctx.db.transaction() as session:
        session.add(Setting(key="kop.dinas", value="{not json"))
        session.add(Setting(key="kop.place", value="42"))
    settings = get_letterhead_settings(ctx)
    assert settings.dinas == LetterheadSettings().dinas
    assert settings.place == "Serang"
