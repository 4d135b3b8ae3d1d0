"""The UMKM page: register a business through the form and find it, edit and see the history, search, filter,
archive and restore; the table model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableWidget

from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.rules.wilayah import kelurahan_list
from umkm_desk.core.services.registry.business_query import BusinessFilter
from umkm_desk.core.services.registry.businesses import BusinessInput, archive_business, create_business
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.business_detail import BusinessDetailDialog
from umkm_desk.gui.models.business_table import ID_ROLE, BusinessTableModel
from umkm_desk.gui.pages import umkm_page as page_module
from umkm_desk.gui.pages.umkm_page import SEARCH_DEBOUNCE_MS, UmkmPage

ROWS = [
    ("Gipang Mak Icah", "Siti Aisyah", "36.73.01", "kuliner", "25jt", "180jt"),
    ("Batik Krakatau", "Budi Santoso", "36.73.02", "fesyen", "300jt", "3 M"),
    ("Sate Bandeng Ibu Dewi", "Dewi Lestari", "36.73.03", "kuliner", "10jt", "90jt"),
    ("Kerajinan Gerabah Bumi Jaya", "Ujang Hidayat", "36.73.04", "kerajinan", "40jt", "200jt"),
]


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    monkeypatch.setattr(messages, "show_error", lambda *a, **k: pytest.fail(f"error box: {a}"))


def seed(ctx) -> dict[str, object]:
    ids = {}
    for serial, (name, owner, kec, sector, modal, sales) in enumerate(ROWS, start=1):
        data = BusinessInput(
            owner_name=owner, nik=encode_nik(kec, __import__("datetime").date(1980, 1, serial), "L", serial),
            name=name, sector=sector, kecamatan_code=kec, kelurahan_code=kelurahan_list(kec)[0].code,
            modal_usaha=modal, annual_sales=sales, phone=f"08120000000{serial}",
        )  # fmt: skip
        ids[name] = create_business(ctx, data)
    return ids


@pytest.fixture
def page(qtbot, gui_ctx):
    widget = UmkmPage(gui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activate()
    return widget


def names(page: UmkmPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def search(qtbot, page: UmkmPage, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 100)


def test_empty_state_says_what_to_do(page):
    assert page.stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty_label.text()
    assert page.count_label.text() == "0 UMKM"


def test_model_passes_qt_model_tester(qtmodeltester, gui_ctx):
    seed(gui_ctx)
    model = BusinessTableModel(gui_ctx)
    model.refresh()
    qtmodeltester.check(model)
    # the flags come from QAbstractTableModel itself (no Python call per painted cell), and are what they were
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(model.index(0, 0)) == flags and model.flags(model.index(1, 9)) == flags
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    model.set_filter(BusinessFilter(search="kuliner-tidak-ada"))
    qtmodeltester.check(model)


def test_model_fetches_in_pages(gui_ctx, monkeypatch):
    seed(gui_ctx)
    model = BusinessTableModel(gui_ctx)
    model.PAGE = 2
    calls = []
    import umkm_desk.gui.models.business_table as table_module

    real = table_module.business_rows
    monkeypatch.setattr(
        table_module, "business_rows", lambda ctx, keys: calls.append(len(keys)) or real(ctx, keys)
    )
    model.refresh()
    assert calls == []
    model.data(model.index(3, 0))
    model.data(model.index(2, 1))
    assert calls == [2]
    model.data(model.index(0, 0))
    assert calls == [2, 2]


def test_a_new_search_reads_only_rows_not_read_since_the_last_change(gui_ctx, monkeypatch):
    import dataclasses

    from umkm_desk.core.services.registry.businesses import business_input, business_profile, update_business

    ids = seed(gui_ctx)
    import umkm_desk.gui.models.business_table as table_module

    read: list[int] = []
    real = table_module.business_rows
    monkeypatch.setattr(table_module, "business_rows", lambda ctx, keys: read.append(len(keys)) or real(ctx, keys))
    model = BusinessTableModel(gui_ctx)

    def shown(model: BusinessTableModel) -> list[str]:
        return [model.data(model.index(row, 0)) for row in range(model.rowCount())]

    model.refresh()
    assert len(shown(model)) == len(ROWS) and read == [len(ROWS)]
    model.set_filter(BusinessFilter(search="batik"))  # a keystroke: its one match was read for the whole list
    model.sort(1, Qt.SortOrder.DescendingOrder)  # another order: the same rows
    assert shown(model) == ["Batik Krakatau"] and read == [len(ROWS)]
    edited = dataclasses.replace(business_input(business_profile(gui_ctx, ids["Batik Krakatau"])),
                                 name="Batik Krakatau Cilegon")
    assert update_business(gui_ctx, ids["Batik Krakatau"], edited)
    model.set_filter(BusinessFilter(search="krakatau"))  # after a change every row is read again
    assert shown(model) == ["Batik Krakatau Cilegon"] and read == [len(ROWS), 1]
    model.set_filter(BusinessFilter())
    assert "Batik Krakatau Cilegon" in shown(model) and read == [len(ROWS), 1, len(ROWS) - 1]


def test_model_reads_the_keys_past_the_head_when_asked(gui_ctx, monkeypatch):
    seed(gui_ctx)
    import umkm_desk.gui.models.business_table as table_module

    whole_reads = []
    real = table_module.business_keys
    monkeypatch.setattr(table_module, "business_keys", lambda *a, **k: whole_reads.append(1) or real(*a, **k))
    model = BusinessTableModel(gui_ctx)
    model.HEAD = 1
    model.refresh()
    assert model.rowCount() == len(ROWS) and whole_reads == []  # the count without every key
    assert model.data(model.index(0, 0)) == "Batik Krakatau" and whole_reads == []
    # the last row (Ctrl+End): the head of the reversed order, not every key
    assert model.data(model.index(3, 0)) == "Sate Bandeng Ibu Dewi" and whole_reads == []
    assert model.data(model.index(1, 0)) == "Gipang Mak Icah" and whole_reads == [1]  # between: every key
    assert [model.data(model.index(row, 0)) for row in range(4)] == sorted(name for name, *_ in ROWS)
    assert whole_reads == [1]


@pytest.mark.parametrize("sort", ["name", "owner", "kecamatan", "nik", "stage"])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_end_of_the_list_is_the_end_of_the_whole_list(gui_ctx, monkeypatch, sort, order):
    """Read as the reversed order's head where that is the exact reverse; otherwise with every key."""
    seed(gui_ctx)
    import umkm_desk.gui.models.business_table as table_module

    whole_reads = []
    real = table_module.business_keys
    monkeypatch.setattr(table_module, "business_keys", lambda *a, **k: whole_reads.append(1) or real(*a, **k))
    model = BusinessTableModel(gui_ctx)
    model.HEAD = 2
    model.sort(table_module.SORT_KEYS.index(sort), order)
    model.refresh()
    whole = real(gui_ctx, BusinessFilter(), sort=sort, descending=order == Qt.SortOrder.DescendingOrder)
    expected = [name for key in whole for name in [table_module.business_rows(gui_ctx, [key])[key].name]]
    assert [model.data(model.index(row, 0)) for row in (3, 2)] == expected[3:1:-1]
    assert whole_reads == ([] if sort in table_module._REVERSIBLE else [1])
    assert [model.data(model.index(row, 0)) for row in range(4)] == expected


