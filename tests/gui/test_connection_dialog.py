"""Berkas › Sambungan basis data… driven as an admin would: against a closed port (a clear diagnosis, nothing
else offered), against the test server (an empty database prepared, this PC's data moved with progress, the
copy verified), and saved with the password only in the credential store (or, with none on the PC, not at all)."""

from __future__ import annotations

import pytest
from server_helpers import closed_port, settings_for

from umkm_desk.core.services.registry.businesses import business_profile
from umkm_desk.gui import local_settings
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.connection_dialog import ConnectionDialog


@pytest.fixture
def dialog(qtbot, gui_ctx) -> ConnectionDialog:
    dlg = ConnectionDialog(gui_ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _fill(qtbot, dlg: ConnectionDialog, *, host: str, port: int, database: str, user: str, password: str) -> None:
    dlg.ui.serverRadio.click()
    for edit, value in ((dlg.ui.hostEdit, host), (dlg.ui.databaseEdit, database), (dlg.ui.userEdit, user),
                        (dlg.ui.passwordEdit, password)):
        edit.clear()
        qtbot.keyClicks(edit, value)
    dlg.ui.portSpin.setValue(port)
    dlg.ui.sslCombo.setCurrentIndex(dlg.ui.sslCombo.findData("disable"))


def test_closed_port_says_the_server_cannot_be_reached(qtbot, dialog) -> None:
    assert not dialog.ui.testButton.isEnabled()  # a local file needs no test
    _fill(qtbot, dialog, host="127.0.0.1", port=closed_port(), database="umkm_desk", user="umkm", password="x")
    dialog.ui.testButton.click()
    assert "tidak dapat dihubungi" in dialog.ui.diagnosisLabel.text()
    assert dialog.ui.diagnosisLabel.property("role") == "error"
    assert not dialog.ui.schemaButton.isEnabled() and not dialog.ui.moveButton.isEnabled()
    # the two-line diagnosis made the dialog taller instead of squeezing the fields ("umkm_desk" lost its "_")
    for edit in (dialog.ui.hostEdit, dialog.ui.databaseEdit, dialog.ui.userEdit):
        assert edit.height() >= edit.sizeHint().height()


def test_empty_server_is_prepared_and_this_pcs_data_moved(qtbot, monkeypatch, dialog, gui_ctx, server_db) -> None:
    from case_helpers import make_business

    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.store.database import open_database

    business = make_business(gui_ctx, "Emping Melinjo Bu Atun")
    settings = settings_for(server_db)
    _fill(qtbot, dialog, host=settings.host, port=settings.port, database=settings.database, user=settings.user,
          password="")
    dialog.ui.testButton.click()
    assert "masih kosong" in dialog.ui.diagnosisLabel.text()
    assert dialog.ui.schemaButton.isEnabled() and dialog.ui.moveButton.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    assert dialog.prepare_schema() is True
    assert "Buat skema" in asked[0] and "siap dipakai" in dialog.ui.diagnosisLabel.text()

    task = dialog.move_data()
    assert task is not None and "harus masih kosong" in asked[1]
    assert dialog.ui.moveProgress.isVisible()
    qtbot.waitUntil(lambda: dialog.report is not None or "dibatalkan" in dialog.ui.diagnosisLabel.text(),
                    timeout=60_000)
    assert dialog.report is not None, dialog.ui.diagnosisLabel.text()
    assert "sudah di server" in dialog.ui.diagnosisLabel.text() and not dialog.ui.moveProgress.isVisible()
    server = open_database(server_db)
    try:
        assert business_profile(ServiceContext(server), business).name == "Emping Melinjo Bu Atun"
    finally:
        server.dispose()


def test_saved_server_keeps_the_password_out_of_the_settings_file(qtbot, dialog, memory_keyring) -> None:
    _fill(qtbot, dialog, host="server-dinas", port=5432, database="umkm_desk", user="umkm", password="S4ndi-Rahasia")
    assert dialog.save() is True
    remembered = local_settings.remembered_connection()
    assert remembered is not None and not isinstance(remembered, type(local_settings.settings_path()))
    assert (remembered.host, remembered.database, remembered.user) == ("server-dinas", "umkm_desk", "umkm")
    assert "S4ndi-Rahasia" not in local_settings.settings_path().read_text(encoding="utf-8")
    assert memory_keyring.passwords == {("UMKM Desk", "umkm@server-dinas:5432/umkm_desk"): "S4ndi-Rahasia"}

    from umkm_desk.gui.app import remembered_database

    assert "S4ndi-Rahasia" in (remembered_database(unattended=True) or "")  # the next start connects with it
    reopened = ConnectionDialog(None)
    qtbot.addWidget(reopened)
    assert reopened.ui.serverRadio.isChecked() and reopened.ui.passwordEdit.text() == "S4ndi-Rahasia"


def test_without_a_credential_store_the_password_is_not_kept(qtbot, monkeypatch, dialog, no_keyring) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "run_box", lambda box: shown.append(box.text()))
    _fill(qtbot, dialog, host="server-dinas", port=5432, database="umkm_desk", user="umkm", password="S4ndi-Rahasia")
    assert dialog.save() is True
    assert shown and "tidak tersedia" in shown[0] and "menanyakannya" in shown[0]
    assert "S4ndi-Rahasia" not in local_settings.settings_path().read_text(encoding="utf-8")


def test_a_local_file_is_remembered(qtbot, dialog, tmp_path) -> None:
    dialog.ui.fileEdit.setText(str(tmp_path / "kantor.sqlite"))
    assert dialog.save() is True
    assert local_settings.remembered_connection() == tmp_path / "kantor.sqlite"


