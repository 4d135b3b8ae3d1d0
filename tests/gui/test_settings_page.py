"""Pengaturan: letterhead, signatory and numbering are edited, validated next to each field, and saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from umkm_desk.core.rules.dates import bulan_romawi
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.settings import LetterheadSettings, get_letterhead_settings
from umkm_desk.core.store.models import AuditEntry
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.pages.pengaturan_page import PengaturanPage


@pytest.fixture
def page(qtbot, gui_ctx: ServiceContext) -> PengaturanPage:
    widget = PengaturanPage(gui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    widget.show()
    widget.activate()
    return widget


def _audit_rows(ctx: ServiceContext) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")))


def _retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_loads_defaults_and_previews_next_number(page: PengaturanPage) -> None:
    assert page.is_loaded()
    assert page.key == "pengaturan" and page.title() == "Pengaturan"
    assert page.edits["pemerintah"].text() == "PEMERINTAH KOTA SERANG"
    assert page.edits["dinas"].text() == "Dinas Perindustrian, Perdagangan, dan Koperasi"
    assert page.edits["signatory_nip"].text() == ""
    today = date.today()
    assert page.ui.previewLabel.text() == f"500.3/001/Disperindagkop/{bulan_romawi(today.month)}/{today.year}"
    assert not page.has_unsaved_changes()
    assert not page.ui.resetButton.isEnabled()
    assert page.ui.logoInfoLabel.text() == "Logo bawaan"
    assert not page.ui.logoPreview.pixmap().isNull()


def test_bad_nip_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, page: PengaturanPage, gui_ctx) -> None:
    qtbot.keyClicks(page.edits["signatory_name"], "Drs. H. Contoh Saja, M.Si.")
    qtbot.keyClicks(page.edits["signatory_nip"], "1970010119950310")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)

    message = page.error_text("signatory_nip")
    assert "NIP harus 18 digit" in message
    label, edit = page.errors["signatory_nip"], page.edits["signatory_nip"]
    assert label.isVisible() and edit.property("invalid") is True
    # The message sits right under its field, in the same column.
    assert label.mapTo(page, label.rect().topLeft()).y() >= edit.mapTo(page, edit.rect().bottomLeft()).y()
    assert label.mapTo(page, label.rect().topLeft()).x() == edit.mapTo(page, edit.rect().topLeft()).x()
    assert page.error_text("signatory_name") == ""
    # Nothing saved, nothing typed lost.
    assert get_letterhead_settings(gui_ctx) == LetterheadSettings()
    assert _audit_rows(gui_ctx) == []
    assert edit.text() == "1970010119950310"
    assert page.edits["signatory_name"].text() == "Drs. H. Contoh Saja, M.Si."
    assert "perbaiki" in page.ui.statusLabel.text()
    # Typing in the field clears its message.
    qtbot.keyClicks(edit, "01")
    assert page.error_text("signatory_nip") == ""


def test_valid_settings_are_saved_with_an_audit_row(qtbot, page: PengaturanPage, gui_ctx) -> None:
    qtbot.keyClicks(page.edits["signatory_name"], "Drs. H. Contoh Saja, M.Si.")
    qtbot.keyClicks(page.edits["signatory_nip"], "19700101 199503 1 001")
    _retype(qtbot, page.edits["phone"], "(0254) 123456")
    assert page.has_unsaved_changes() and page.ui.resetButton.isEnabled()
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)

    stored = get_letterhead_settings(gui_ctx)
    assert stored.signatory_name == "Drs. H. Contoh Saja, M.Si."
    assert stored.signatory_nip == "197001011995031001"
    assert stored.phone == "(0254) 123456"
    rows = _audit_rows(gui_ctx)
    assert {r.field for r in rows} == {"signatory_name", "signatory_nip", "phone"}
    assert all(r.officer_name == "Siti Rahmawati" and r.officer_id == gui_ctx.actor.officer_id for r in rows)
    assert not page.has_unsaved_changes()
    assert "tersimpan" in page.ui.statusLabel.text()
    assert page.edits["signatory_nip"].text() == "19700101 199503 1 001"


def test_ctrl_s_saves(qtbot, page: PengaturanPage, gui_ctx) -> None:
    _retype(qtbot, page.edits["place"], "Kota Serang")
    qtbot.keyClick(page.edits["place"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_letterhead_settings(gui_ctx).place == "Kota Serang"


def test_several_errors_at_once(qtbot, page: PengaturanPage, gui_ctx) -> None:
    page.edits["dinas"].clear()
    _retype(qtbot, page.edits["email"], "disperindagkop@")
    assert page.save() is False
    assert page.error_text("dinas") == "Nama dinas wajib diisi."
    assert "email tidak valid" in page.error_text("email")
    assert page.focusWidget() in (page.edits["dinas"], None)
    assert get_letterhead_settings(gui_ctx) == LetterheadSettings()


def test_template_preview_and_error_are_live(qtbot, page: PengaturanPage) -> None:
    _retype(qtbot, page.edits["letter_number_template"], "UMKM/{nomor:04d}/{tahun}")
    assert page.ui.previewLabel.text() == f"UMKM/0001/{date.today().year}"
    assert page.error_text("letter_number_template") == ""
    _retype(qtbot, page.edits["letter_number_template"], "UMKM/{tahun}")
    assert page.ui.previewLabel.text() == "—"
    assert "{nomor}" in page.error_text("letter_number_template")
    assert page.save() is False
    _retype(qtbot, page.edits["letter_number_template"], "UMKM/{nomor:.0e}/{tahun}")  # 10 and 11 alike
    assert page.ui.previewLabel.text() == "—"
    assert "'{nomor:.0e}' pada format nomor surat tidak diterima" in page.error_text("letter_number_template")
    assert page.save() is False


def test_reset_discards_edits_after_confirmation(qtbot, page: PengaturanPage, monkeypatch) -> None:
    _retype(qtbot, page.edits["dinas"], "Dinas Lain")
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    qtbot.mouseClick(page.ui.resetButton, Qt.MouseButton.LeftButton)
    assert page.edits["dinas"].text() == "Dinas Lain"
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    qtbot.mouseClick(page.ui.resetButton, Qt.MouseButton.LeftButton)
    assert page.edits["dinas"].text() == "Dinas Perindustrian, Perdagangan, dan Koperasi"
    assert not page.has_unsaved_changes()


def test_unsaved_edits_survive_leaving_the_page(window) -> None:
    page = window.show_page("pengaturan")
    page.edits["dinas"].setText("Sedang diketik")
    window.show_page("mitra")
    assert window.show_page("pengaturan") is page
    assert page.edits["dinas"].text() == "Sedang diketik"
    assert window.unsaved_pages() == [page]


def test_logo_choose_save_and_back_to_default(page: PengaturanPage, gui_ctx, tmp_path: Path) -> None:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e6b3c"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path))
    assert page.set_logo_from_file(str(path))
    assert page.ui.logoInfoLabel.text() == "Logo sendiri, 600 × 400 piksel"
    assert page.save()
    stored = get_letterhead_settings(gui_ctx).logo_png
    assert stored is not None and stored.startswith(b"\x89PNG")
    assert page.ui.defaultLogoButton.isEnabled()
    page.use_default_logo()
    assert page.save()
    assert get_letterhead_settings(gui_ctx).logo_png is None


def test_not_an_image_is_refused(page: PengaturanPage, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("bukan gambar")
    assert page.set_logo_from_file(str(path)) is False
    assert "bukan gambar" in page.error_text("logo_png")
    assert not page.has_unsaved_changes()
