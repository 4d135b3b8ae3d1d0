"""Screens that fit at 150 %: every page and dialog of test_layout_fit.py again, in a fresh process with
QT_SCALE_FACTOR=1.5 (device pixel ratio 1.5) in a 1280×720 logical window, the room a 1920×1080 screen at 150 %
scaling leaves. The 1366×768 check at 100 % is test_layout_fit.py itself; both look for text wider (or taller)
than its widget by the widget's own font metrics.

Set UMKM_DESK_LAYOUT_PNG_DIR to keep the images (they are drawn at the device pixel ratio: 1920×1080 pixels).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_page_and_dialog_fits_at_150_percent_on_1920x1080(tmp_path):
    # the offscreen platform's own screen is 800×800; dialogs are kept within the screen, so give it Full HD
    screen = tmp_path / "screen.json"
    screen.write_text('{"screens": [{"name": "fullhd", "x": 0, "y": 0, "width": 1920, "height": 1080, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR="1.5",
               UMKM_DESK_LAYOUT_SIZE="1280x720",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/gui/test_layout_fit.py", "-k", "(every_page_fits or every_dialog_fits) and Noto",
         f"--basetemp={tmp_path / 'run'}"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=1500,
    )
    tail = "\n".join((result.stdout + result.stderr).splitlines()[-60:])
    assert result.returncode == 0, f"at 150 % on 1920×1080:\n{tail}"
    assert re.search(r"^2 passed", result.stdout, re.M), tail  # both checks ran, none skipped
