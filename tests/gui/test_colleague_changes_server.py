"""Seeing colleagues' work on the office server: another PC's engine commits on the same PostgreSQL database; the
NOTIFY its triggers send reaches this window's change feed, and the UMKM list and Beranda refresh with the
officer's selected business and scroll position kept (the SQLite counterpart: test_colleague_changes.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from case_helpers import make_business
from PySide6.QtCore import QItemSelectionModel

from umkm_desk.core.services.cases import cases
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.gui.models.business_table import ID_ROLE


@pytest.fixture
def server_window(qtbot, server_ctx: ServiceContext) -> Iterator:
    from umkm_desk.gui.main_window import MainWindow

    win = MainWindow(server_ctx, server_ctx.db.target.display)
    win.confirm_close = False
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def colleague(server_ctx: ServiceContext) -> Iterator[ServiceContext]:
    other = open_database(server_ctx.db.target.url.render_as_string(hide_password=False), upgrade=False)
    try:
        yield ServiceContext(other, Actor(None, "Rina Marlina", "pc-loket-2"))
    finally:
        other.dispose()


def test_umkm_list_refreshes_keeping_selection_and_scroll(qtbot, server_window, server_ctx, colleague) -> None:
    window = server_window
    for n in range(120):
        make_business(server_ctx, f"Usaha {n:03d}")
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
    qtbot.wait(300)
    window.change_watch.poll()  # what this window wrote itself is behind us

    make_business(colleague, "Usaha 000a dari rekan")  # sorts near the top: the selected row moves down one
    qtbot.waitUntil(window.change_watch.poll, timeout=10_000)  # the NOTIFY arrives on the listener thread
    qtbot.waitUntil(lambda: model.rowCount() == 121)
    assert page.count_label.text().startswith("121")
    assert model.data(table.currentIndex(), ID_ROLE) == chosen  # the same business, now at row 71
    assert table.currentIndex().row() == 71
    assert table.verticalScrollBar().value() == scrolled


def test_beranda_refreshes_when_a_colleague_opens_a_case(qtbot, server_window, server_ctx, colleague) -> None:
    window = server_window
    business = make_business(server_ctx, "Kerupuk Kulit Pak Udin")
    window.show()
    page = window.show_page("beranda")
    qtbot.waitUntil(page.is_loaded)
    assert page.activeCard.value.text() == "0"
    qtbot.wait(300)
    window.change_watch.poll()

    cases.open_case(colleague, business, date.today())
    qtbot.waitUntil(window.change_watch.poll, timeout=10_000)
    qtbot.waitUntil(lambda: page.is_loaded() and page.activeCard.value.text() == "1")