def test_berkas_menu_opens_it(qtbot, window) -> None:
    window.action_connection.trigger()
    dialog = window.findChild(ConnectionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _older_server(server_db: str) -> None:
    from umkm_desk.core.store.engine import resolve_target
    from umkm_desk.core.store.migrate import run_migrations

    run_migrations(resolve_target(server_db), "0007_row_versions")


def test_an_upgrade_is_backed_up_with_pg_dump_and_says_where(qtbot, monkeypatch, dialog, server_db) -> None:
    from umkm_desk.core.services.server.setup import backup_tool, server_backups_folder

    _older_server(server_db)
    settings = settings_for(server_db)
    _fill(qtbot, dialog, host=settings.host, port=settings.port, database=settings.database, user=settings.user,
          password="")
    dialog.ui.testButton.click()
    assert "perlu diperbarui" in dialog.ui.diagnosisLabel.text()
    search = backup_tool(dialog.diagnosis)
    if search is None or search.tool is None:
        pytest.skip("pg_dump tidak ada di komputer ini")
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text, **_k: asked.append(text) or True)
    assert dialog.prepare_schema() is True
    assert "dicadangkan dengan pg_dump" in asked[0] and str(server_backups_folder()) in asked[0]
    dumps = list(server_backups_folder().glob("server-*.dump"))
    assert len(dumps) == 1 and str(dumps[0]) in dialog.ui.diagnosisLabel.text()
    assert "siap dipakai" in dialog.ui.diagnosisLabel.text()


def test_without_pg_dump_the_upgrade_asks_for_the_servers_backups(qtbot, monkeypatch, tmp_path, dialog,
                                                                  server_db) -> None:
    from umkm_desk.core.services.server.connection import diagnose
    from umkm_desk.core.store import server_dump

    monkeypatch.setenv("PATH", str(tmp_path))  # this PC has no pg_dump
    monkeypatch.setattr(server_dump, "KNOWN_PLACES", ())
    _older_server(server_db)
    settings = settings_for(server_db)
    _fill(qtbot, dialog, host=settings.host, port=settings.port, database=settings.database, user=settings.user,
          password="")
    dialog.ui.testButton.click()
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text, **_k: asked.append(text) or False)
    assert dialog.prepare_schema() is False  # the admin is not sure: nothing is done
    assert "pg_dump (alat cadangan PostgreSQL) tidak ditemukan" in asked[0]
    assert "Cadangan server sudah terbaru" in asked[0]
    assert diagnose(settings, None).kind == "older"
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    assert dialog.prepare_schema() is True
    assert "Cadangan server sebelum" not in dialog.ui.diagnosisLabel.text()


def test_a_server_database_from_a_newer_app_gets_no_data(qtbot, dialog, server_db) -> None:
    from sqlalchemy import create_engine, text

    from umkm_desk.core.store.database import open_database

    open_database(server_db).dispose()
    engine = create_engine(server_db)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999_masa_depan'"))
    engine.dispose()
    settings = settings_for(server_db)
    _fill(qtbot, dialog, host=settings.host, port=settings.port, database=settings.database, user=settings.user,
          password="")
    dialog.ui.testButton.click()
    assert "UMKM Desk yang lebih baru" in dialog.ui.diagnosisLabel.text()
    assert "Perbarui UMKM Desk di komputer ini" in dialog.ui.diagnosisLabel.text()
    assert not dialog.ui.moveButton.isEnabled() and not dialog.ui.schemaButton.isEnabled()
    assert dialog.move_data() is None


def test_network_drop_during_the_move_says_nothing_was_kept(qtbot, monkeypatch, dialog, server_db) -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    from umkm_desk.gui.dialogs import connection_dialog

    settings = settings_for(server_db)
    _fill(qtbot, dialog, host=settings.host, port=settings.port, database=settings.database, user=settings.user,
          password="")
    dialog.ui.testButton.click()

    def drop(*_a, **_k):
        raise OperationalError("INSERT INTO business ...", {}, psycopg.OperationalError(
            "consuming input failed: server closed the connection unexpectedly"))

    monkeypatch.setattr(connection_dialog, "move_data_to_server", drop)
    monkeypatch.setattr(messages, "ask", lambda *_a, **_k: True)
    task = dialog.move_data()
    assert task is not None
    qtbot.waitUntil(lambda: "dibatalkan" in dialog.ui.diagnosisLabel.text(), timeout=30_000)
    label = dialog.ui.diagnosisLabel.text()
    assert "server tidak berisi data dari pemindahan ini, jadi dapat diulang" in label and "terputus" in label
    assert dialog.ui.diagnosisLabel.property("role") == "error" and dialog.report is None


def test_wrong_password_is_said_without_showing_it(qtbot, monkeypatch, dialog) -> None:
    """The test server trusts loopback connections, so the server's refusal is the driver's own error text."""
    import psycopg

    from umkm_desk.core.services.server import connection

    class Refusing:
        def connect(self):
            raise psycopg.OperationalError('connection failed: connection to server at "10.0.0.5", port 5432 '
                                           'failed: FATAL:  password authentication failed for user "umkm"')

        def dispose(self) -> None:
            pass

    monkeypatch.setattr(connection, "create_engine", lambda *_a, **_k: Refusing())
    _fill(qtbot, dialog, host="10.0.0.5", port=5432, database="umkm_desk", user="umkm", password="Salah-123")
    dialog.ui.testButton.click()
    label = dialog.ui.diagnosisLabel.text()
    assert "Sandi atau nama pengguna \u201cumkm\u201d ditolak server 10.0.0.5:5432" in label
    assert "Salah-123" not in label and dialog.ui.diagnosisLabel.property("role") == "error"
    assert not dialog.ui.schemaButton.isEnabled() and not dialog.ui.moveButton.isEnabled()
