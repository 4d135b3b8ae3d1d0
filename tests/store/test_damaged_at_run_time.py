"""A SQLite file found damaged at run time ("malformed", "not a database") is never written to again: the CLI
stops at the first such error with one Indonesian line, the services refuse every later write with a message
that says what to do, and ``--screenshot`` exits non-zero instead of waiting on a message box."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from umkm_desk.core.services.cases.dashboard import dashboard
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry.businesses import create_business
from umkm_desk.core.store.database import is_damage, open_database
from umkm_desk.core.store.engine import StoreError
from umkm_desk.demo.generator import fill_demo

sys.path.insert(0, str(Path(__file__).parent))
from concurrent_writer import business_input  # noqa: E402

PAGE_SIZE = 4096


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("damaged") / "demo.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=40, seed=7)  # with its example signatory: letters can be issued
    finally:
        db.dispose()
    assert not path.with_name(path.name + "-wal").exists()  # all pages are in the file itself
    return path


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def damaged_copy(source: Path, dest: Path, btree: str) -> Path:
    """A copy of ``source`` with the root page of table or index ``btree`` overwritten with zeros."""
    con = read_only(source)
    try:
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (btree,)).fetchone()
        assert con.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    finally:
        con.close()
    shutil.copyfile(source, dest)
    with open(dest, "r+b") as fh:
        fh.seek((root - 1) * PAGE_SIZE)
        fh.write(bytes(PAGE_SIZE))
    return dest


def issued_rows(path: Path) -> int:
    con = read_only(path)
    try:  # NOT INDEXED: count the table's own pages, never a (possibly zeroed) index
        return con.execute("SELECT count(*) FROM issued_document NOT INDEXED").fetchone()[0]
    finally:
        con.close()


def business_rows(path: Path) -> int:
    con = read_only(path)
    try:
        return con.execute("SELECT count(*) FROM business NOT INDEXED").fetchone()[0]
    finally:
        con.close()


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "umkm_desk", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def damage_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "rusak" in line]


# Table pages (the counter, the activities a letter quotes) and index pages of the register.
@pytest.mark.parametrize("btree", ["document_counter", "activity", "sqlite_autoindex_issued_document_1",
                                   "ix_issued_document_business_id"])
def test_print_all_stops_at_the_first_damage_error_and_writes_nothing(demo_file, tmp_path, btree):
    path = damaged_copy(demo_file, tmp_path / "damaged.sqlite", btree)
    before = issued_rows(path)
    out = tmp_path / "out"
    result = run_cli("print", "letter", "--all", "--db", str(path), "--out", str(out))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "GAGAL" not in result.stderr  # no per-business failures: the first error stopped the batch
    (line,) = damage_lines(result.stderr)
    assert "penulisan" in line or "berhenti menulis" in line
    assert "umkm-desk check" in line and "cadangan" in line
    assert issued_rows(path) == before
    assert not list(out.glob("*.pdf")) if out.exists() else True


def test_services_refuse_every_write_once_damage_was_seen(demo_file, tmp_path):
    path = damaged_copy(demo_file, tmp_path / "damaged.sqlite", "activity")
    businesses_before = business_rows(path)
    db = open_database(path)
    try:
        ctx = ServiceContext(db, Actor(None, "Petugas Uji"))
        assert not db.damaged
        with pytest.raises(DatabaseError, match="malformed"):
            dashboard(ctx)
        assert db.damaged
        with pytest.raises(StoreError) as refused:
            create_business(ctx, business_input(1, 1), duplicate_reason="uji")
        assert "rusak" in refused.value.message and "umkm-desk check" in refused.value.message
        assert "cadangan" in refused.value.message
        business_id = documents.eligible_business_ids(ctx, "certificate")[0]  # reads still work
        with pytest.raises(StoreError):
            documents.issue_document(ctx, "certificate", business_id, render_pdf=False)
        # nor does any path around the services write
        with pytest.raises(StoreError), db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM setting")
    finally:
        db.dispose()
    assert business_rows(path) == businesses_before


def test_a_healthy_file_is_not_marked_by_a_bad_query(demo_file, tmp_path):
    path = tmp_path / "healthy.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        with pytest.raises(DatabaseError) as bad, db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT json('{')")  # "malformed JSON": a bad query, not a bad file
        assert not is_damage(bad.value)
        assert not db.damaged
        create_business(ServiceContext(db), business_input(2, 1), duplicate_reason="uji")
    finally:
        db.dispose()


def test_is_damage_without_a_result_code_reads_the_message():
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
    assert not is_damage(sqlite3.OperationalError("database is locked"))


def test_screenshot_of_a_damaged_file_exits_non_zero_instead_of_waiting_on_a_message_box(demo_file, tmp_path):
    path = damaged_copy(demo_file, tmp_path / "damaged.sqlite", "activity")  # the Beranda reads activities
    png = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(png), "--db", str(path), timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    (line,) = damage_lines(result.stderr)
    assert line.startswith("umkm-desk: ") and "umkm-desk check" in line
    assert not png.exists()
