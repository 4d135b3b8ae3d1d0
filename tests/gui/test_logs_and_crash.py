"""The log file in the user's log folder, masked NIKs and phone numbers, and the window's excepthook."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from umkm_desk import logs
from umkm_desk.gui import crash
from umkm_desk.gui.dialogs import messages


def test_log_file_in_the_isolated_user_folder_with_a_first_line() -> None:
    path = logs.setup(command="check", db="postgresql://umkm:rahasia@10.0.0.5/umkm")
    assert path is not None and path.is_file()
    assert Path(os.environ["XDG_STATE_HOME"]) in path.parents
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert "UMKM Desk" in first and "Python" in first and "basis data postgresql" in first
    assert "rahasia" not in first and "10.0.0.5" not in first


def test_a_traceback_goes_to_the_log_with_nik_and_phone_masked() -> None:
    logs.setup(command="test")
    try:
        raise ValueError("NIK 3673014508790001 tidak cocok, telepon +62 812-3456-7890")
    except ValueError as exc:
        logs.log_exception(exc, "Uji")
    logging.getLogger("umkm_desk.test").warning("pemilik 081234567890 menelepon")
    text = logs.log_path().read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError" in text
    assert "3673014508790001" not in text and "081234567890" not in text and "812-3456-7890" not in text
    assert text.count(logs.MASK) >= 3
    assert logs.redact("tahun 2026, Rp1.500.000, 28-11-2026") == "tahun 2026, Rp1.500.000, 28-11-2026"


def test_rotation_limits_the_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.setup(command="test")
    for index in range(200):
        logs.logger.info("baris %s %s", index, "x" * 50)
    folder = logs.log_path().parent
    files = sorted(p.name for p in folder.iterdir())
    assert logs.LOG_FILENAME + ".1" in files and len(files) <= logs.BACKUP_COUNT + 1
    assert all(p.stat().st_size <= 2_200 for p in folder.iterdir())


def test_excepthook_logs_and_shows_the_dialog(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    logs.setup(command="gui")
    shown: list[tuple[str, list[str]]] = []

    def copy_details(box: QMessageBox) -> None:
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Salin detail").click()

    monkeypatch.setattr(messages, "run_box", copy_details)
    before = sys.excepthook
    uninstall = crash.install()
    try:
        try:
            raise ZeroDivisionError("pembagian NIK 3673014508790001")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        qWarning("QPainter::begin: uji peringatan")
    finally:
        uninstall()
    assert sys.excepthook is before  # put back
    assert len(shown) == 1
    text, buttons = shown[0]
    assert "kesalahan tak terduga" in text.lower() and str(logs.log_path()) in text
    assert set(buttons) == {"Salin detail", "Tutup"}
    clip = QApplication.clipboard().text()
    assert "ZeroDivisionError" in clip and "3673014508790001" not in clip
    log = logs.log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "Traceback" in log and "3673014508790001" not in log
    assert "uji peringatan" in log  # Qt's warnings reach the log


def test_unattended_excepthook_never_waits_on_a_modal(qapp, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup(command="gui")
    monkeypatch.setattr(messages, "run_box", lambda box: pytest.fail("a modal in --screenshot"))
    uninstall = crash.install(unattended=True)
    try:
        try:
            raise RuntimeError("x")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    assert "kesalahan tak terduga" in capsys.readouterr().err
