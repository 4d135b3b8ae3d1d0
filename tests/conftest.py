"""Shared fixtures: offscreen Qt, isolated user folders, one fresh database per test (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("UMKM_DESK_DB", None)
# `umkm-desk demo` creates the accounts admin, petugas and pimpinan; the commands run on such a database (also
# in subprocesses) log in as admin with this password. Tests about logging in remove these variables.
TEST_PASSWORD = "Uji-Kata-Sandi-2026"
os.environ["UMKM_DESK_DEMO_PASSWORD"] = TEST_PASSWORD
os.environ["UMKM_DESK_PASSWORD"] = TEST_PASSWORD
os.environ["UMKM_DESK_USER"] = "admin"
os.environ.pop("UMKM_DESK_NEW_PASSWORD", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from umkm_desk.core.services.context import Actor, ServiceContext  # noqa: E402
from umkm_desk.core.store.database import Database, open_database  # noqa: E402

PG_ENV = "UMKM_DESK_TEST_PG_URL"
REQUIRE_PG_ENV = "UMKM_DESK_REQUIRE_PG"
_TRAVEL_KEY = pytest.StashKey[object]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today", default=os.environ.get("UMKM_DESK_TEST_TODAY") or None, metavar="YYYY-MM-DD",
        help="run the suite with the clock moved to this date (time-machine); the date-sensitive tests must "
             "pass on any day, including 29 February and 31 December",
    )


def pytest_configure(config: pytest.Config) -> None:
    today = config.getoption("--today")
    if today:
        import time_machine

        # Noon local time keeps "today" the same day in every timezone a test might convert through.
        traveller = time_machine.travel(datetime.fromisoformat(f"{today}T12:00:00+07:00"), tick=True)
        traveller.start()
        config.stash[_TRAVEL_KEY] = traveller
        # Subprocesses (CLI and benchmark tests) move their clock in tests/clock/sitecustomize.py.
        os.environ["UMKM_DESK_TEST_TODAY"] = today
        clock = str(Path(__file__).resolve().parent / "clock")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (clock, os.environ.get("PYTHONPATH")) if p)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The few tests that run for a minute or more go first: on several workers (``-n``) one of them started
    last would leave the other workers idle at the end. The sort is stable, so the rest keep their order."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None and item.get_closest_marker("long") is None)


def pytest_unconfigure(config: pytest.Config) -> None:
    traveller = config.stash.get(_TRAVEL_KEY, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config: pytest.Config) -> str | None:
    today = config.getoption("--today")
    return f"clock moved to {today}" if today else None


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata")):
        path = home / sub
        path.mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("UMKM_DESK_DB", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log folder (platformdirs.user_log_dir)


@pytest.fixture(autouse=True)
def _log_file_closed() -> Iterator[None]:
    """A command run in-process opens the log in this test's folders; the next test starts without it."""
    yield
    from umkm_desk import logs

    logs.shutdown()


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test leaked threads: {still}"


def _fresh_pg_database(admin_url: str) -> tuple[str, str]:
    name = f"umkm_test_{uuid.uuid4().hex[:12]}"
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False), name


def _drop_pg_database(admin_url: str, name: str) -> None:
    url = make_url(admin_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database per test: a SQLite file, and a PostgreSQL database when a server is set."""
    if request.param == "sqlite":
        yield str(tmp_path / "umkm.sqlite")
        return
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":  # CI: a missing server is a failure, not a skip
            pytest.fail(f"{REQUIRE_PG_ENV}=1 tetapi {PG_ENV} tidak diset: uji PostgreSQL wajib berjalan")
        pytest.skip(f"tidak ada server PostgreSQL: set {PG_ENV} untuk menjalankan uji ini")
    url, name = _fresh_pg_database(admin_url)
    try:
        yield url
    finally:
        _drop_pg_database(admin_url, name)


class _Templates:
    """Databases at head with reference data, made once per session and copied for every ``db`` test.

    Opening a new database (schema + 7,000 reference rows) costs 0.2 s on SQLite and 0.5 s on PostgreSQL;
    a copy costs 0.02 s (SQLite backup API) or 0.07 s (PostgreSQL ``CREATE DATABASE ... TEMPLATE``).
    ``db_url`` itself stays an empty database: the store tests need that.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sqlite: Path | None = None
        self._pg: dict[str, str] = {}  # admin URL -> template database name

    def sqlite(self) -> Path:
        if self._sqlite is None:
            path = self.folder / "template.sqlite"
            open_database(path).dispose()
            self._sqlite = path
        return self._sqlite

    def copy_sqlite(self, dest: Path) -> None:
        source = sqlite3.connect(self.sqlite())
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()

    def pg_template(self, admin_url: str) -> str:
        if admin_url not in self._pg:
            url, name = _fresh_pg_database(admin_url)
            open_database(url).dispose()
            self._pg[admin_url] = name
        return self._pg[admin_url]

    def recreate_pg(self, admin_url: str, url: str) -> None:
        """Replace the empty test database ``url`` with a copy of the template."""
        template = self.pg_template(admin_url)
        name = make_url(url).database
        admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        admin.dispose()

    def drop(self) -> None:
        for admin_url, name in self._pg.items():
            _drop_pg_database(admin_url, name)


@pytest.fixture(scope="session")
def _db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Templates]:
    templates = _Templates(tmp_path_factory.mktemp("db-templates"))
    try:
        yield templates
    finally:
        templates.drop()


@pytest.fixture
def db(db_url: str, _db_templates: _Templates) -> Iterator[Database]:
    if "://" in db_url:
        _db_templates.recreate_pg(os.environ[PG_ENV], db_url)
    else:
        _db_templates.copy_sqlite(Path(db_url))
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _db_templates: _Templates) -> Iterator[Database]:
    """SQLite only: for GUI tests and SQLite-specific behaviour."""
    _db_templates.copy_sqlite(tmp_path / "umkm.sqlite")
    database = open_database(tmp_path / "umkm.sqlite")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    return ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
