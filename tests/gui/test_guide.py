"""Bantuan → Panduan (F1 opens the current page's section) and Bantuan → Tentang (version, database, log folder,
third-party licences)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from umkm_desk import __version__, logs
from umkm_desk.gui.dialogs.about_dialog import AboutDialog
from umkm_desk.gui.dialogs.guide_dialog import SECTIONS, GuideDialog
from umkm_desk.gui.main_window import PAGE_KEYS
from umkm_desk.paths import resource_path


class _Guide(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("name"):
            self.anchors.add(str(values["name"]))
        if tag == "img":
            self.images.append(str(values["src"]))


def _guide() -> _Guide:
    parser = _Guide()
    parser.feed(resource_path("guide", "panduan.html").read_text("utf-8"))
    return parser


def test_the_guide_has_a_section_for_every_page_and_topic_and_its_images():
    guide = _guide()
    assert set(PAGE_KEYS) <= set(SECTIONS), "every page needs a section F1 can open"
    assert set(SECTIONS) == guide.anchors
    assert guide.images, "the guide shows the pages"
    for src in guide.images:
        assert resource_path("guide", src).is_file(), f"{src} is missing: run python scripts/screenshots.py"


def test_f1_opens_the_guide_at_the_current_page(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.show_page("mitra")
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.guide_action in window.ui.menuBantuan.actions()
    window.guide_action.trigger()
    guide = window._guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    assert guide.section_url().fragment() == "mitra"
    assert "Perguruan tinggi, BAZNAS/LAZ" in guide.browser.toPlainText()
    top = guide.browser.verticalScrollBar().value()
    assert top > 0, "the guide scrolled down to the Mitra section"
    window.show_page("pengaturan")
    window.guide_action.trigger()  # the open guide moves to the new page's section
    assert window._guide is guide and guide.section_url().fragment() == "pengaturan"
    assert guide.browser.verticalScrollBar().value() > top
    guide.close()


def test_about_shows_version_database_log_folder_and_licences(qtbot, tmp_path):
    dialog = AboutDialog(None, database=str(tmp_path / "kantor.sqlite"))
    qtbot.addWidget(dialog)
    where = dialog.where_label.text()
    assert str(tmp_path / "kantor.sqlite") in where and str(logs.log_path().parent) in where
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.where_label)))
    assert f"Versi {__version__}" in texts
    licences = re.sub(r"<[^>]+>", "", dialog.attribution_label.text())
    for needed in ("LGPL", "PySide6", "ReportLab (lisensi BSD", "MIT License", "cahya dsn", "SIL Open Font License"):
        assert needed in licences
