"""What the first screen imports (issue 20: cold start under a second). The UMKM page, the main window and the
start-up path must not bring in the libraries only later actions need: each costs tens to hundreds of
milliseconds before the first paint."""

from __future__ import annotations

import os
import subprocess
import sys

#: imported on first use only: migrations (Alembic), PDFs (ReportLab), spreadsheets (openpyxl), phone numbers
LATER = ("alembic", "reportlab", "openpyxl", "phonenumbers")

_PROBE = """
import sys
import umkm_desk.cli, umkm_desk.gui.app, umkm_desk.gui.main_window, umkm_desk.gui.pages.umkm_page
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_the_first_screen_imports_none_of_the_later_libraries() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", _PROBE, *LATER], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == [], f"imported before the first screen: {proc.stdout.strip()}"
