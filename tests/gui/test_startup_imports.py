"""What the first screen imports (issue 20: cold start under a second). The UMKM page, the main window and the
start-up path must not bring in the libraries only later actions need: each costs tens to hundreds of
milliseconds before the first paint. The same holds for a page's first visit: Beranda and the Pendampingan
board must not import the case dialogs before a case is opened, nor the Dokumen page ReportLab before a
document is drawn."""

from __future__ import annotations

import os
import subprocess
import sys

#: imported on first use only: migrations (Alembic), PDFs (ReportLab), spreadsheets (openpyxl), phone numbers
LATER = ("alembic", "reportlab", "openpyxl", "phonenumbers")
#: the app's own modules that only later actions need: the login dialog (an interactive login imports it while
#: the officer types; the idle lock when it first locks), documents and their letterhead settings, and the case
#: dialogs (with the partner, capital and phone-number code)
LATER_OWN = (
    "umkm_desk.gui.dialogs.login_dialog",
    "umkm_desk.core.services.office.settings",
    "umkm_desk.core.documents",
    "umkm_desk.gui.dialogs.case_view",
    "umkm_desk.gui.dialogs.open_case_dialog",
    "umkm_desk.core.services.partners",
)
#: what a page's first visit must not import
CASE_DIALOGS = ("umkm_desk.gui.dialogs.case_view", "umkm_desk.gui.dialogs.open_case_dialog", "phonenumbers")

# the start-up path as `umkm-desk --page umkm` runs it after the login: the main window builds its idle lock and
# change watch
_FIRST_SCREEN = """
import sys
import umkm_desk.cli, umkm_desk.gui.app, umkm_desk.gui.main_window, umkm_desk.gui.pages.umkm_page
import umkm_desk.gui.idle_lock, umkm_desk.gui.change_watch
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""

_PAGES = """
import sys
import umkm_desk.gui.pages.beranda_page, umkm_desk.gui.pages.pendampingan_page
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""

_DOKUMEN = """
import sys
import umkm_desk.gui.pages.dokumen_page
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def _imported(probe: str, names: tuple[str, ...]) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", probe, *names], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.split()


def test_the_first_screen_imports_none_of_the_later_libraries() -> None:
    imported = _imported(_FIRST_SCREEN, (*LATER, *LATER_OWN))
    assert imported == [], f"imported before the first screen: {' '.join(imported)}"


def test_a_board_page_imports_the_case_dialogs_only_when_a_case_is_opened() -> None:
    imported = _imported(_PAGES, CASE_DIALOGS)
    assert imported == [], f"imported by Beranda or the Pendampingan board: {' '.join(imported)}"


def test_the_dokumen_page_lists_the_register_without_the_pdf_libraries() -> None:
    imported = _imported(_DOKUMEN, ("reportlab", "umkm_desk.core.documents.rendering", "phonenumbers"))
    assert imported == [], f"imported by the Dokumen page: {' '.join(imported)}"


_DOKUMEN_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.gui.pages.dokumen_page import DokumenPage

app = QApplication([])
ctx = ServiceContext(open_database(sys.argv[1]), Actor(None, "Petugas Uji", "uji-pc"))
page = DokumenPage(ctx)
page.resize(1200, 700)
page.show()
page.activate()
app.processEvents()
page.table.viewport().repaint()
print(page.model.rowCount(), "reportlab" in sys.modules)
ctx.db.dispose()
"""


def test_the_dokumen_page_lists_the_register_without_reportlab(gui_ctx, tmp_path) -> None:
    """The first visit of Dokumen lists the register; ReportLab waits for the first document drawn (it cost
    the first visit most of a second)."""
    from datetime import date

    from tests.gui.test_dokumen_page import issue_some, set_signatory
    from umkm_desk.demo.generator import fill_demo

    fill_demo(gui_ctx.db, businesses=12, seed=5, today=date.today())
    set_signatory(gui_ctx)
    issued = issue_some(gui_ctx, "letter", 2)
    path = gui_ctx.db.target.path
    gui_ctx.db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _DOKUMEN_PROBE, str(path)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows, loaded = proc.stdout.split()
    assert int(rows) == len(issued) == 2
    assert loaded == "False"
