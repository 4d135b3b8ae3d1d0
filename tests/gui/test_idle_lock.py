"""The idle lock: after the idle time every window is covered; the account's password unlocks it, and what
was typed into an open form is still there."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accounts"))
from account_helpers import PASSWORD, add_account  # noqa: E402

from umkm_desk.core.services.context import ServiceContext  # noqa: E402
from umkm_desk.gui import local_settings  # noqa: E402
from umkm_desk.gui.idle_lock import Cover, IdleLock  # noqa: E402
from umkm_desk.gui.main_window import MainWindow  # noqa: E402


def test_idle_time_is_a_setting_of_this_pc():
    assert local_settings.idle_lock_minutes() == 10
    local_settings.local_settings().setValue("security/idle_lock_minutes", "0.5")
    assert local_settings.idle_lock_minutes() == 0.5
    local_settings.local_settings().setValue("security/idle_lock_minutes", "lama")
    assert local_settings.idle_lock_minutes() == 10


def test_lock_covers_every_window_and_the_password_unlocks_keeping_the_form(qtbot, sqlite_db):
    actor = add_account(sqlite_db, "kepala", "admin")
    local_settings.local_settings().setValue("security/idle_lock_minutes", "0")
    ctx = ServiceContext(sqlite_db, actor)
    window = MainWindow(ctx, sqlite_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    form = QDialog(window)
    edit = QLineEdit(form)
    QVBoxLayout(form).addWidget(edit)
    form.show()
    qtbot.keyClicks(edit, "Warung Bu Siti belum disimpan")

    lock = IdleLock(ctx, 0.001, window)  # 60 ms
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    covers = set(window.findChildren(Cover))  # the form is a child of the window: its cover is found too
    assert {c.parentWidget() for c in covers} == {window, form} and all(c.isVisible() and c.geometry() == c.parentWidget().rect() for c in covers)
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal

    qtbot.keyClicks(dialog.password, "bukan-kata-sandi")
    dialog.try_unlock()
    assert lock.is_locked and "salah" in dialog.message.text()
    dialog.reject()  # Escape does not unlock
    assert lock.is_locked

    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_unlock()
    assert not lock.is_locked
    lock.stop()  # its 60 ms would lock again
    QApplication.processEvents()
    assert not [c for c in window.findChildren(Cover) if c.isVisible()]
    assert form.isVisible() and edit.text() == "Warung Bu Siti belum disimpan"


def test_an_account_disabled_meanwhile_cannot_unlock(qtbot, sqlite_db):
    from umkm_desk.core.services.accounts.accounts import set_active

    admin = add_account(sqlite_db, "kepala", "admin")
    actor = add_account(sqlite_db, "budi", "petugas")
    ctx = ServiceContext(sqlite_db, actor)
    lock = IdleLock(ctx, 60)
    lock.lock()
    set_active(ServiceContext(sqlite_db, admin), "budi", False)
    qtbot.keyClicks(lock.dialog.password, PASSWORD)
    lock.dialog.try_unlock()
    assert lock.is_locked and "tidak ada lagi" in lock.dialog.message.text()
    dialog = lock.dialog
    lock.unlock()  # as if another way out had been taken: nothing modal may stay behind for later tests
    lock.stop()
    assert not dialog.isVisible() and QApplication.activeModalWidget() is None


def test_a_closed_window_never_locks_the_app(qtbot, sqlite_db):
    """A window that is closed (or never shown) leaves no lock behind to cover later windows."""
    actor = add_account(sqlite_db, "kepala", "admin")
    window = MainWindow(ServiceContext(sqlite_db, actor), sqlite_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    lock = IdleLock(window.ctx, 0.001, window)
    qtbot.wait(150)
    assert not lock.is_locked and not lock.timer.isActive()
    assert QApplication.activeModalWidget() is None
    lock.stop()


def test_input_into_a_window_postpones_the_lock(qtbot, sqlite_db):
    """The input is watched on the windows themselves (the system's events reach them first)."""
    from PySide6.QtTest import QTest

    actor = add_account(sqlite_db, "kepala", "admin")
    local_settings.local_settings().setValue("security/idle_lock_minutes", "0")
    window = MainWindow(ServiceContext(sqlite_db, actor), sqlite_db.target.display)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window.ctx, 1, window)  # a minute
    lock.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's remainingTime() moves in steps
    lock.timer.start()
    qtbot.wait(300)
    waited = lock.timer.remainingTime()
    assert waited <= 59_800
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # delivered as the system does: to the window
    assert lock.timer.remainingTime() > waited
    qtbot.wait(300)
    waited = lock.timer.remainingTime()
    QTest.mouseMove(window.windowHandle(), window.rect().center())
    assert lock.timer.remainingTime() > waited
    lock.stop()
    lock.stop()  # twice is harmless
    assert not lock.timer.isActive()
