"""Safekeeping in the window: the start check holds writes, idle backups and the weekly check, a failed backup
as a non-modal notice, the backup on close, and a damaged file salvaged from the window."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.status import set_backup_folder
from umkm_desk.core.store.models import Kelurahan
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.safekeeping.controller import Safekeeping

DAY = datetime(2026, 8, 17, 14, 0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(DAY)


@pytest.fixture
def keeper(window, clock: Clock) -> Iterator[Safekeeping]:
    keeper = Safekeeping(window, clock=clock)
    yield keeper
    keeper.timer.stop()
    keeper.wait()


def _db_path(window) -> Path:
    path = window.ctx.db.target.path
    assert path is not None
    return path


def _backups(window) -> list[files.NamedBackup]:
    path = _db_path(window)
    folder = files.default_folder(path)
    return files.named_backups(path, folder) if folder.is_dir() else []


def test_berkas_menu_has_restore_and_check_after_backup(keeper: Safekeeping, window) -> None:
    names = [a.objectName() for a in window.ui.menuBerkas.actions()]
    at = names.index("actionBackup")
    assert names[at + 1: at + 3] == ["actionRestore", "actionCheckDatabase"]
    assert keeper.restore_action.isEnabled()


def test_start_check_passes_and_releases_the_writes(qtbot, keeper: Safekeeping, window) -> None:
    from umkm_desk.core.services.office.officers import create_officer

    with qtbot.waitSignal(keeper.finished, timeout=10_000) as signal:
        keeper.start()
        # a write on the GUI thread at once (the first start's demo data) waits for the check, without the
        # event loop: the worker releases the gate itself
        create_officer(window.ctx, "Budi")
    assert signal.args == ["check", True]
    assert keeper.gate is not None and keeper.gate.released
    assert not keeper.window.damage_banner.isVisible()


def test_idle_day_backup_then_weekly_check(qtbot, keeper: Safekeeping, clock: Clock, window) -> None:
    keeper._last_input = DAY - timedelta(minutes=1)
    keeper.idle_tick()
    assert keeper._task is None  # the officer is working: nothing runs
    keeper._last_input = DAY - timedelta(minutes=10)
    with qtbot.waitSignal(keeper.finished, timeout=10_000) as signal:
        keeper.idle_tick()
    assert signal.args == ["backup", True]
    assert [b.made_at for b in _backups(window)] == [DAY]
    assert not keeper.backup_due()
    assert keeper.full_check_due()
    with qtbot.waitSignal(keeper.finished, timeout=10_000) as signal:
        keeper.idle_tick()  # the day's backup is there: the week's full check runs instead
    assert signal.args == ["check", True]
    assert not keeper.full_check_due()
    clock.now = DAY + timedelta(days=1)
    assert keeper.backup_due()
    clock.now = DAY + timedelta(days=7)
    assert keeper.full_check_due()


def test_a_failed_backup_is_a_non_modal_notice(qtbot, keeper: Safekeeping, window, tmp_path: Path,
                                               clock: Clock) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    set_backup_folder(window.ctx, stick)
    stick.rmdir()  # the flash drive was pulled
    window.show()
    keeper._last_input = DAY - timedelta(hours=1)
    with qtbot.waitSignal(keeper.finished, timeout=10_000) as signal:
        keeper.idle_tick()
    assert signal.args == ["backup", False]
    notice = keeper.notice
    assert notice is not None and notice.isVisible()
    assert notice.windowModality() == Qt.WindowModality.NonModal
    assert "Cadangan otomatis gagal" in notice.text() and "tidak ditemukan" in notice.text()
    assert QApplication.activeModalWidget() is None  # nothing waits on the officer
    notice.close()
    with qtbot.waitSignal(keeper.finished, timeout=20_000) as signal:
        keeper.idle_tick()  # a minute later: no second backup attempt (nor notice) yet, the week's check instead
    assert signal.args == ["check", True]
    assert keeper.notice is None
    clock.now = DAY + timedelta(hours=1)
    keeper._last_input = clock.now - timedelta(hours=1)
    with qtbot.waitSignal(keeper.finished, timeout=10_000) as signal:
        keeper.idle_tick()  # an hour later it tries again
    assert signal.args == ["backup", False]
    keeper.notice.close()


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_backup_on_close(qtbot, keeper: Safekeeping, window, monkeypatch: pytest.MonkeyPatch) -> None:
    assert keeper.backup_on_close()
    assert len(_backups(window)) == 1
    offered: list[str] = []
    monkeypatch.setattr(messages, "run_box", lambda box: (offered.append(box.text()), _click(box, "Nanti")))
    window.ctx.db.mark_damaged()  # a copy of a damaged file is no backup
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    assert "Selamatkan data" in offered[0]
    assert not keeper.backup_on_close()
    assert len(_backups(window)) == 1


def _damage_kelurahan_page(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page, cells = conn.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'kelurahan' AND pagetype = 'leaf' "
            "ORDER BY ncell DESC LIMIT 1").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\x0d" + b"\xff" * (size - 1))
    return int(cells)


def test_a_damaged_file_is_found_at_start_and_salvaged(qtbot, keeper: Safekeeping, window,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = _db_path(window)
    with window.ctx.db.read() as session:
        before = session.scalar(select(func.count()).select_from(Kelurahan))
    window.ctx.db.engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    lost = _damage_kelurahan_page(path)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))

    def choose_salvage(box: QMessageBox) -> None:
        shown.append(box.text())
        _click(box, "Selamatkan data")

    monkeypatch.setattr(messages, "run_box", choose_salvage)
    window.show()
    keeper.start()
    qtbot.waitUntil(lambda: len(shown) >= 2, timeout=20_000)
    assert "Berkas basis data rusak" in shown[0]
    report = shown[1]
    assert "rusak-" in report
    assert not window.damage_banner.isVisible()
    assert not window.ctx.db.damaged
    with window.ctx.db.read() as session:
        # region codes are shipped with the program: the rows of the damaged page are put back
        assert session.scalar(select(func.count()).select_from(Kelurahan)) == before
    assert lost > 0
    assert list(path.parent.glob("umkm.sqlite.rusak-*"))
    from umkm_desk.core.services.office.officers import create_officer

    create_officer(window.ctx, "Budi")  # the rescued file takes writes
    window.ctx.db.dispose()
