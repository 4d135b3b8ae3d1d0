"""The import benchmark runs end to end on a small file: ``benchmarks/import_rows.py --rows 120 --runs 1`` prints
its table (dry run, commit, the same file again, peak memory) and writes every sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.long
def test_import_benchmark_prints_its_table(tmp_path: Path) -> None:
    out = tmp_path / "import.json"
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "import_rows.py"), "--rows", "120", "--runs", "1", "--json",
         str(out)],
        cwd=tmp_path, env=dict(os.environ), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    for label in ("import dry run, 120-row .xlsx", "import commit, 120 rows", "the same file again",
                  "peak memory of an import step"):  # fmt: skip
        assert label in proc.stdout, proc.stdout
    figures = {f["key"]: f for f in json.loads(out.read_text())["figures"]}
    assert set(figures) == {"dry_run", "commit", "again", "memory"}
    assert all(f["samples"] and f["median"] > 0 for f in figures.values())
    assert figures["dry_run"]["floor"] > 0 and figures["memory"]["floor"] > 0
    counts = figures["dry_run"]["extra"]["counts"]
    assert counts["ok"] > counts["ditolak"] > 0 and counts["dilewati"] == 2  # the empty row and the JUMLAH row
