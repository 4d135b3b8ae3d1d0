"""The English interface: every text of every page and dialog is in the English catalogue and translated.

Each screen is built twice on the same demo database, once in Indonesian and once with the English catalogue
installed, and the visible texts (text, tooltip, placeholder, titles, items, headers, menus) are compared place by
place. A text that reads the same in both languages fails unless the catalogue says so on purpose (a finished
translation equal to its source: "NIK", "OK") or it is data (all its words come from the database or the file
being imported). The pages are PAGE_KEYS and the dialogs are test_layout_fit's list, which a test there keeps
complete, so a page or dialog added later is checked here without editing this file.

When this fails: run ``python scripts/translations.py``, fill in the texts it lists in
``resources/translations/umkm_desk_en.ts``, run it again, commit both files.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import String, Text, column, inspect, select, table

from tests.gui.test_layout_fit import _dialogs, _settle
from tests.gui.visible_texts import visible_texts
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.demo.generator import fill_demo
from umkm_desk.gui import language
from umkm_desk.gui.main_window import DEFAULT_SIZE, PAGE_KEYS

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "umkm_desk_en.ts"
HOW_TO_FIX = ("run python scripts/translations.py, fill in resources/translations/umkm_desk_en.ts, "
              "run it again and commit both files")


def catalogue() -> dict[str, set[str]]:
    """source -> its finished translations (any context)."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") is None and bool(translation.text)
        found.setdefault(_plain(source), set())
        if finished:
            found[_plain(source)].add(_plain(translation.text or ""))
    return found


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text) if "<" in text and ">" in text else text
    return re.sub(r"&(&?)", r"\1", text).strip()


def data_values(ctx: ServiceContext, folder: Path) -> set[str]:
    """Every text stored in the database, every cell of the spreadsheets the import dialogs read, and the paths
    of the files involved: what a screen may show that is nobody's translation."""
    values: set[str] = {str(folder), str(ctx.db.target.display), *TEST_DATA}
    engine = ctx.db.engine
    inspector = inspect(engine)
    with engine.connect() as connection:
        for name in inspector.get_table_names():
            columns = [c["name"] for c in inspector.get_columns(name) if isinstance(c["type"], (String, Text))]
            if columns:
                for row in connection.execute(select(*[column(c) for c in columns]).select_from(table(name))):
                    values |= {v.strip() for v in row if isinstance(v, str)}
    for path in folder.rglob("*"):
        values |= {path.name, str(path)}
        if path.suffix == ".xlsx":
            workbook = openpyxl.load_workbook(path, read_only=True)
            for sheet in workbook.worksheets:
                values.add(sheet.title)
                for cells in sheet.iter_rows(values_only=True):
                    values |= {str(v).strip() for v in cells if v is not None}
            workbook.close()
    return values


#: texts the dialog factories of test_layout_fit pass in themselves (the PDF preview's title)
TEST_DATA = {"Surat Keterangan"}
#: parts of a text that are no language: numbers, money ("Rp 40.000.000", "3 jt"), dates and times with a month
#: abbreviation ("1 Jan 2025 01:45"), spreadsheet column letters, codes
NOT_LANGUAGE = re.compile(
    r"^(?:[\W\d_]*|[0-9a-f-]{8,}|(?:[A-Z]{2,4} )?[\d .,/-]+|(?:Rp ?)?[\d.,]+(?: ?(?:jt|M|rb))?|\d{1,2} \w{3} \d{4}(?: \d\d:\d\d)?|[A-Z]{1,3}|\w*\d\w*)$"
)
SEPARATORS = re.compile(r" · | — | – |, |: |\n| \(|\)$")


BRACKETS = re.compile(r" \(|\)$")


def is_data(text: str, values: set[str]) -> bool:
    """The text, or each of its parts (split at separators, or only at brackets: a name may hold a comma, as in
    "Fajar Jamaludin, S.AP. (NIP ...)"), is a stored value or no language at all."""
    if text in values:
        return True
    for splitter in (SEPARATORS, BRACKETS):
        parts = [p.strip() for p in splitter.split(text) if p and p.strip()]
        if all(p in values or NOT_LANGUAGE.match(p) for p in parts):
            return True
    return False


@pytest.fixture
def demo(gui_ctx: ServiceContext) -> ServiceContext:
    fill_demo(gui_ctx.db, businesses=60, seed=2026, today=date.today())
    return gui_ctx


