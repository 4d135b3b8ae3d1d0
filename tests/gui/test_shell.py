"""The application shell: navigation, startup, instance lock, officer choice, demo offer, screenshot."""

from __future__ import annotations

import gc
import importlib.util
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.office.officers import create_officer, list_officers
from umkm_desk.gui import app as gui_app
from umkm_desk.gui import file_dialogs, local_settings
from umkm_desk.gui import main_window as main_window_module
from umkm_desk.gui.dialogs import first_run, messages
from umkm_desk.gui.dialogs.about_dialog import AboutDialog
from umkm_desk.gui.dialogs.officer_dialog import OfficerDialog
from umkm_desk.gui.main_window import PAGE_KEYS, PAGE_SPECS, MainWindow, PageSpec, load_page_class
from umkm_desk.gui.pages.placeholder import PlaceholderPage

ROOT = Path(__file__).resolve().parents[2]
NAV = ["Beranda", "UMKM", "Pendampingan", "Mitra", "Dokumen", "Laporan", "Pengaturan"]


def _subprocess_env() -> dict[str, str]:
    env = dict(os.environ)  # HOME/XDG already point at temporary folders (conftest)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run_cli(args: list[str], timeout: int = 120) -> subprocess.CompletedProcess[str]:
    code = f"import sys; from umkm_desk.cli import main; sys.exit(main({args!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=_subprocess_env(), cwd=ROOT, check=False)


# --- navigation ----------------------------------------------------------------------------------------


def test_navigation_lists_seven_pages_in_indonesian(window: MainWindow) -> None:
    assert window.nav_labels() == NAV
    assert PAGE_KEYS == ("beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan", "pengaturan")
    assert window.menuBar().actions()[0].text().replace("&", "") == "Berkas"
    assert window.menuBar().actions()[1].text().replace("&", "") == "Bantuan"
    assert [a.text().replace("&", "") for a in window.ui.menuBerkas.actions() if a.text()] == [
        "Impor UMKM…", "Riwayat impor…", "Unduh templat impor…", "Ekspor ke Excel…", "Ekspor SIDT-KUMKM…",
        "Buat laporan…", "Sinkronisasi…", "Ganti petugas…", "Sambungan basis data…", "Cadangkan basis data…",
        "Keluar",
    ]
    assert window.ui.actionExport.shortcut().toString() == "Ctrl+E"
    assert window.ui.actionQuit.shortcut().toString() == "Ctrl+Q"


def test_ctrl_number_switches_page(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page("beranda")
    window.ui.navList.setFocus()
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "pendampingan"
    assert window.ui.navList.currentRow() == 2
    assert window.ui.pageTitleLabel.text() == window.current_page().title()
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "pengaturan"
    assert window.ui.pageTitleLabel.text() == "Pengaturan"


def test_clicking_navigation_opens_page_lazily(window: MainWindow) -> None:
    assert window.page("mitra") is None
    window.ui.navList.setCurrentRow(3)
    assert window.current_key() == "mitra"
    assert window.page("mitra") is window.ui.pageStack.currentWidget()
    assert window.page("laporan") is None


def test_every_page_opens_and_loads(window: MainWindow) -> None:
    for key in PAGE_KEYS:
        page = window.show_page(key)
        assert window.wait_until_loaded(page, 30_000), key
        assert page.title()
        assert window.ui.pageSubtitleLabel.text()
        assert "None" not in window.ui.pageTitleLabel.text() + window.ui.pageSubtitleLabel.text()


def test_what_a_page_built_is_kept_out_of_the_cycle_collector(window: MainWindow) -> None:
    """Once a page shows its first data, the objects built so far are frozen (gc.freeze): Python's full
    collections then no longer walk the whole app in the middle of a keystroke."""
    gc.unfreeze()
    try:
        page = window.show_page("mitra")
        assert window.wait_until_loaded(page)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_status_bar_shows_database_and_officer(window: MainWindow, gui_ctx: ServiceContext) -> None:
    assert str(gui_ctx.db.target.path) in window.db_label.text()
    assert window.officer_label.text() == "Petugas: Siti Rahmawati"


# --- page registry -------------------------------------------------------------------------------------


def test_missing_page_module_gives_placeholder(window: MainWindow, monkeypatch) -> None:
    spec = PageSpec("laporan", "umkm_desk.gui.pages.belum_ada_page", "BelumAdaPage")
    assert load_page_class(spec) == (None, None)
    monkeypatch.setattr("umkm_desk.gui.main_window.PAGE_SPECS",
                        tuple(spec if s.key == "laporan" else s for s in PAGE_SPECS))
    page = window.show_page("laporan")
    assert isinstance(page, PlaceholderPage)
    assert page.message_label.text() == "Halaman ini segera hadir."
    assert page.is_loaded()


def _fake_module(tmp_path: Path, monkeypatch, name: str, body: str) -> str:
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_import_error_inside_a_page_is_shown_not_hidden(tmp_path: Path, monkeypatch, capsys) -> None:
    name = _fake_module(tmp_path, monkeypatch, "rusak_page", "import modul_yang_tidak_ada_sama_sekali\n")
    cls, problem = load_page_class(PageSpec("umkm", name, "UmkmPage"))
    assert cls is None and "modul_yang_tidak_ada_sama_sekali" in problem
    assert "modul_yang_tidak_ada_sama_sekali" in capsys.readouterr().err


def test_real_errors_in_a_page_module_propagate(tmp_path: Path, monkeypatch) -> None:
    name = _fake_module(tmp_path, monkeypatch, "salah_page", "x = 1 / 0\n")
    with pytest.raises(ZeroDivisionError):
        load_page_class(PageSpec("umkm", name, "UmkmPage"))
    name = _fake_module(tmp_path, monkeypatch, "tanpa_kelas_page", "X = 1\n")
    with pytest.raises(AttributeError):
        load_page_class(PageSpec("umkm", name, "UmkmPage"))


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=[s.key for s in PAGE_SPECS])
def test_existing_page_modules_import_cleanly(spec: PageSpec) -> None:
    if importlib.util.find_spec(spec.module) is None:
        pytest.skip(f"{spec.module} belum ada; PlaceholderPage dipakai")
    cls, problem = load_page_class(spec)
    assert problem is None and cls is not None
    assert cls.key in ("", spec.key)


