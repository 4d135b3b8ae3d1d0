"""Beranda: follow-ups due today and overdue (red), counts per stage, recent activity, marking a follow-up done;
and the case pages rendered with demo data show no English placeholders or "None"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from case_helpers import make_business
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QWidget

from umkm_desk.core.services.cases import activities, cases
from umkm_desk.core.services.cases.activities import ActivityInput
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.models.case_models import OVERDUE_FG
from umkm_desk.gui.pages.beranda_page import BerandaPage
from umkm_desk.gui.pages.pendampingan_page import PendampinganPage

TODAY = date.today()


@pytest.fixture
def beranda(qtbot, gui_ctx: ServiceContext) -> BerandaPage:
    page = BerandaPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    return page


def _cases(ctx: ServiceContext) -> tuple:
    opened = TODAY - timedelta(days=60)
    a = cases.open_case(ctx, make_business(ctx, "Dodol Bu Ani"), opened)
    b = cases.open_case(ctx, make_business(ctx, "Emping Pak Budi"), opened)
    stage = cases.get_case(ctx, a).stage("capital").id
    cases.start_stage(ctx, stage, on=opened)
    due_today = activities.add_activity(ctx, a, ActivityInput("kunjungan", opened, stage_id=stage, follow_up_on=TODAY,
                                                              notes="Cek pembukuan"))
    late = activities.add_activity(ctx, b, ActivityInput("pelatihan", opened + timedelta(days=1),
                                                         follow_up_on=TODAY - timedelta(days=3)))
    return a, b, due_today, late


def test_follow_ups_counts_and_recent_activity(qtbot, gui_ctx: ServiceContext, beranda: BerandaPage) -> None:
    a, _b, due_today, late = _cases(gui_ctx)
    beranda.activate()
    assert not beranda.is_loaded()  # read in the background: the window is not blocked
    qtbot.waitUntil(beranda.is_loaded)
    assert beranda.activeCard.value.text() == "2"
    assert beranda.todayCard.value.text() == "1" and beranda.overdueCard.value.text() == "1"
    tree = beranda.followTree
    assert tree.topLevelItemCount() == 2
    overdue, today = tree.topLevelItem(0), tree.topLevelItem(1)
    assert overdue.data(0, Qt.ItemDataRole.UserRole) == late and "(terlambat)" in overdue.text(0)
    assert overdue.foreground(1).color() == OVERDUE_FG
    assert today.text(1) == "Dodol Bu Ani" and today.text(2) == "Kunjungan" and today.text(3) == "Permodalan"
    assert beranda.recentTree.topLevelItem(0).text(2) == "Pelatihan"
    assert beranda.recentTree.topLevelItem(0).text(3) == "Umum"

    # Marking the overdue follow-up done removes it.
    assert not beranda.doneButton.isEnabled()
    tree.setCurrentItem(overdue)
    qtbot.mouseClick(beranda.doneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(beranda.is_loaded)
    assert beranda.overdueCard.value.text() == "0" and tree.topLevelItemCount() == 1

    # Double-click opens the case window.
    tree.itemDoubleClicked.emit(tree.topLevelItem(0), 0)
    assert list(beranda.case_views) == [a]
    view = beranda.case_views[a]
    qtbot.addWidget(view)
    assert view.titleLabel.text() == "Dodol Bu Ani"


def test_empty_beranda_says_so(qtbot, beranda: BerandaPage) -> None:
    beranda.activate()
    qtbot.waitUntil(beranda.is_loaded)
    assert beranda.activeCard.value.text() == "0"
    assert beranda.followTree.topLevelItem(0).text(1) == "Tidak ada tindak lanjut hari ini."
    assert beranda.recentTree.topLevelItem(0).text(1) == "Belum ada kegiatan tercatat."


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    for tree in widget.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            texts += [item.text(c) for c in range(tree.columnCount())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QTreeWidget):
            continue
        for r in range(min(model.rowCount(), 60)):
            texts += [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
    return texts


ENGLISH = ("None", "Stage", "status:", "capital", "mentoring", "marketing", "berjalan_", "naik_kelas", "Active")


def test_demo_data_pages_and_case_window_read_in_indonesian(
    qtbot, gui_ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from umkm_desk.core.services.cases.case_board import board_rows
    from umkm_desk.demo.generator import fill_demo

    monkeypatch.setattr(messages, "show_error", lambda *_a, **_k: pytest.fail("unexpected error box"))
    fill_demo(gui_ctx.db, businesses=120)
    beranda = BerandaPage(gui_ctx)
    page = PendampinganPage(gui_ctx)
    for widget in (beranda, page):
        qtbot.addWidget(widget)
        widget.resize(1300, 760)
        widget.activate()
        widget.show()
    qtbot.waitExposed(page)
    for widget in (beranda, page):
        qtbot.waitUntil(widget.is_loaded)
    rows = board_rows(gui_ctx, limit=500)
    assert {r.group[0] for r in rows} >= {"capital", "mentoring", "marketing", "closed"}
    busiest = max(rows, key=lambda r: (r.group[0] == "marketing", r.last_activity_on or date.min))
    view = page.open_case(busiest.case_id)
    qtbot.addWidget(view)
    for name, widget in (("beranda", beranda), ("pendampingan", page), ("case_view", view)):
        assert widget.grab().save(str(tmp_path / f"{name}.png"))
        for text in _visible_texts(widget):
            for word in ENGLISH:
                assert word not in text, f"{name}: {word!r} in {text!r}"
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        for text in _visible_texts(view):
            assert "None" not in text
