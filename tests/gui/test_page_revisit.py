"""Switching back to a page reads its data again only when something may have changed: a commit, another
program's write, another officer, another day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.case_helpers import make_business
from umkm_desk.core.services.office.officers import actor_for, create_officer, list_officers
from umkm_desk.gui import main_window as main_window_module

PAGES = ("beranda", "umkm", "pendampingan", "mitra", "dokumen")


@pytest.fixture
def reloads(window, monkeypatch) -> list[str]:
    seen: list[str] = []
    for key in PAGES:
        page = window.show_page(key)
        assert window.wait_until_loaded(page)
        original = page.activate
        monkeypatch.setattr(page, "activate", lambda key=key, original=original: (seen.append(key), original()))
    return seen


def _visit_all(window) -> None:
    for key in PAGES:
        assert window.wait_until_loaded(window.show_page(key))


def test_nothing_changed_nothing_read_again(window, reloads):
    _visit_all(window)
    assert reloads == []


def test_a_commit_makes_every_page_read_again_once(window, reloads, gui_ctx):
    make_business(gui_ctx, "Dodol Bu Enah")
    _visit_all(window)
    assert reloads == list(PAGES)
    _visit_all(window)
    assert reloads == list(PAGES)  # and not again


def test_another_officer_or_another_day_reads_again(window, reloads, gui_ctx, monkeypatch):
    gui_ctx.actor = actor_for(create_officer(gui_ctx, "Rudi Hartono", ""))  # a commit too: read again
    _visit_all(window)
    reloads.clear()
    gui_ctx.actor = actor_for(next(o for o in list_officers(gui_ctx) if o.name == "Siti Rahmawati"))
    _visit_all(window)
    assert reloads == list(PAGES)
    reloads.clear()

    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return date.fromordinal(date.today().toordinal()) + timedelta(days=1)

    monkeypatch.setattr(main_window_module, "date", Tomorrow)
    _visit_all(window)
    assert reloads == list(PAGES)
