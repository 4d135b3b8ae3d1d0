"""A case's stored progress (assist_case.progress) is right in a demo database and stays right through
``umkm-desk copy`` to the office server and back (SQLite -> PostgreSQL -> SQLite; the server leg needs
UMKM_DESK_TEST_PG_URL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from case_progress_helpers import assert_progress_kept

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.transfer import copy_database
from umkm_desk.demo.generator import fill_demo


def _kept(target: str | Path) -> dict:
    db = open_database(target)
    try:
        return assert_progress_kept(ServiceContext(db))
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("progress-demo") / "demo.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=60, seed=11, today=date.today())
    finally:
        db.dispose()
    return path


def test_the_demo_stores_each_case_progress(demo_file: Path) -> None:
    stored = _kept(demo_file)
    # the demo has cases at several places: the check is not about an empty or all-NULL table
    assert len({v for v in stored.values() if v is not None}) >= 2 and None in stored.values()


def test_copy_to_the_server_and_back_keeps_the_progress(demo_file: Path, server_db: str, tmp_path: Path) -> None:
    source = _kept(demo_file)
    copy_database(demo_file, server_db)
    assert _kept(server_db) == source
    back = tmp_path / "back.sqlite"
    copy_database(server_db, back)
    assert _kept(back) == source
