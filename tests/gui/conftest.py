"""GUI fixtures: a service context with a chosen officer, and the main window on a fresh SQLite database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from server_helpers import memory_keyring, no_keyring, server_db  # noqa: F401 - fixtures

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.office.officers import actor_for, create_officer
from umkm_desk.core.store.database import Database, open_database


@pytest.fixture(scope="session", autouse=True)
def _officer_look(qapp) -> None:
    """The tests' QApplication looks like the officers' one (style, palette, the shipped font, stylesheet), so
    sizes and layouts measured in tests are the ones officers see."""
    from umkm_desk.gui.theme import apply_theme

    apply_theme(qapp)


@pytest.fixture
def gui_ctx(sqlite_db: Database) -> ServiceContext:
    ctx = ServiceContext(sqlite_db)
    officer = create_officer(ctx, "Siti Rahmawati", "19860926 201505 2 001")
    ctx.actor = actor_for(officer)
    return ctx


@pytest.fixture
def server_ctx(server_db: str) -> Iterator[ServiceContext]:  # noqa: F811 - the fixture imported above
    """The same officer as ``gui_ctx``, on a fresh database of the PostgreSQL test server."""
    db = open_database(server_db)
    ctx = ServiceContext(db)
    ctx.actor = actor_for(create_officer(ctx, "Siti Rahmawati", "19860926 201505 2 001"))
    try:
        yield ctx
    finally:
        db.dispose()


@pytest.fixture
def window(qtbot, gui_ctx: ServiceContext) -> Iterator:
    from umkm_desk.gui.main_window import MainWindow

    win = MainWindow(gui_ctx, gui_ctx.db.target.display)
    win.confirm_close = False
    qtbot.addWidget(win)
    yield win
    win.close()