def _in(lang: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language.install(app, lang)
    assert app.property("umkm_desk_translation") == lang


@pytest.fixture
def restore_indonesian() -> Iterator[None]:
    yield
    _in(language.SOURCE_LANGUAGE)


def _page_texts(qtbot, ctx: ServiceContext) -> dict[str, dict[str, str]]:
    from umkm_desk.gui.main_window import MainWindow

    window = MainWindow(ctx, ctx.db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.resize(DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    texts = {}
    for key in PAGE_KEYS:
        page = window.show_page(key)
        assert window.wait_until_loaded(page), key
        busy = getattr(page, "is_busy", None)
        if callable(busy):
            qtbot.waitUntil(lambda b=busy: not b(), timeout=10_000)
        QApplication.processEvents()
        texts[f"page {key}"] = visible_texts(window)
    window.close()
    return texts


def _dialog_texts(qtbot, ctx: ServiceContext, folder: Path) -> dict[str, dict[str, str]]:
    parent = QWidget()
    parent.resize(DEFAULT_SIZE)
    qtbot.addWidget(parent)
    texts = {}
    for name, make in _dialogs(ctx, parent, folder):
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(dialog)
        texts[f"dialog {name}"] = visible_texts(dialog)
        dialog.close()
    return texts


def untranslated(indonesian: dict[str, dict[str, str]], english: dict[str, dict[str, str]],
                 known: dict[str, set[str]], data: set[str]) -> list[str]:
    problems = []
    for screen, texts in english.items():
        for key, text in texts.items():
            if indonesian.get(screen, {}).get(key) != text:
                continue  # translated (or the place shows something else in English)
            if text in known.get(text, set()):
                continue  # the same in both languages on purpose
            if is_data(text, data):
                continue  # data: names, places, numbers, file names
            why = "no finished translation" if text in known else "not in the catalogue (is it passed to tr()?)"
            problems.append(f"{screen}: {key}: {text!r} — {why}")
    return problems


def test_every_page_and_dialog_is_translated(qtbot, demo, tmp_path, restore_indonesian):
    known = catalogue()
    folders = {"id": tmp_path / "id", "en": tmp_path / "en"}
    walks = {}
    for lang in ("id", "en"):
        _in(lang)
        folders[lang].mkdir()
        walks[lang] = {**_page_texts(qtbot, demo), **_dialog_texts(qtbot, demo, folders[lang])}
    assert walks["en"].keys() == walks["id"].keys()
    assert sum(len(t) for t in walks["en"].values()) > 500, "the walk found hardly any text"
    problems = untranslated(walks["id"], walks["en"], known, data_values(demo, tmp_path))
    assert not problems, f"{len(problems)} texts are not in English ({HOW_TO_FIX}):\n" + "\n".join(problems)


def test_the_english_walk_catches_an_untranslated_text():
    """The comparison itself: an Indonesian text left as is fails, data and same-on-purpose texts pass."""
    indonesian = {"s": {"a": "Simpan", "b": "NIK", "c": "Bakso Mang Ujang", "d": "Tutup"}}
    english = {"s": {"a": "Simpan", "b": "NIK", "c": "Bakso Mang Ujang", "d": "Close"}}
    known = {"Simpan": set(), "NIK": {"NIK"}, "Tutup": {"Close"}}
    problems = untranslated(indonesian, english, known, {"Bakso Mang Ujang"})
    assert len(problems) == 1 and "'Simpan'" in problems[0] and "no finished translation" in problems[0]


def test_the_catalogue_is_fresh_complete_and_compiled():
    """The .ts holds every text in the code (pyside6-lupdate), each translated, and the .qm is compiled from it."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import translations
    finally:
        sys.path.remove(str(REPO / "scripts"))
    problems = translations.check("en")
    assert not problems, "the English catalogue is not up to date:\n" + "\n".join(problems)


def test_documents_stay_indonesian_in_english_mode(demo, restore_indonesian):
    """Official documents are rendered outside Qt: the English catalogue must not reach them."""
    from tests.documents.pdfcheck import text_of
    from umkm_desk.core.services.register import documents
    from umkm_desk.core.services.registry import business_query

    _in("en")
    keys = business_query.business_keys(demo, business_query.BusinessFilter(stage="mentoring"))
    business_id = next(iter(business_query.business_rows(demo, keys[:1]).values())).id
    issued = documents.issue_document(demo, "letter", business_id)
    text = text_of(issued.pdf)
    assert "SURAT" in text.upper() and "Kota Serang" in text
    assert "Letter" not in text and "Business" not in text


def test_the_language_chosen_in_pengaturan_applies_at_the_next_start(qtbot, gui_ctx, monkeypatch):
    from umkm_desk.gui.pages.pengaturan_page import PengaturanPage

    monkeypatch.delenv(language.ENV_VARIABLE, raising=False)
    assert language.language_for_this_run() == "id"
    page = PengaturanPage(gui_ctx)
    qtbot.addWidget(page)
    combo = page.language_box.combo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert language.saved_language() == "en"
    assert language.language_for_this_run() == "en"
    monkeypatch.setenv(language.ENV_VARIABLE, "id")  # umkm-desk --lang id: for one run only
    assert language.language_for_this_run() == "id"
    assert language.saved_language() == "en"


def test_lang_option_sets_the_language_of_one_run(monkeypatch):
    from umkm_desk import cli

    seen = {}
    monkeypatch.setenv(language.ENV_VARIABLE, "")  # so that the variable --lang sets is removed again after
    monkeypatch.setattr("umkm_desk.gui.app.run_gui",
                        lambda **kw: seen.setdefault("lang", language.language_for_this_run()) and 0)
    assert cli.main(["--lang", "en"]) == 0
    assert seen["lang"] == "en"
    assert language.saved_language() == "id"