def test_a_list_changed_since_its_head_is_read_once_and_refreshed(qtbot, gui_ctx, monkeypatch):
    """A business archived elsewhere after the head was read: scrolling past the head reads the keys once (not
    once per cell) and the model refreshes itself right after, with the new count."""
    ids = seed(gui_ctx)
    import umkm_desk.gui.models.business_table as table_module

    whole_reads = []
    real = table_module.business_keys
    monkeypatch.setattr(table_module, "business_keys", lambda *a, **k: whole_reads.append(1) or real(*a, **k))
    model = BusinessTableModel(gui_ctx)
    model.HEAD = 1
    model.refresh()
    archive_business(gui_ctx, ids["Sate Bandeng Ibu Dewi"])
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        for _ in range(3):
            for column in range(model.columnCount()):
                model.data(model.index(2, column))
    assert whole_reads == [1]
    assert model.rowCount() == len(ROWS) - 1
    # the same for the last rows, read as the reversed order's head
    unarchived = ids["Batik Krakatau"]
    archive_business(gui_ctx, unarchived)
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        for column in range(model.columnCount()):
            model.data(model.index(2, column))
    assert whole_reads == [1]
    assert model.rowCount() == len(ROWS) - 2


def test_cells_are_drawn_from_one_multidata_call(qtbot, gui_ctx):
    """The view's delegate asks for every role of a cell at once (multiData): the text, the muted italic of a
    missing NIK, and the same values data() gives."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    seed(gui_ctx)
    create_business(gui_ctx, BusinessInput(
        owner_name="Ujang Sutisna", nik_missing=True, name="Anyaman Bambu Ujang", sector="kerajinan",
        kecamatan_code="36.73.01", kelurahan_code=kelurahan_list("36.73.01")[0].code, modal_usaha="5jt",
        annual_sales="40jt",
    ))  # fmt: skip
    model = BusinessTableModel(gui_ctx)
    model.refresh()
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, model.index(row, column))
            assert option.text == model.data(model.index(row, column))
    missing = model.index(0, 2)  # "Anyaman Bambu Ujang" sorts first
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, missing)
    assert option.text == "NIK belum ada" and option.font.italic()
    assert model.data(missing, Qt.ItemDataRole.ToolTipRole).startswith("Pemilik belum punya NIK")
    present = model.index(1, 2)
    delegate.initStyleOption(option := QStyleOptionViewItem(), present)
    assert "******" in option.text and not option.font.italic()


def test_type_a_business_into_the_form_and_find_it_in_the_list(qtbot, page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = next(d for d in page._dialogs if d.isVisible())
    ui = form.ui
    for widget, text in (
        (ui.owner_name, "Euis Rahmawati"), (ui.nik, "3673054508850007"), (ui.phone, "0813 1122 3344"),
        (ui.name, "Emping Melinjo Bu Euis"), (ui.modal_usaha, "15jt"), (ui.annual_sales, "120 juta"),
        (ui.workers, "2"),
    ):  # fmt: skip
        widget.setFocus()
        qtbot.keyClicks(widget, text)
        widget.editingFinished.emit()
    ui.sector.setCurrentIndex(ui.sector.findText("Kuliner"))
    ui.kecamatan_code.setCurrentIndex(ui.kecamatan_code.findText("Cipocok Jaya"))
    ui.kelurahan_code.setCurrentIndex(1)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible(), {f: form.field_error(f) for f in ("nik", "name", "kelurahan_code", "phone")}
    assert "Emping Melinjo Bu Euis" in names(page)
    assert page.count_label.text() == "5 UMKM"
    search(qtbot, page, "melinjo euis")
    assert names(page) == ["Emping Melinjo Bu Euis"]
    row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert row[1] == "Euis Rahmawati" and row[2] == "367305******0007" and row[4] == "Cipocok Jaya"
    assert row[5] == "Kuliner" and row[6] == "Mikro"


def test_search_and_empty_search_state(qtbot, page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    search(qtbot, page, "bandeng")
    assert names(page) == ["Sate Bandeng Ibu Dewi"]
    search(qtbot, page, "budi")  # owner
    assert names(page) == ["Batik Krakatau"]
    search(qtbot, page, "0812-0000-0004")  # phone as typed
    assert names(page) == ["Kerajinan Gerabah Bumi Jaya"]
    search(qtbot, page, "tidak ada yang begini")
    assert page.stack.currentWidget() is page.empty
    assert page.empty_label.text() == "Tidak ada UMKM yang cocok dengan pencarian."
    qtbot.mouseClick(page.clear_search_button, Qt.MouseButton.LeftButton)
    assert len(names(page)) == 4 and page.stack.currentWidget() is page.table


def test_filters_cascade_and_combine(page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    page.sector_filter.setCurrentIndex(page.sector_filter.findData("kuliner"))
    assert names(page) == ["Gipang Mak Icah", "Sate Bandeng Ibu Dewi"]
    page.kecamatan_filter.setCurrentIndex(page.kecamatan_filter.findData("36.73.01"))
    assert names(page) == ["Gipang Mak Icah"]
    kel_codes = [page.kelurahan_filter.itemData(i) for i in range(1, page.kelurahan_filter.count())]
    assert kel_codes and all(code.startswith("36.73.01.") for code in kel_codes)
    page.kelurahan_filter.setCurrentIndex(page.kelurahan_filter.findData(kelurahan_list("36.73.01")[1].code))
    assert names(page) == []
    page.clear_filters()
    page.scale_filter.setCurrentIndex(page.scale_filter.findData("kecil"))
    assert names(page) == ["Batik Krakatau"]
    page.clear_filters()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("capital"))
    assert names(page) == []
    page.clear_filters()
    assert page.count_label.text() == "4 UMKM"


def test_sort_by_clicking_headers(qtbot, page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # owner
    assert names(page)[0] == "Batik Krakatau"
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Sate Bandeng Ibu Dewi"
    for column in range(page.model.columnCount()):
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert sorted(names(page)) == sorted(r[0] for r in ROWS)


def test_edit_and_see_the_history(qtbot, page, gui_ctx):
    ids = seed(gui_ctx)
    page.reload()
    detail = page.open_business(ids["Batik Krakatau"])
    assert isinstance(detail, BusinessDetailDialog)
    form = page.edit_business(ids["Batik Krakatau"])
    form.ui.name.selectAll()
    qtbot.keyClicks(form.ui.name, "Batik Krakatau Cilegon")
    form.ui.annual_sales.setText("")
    qtbot.keyClicks(form.ui.annual_sales, "20 M")
    form.ui.annual_sales.editingFinished.emit()
    assert form.save()
    assert "Batik Krakatau Cilegon" in names(page)
    table = detail.history_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert ["Nama usaha", "Batik Krakatau", "Batik Krakatau Cilegon"] in [r[2:] for r in rows]
    assert ["Omzet tahunan", "Rp3.000.000.000", "Rp20.000.000.000"] in [r[2:] for r in rows]
    assert ["Skala usaha", "Kecil", "Menengah"] in [r[2:] for r in rows]
    assert all(r[1] == "Siti Rahmawati" for r in rows)
    assert detail.timeline_table.rowCount() >= 1


def test_archive_with_delete_key_undo_and_restore_from_arsip(qtbot, page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    page.table.setFocus()
    page.table.selectRow(0)
    first = names(page)[0]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert first not in names(page) and page.count_label.text() == "3 UMKM"
    assert "Ctrl+Z" in page.notice.text()
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first in names(page)

    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    page.status_filter.setCurrentIndex(1)  # Arsip
    assert names(page) == [first] and page.count_label.text() == "1 UMKM diarsipkan"
    business_id = page.model.data(page.model.index(0, 0), ID_ROLE)
    detail = page.open_business(business_id)
    assert detail.archive_button.text() == "Pulihkan dari arsip"
    qtbot.mouseClick(detail.archive_button, Qt.MouseButton.LeftButton)
    assert names(page) == []
    page.status_filter.setCurrentIndex(0)
    assert first in names(page)


def test_archive_asks_first(monkeypatch, page, gui_ctx):
    seed(gui_ctx)
    page.reload()
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    page.table.selectRow(0)
    page.archive_selected()
    assert len(names(page)) == 4


def test_screenshot_of_the_list(qtbot, page, gui_ctx, tmp_path):
    import os
    import shutil

    from PySide6.QtWidgets import QApplication

    from umkm_desk.gui.theme import apply_theme

    apply_theme(QApplication.instance())
    seed(gui_ctx)
    page.reload()
    path = tmp_path / "list.png"
    assert page.grab().save(str(path))
    if target := os.environ.get("UMKM_DESK_SCREENSHOT_DIR"):
        shutil.copy(path, os.path.join(target, "umkm_page.png"))


def test_page_is_mounted_by_the_main_window(window):
    page = window.show_page("umkm")
    assert isinstance(page, page_module.UmkmPage) and page.is_loaded()


def test_short_search_shows_the_prefix_hint(page):
    page.search.setText("ba")
    assert not page.search_hint.isHidden()
    page.search.setText("ban")
    assert page.search_hint.isHidden()
    page.search.setText("")
    assert page.search_hint.isHidden()


def test_the_detail_builds_its_case_tab_when_shown_with_the_case_and_the_scale_history(qtbot, page, gui_ctx,
                                                                                       monkeypatch):
    from umkm_desk.core.services.cases import cases
    from umkm_desk.core.services.registry import businesses

    ids = seed(gui_ctx)
    cases.open_case(gui_ctx, ids["Batik Krakatau"])
    page.reload()
    calls: list[object] = []
    real = businesses.scale_history
    monkeypatch.setattr(businesses, "scale_history", lambda ctx, bid: calls.append(bid) or real(ctx, bid))
    detail = page.open_business(ids["Batik Krakatau"])
    assert not detail.case_tab.built and calls == []  # opened on the profile: the case tab not built, not read
    assert detail.issue_button.isEnabled()  # the case is known without building its tab
    detail.tabs.setCurrentIndex(1)
    assert detail.case_tab.built and calls == [ids["Batik Krakatau"]]
    assert "Tahap sekarang" in detail.case_label.text()
    assert detail.stage_table.rowCount() >= 1
    assert detail.scale_table.rowCount() >= 1 and detail.scale_table.item(0, 1).text().startswith("Kecil")
    other = page.open_business(ids[next(name for name in ids if name != "Batik Krakatau")])
    assert other.case_label.text() == "Belum pernah didampingi." and other.stage_table.rowCount() == 0
    assert other.issue_button.isEnabled() is False


def test_the_detail_reads_its_timeline_and_history_when_their_tab_is_shown(qtbot, page, gui_ctx, monkeypatch):
    from umkm_desk.core.services.registry import businesses

    ids = seed(gui_ctx)
    page.reload()
    calls: list[object] = []
    real = businesses.edit_history
    monkeypatch.setattr(businesses, "edit_history", lambda ctx, bid: calls.append(bid) or real(ctx, bid))
    detail = page.open_business(ids["Batik Krakatau"])
    assert calls == [] and detail.tabs.currentIndex() == 0  # opened on the profile: no history read yet
    detail.tabs.setCurrentIndex(3)
    assert calls == [ids["Batik Krakatau"]]
    assert detail.tabs.currentWidget().findChild(QTableWidget).rowCount() >= 1  # the creation at least
    detail.tabs.setCurrentIndex(0)
    detail.tabs.setCurrentIndex(3)
    assert len(calls) == 1  # read once per reload


def test_the_search_statements_are_prepared_before_the_first_search(qtbot, page, monkeypatch):
    """Shortly after the page shows its data (or with the first letter typed, if sooner) the search statements
    are prepared, once: the officer's first search does not pay for building them."""
    warmed: list[bool] = []
    from umkm_desk.gui.models import business_table

    monkeypatch.setattr(business_table, "warm_search", lambda ctx: warmed.append(True))
    qtbot.waitUntil(lambda: bool(warmed), timeout=2000)
    page.search.setText("s")
    page.search.setText("si")
    assert warmed == [True]

    typed_at_once = UmkmPage(page.ctx)
    qtbot.addWidget(typed_at_once)
    typed_at_once.activate()
    typed_at_once.search.setText("b")  # before the page's idle moment came
    assert warmed == [True, True]
    qtbot.wait(page_module.WARM_UP_MS + 50)
    assert warmed == [True, True]
