"""Notes limits on screen (issue 11, item 7): the counter under a notes box, and the refusal next to the field."""

from __future__ import annotations

from datetime import date, timedelta

from case_helpers import make_business, snapshot

from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.text_fields import max_length
from umkm_desk.gui.dialogs.activity_dialog import ActivityDialog


def _dialog(qtbot, ctx):
    case_id = cases.open_case(ctx, make_business(ctx), date.today() - timedelta(days=5))
    dialog = ActivityDialog(ctx, case_id, cases.get_case(ctx, case_id).stages)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_notes_counter_appears_near_the_limit_and_refuses_past_it(qtbot, gui_ctx, tmp_path):
    dialog = _dialog(qtbot, gui_ctx)
    counter = dialog.notes_counter
    limit = max_length("activity.notes")
    assert counter.limit == limit == 5000 and counter.label.isHidden()
    dialog.ui.notesEdit.setPlainText("a" * 4500)
    assert counter.label.isVisible() and counter.label.text() == "4.500 dari 5.000 karakter"
    dialog.ui.notesEdit.setPlainText("catatan panjang " * 62_500)  # 1 MB, as pasted
    assert counter.label.text() == "1.000.000 dari 5.000 karakter: terlalu panjang, persingkat dulu."
    assert dialog.ui.notesEdit.property("invalid") is True
    qtbot.wait(50)  # let the layout make room for the counter before looking
    assert counter.label.height() >= counter.label.heightForWidth(counter.label.width())  # not clipped
    dialog.grab().save(str(tmp_path / "activity-notes-over.png"))

    before = snapshot(gui_ctx)
    dialog.ui.okButton.click()
    assert dialog.isVisible()
    assert "paling banyak 5.000" in dialog.error_text("notes")
    assert snapshot(gui_ctx) == before
    assert len(dialog.ui.notesEdit.toPlainText()) == 1_000_000  # what was typed is kept


def test_control_characters_in_notes_are_refused_next_to_the_field(qtbot, gui_ctx):
    dialog = _dialog(qtbot, gui_ctx)
    dialog.ui.notesEdit.setPlainText("cek stok\x1b[2J")
    before = snapshot(gui_ctx)
    dialog.ui.okButton.click()
    assert dialog.isVisible() and "U+001B (ESC)" in dialog.error_text("notes")
    assert snapshot(gui_ctx) == before
    assert dialog.ui.mentorEdit.maxLength() == max_length("activity.mentor") == 150
