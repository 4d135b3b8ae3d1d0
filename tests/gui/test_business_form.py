"""The entry/edit form driven as an officer would: typing, leaving fields, Ctrl+S, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from umkm_desk.core.store.models import AuditEntry, Business, Owner
from umkm_desk.gui.dialogs import business_form as form_module
from umkm_desk.gui.dialogs.business_form import BusinessFormDialog
from umkm_desk.gui.dialogs.duplicate_dialog import DuplicateDecision, DuplicateDialog


def counts(ctx) -> tuple[int, int, int]:
    with ctx.db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) for model in (Business, Owner, AuditEntry)
        )


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def fill(qtbot, dialog: BusinessFormDialog, **overrides: str) -> None:
    ui = dialog.ui
    values = {
        "owner_name": "Siti Aisyah",
        "nik": "3673014508790001",
        "phone": "081234567890",
        "owner_address": "Jl. Ki Mas Jong 3",
        "name": "Gipang Mak Icah",
        "kbli": "10792",
        "address": "Jl. Ki Mas Jong 3",
        "nib": "1234567890123",
        "year_started": "2015",
        "modal_usaha": "25jt",
        "annual_sales": "2,5 M",
        "workers": "4",
    } | overrides
    for name, text in values.items():
        type_into(qtbot, getattr(ui, name), text)
    choose(ui.sector, "Kuliner")
    choose(ui.kecamatan_code, "Serang")
    choose(ui.kelurahan_code, ui.kelurahan_code.itemText(1))


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    """Closing a dirty form at teardown would ask; never let a modal box block a test."""
    monkeypatch.setattr(form_module.messages, "ask", lambda *a, **k: True)
    monkeypatch.setattr(form_module.messages, "show_error", lambda *a, **k: pytest.fail(f"error box: {a}"))


@pytest.fixture
def dialog(qtbot, gui_ctx):
    dlg = BusinessFormDialog(gui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_nik_fills_sex_and_birth_date_and_rupiah_is_formatted(qtbot, dialog):
    fill(qtbot, dialog)
    ui = dialog.ui
    assert ui.sex.currentData() == "P" and not ui.sex.isEnabled()
    assert ui.birth_date.text() == "5 Agustus 1979"
    assert ui.modal_usaha.text() == "Rp25.000.000"
    assert ui.annual_sales.text() == "Rp2.500.000.000"
    assert ui.scale_value.text() == "Kecil"
    assert ui.phone.text() == "0812-3456-7890"


def test_kelurahan_cascades_from_kecamatan(dialog):
    ui = dialog.ui
    assert ui.kelurahan_code.count() == 1  # "pilih kecamatan dulu"
    choose(ui.kecamatan_code, "Serang")
    codes = [ui.kelurahan_code.itemData(i) for i in range(1, ui.kelurahan_code.count())]
    assert codes and all(code.startswith("36.73.01.") for code in codes)
    choose(ui.kecamatan_code, "Curug")
    assert all(
        ui.kelurahan_code.itemData(i).startswith("36.73.04.") for i in range(1, ui.kelurahan_code.count())
    )


BAD = [
    ("owner_name", "", "Nama pemilik belum diisi"),
    ("nik", "3673014508790000", "0000"),
    ("phone", "12345", "Nomor telepon"),
    ("owner_address", "x" * 301, "terlalu panjang"),
    ("name", "", "Nama usaha belum diisi"),
    ("kbli", "12a", "KBLI"),
    ("address", "x" * 301, "terlalu panjang"),
    ("nib", "123", "NIB"),
    ("halal_number", "h" * 61, "terlalu panjang"),
    ("pirt_number", "p" * 61, "terlalu panjang"),
    ("year_started", "1850", "Tahun mulai usaha"),
    ("modal_usaha", "lima juta", "tidak dikenali"),
    ("annual_sales", "1,234 jt", "membingungkan"),
    ("workers", "banyak", "Jumlah tenaga kerja"),
]


@pytest.mark.parametrize(("field", "text", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_in_each_field_shows_its_message_and_saves_nothing(
    qtbot, gui_ctx, dialog, field, text, message
):
    fill(qtbot, dialog)
    widget = getattr(dialog.ui, field)
    widget.setMaxLength(1000)
    type_into(qtbot, widget, text) if text else (widget.clear(), widget.editingFinished.emit())
    assert message in dialog.field_error(field)
    before = counts(gui_ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert counts(gui_ctx) == before
    assert dialog.isVisible()
    assert widget.text() == text  # nothing typed is lost
    assert message in dialog.field_error(field)


def test_missing_choices_are_reported_on_save(qtbot, gui_ctx, dialog):
    before = counts(gui_ctx)
    assert not dialog.save()
    assert counts(gui_ctx) == before
    for field in ("owner_name", "nik", "name", "sector", "kecamatan_code"):
        assert dialog.field_error(field), field
    assert "NIK belum ada" in dialog.field_error("nik")


def test_nik_missing_checkbox(qtbot, gui_ctx, dialog):
    fill(qtbot, dialog, nik="")
    dialog.ui.nik_missing.setChecked(True)
    choose(dialog.ui.sex, "Laki-laki")
    type_into(qtbot, dialog.ui.birth_date, "1/2/1980")
    assert dialog.save()
    assert counts(gui_ctx)[0] == 1


def test_save_with_ctrl_s(qtbot, gui_ctx, dialog):
    fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert counts(gui_ctx)[:2] == (1, 1)


def test_escape_asks_before_dropping_typed_data(qtbot, monkeypatch, dialog):
    asked = []
    monkeypatch.setattr(form_module.messages, "ask", lambda *a, **k: asked.append(a) or False)
    type_into(qtbot, dialog.ui.name, "Warung Baru")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.ui.name.text() == "Warung Baru"
    monkeypatch.setattr(form_module.messages, "ask", lambda *a, **k: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_untouched_form_closes_without_asking(qtbot, monkeypatch, dialog):
    monkeypatch.setattr(form_module.messages, "ask", lambda *a, **k: pytest.fail("should not ask"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_tab_order_follows_the_form(dialog):
    ui = dialog.ui
    order = ["owner_name", "nik", "nik_missing", "sex", "birth_date", "phone", "owner_address", "name", "sector",
             "kbli", "address", "kecamatan_code", "kelurahan_code", "nib", "halal_number", "pirt_number",
             "year_started", "modal_usaha", "annual_sales", "workers"]  # fmt: skip
    widget = ui.owner_name
    for expected in order[1:]:
        widget = widget.nextInFocusChain()
        while (
            not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.objectName() == "qt_spinbox_lineedit"
        ):
            widget = widget.nextInFocusChain()
        assert widget.objectName() == expected


DUPLICATES = [
    ("nik", {"name": "Warung Lain Sekali", "nib": "", "phone": ""}),
    ("nib", {"name": "Warung Lain Sekali", "nik": "3673010101800002", "phone": ""}),
    ("phone", {"name": "Warung Lain Sekali", "nik": "3673010101800002", "nib": ""}),
    ("name", {"name": "UD. Gipang Mak-Icah", "nik": "3673010101800002", "nib": "", "phone": ""}),
]


@pytest.mark.parametrize(("reason", "changes"), DUPLICATES, ids=[d[0] for d in DUPLICATES])
def test_each_duplicate_warns_while_typing_and_on_save(qtbot, monkeypatch, gui_ctx, reason, changes):
    first = BusinessFormDialog(gui_ctx)
    qtbot.addWidget(first)
    fill(qtbot, first)
    assert first.save()

    second = BusinessFormDialog(gui_ctx)
    qtbot.addWidget(second)
    second.show()
    fill(qtbot, second, **changes)
    matches = second.check_duplicates()
    assert [m.reasons for m in matches] == [(reason,)]
    assert second.ui.duplicate_banner.isVisible() and "Gipang Mak Icah" in second.ui.duplicate_banner.text()

    shown = []
    monkeypatch.setattr(
        DuplicateDialog,
        "ask",
        classmethod(lambda cls, m, parent=None: shown.append(m) or DuplicateDecision()),
    )
    before = counts(gui_ctx)
    assert not second.save()
    assert shown and counts(gui_ctx) == before and second.isVisible()

    opened = []
    second.open_existing.connect(opened.append)
    monkeypatch.setattr(
        DuplicateDialog,
        "ask",
        classmethod(lambda cls, m, parent=None: DuplicateDecision(open_id=m[0].business_id)),
    )
    assert not second.save()
    assert opened == [matches[0].business_id] and counts(gui_ctx) == before

    monkeypatch.setattr(
        DuplicateDialog,
        "ask",
        classmethod(lambda cls, m, parent=None: DuplicateDecision(reason="Cabang kedua")),
    )
    assert second.save()
    assert counts(gui_ctx)[0] == 2


def test_duplicate_dialog_requires_a_reason(qtbot, gui_ctx):
    import uuid

    from umkm_desk.core.services.registry.duplicates import DuplicateMatch

    match = DuplicateMatch(uuid.uuid4(), "Gipang Mak Icah", "Siti", "Cipare", ("nik",), None, False)
    dlg = DuplicateDialog([match])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "alasan" in dlg.reason_error.text()
    qtbot.keyClicks(dlg.reason, "Cabang kedua")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.decision.reason == "Cabang kedua"
    dlg2 = DuplicateDialog([match])
    qtbot.addWidget(dlg2)
    qtbot.mouseClick(dlg2.open_button, Qt.MouseButton.LeftButton)
    assert dlg2.decision.open_id == match.business_id


def test_form_screenshot(qtbot, gui_ctx, tmp_path):
    from PySide6.QtWidgets import QApplication

    from umkm_desk.gui.theme import apply_theme

    apply_theme(QApplication.instance())
    dlg = BusinessFormDialog(gui_ctx)
    qtbot.addWidget(dlg)
    dlg.resize(1000, 660)
    dlg.show()
    fill(qtbot, dlg, nib="123")
    qtbot.wait(50)
    path = tmp_path / "form.png"
    assert dlg.grab().save(str(path))
    import os
    import shutil

    if target := os.environ.get("UMKM_DESK_SCREENSHOT_DIR"):
        shutil.copy(path, os.path.join(target, "business_form.png"))


# --- text that breaks things (issue 11, item 7) --------------------------------------------------------------


def test_text_fields_take_their_max_length_from_the_column_table(dialog):
    from umkm_desk.core.services.text_fields import max_length

    ui = dialog.ui
    assert ui.name.maxLength() == max_length("business.name") == 200
    assert ui.owner_name.maxLength() == max_length("owner.name") == 150
    assert ui.address.maxLength() == ui.owner_address.maxLength() == 300
    assert ui.halal_number.maxLength() == ui.pirt_number.maxLength() == 60


BREAKING = [
    ("name", "Toko\x00Sari", "U+0000 (NUL)"),
    ("owner_name", "Siti\x1bAisyah", "U+001B (ESC)"),
    ("address", "Jl. Ki Mas Jong \u202e3", "U+202E"),
    ("name", "Kopi Senja \U0001f600", "tidak dapat dicetak pada surat"),
    ("year_started", "²", "Tahun mulai usaha harus berupa angka bulat"),
    ("year_started", "٢٠١٥", "Tahun mulai usaha harus berupa angka bulat"),
    ("workers", "²", "Jumlah tenaga kerja harus berupa angka bulat"),
    ("modal_usaha", "10000000000000000000", "terlalu besar"),
]


@pytest.mark.parametrize(("field", "text", "message"), BREAKING, ids=[f"{b[0]}-{i}" for i, b in enumerate(BREAKING)])
def test_breaking_text_shows_the_message_next_to_the_field_and_keeps_the_dialog(
    qtbot, gui_ctx, dialog, field, text, message
):
    """No exception reaches Qt: the rule's message is under the field, Simpan keeps the dialog and the input."""
    fill(qtbot, dialog)
    widget = getattr(dialog.ui, field)
    widget.setText(text)  # pasted: keyClicks cannot type NUL or ESC
    widget.editingFinished.emit()
    assert message in dialog.field_error(field)
    before = counts(gui_ctx)
    assert not dialog.save()
    assert counts(gui_ctx) == before and dialog.isVisible()
    assert message in dialog.field_error(field)
    assert dialog.ui.scale_value.text() != "Besar" or field != "modal_usaha"


def test_stored_name_over_the_limit_is_shown_whole_and_refused_on_save(qtbot, gui_ctx):
    """A name longer than the column (stored before the limit was enforced) is not cut by maxLength: the
    officer sees it whole and is told to shorten it."""
    from umkm_desk.core.services.registry.businesses import BusinessInput, create_business

    business_id = create_business(gui_ctx, BusinessInput(
        owner_name="Siti Aisyah", nik="3673014508790001", name="Gipang Mak Icah", sector="kuliner",
        kecamatan_code="36.73.01", kelurahan_code="36.73.01.1001",
    ))
    with gui_ctx.db.transaction() as session:
        session.get(Business, business_id).name = "G" * 230
    dlg = BusinessFormDialog(gui_ctx, business_id=business_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.name.text() == "G" * 230
    assert not dlg.save()
    assert "Nama usaha terlalu panjang: 230 karakter, paling banyak 200." in dlg.field_error("name")
    assert dlg.isVisible()
