"""Logging in on a database with accounts: the dialog, the lockout, the forced password change, switching user,
and a screenshot without valid credentials that pictures only the login."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import PASSWORD, add_account  # noqa: E402

from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.gui import app as gui_app  # noqa: E402
from umkm_desk.gui import local_settings  # noqa: E402
from umkm_desk.gui import main_window as main_window_module  # noqa: E402
from umkm_desk.gui.dialogs.login_dialog import ChangePasswordDialog, LoginDialog  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def accounts_db(sqlite_db):
    add_account(sqlite_db, "kepala", "admin")
    add_account(sqlite_db, "budi", "petugas")
    return sqlite_db


def _type_and_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_login_dialog_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, accounts_db):
    dialog = LoginDialog(ServiceContext(accounts_db))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Masuk — UMKM Desk"
    assert not dialog.findChild(type(dialog.message), "loginLogo").pixmap().isNull()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    _type_and_login(qtbot, dialog, "budi", "salah-sekali-1")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.login_result is None
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah." and dialog.password.text() == ""
    _type_and_login(qtbot, dialog, "budi", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.login_result.account.username == "budi"


def test_five_wrong_passwords_lock_the_account_in_the_dialog(qtbot, accounts_db):
    dialog = LoginDialog(ServiceContext(accounts_db), username="budi")
    qtbot.addWidget(dialog)
    for attempt in range(5):
        _type_and_login(qtbot, dialog, "budi", f"salah-{attempt}-sekali")
    assert "terkunci" in dialog.message.text() and "5 kali" in dialog.message.text()
    _type_and_login(qtbot, dialog, "budi", PASSWORD)  # the right one is refused while locked
    assert dialog.login_result is None and "terkunci" in dialog.message.text()


def test_a_temporary_password_is_changed_with_a_strength_hint(qtbot, accounts_db):
    actor = add_account(accounts_db, "sari", "petugas", must_change=True)
    dialog = ChangePasswordDialog(ServiceContext(accounts_db, actor), forced=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old, PASSWORD)
    qtbot.keyClicks(dialog.new, "pendek")
    assert "Terlalu pendek" in dialog.hint.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, "Kopi-Banten-77")
    assert "Kuat" in dialog.hint.text()
    qtbot.keyClicks(dialog.repeat, "Kopi-Banten-78")
    dialog._save()
    assert "tidak sama" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "Kopi-Banten-77")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_switch_user_changes_who_acts(qtbot, accounts_db, monkeypatch):
    kepala = add_account(accounts_db, "wakil", "admin")
    window = MainWindow(ServiceContext(accounts_db, kepala), accounts_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    assert window.ui.actionChangeOfficer.text() == "Ganti pengguna…"
    assert window.change_password_action in window.ui.menuBerkas.actions()

    def fake_exec(dialog: LoginDialog) -> int:
        _type_and_login(qtbot, dialog, "budi", PASSWORD)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    window.change_officer()
    assert window.ctx.actor.officer_name == "Uji Budi" and "Uji Budi" in window.officer_label.text()


@pytest.mark.parametrize("forged", [False, True])
def test_screenshot_without_credentials_pictures_only_the_login(qapp, tmp_path, monkeypatch, capsys, forged):
    from umkm_desk.core.store.database import open_database

    path = tmp_path / "a.sqlite"
    db = open_database(path)
    admin = add_account(db, "kepala", "admin")
    db.dispose()
    if forged:  # a hand-edited settings file naming the administrator as this PC's officer
        local_settings.remember_officer(str(path), admin.officer_id)
    windows: list[MainWindow] = []
    monkeypatch.setattr(main_window_module, "MainWindow",
                        lambda *a, **k: windows.append(1) or MainWindow(*a, **k))
    monkeypatch.delenv("UMKM_DESK_USER")
    png = tmp_path / "login.png"
    assert gui_app.run_gui(db=str(path), screenshot=str(png)) == 0
    assert windows == []  # no main window, so no page and no datum was built
    assert (QImage(str(png)).width(), QImage(str(png)).height()) == (1366, 768)
    assert "hanya layar masuk" in capsys.readouterr().err


def test_screenshot_with_a_wrong_password_builds_no_window_though_the_first_screen_was_prepared(
        qapp, tmp_path, monkeypatch, capsys):
    """The password is checked in a worker while the main window's code is imported: a wrong one still shows
    nothing of the register (no window, no page) and counts as a failed login."""
    from sqlalchemy import select

    from umkm_desk.core.store.database import open_database
    from umkm_desk.core.store.models import AuditEntry

    path = tmp_path / "a.sqlite"
    db = open_database(path)
    add_account(db, "kepala", "admin")
    db.dispose()
    prepared: list[str | None] = []
    real_prepare = gui_app.prepare_first_screen
    monkeypatch.setattr(gui_app, "prepare_first_screen", lambda page: prepared.append(page) or real_prepare(page))
    built: list[object] = []
    monkeypatch.setattr(main_window_module, "MainWindow", lambda *a, **k: built.append(1))
    monkeypatch.setenv("UMKM_DESK_PASSWORD", PASSWORD + "x")
    png = tmp_path / "login.png"
    assert gui_app.run_gui(db=str(path), page="umkm", screenshot=str(png), user="kepala") == 0
    assert prepared == ["umkm"] and built == []
    assert "salah" in capsys.readouterr().err
    assert (QImage(str(png)).width(), QImage(str(png)).height()) == (1366, 768)
    db = open_database(path)
    try:
        with db.read() as session:
            actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "account")).all()
    finally:
        db.dispose()
    assert "login_fail" in actions and "login" not in actions


def test_screenshot_with_credentials_shows_the_page(qapp, tmp_path, monkeypatch):
    from umkm_desk.core.store.database import open_database

    path = tmp_path / "a.sqlite"
    db = open_database(path)
    add_account(db, "kepala", "admin")
    db.dispose()
    monkeypatch.setenv("UMKM_DESK_PASSWORD", PASSWORD)
    seen: list[MainWindow] = []

    class Recording(MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            seen.append(self)

    monkeypatch.setattr(main_window_module, "MainWindow", Recording)
    assert gui_app.run_gui(db=str(path), page="umkm", screenshot=str(tmp_path / "umkm.png"), user="kepala") == 0
    assert seen[0].ctx.actor.officer_name == "Uji Kepala"


def test_first_start_creates_the_administrator_refusing_bad_input(qtbot, sqlite_db):
    from umkm_desk.core.services.accounts.accounts import has_accounts
    from umkm_desk.gui.dialogs.first_admin_dialog import FirstAdminDialog

    ctx = ServiceContext(sqlite_db)
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.full_name, "Rina Kusuma")
    for password, repeat, message in (("", "", "wajib"), ("Kopi-Banten-77", "Kopi-Banten-78", "tidak sama"),
                                      ("pendek", "pendek", "paling sedikit"),
                                      ("x" * 128 + "y", "x" * 128 + "y", "paling sedikit")):
        dialog.password.setText(password)
        dialog.repeat.setText(repeat)
        dialog.create()
        assert message in dialog.message.text() or (len(password) > 128 and dialog.password.text() != password)
        assert not has_accounts(ctx)
    dialog.username.setText("admin'; DROP TABLE officer;--")
    dialog.password.setText("Kopi-Banten-77")
    dialog.repeat.setText("Kopi-Banten-77")
    dialog.create()
    assert "Nama pengguna 3–32" in dialog.message.text() and not has_accounts(ctx)
    dialog.username.setText("kepala")
    assert "Kuat" in dialog.hint.text()
    dialog.create()
    assert dialog.result() == QDialog.DialogCode.Accepted and has_accounts(ctx)
    assert dialog.login_result.account.role == "admin" and not dialog.login_result.must_change_password


def _officer_state(db) -> list[tuple]:
    from sqlalchemy import select

    from umkm_desk.core.store.models import Officer

    with db.read() as session:
        return [tuple(row) for row in session.execute(
            select(Officer.username, Officer.failed_attempts, Officer.locked_until, Officer.password_hash)
            .order_by(Officer.username))]


@pytest.mark.parametrize(("username", "password", "message"), [
    ("budi", "", "wajib diisi"),
    ("", PASSWORD, "wajib"),
    ("budi'; DROP TABLE officer;--", PASSWORD, "Nama pengguna 3–32"),
    ("bu\x00di", PASSWORD, "Nama pengguna 3–32"),
    ("bu\x1bdi", PASSWORD, "Nama pengguna 3–32"),
])
def test_the_login_dialog_refuses_bad_input_and_changes_nothing(qtbot, accounts_db, username, password, message):
    before = _officer_state(accounts_db)
    dialog = LoginDialog(ServiceContext(accounts_db))
    qtbot.addWidget(dialog)
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.login_result is None and message in dialog.message.text()
    assert dialog.isVisible() is False or dialog.result() != QDialog.DialogCode.Accepted
    assert _officer_state(accounts_db) == before


def test_a_10000_character_password_is_cut_at_the_field_and_refused(qtbot, accounts_db):
    from umkm_desk.core.services.accounts.passwords import MAX_LENGTH

    dialog = LoginDialog(ServiceContext(accounts_db), username="budi")
    qtbot.addWidget(dialog)
    dialog.password.setText("x" * 10_000)
    assert len(dialog.password.text()) == MAX_LENGTH  # never 10,000 characters into a hash
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.login_result is None and dialog.message.text() == "Nama pengguna atau kata sandi salah."


def test_a_disabled_account_is_refused_in_the_dialog(qtbot, accounts_db):
    add_account(accounts_db, "tono", "petugas", active=False)
    dialog = LoginDialog(ServiceContext(accounts_db))
    qtbot.addWidget(dialog)
    _type_and_login(qtbot, dialog, "tono", PASSWORD)
    assert dialog.login_result is None and "dinonaktifkan" in dialog.message.text()


def test_an_account_deleted_while_logged_in_is_refused_at_its_next_action(qtbot, accounts_db, monkeypatch):
    from umkm_desk.core.services.accounts import accounts
    from umkm_desk.core.services.registry import business_query
    from umkm_desk.demo.generator import fill_demo
    from umkm_desk.gui.dialogs import messages

    fill_demo(accounts_db, businesses=3, seed=2)
    admin = ServiceContext(accounts_db, add_account(accounts_db, "atasan", "admin"))
    sari = add_account(accounts_db, "sari", "petugas")
    window = MainWindow(ServiceContext(accounts_db, sari), accounts_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    page = window.show_page("umkm")
    window.wait_until_loaded(page)
    assert page.new_button.isVisibleTo(page)
    accounts.delete_account(admin, "sari")
    business_id = page.model.business_id(0)
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    said: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, **k: said.append(text))
    assert page.archive(business_id) is False
    assert said == ["Akun Anda tidak ada lagi. Masuk kembali dengan akun lain atau hubungi administrator."]
    keys = business_query.business_keys(admin, business_query.BusinessFilter())
    assert business_id in {r.id for r in business_query.business_rows(admin, keys).values()}  # nothing changed
    window.show_page("mitra")
    page = window.show_page("umkm")  # read again: a deleted account is shown nothing to press
    assert not page.new_button.isVisibleTo(page)


def test_a_forged_officer_in_the_settings_file_still_asks_for_the_password(qapp, tmp_path, monkeypatch):
    """A hand-edited settings file naming the administrator as this PC's officer opens nothing: the login
    dialog comes first, and cancelling it builds no window."""
    from umkm_desk.core.store.database import open_database

    path = tmp_path / "a.sqlite"
    db = open_database(path)
    admin = add_account(db, "kepala", "admin")
    db.dispose()
    local_settings.remember_officer(str(path), admin.officer_id)
    asked: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: asked.append(dialog.username.text()) or 0)
    built: list[object] = []
    monkeypatch.setattr(main_window_module, "MainWindow", lambda *a, **k: built.append(1))
    assert gui_app.run_gui(db=str(path)) == 0
    assert asked == [""] and built == []


def test_a_refusal_that_reaches_the_event_loop_is_said_not_a_crash(qapp, monkeypatch):
    """A read by an account deleted meanwhile, from any corner of the window, is refused by the services: the
    officer reads that refusal (what to do), not the crash dialog."""
    import sys as _sys

    from umkm_desk.core.services.accounts.permissions import NotAllowed
    from umkm_desk.gui import crash
    from umkm_desk.gui.dialogs import messages

    said: list[tuple[str, str]] = []
    crashed: list[object] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, **k: said.append((title, text)))
    monkeypatch.setattr(crash, "show_crash", lambda *a: crashed.append(a))
    uninstall = crash.install()
    try:
        for exc in (NotAllowed("Akun Anda sudah dinonaktifkan. Hubungi administrator."), RuntimeError("lain")):
            try:
                raise exc
            except Exception:  # noqa: BLE001 - handed to the hook as the event loop would
                _sys.excepthook(*_sys.exc_info())
    finally:
        uninstall()
    assert said == [("Tidak diizinkan", "Akun Anda sudah dinonaktifkan. Hubungi administrator.")]
    assert len(crashed) == 1  # the other error is still a crash
