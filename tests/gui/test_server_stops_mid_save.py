"""The office server stops in the middle of a save (its backend process ends while the INSERT is on its way, as
when PostgreSQL restarts): the form stays open with what was typed, the officer reads in Indonesian that the
connection to the server broke and what to do, "Coba lagi" saves it once the server answers again, and nothing of
the broken attempt is kept."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from server_helpers import PG_ENV, server_db  # noqa: F401 - server_db is a fixture
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.partners import partners
from umkm_desk.core.store.database import open_database
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog


@pytest.fixture
def server_ctx(server_db: str):  # noqa: F811
    db = open_database(server_db)
    try:
        yield ServiceContext(db, Actor(None, "Petugas Uji", "pc-loket-1"))
    finally:
        db.dispose()


def _stop_server_on_first_insert(ctx: ServiceContext) -> list[int]:
    """End this PC's backend when its first INSERT INTO partner is sent: the statement never completes."""
    admin = create_engine(make_url(os.environ[PG_ENV]).set(drivername="postgresql+psycopg"),
                          isolation_level="AUTOCOMMIT")
    stopped: list[int] = []

    def stop(conn, _cursor, statement, _parameters, _context, _many) -> None:
        if stopped or not statement.lstrip().upper().startswith("INSERT INTO PARTNER"):
            return
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with admin.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        stopped.append(pid)

    event.listen(ctx.db.engine, "before_cursor_execute", stop)
    return stopped


@pytest.mark.parametrize("choice", ["Coba lagi", "Tutup"])
def test_form_keeps_input_says_why_and_retries(qtbot, monkeypatch, server_ctx, choice) -> None:
    shown: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> None:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == choice).click()

    monkeypatch.setattr(messages, "run_box", answer)
    stopped = _stop_server_on_first_insert(server_ctx)
    dialog = PartnerDialog(server_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Bank BJB Cabang Serang")
    dialog.ui.okButton.click()

    assert stopped, "the save never reached the server"
    text, buttons = shown[0]
    assert "Sambungan ke server basis data" in text and "terputus" in text
    assert "Coba lagi" in buttons
    names = {p.name for p in partners.list_partners(server_ctx)}
    if choice == "Coba lagi":
        assert len(shown) == 1 and dialog.result() == QDialog.DialogCode.Accepted
        assert names == {"Bank BJB Cabang Serang"}  # saved once, by the retry
    else:
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.ui.nameEdit.text() == "Bank BJB Cabang Serang"  # what was typed is still there
        assert names == set()  # nothing of the broken attempt
