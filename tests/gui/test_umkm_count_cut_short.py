"""A broad search on the office server is counted only so far while the officer types: the UMKM page says
"Lebih dari N UMKM (menghitung…)" with the head's rows, counts the whole list in the background and then shows the
exact number with every row (in the same order as the whole list). On PostgreSQL for real (a small cap), and on
SQLite with the service answering as the server would."""

from __future__ import annotations

from case_helpers import make_business

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.services.registry import server_head
from umkm_desk.gui.models import business_table
from umkm_desk.gui.models.business_table import BusinessTableModel
from umkm_desk.gui.pages.umkm_page import SEARCH_DEBOUNCE_MS, UmkmPage


def _page(qtbot, ctx: ServiceContext) -> UmkmPage:
    page = UmkmPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activate()
    return page


def _search_and_watch(qtbot, page: UmkmPage, text: str) -> list[tuple[int, bool, str, int]]:
    """(count, exact, the count label's text, rows) at each count the model reports while ``text`` is searched."""
    seen: list[tuple[int, bool, str, int]] = []
    # connected after the page's own slot, so the label already shows this count
    page.model.counted.connect(
        lambda count, exact: seen.append((count, exact, page.count_label.text(), page.model.rowCount())))
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 100)
    qtbot.waitUntil(lambda: not page.model.counting(), timeout=10_000)
    return seen


def test_server_search_past_the_cap_says_more_than_then_the_exact_count(qtbot, server_ctx, monkeypatch):
    for n in range(30):
        make_business(server_ctx, f"Usaha Maju {n:02d}")
    make_business(server_ctx, "Toko Lain")
    monkeypatch.setattr(server_head, "SERVER_COUNT_CAP", 10)
    monkeypatch.setattr(BusinessTableModel, "HEAD", 8)
    page = _page(qtbot, server_ctx)
    qtbot.waitUntil(page.is_loaded)

    seen = _search_and_watch(qtbot, page, "usaha maju")
    assert seen[0] == (10, False, "Lebih dari 10 UMKM (menghitung\u2026)", 8)
    assert seen[-1] == (30, True, "30 UMKM", 30)
    model = page.model
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == [f"Usaha Maju {n:02d}" for n in range(30)]

    seen = _search_and_watch(qtbot, page, "toko lain")  # under the cap: exact at once, nothing counted after
    assert seen == [(1, True, "1 UMKM", 1)]


def test_count_cut_short_on_any_database(qtbot, gui_ctx, monkeypatch):
    """The page's side alone: a head that says "more than", its rows growing when the count comes back, and a
    count that comes back after the next keystroke dropped."""
    for n in range(12):
        make_business(gui_ctx, f"Usaha Maju {n:02d}")
    real_head = business_table.business_head

    def head_cut_short(ctx, flt, **kwargs):
        head = real_head(ctx, flt, **{**kwargs, "limit": 5})
        return bq.KeyHead(head.keys, 5, exact=False) if flt.search and head.total > 5 else head

    monkeypatch.setattr(business_table, "business_head", head_cut_short)
    counts: list[str] = []
    real_count = business_table.count_matches
    monkeypatch.setattr(business_table, "count_matches",
                        lambda ctx, flt: counts.append(flt.search) or real_count(ctx, flt))
    page = _page(qtbot, gui_ctx)
    qtbot.waitUntil(page.is_loaded)
    seen = _search_and_watch(qtbot, page, "usaha")
    assert seen == [(5, False, "Lebih dari 5 UMKM (menghitung\u2026)", 5), (12, True, "12 UMKM", 12)]
    model = page.model
    assert model.data(model.index(11, 0)) == "Usaha Maju 11"  # the keys past the head are read when asked for
    assert counts == ["usaha"]

    # refreshed again before the officer pauses: only the last list is counted whole
    model.refresh()
    model.refresh()
    assert model.rowCount() == 5
    qtbot.waitUntil(lambda: not model.counting(), timeout=10_000)
    assert counts == ["usaha", "usaha"] and model.rowCount() == 12

    # a count that returns after the list was refreshed belongs to the old list: dropped
    model._counted_whole(model._generation - 1, 99)
    assert model.rowCount() == 12 and page.count_label.text() == "12 UMKM"