# --- startup -------------------------------------------------------------------------------------------


@pytest.fixture
def captured_windows(monkeypatch) -> list[MainWindow]:
    windows: list[MainWindow] = []

    class Recording(MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setattr(main_window_module, "MainWindow", Recording)
    return windows


def test_screenshot_in_process_opens_requested_page(qapp, tmp_path: Path, captured_windows) -> None:
    png = tmp_path / "shots" / "mitra.png"
    assert gui_app.run_gui(db=str(tmp_path / "a.sqlite"), page="mitra", screenshot=str(png)) == 0
    assert captured_windows[0].current_key() == "mitra"
    assert captured_windows[0].ctx.actor.officer_name == "Petugas Demo"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    assert not (tmp_path / "a.sqlite.lock").exists()  # released on exit
    assert QApplication.applicationName() == "UMKM Desk"
    assert QApplication.organizationName() == "Disperindagkop Kota Serang"


def test_cli_screenshot_writes_1366x768_png(tmp_path: Path) -> None:
    png = tmp_path / "pengaturan.png"
    result = _run_cli(["--db", str(tmp_path / "umkm.sqlite"), "--page", "pengaturan", "--screenshot", str(png)])
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_second_instance_is_refused_in_process(qapp, tmp_path: Path, capsys) -> None:
    db = tmp_path / "umkm.sqlite"
    holder = QLockFile(str(tmp_path / "umkm.sqlite.lock"))
    assert holder.tryLock(0)
    try:
        code = gui_app.run_gui(db=str(db), page=None, screenshot=str(tmp_path / "x.png"))
    finally:
        holder.unlock()
    assert code == 2
    err = capsys.readouterr().err
    assert f"Basis data ini sedang dibuka oleh UMKM Desk lain (PID {os.getpid()}" in err
    assert not (tmp_path / "x.png").exists()
    assert not db.exists()  # the second instance did not even open (or migrate) it


def test_second_instance_is_refused_across_processes(tmp_path: Path) -> None:
    db = tmp_path / "umkm.sqlite"
    holder = QLockFile(str(tmp_path / "umkm.sqlite.lock"))
    assert holder.tryLock(0)
    try:
        result = _run_cli(["--db", str(db), "--screenshot", str(tmp_path / "x.png")])
    finally:
        holder.unlock()
    assert result.returncode == 2
    assert "sedang dibuka oleh UMKM Desk lain" in result.stderr
    assert f"PID {os.getpid()}" in result.stderr


def test_second_instance_shows_a_message_box_when_interactive(qapp, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail=None: shown.append(text))
    holder = QLockFile(str(tmp_path / "umkm.sqlite.lock"))
    assert holder.tryLock(0)
    try:
        assert gui_app.run_gui(db=str(tmp_path / "umkm.sqlite")) == 2
    finally:
        holder.unlock()
    assert shown and "sedang dibuka oleh UMKM Desk lain" in shown[0]


def test_lock_left_by_a_dead_process_is_taken_over(qapp, tmp_path: Path) -> None:
    lock = tmp_path / "umkm.sqlite.lock"
    code = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(lock)!r})
        assert lock.tryLock(0)
        os._exit(0)  # crash: the lock file stays behind
    """)
    subprocess.run([sys.executable, "-c", code], check=True, env=_subprocess_env(), timeout=60)
    assert lock.exists()
    assert gui_app.run_gui(db=str(tmp_path / "umkm.sqlite"), screenshot=str(tmp_path / "x.png")) == 0


def test_server_database_lock_lives_in_user_data_dir(tmp_path: Path) -> None:
    from umkm_desk.core.store.engine import resolve_target

    target = resolve_target("postgresql://petugas:rahasia@server-kantor/umkm")
    path = gui_app.lock_path_for(target)
    assert path.suffix == ".lock" and "rahasia" not in str(path)
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])
    assert gui_app.lock_path_for(resolve_target(str(tmp_path / "a.sqlite"))) == tmp_path / "a.sqlite.lock"


def test_bad_database_file_is_reported(qapp, tmp_path: Path, capsys, monkeypatch) -> None:
    bad = tmp_path / "bukan.sqlite"
    bad.write_bytes(b"ini bukan basis data sama sekali" * 10)
    assert gui_app.run_gui(db=str(bad), screenshot=str(tmp_path / "x.png")) == 1
    assert "bukan basis data UMKM Desk" in capsys.readouterr().err
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail=None: shown.append(text))
    assert gui_app.run_gui(db=str(bad)) == 1
    assert "bukan basis data UMKM Desk" in shown[0]
    assert bad.read_bytes().startswith(b"ini bukan")  # untouched


# --- officer -------------------------------------------------------------------------------------------


def test_officer_dialog_validates_new_officer(qtbot, sqlite_db) -> None:
    ctx = ServiceContext(sqlite_db)
    dialog = OfficerDialog(ctx, first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.ui.officerCombo.isHidden() and dialog.is_new()
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.nameError.text() == "Nama petugas wajib diisi."
    assert not dialog.ui.nameError.isHidden()
    qtbot.keyClicks(dialog.ui.nameEdit, "Budi Santoso")
    assert dialog.ui.nameError.isHidden()  # cleared as soon as the officer types
    qtbot.keyClicks(dialog.ui.nipEdit, "12345")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert "18 digit" in dialog.ui.nipError.text()
    assert dialog.ui.nipEdit.property("invalid") is True
    assert dialog.result() == 0 and list_officers(ctx) == []
    assert dialog.ui.nameEdit.text() == "Budi Santoso"  # nothing typed is lost
    dialog.ui.nipEdit.clear()
    qtbot.keyClicks(dialog.ui.nipEdit, "19860926 201505 1 002")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == OfficerDialog.DialogCode.Accepted
    assert dialog.officer is not None and dialog.officer.nip == "198609262015051002"
    assert [o.name for o in list_officers(ctx)] == ["Budi Santoso"]


def test_officer_dialog_picks_existing_officer(qtbot, sqlite_db) -> None:
    ctx = ServiceContext(sqlite_db)
    create_officer(ctx, "Andi")
    budi = create_officer(ctx, "Budi")
    dialog = OfficerDialog(ctx, current=budi.id)
    qtbot.addWidget(dialog)
    combo = dialog.ui.officerCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Andi", "Budi", "Tambah petugas baru…"]
    assert combo.currentText() == "Budi" and dialog.ui.newOfficerGroup.isHidden()
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert dialog.officer == budi
    combo.setCurrentIndex(2)
    assert not dialog.ui.newOfficerGroup.isHidden()


def _when_modal(callback) -> None:
    """Run ``callback(dialog)`` on the next modal dialog (so exec() never blocks a test)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
        else:
            callback(widget)
    QTimer.singleShot(0, poll)


