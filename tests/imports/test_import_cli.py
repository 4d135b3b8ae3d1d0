"""``umkm-desk import``: one summary line, the --report CSV, exit codes, --dry-run writes nothing (subprocesses,
as an officer runs it)."""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.imports.sheets import write_csv
from umkm_desk.core.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(r"(\d+) ok, (\d+) peringatan, (\d+) ditolak, (\d+) dilewati")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ) | {"PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH"))
                                                            if p)}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "umkm_desk", *args], capture_output=True, text=True, env=env,
                          timeout=180, check=False)  # fmt: skip


def _rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("business", "owner", "audit_entry", "import_batch", "setting")}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "umkm.sqlite"
    open_database(path).dispose()
    return path


def _summary(stdout: str) -> tuple[int, ...]:
    lines = [line for line in stdout.splitlines() if SUMMARY.search(line)]
    assert len(lines) == 1, stdout
    match = SUMMARY.search(lines[0])
    assert match is not None
    return tuple(int(g) for g in match.groups())


def test_dry_run_writes_nothing_and_reports_every_row(db: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "umkm.csv", encoding="cp1252")
    before = _rows(db)
    report = tmp_path / "laporan.csv"
    done = _run("import", "--db", str(db), str(source), "--dry-run", "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert _summary(done.stdout) == (1, 1, 0, 0)  # the second row has no NIK: a warning
    assert "tidak ada yang disimpan" in done.stdout
    assert _rows(db) == before
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [(r["baris"], r["status"]) for r in records] == [("4", "ok"), ("5", "peringatan")]
    assert records[0]["Nama Usaha"] == "Café Ré Serang"  # Windows-1252 read right, written as UTF-8
    assert records[1]["pesan"].startswith("D5: NIK kosong")


def test_import_then_again_adds_nothing(db: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "umkm.csv")
    first = _run("import", "--db", str(db), str(source))
    assert first.returncode == 0, first.stderr
    assert _summary(first.stdout) == (1, 1, 0, 0) and "2 UMKM disimpan" in first.stdout
    after_first = _rows(db)
    assert (after_first["business"], after_first["import_batch"]) == (2, 1)
    again = _run("import", "--db", str(db), str(source), "--report", str(tmp_path / "lagi.csv"))
    assert again.returncode == 0, again.stderr
    assert _summary(again.stdout) == (0, 0, 0, 2) and "tidak ada UMKM baru" in again.stdout
    assert _rows(db) == after_first
    statuses = [r["status"] for r in csv.DictReader((tmp_path / "lagi.csv").read_text("utf-8-sig").splitlines())]
    assert statuses == ["dilewati", "dilewati"]


@pytest.mark.parametrize(
    ("content", "name", "fragment"),
    [(b"%PDF-1.4\n", "umkm.xlsx", "dokumen PDF"), (b"", "umkm.csv", "kosong"),
     (b"Catatan;rapat\nSenin;hadir\n", "rapat.csv", "Baris judul kolom tidak ditemukan")],
)  # fmt: skip
def test_an_unreadable_file_exits_2_with_one_indonesian_line(db, tmp_path, content, name, fragment) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = _rows(db)
    done = _run("import", "--db", str(db), str(path))
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("umkm-desk import: ") and fragment in lines[0], done.stderr
    assert "Traceback" not in done.stderr and _rows(db) == before


def test_a_file_that_cannot_be_mapped_exits_2(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "tanpa sektor.csv"
    path.write_text("Nama Usaha;Nama Pemilik;Kelurahan\nA;B;Cipare\n", encoding="utf-8")
    done = _run("import", "--db", str(db), str(path))
    assert done.returncode == 2 and "Jenis/Sektor Usaha" in done.stderr


def test_an_existing_report_is_not_overwritten(db: Path, tmp_path: Path) -> None:
    report = tmp_path / "laporan.csv"
    report.write_text("punya petugas", encoding="utf-8")
    done = _run("import", "--db", str(db), str(write_csv(tmp_path / "umkm.csv")), "--report", str(report))
    assert done.returncode == 2 and "sudah ada" in done.stderr
    assert report.read_text(encoding="utf-8") == "punya petugas" and _rows(db)["business"] == 0


def test_a_missing_sheet_and_the_usage_in_indonesian(db: Path, tmp_path: Path) -> None:
    done = _run("import", "--db", str(db), str(write_csv(tmp_path / "umkm.csv")), "--sheet", "Data")
    assert done.returncode == 2 and "tidak punya lembar 'Data'" in done.stderr
    usage = _run("import", "--db", str(db))
    assert usage.returncode == 2 and "argumen berikut wajib diisi: BERKAS" in usage.stderr
