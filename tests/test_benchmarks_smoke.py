"""The benchmark suite runs end to end: ``benchmarks/run.py --quick`` on a tiny database prints the whole table
(every figure with its median, p95 and, where it has one, its floor and ratio) and writes the raw results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIGURES = ("cold_start", "search", "sort", "jump", "detail", "letter", "certificates", "demo", "check", "memory",
           "pages", "session_memory", "leak")
WITH_FLOOR = ("cold_start", "search", "sort", "jump", "detail", "letter", "certificates", "check", "memory",
              "pages", "session_memory", "leak")
LABELS = ("cold start", "search keystroke", "sort by a column", "jump to the last row", "open a business's detail",
          "one progress letter", "certificates (issue_batch", "umkm-desk demo", "umkm-desk check", "peak memory",
          "switch to a page", "peak memory of a session", "leak test")


@pytest.mark.long
def test_quick_benchmark_prints_every_figure_with_its_floor(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--businesses", "300", "--json", str(out)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    text = proc.stdout
    assert "| figure" in text and "ratio" in text
    table = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| figure")
             and not line.startswith("| -")]
    assert len(table) == len(FIGURES), text
    for label in LABELS:
        assert any(label in row for row in table), f"{label!r} missing from the table:\n{text}"
    for row in table:
        cells = [c.strip() for c in row.strip("|").split("|")]
        label, runs, median, p95, _target, floor, ratio, met = cells
        assert int(runs) >= 1 and median != "–" and p95 != "–", row
        assert met in ("yes", "NO", "–"), row
        if "umkm-desk demo" not in label:  # every figure but the demo build has a floor and a ratio
            assert floor != "–" and ratio.endswith("×"), row
    for key in ("Python", "SQLite", "PySide6", "SQLAlchemy", "ReportLab", "cores"):
        assert key in text

    results = json.loads(out.read_text())
    assert results["mode"] == "quick" and results["businesses"] == 300
    figures = {f["key"]: f for f in results["figures"]}
    assert set(figures) == set(FIGURES)
    for key, figure in figures.items():
        assert figure["samples"] and figure["median"] > 0 and figure["p95"] >= figure["median"], key
    for key in WITH_FLOOR:
        assert figures[key]["floor"] and figures[key]["floor"] > 0, key
        assert figures[key]["ratio"] and figures[key]["ratio"] > 0, key
    assert len(figures["search"]["samples"]) >= 30
    assert len(figures["sort"]["extra"]["by_column"]) == 10
    assert all(figures["jump"]["extra"]["last_row_shown"])
    assert figures["cold_start"]["extra"]["rows_shown"] == [300]
    # a return to a page with nothing changed reads nothing
    assert figures["pages"]["extra"]["unchanged_statements"] == 0
    # the session exported the whole list and issued its letters; the leak test compares two moments
    assert figures["session_memory"]["extra"]["exported_rows"][0] == 300
    assert figures["leak"]["floor"] > 50 * 1024 * 1024, "the RSS of a GUI process after 100 searches"


def test_the_scale_benchmark_sizes_every_figure_of_run_py() -> None:
    """benchmarks/scale.py (never in CI at its real sizes) builds its repeats from run.py's Sizes at import."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import run
        import scale
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    assert set(scale.SCALE.__dict__) == set(run.FULL.__dict__)
    assert scale.DEFAULT_SIZES == (10_000, 100_000, 1_000_000)