def test_first_start_asks_and_remembers_officer(qtbot, sqlite_db) -> None:
    ctx = ServiceContext(sqlite_db)
    display = sqlite_db.target.display

    def fill(dialog: OfficerDialog) -> None:
        dialog.ui.nameEdit.setText("Dewi Lestari")
        dialog.ui.okButton.click()

    _when_modal(fill)
    officer = first_run.resolve_officer(ctx, display)
    assert officer is not None and officer.name == "Dewi Lestari"
    assert local_settings.remembered_officer_id(display) == officer.id
    assert local_settings.settings_path().is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))
    # Next start on this PC: no dialog, same officer.
    assert first_run.resolve_officer(ctx, display) == officer


def test_first_start_cancel_returns_none(qtbot, sqlite_db) -> None:
    _when_modal(lambda dialog: dialog.reject())
    assert first_run.resolve_officer(ServiceContext(sqlite_db), sqlite_db.target.display) is None


def test_change_officer_from_menu(qtbot, window: MainWindow, gui_ctx: ServiceContext) -> None:
    other = create_officer(gui_ctx, "Rina Wulandari")

    def choose(dialog: OfficerDialog) -> None:
        dialog.ui.officerCombo.setCurrentIndex(dialog.ui.officerCombo.findData(str(other.id)))
        dialog.ui.okButton.click()

    _when_modal(choose)
    window.ui.actionChangeOfficer.trigger()
    assert gui_ctx.actor.officer_id == other.id
    assert window.officer_label.text() == "Petugas: Rina Wulandari"
    assert local_settings.remembered_officer_id(window.db_display) == other.id


