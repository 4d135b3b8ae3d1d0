"""Seeing colleagues' work: another process's engine writes to the same SQLite file; the next poll of the change
feed refreshes the page on screen, with the officer's selected business and scroll position kept."""

from __future__ import annotations

from datetime import date

from case_helpers import make_business
from PySide6.QtCore import QItemSelectionModel

from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.gui.models.business_table import ID_ROLE


def _colleague(gui_ctx):
    other = open_database(gui_ctx.db.target.path, upgrade=False)
    return other, ServiceContext(other, Actor(None, "Rina Marlina", "pc-loket-2"))


def test_umkm_list_refreshes_keeping_selection_and_scroll(qtbot, window, gui_ctx) -> None:
    for n in range(120):
        make_business(gui_ctx, f"Usaha {n:03d}")
    window.show()
    page = window.show_page("umkm")
    qtbot.waitUntil(page.is_loaded)
    table, model = page.table, page.model
    assert model.rowCount() == 120
    table.selectionModel().setCurrentIndex(
        model.index(70, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(model.index(70, 0))
    chosen = model.data(model.index(70, 0), ID_ROLE)
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    window.change_watch.poll()  # whatever the window's own setup wrote is behind us

    other, colleague = _colleague(gui_ctx)
    try:
        make_business(colleague, "Usaha 000a dari rekan")  # sorts near the top: the selected row moves down one
    finally:
        other.dispose()
    assert window.change_watch.poll() is True
    qtbot.waitUntil(lambda: model.rowCount() == 121)
    assert page.count_label.text().startswith("121")
    assert model.data(table.currentIndex(), ID_ROLE) == chosen  # the same business, now at row 71
    assert table.currentIndex().row() == 71
    assert table.verticalScrollBar().value() == scrolled
    assert window.change_watch.poll() is False


def test_beranda_refreshes_when_a_colleague_opens_a_case(qtbot, window, gui_ctx) -> None:
    business = make_business(gui_ctx, "Kerupuk Kulit Pak Udin")
    window.show()
    page = window.show_page("beranda")
    qtbot.waitUntil(page.is_loaded)
    assert page.activeCard.value.text() == "0"
    window.change_watch.poll()

    other, colleague = _colleague(gui_ctx)
    try:
        cases.open_case(colleague, business, date.today())
    finally:
        other.dispose()
    assert window.change_watch.poll() is True
    qtbot.waitUntil(lambda: page.is_loaded() and page.activeCard.value.text() == "1")


def test_settings_page_is_not_reread_under_the_officers_typing(qtbot, window, gui_ctx) -> None:
    window.show()
    page = window.show_page("pengaturan")
    qtbot.waitUntil(page.is_loaded)
    reloaded: list[int] = []
    page.reload = lambda: reloaded.append(1)  # type: ignore[method-assign]
    assert window.colleague_changed() is False and not reloaded
