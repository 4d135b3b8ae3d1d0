"""A file damaged at random pages: the start check finds it and writes wait for it, then the rows that can be
read are rescued into a new file, the damaged one is kept, and the report says what was lost."""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.services.test_documents import TODAY
from umkm_desk.core.services.backups.automatic import make_backup
from umkm_desk.core.services.backups.damage import WriteGate, check_file, run_start_check
from umkm_desk.core.services.backups.salvage import salvage_database
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.officers import create_officer
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.engine import StoreError
from umkm_desk.demo.generator import fill_demo

WHEN = datetime(2026, 6, 1, 10, 0)


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database of a few megabytes, closed (no WAL), with one automatic backup made the day before."""
    folder = tmp_path_factory.mktemp("healthy")
    db = open_database(folder / "umkm.sqlite")
    try:
        fill_demo(db, businesses=300, seed=5, today=TODAY)
    finally:
        db.dispose()
    return folder / "umkm.sqlite"


def _copy(healthy: Path, tmp_path: Path) -> Path:
    path = tmp_path / "umkm.sqlite"
    shutil.copyfile(healthy, path)
    return path


def _damage(path: Path, seed: int, pages: int = 3) -> list[int]:
    """Overwrite ``pages`` random pages (never page 1, where the schema starts) with random bytes."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(2, count + 1), pages))
    with open(path, "r+b") as fh:
        for page in chosen:
            fh.seek((page - 1) * size)
            fh.write(rng.randbytes(size))
    return chosen


def _rows(path: Path, table: str) -> dict[object, tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        key = "code" if table == "kelurahan" else "id"
        return {r[0]: tuple(r) for r in conn.execute(f"SELECT {key}, * FROM {table}")}
    finally:
        conn.close()


def test_a_healthy_file_passes_and_releases_the_writes(healthy: Path, tmp_path: Path) -> None:
    path = _copy(healthy, tmp_path)
    db = open_database(path)
    try:
        gate = WriteGate(db)
        assert run_start_check(db, gate) == []
        assert gate.released and not db.damaged
        create_officer(ServiceContext(db), "Siti")
    finally:
        db.dispose()


def test_writes_wait_for_the_start_check(healthy: Path, tmp_path: Path) -> None:
    path = _copy(healthy, tmp_path)
    db = open_database(path)
    try:
        gate = WriteGate(db)
        written = threading.Event()

        def write() -> None:
            create_officer(ServiceContext(db), "Siti")
            written.set()

        writer = threading.Thread(target=write)
        writer.start()
        time.sleep(0.3)
        assert not written.is_set()  # held at the gate
        run_start_check(db, gate)
        writer.join(10)
        assert written.is_set()
    finally:
        db.dispose()


@pytest.mark.parametrize("seed", [11, 23, 37, 41, 59])
def test_damaged_at_random_pages(healthy: Path, tmp_path: Path, seed: int) -> None:
    path = _copy(healthy, tmp_path)
    pristine = {t: _rows(healthy, t) for t in ("business", "owner", "assist_case", "stage", "activity")}
    make_backup(path, now=lambda: WHEN)
    _damage(path, seed)
    damaged_bytes = path.read_bytes()

    problems = check_file(path, quick=False)
    assert problems, "integrity_check missed the damage"
    try:
        db = open_database(path)
    except StoreError:
        db = None  # damaged where opening reads: refused before any write, which is right too
    if db is not None:
        try:
            gate = WriteGate(db)
            assert run_start_check(db, gate, quick=False)
            assert db.damaged
            with pytest.raises(StoreError, match="rusak"):
                create_officer(ServiceContext(db), "Siti")
        finally:
            db.dispose()
    assert path.read_bytes() == damaged_bytes  # never written to

    report = salvage_database(path, now=lambda: WHEN)

    assert report.damaged_kept_as.name == "umkm.sqlite.rusak-2026-06-01"
    assert report.damaged_kept_as.read_bytes() == damaged_bytes
    assert report.newest_good_backup is not None
    assert check_file(path, quick=False) == []
    saved = {t.table: t for t in report.tables}
    for table, rows in pristine.items():
        now_rows = _rows(path, table)
        assert len(now_rows) == saved[table].saved
        for key, row in now_rows.items():
            assert rows[key] == row, f"{table} row changed by the salvage"  # nothing invented or altered
        assert saved[table].saved + saved[table].lost <= len(rows) + saved[table].unreadable
    lines = "\n".join(report.lines())
    assert "rusak-2026-06-01" in lines and "Cadangan baik terbaru" in lines
    reopened = open_database(path)  # the rescued file opens, writes and searches
    try:
        create_officer(ServiceContext(reopened), "Siti")
    finally:
        reopened.dispose()


def test_salvage_of_an_undamaged_file_loses_nothing(healthy: Path, tmp_path: Path) -> None:
    path = _copy(healthy, tmp_path)
    before = {t: _rows(path, t) for t in ("business", "issued_document", "kelurahan")}
    report = salvage_database(path, now=lambda: WHEN)
    assert report.lost_rows == 0
    assert {t: _rows(path, t) for t in before} == before
    assert "tidak ada baris yang diketahui hilang" in "\n".join(report.lines())


def test_a_damaged_business_page_loses_only_its_rows(healthy: Path, tmp_path: Path) -> None:
    path = _copy(healthy, tmp_path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        leaves = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'business' AND pagetype = 'leaf' ORDER BY pageno")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = leaves[len(leaves) // 2]
        on_page = conn.execute("SELECT count(*) FROM dbstat WHERE name = 'business' AND pageno = ?",
                               (page,)).fetchone()[0]
        cells = conn.execute("SELECT ncell FROM dbstat WHERE name = 'business' AND pageno = ?",
                             (page,)).fetchone()[0]
    finally:
        conn.close()
    assert on_page == 1 and cells > 0
    before = _rows(path, "business")
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\x0d" + b"\xff" * (size - 1))  # a leaf header with nonsense cell counts and offsets
    report = salvage_database(path, now=lambda: WHEN)
    business = next(t for t in report.tables if t.table == "business")
    after = _rows(path, "business")
    assert len(after) == len(before) - cells == business.saved
    assert business.unreadable >= cells
    assert "business" in "\n".join(report.lines())
