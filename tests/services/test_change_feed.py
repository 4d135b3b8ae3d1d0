"""The change feed: another connection's commit is seen once (SQLite's data_version; PostgreSQL's LISTEN on the
change triggers), a rolled-back write is not, and closing the feed stops its listener."""

from __future__ import annotations

import time

import pytest
from case_helpers import make_business

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.server.changes import open_change_feed
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.models import Business


def _url(db: Database) -> str:
    return str(db.target.path) if db.target.path is not None else db.target.url.render_as_string(hide_password=False)


def _seen(feed, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if feed.changed():
            return True
        time.sleep(0.05)
    return False


def test_a_colleagues_commit_is_seen_once(db: Database) -> None:
    other = open_database(_url(db), upgrade=False)
    feed = open_change_feed(db)
    try:
        time.sleep(0.3)  # the server listener is connected
        assert not feed.changed()
        make_business(ServiceContext(other), "Sate Bandeng Bu Enah")
        assert _seen(feed)
        assert not _seen(feed, 1.5)  # once per batch of changes

        with pytest.raises(RuntimeError), other.transaction() as session:  # noqa: PT012 - the write, then the failure
            business = session.query(Business).first()
            business.name = "Tidak jadi"
            session.flush()
            raise RuntimeError("batal")
        if not db.target.is_sqlite:  # PostgreSQL announces only what was committed
            assert not _seen(feed, 1.5)
    finally:
        feed.close()
        other.dispose()
