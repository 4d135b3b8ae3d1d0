"""One demo database for the report tests (300 businesses, dated from a fixed day so that every run on any
calendar day sees the same data), opened read-only by the tests that do not write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from report_helpers import DEMO_BUSINESSES, DEMO_TODAY

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.demo.generator import fill_demo


@pytest.fixture(scope="session")
def report_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-demo") / "demo.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=DEMO_BUSINESSES, seed=2026, today=DEMO_TODAY)
    finally:
        db.dispose()
    return path


@pytest.fixture(scope="session")
def report_db(report_db_path: Path) -> Iterator[Database]:
    db = open_database(report_db_path)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def report_ctx(report_db: Database) -> ServiceContext:
    return ServiceContext(report_db)
