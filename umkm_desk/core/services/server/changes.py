"""Has anyone else changed the database since I last looked? Cheap enough to ask every second or two.

SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever another connection (another PC's
app through a shared folder is refused, so: another process or this app's own writing connections) commits.
PostgreSQL: a listener thread receives the notifications the change triggers send (store.change_feed) and
raises a flag; a dropped connection is re-made a few seconds later, and counts as a change (what happened
meanwhile is unknown).

Either way :meth:`ChangeFeed.changed` never blocks on the network: the GUI calls it from a timer.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from typing import Protocol

from umkm_desk.core.store.change_feed import CHANNEL
from umkm_desk.core.store.database import Database

__all__ = ["ChangeFeed", "open_change_feed"]

log = logging.getLogger(__name__)
_RETRY_S = 5.0
_WAIT_S = 1.0


class ChangeFeed(Protocol):
    def changed(self) -> bool:
        """True once for every batch of changes made since the previous call."""

    def close(self) -> None: ...


class _SqliteFeed:
    def __init__(self, db: Database) -> None:
        from umkm_desk.core.store.readonly import connect_read_only

        assert db.target.path is not None
        self._connection: sqlite3.Connection | None = connect_read_only(db.target.path)
        self._version = self._read()

    def _read(self) -> int | None:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:  # locked for a moment, or the file went away: ask again next time
            log.debug("data_version not read: %s", exc)
            return self._version
        return int(row[0])

    def changed(self) -> bool:
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _ServerFeed:
    def __init__(self, db: Database) -> None:
        self._url = db.target.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._flag = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="umkm-change-feed", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True, connect_timeout=5) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    if not first:  # changes made while we were not listening are not known
                        self._flag.set()
                    first = False
                    while not self._stop.is_set():
                        for _notice in connection.notifies(timeout=_WAIT_S):
                            self._flag.set()
            except Exception as exc:  # the server went away: try again shortly
                log.info("change feed lost its connection (%s); retrying", type(exc).__name__)
                self._stop.wait(_RETRY_S)

    def changed(self) -> bool:
        if self._flag.is_set():
            self._flag.clear()
            return True
        return False

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=_WAIT_S + 6)


def open_change_feed(db: Database) -> ChangeFeed:
    """A feed for ``db``: data_version polling on SQLite, LISTEN on PostgreSQL."""
    if db.target.is_sqlite:
        return _SqliteFeed(db)
    return _ServerFeed(db)