# --- demo offer, backup, about, closing ----------------------------------------------------------------


def test_demo_offer_declined(qtbot, gui_ctx, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    assert first_run.offer_demo_data(gui_ctx) is False


def test_demo_offer_accepted_fills_database(qtbot, gui_ctx, monkeypatch) -> None:
    calls: list[dict] = []

    def fill_demo(db, businesses: int = 300, progress=None) -> None:
        calls.append({"db": db, "businesses": businesses})
        if progress:
            progress("UMKM 150/300", 0.5)
            progress(2, 2)

    monkeypatch.setitem(sys.modules, "umkm_desk.demo.generator", types.SimpleNamespace(fill_demo=fill_demo))
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    assert first_run.offer_demo_data(gui_ctx) is True
    assert calls == [{"db": gui_ctx.db, "businesses": 300}]


def test_demo_failure_is_shown(qtbot, gui_ctx, monkeypatch) -> None:
    def fill_demo(db, businesses: int = 300) -> None:
        raise ServiceError("Disk penuh.")

    shown: list[str | None] = []
    monkeypatch.setitem(sys.modules, "umkm_desk.demo.generator", types.SimpleNamespace(fill_demo=fill_demo))
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail=None: shown.append(detail))
    assert first_run.load_demo_data(gui_ctx) is False
    assert shown == ["Disk penuh."]


def test_backup_from_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "cadangan.sqlite"
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(dest)])
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(text))
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: not window.busy.is_running())  # written in a worker thread
    assert dest.exists() and str(dest) in shown[0]


def test_about_dialog_has_version_and_attribution(qtbot) -> None:
    from umkm_desk import __version__

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.attribution_label.text()
    for fragment in ("Kepmendagri No 300.2.2-2138 Tahun 2025", "cahyadsn/wilayah", "MIT License"):
        assert fragment in text
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.attribution_label)))
    assert f"Versi {__version__}" in labels


def test_close_with_unsaved_settings_asks(qtbot, window: MainWindow, monkeypatch) -> None:
    window.confirm_close = True
    window.show()
    page = window.show_page("pengaturan")
    page.edits["dinas"].setText("Dinas Baru")
    answers = iter([False, True])
    monkeypatch.setattr(messages, "ask", lambda *a, **k: next(answers))
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()


def test_interactive_start_asks_for_the_administrator_offers_demo_and_exits_cleanly(qapp, tmp_path: Path, monkeypatch,
                                                                      captured_windows) -> None:
    asked: list[str] = []

    def decline(parent, title, text, **kwargs) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "ask", decline)

    def fill(dialog) -> None:  # the first start on a database without accounts asks for the administrator
        dialog.full_name.setText("Petugas Pagi")
        dialog.password.setText("Kopi-Banten-77")
        dialog.repeat.setText("Kopi-Banten-77")
        dialog.ok.click()
        QTimer.singleShot(0, close_window)

    def close_window() -> None:
        if captured_windows and captured_windows[0].isVisible():
            captured_windows[0].close()
        else:
            QTimer.singleShot(20, close_window)

    _when_modal(fill)
    db = tmp_path / "umkm.sqlite"
    assert gui_app.run_gui(db=str(db), page="mitra") == 0
    window = captured_windows[0]
    assert window.current_key() == "mitra"
    assert window.officer_label.text() == "Pengguna: Petugas Pagi (Administrator)"
    assert asked and "data contoh" in asked[0]
    assert window.uses_accounts and window.ctx.actor.officer_id is not None
    assert not (tmp_path / "umkm.sqlite.lock").exists()
