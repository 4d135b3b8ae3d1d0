"""Startup: the QApplication, one instance per database, the officer, the demo offer, and ``--screenshot``.

Exit codes: 0 done (or the officer cancelled the first-start dialog), 1 the database cannot be used or the
screenshot failed, 2 the database is already open in another UMKM Desk.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QLocale, QLockFile, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication

from umkm_desk import __version__, logs
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.office import maintenance
from umkm_desk.core.store.database import Database, open_database
from umkm_desk.core.store.engine import DatabaseTarget, StoreError, resolve_target
from umkm_desk.gui import crash, file_dialogs, language
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.dates import INDONESIAN
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.local_settings import APP_NAME, ORGANIZATION
from umkm_desk.gui.opening import open_database_with_notice
from umkm_desk.gui.theme import apply_theme

if TYPE_CHECKING:
    from umkm_desk.core.services.accounts.login import LoginResult
    from umkm_desk.gui.main_window import MainWindow

# The main window, its pages, the safekeeping and the first-start dialogs are imported when needed (see
# prepare_first_screen): on a database with accounts their import runs while the password is checked.

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_LOCKED = 2
#: the picture of ``--screenshot`` (the main window's default size)
SCREENSHOT_SIZE = QSize(1366, 768)


_tr = translator("Startup")


def application() -> QApplication:
    """The one QApplication, created or reused (tests own theirs), set up with name, locale and theme."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    QLocale.setDefault(INDONESIAN)
    _install_translation(app)
    file_dialogs.install_qt_translation(app)
    apply_theme(app)
    return app


def _install_translation(app: QApplication) -> None:
    """The interface language of this run (``--lang``, else Pengaturan → Bahasa); see ``gui/language.py``."""
    language.install(app, language.language_for_this_run())


def _report(message: str, *, unattended: bool, title: str | None = None) -> None:
    if unattended:
        print(f"umkm-desk: {message}", file=sys.stderr)
    else:
        messages.show_error(None, title or _tr("UMKM Desk"), message)


# --- one instance per database -------------------------------------------------------------------------


def lock_path_for(target: DatabaseTarget) -> Path:
    """``<db>.lock`` beside a SQLite file; for a server, one lock per URL in the user's data folder."""
    if target.path is not None:
        return target.path.with_name(target.path.name + ".lock")
    url = target.url.render_as_string(hide_password=True)
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:20]
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANIZATION, roaming=False)) / "locks" / f"{digest}.lock"


class InstanceLock:
    """A QLockFile held for the app's lifetime. A lock left by a crashed process is detected and taken over
    (Qt checks whether the PID in the file still runs); a live one is never considered stale by age."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: QLockFile | None = None
        self.owner_pid: int | None = None
        self.owner_host: str | None = None

    def acquire(self) -> bool | None:
        """True: held. False: another live instance holds it. None: no lock possible here (e.g. read-only
        folder) — the database open that follows reports the real problem."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        lock = QLockFile(str(self.path))
        lock.setStaleLockTime(0)  # an app stays open for days: only a dead owner makes the lock stale
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            info = lock.getLockInfo()
            if isinstance(info, tuple) and len(info) >= 3 and info[0]:
                self.owner_pid, self.owner_host = int(info[0]), str(info[1])
            return False
        return None

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def locked_message(lock: InstanceLock) -> str:
    who = _tr("PID {pid}").format(pid=lock.owner_pid) if lock.owner_pid else _tr("PID tidak diketahui")
    if lock.owner_host:
        who = _tr("{who} di komputer {host}").format(who=who, host=lock.owner_host)
    return _tr(
        "Basis data ini sedang dibuka oleh UMKM Desk lain ({who}). Tutup aplikasi itu lebih dulu, "
        "lalu buka kembali. Bila aplikasi itu sudah tertutup karena listrik padam, tunggu sebentar lalu coba lagi."
    ).format(who=who)


# --- the run -------------------------------------------------------------------------------------------


def _unattended_failure(window: MainWindow) -> str | None:
    """The one line an unattended run reports instead of the message boxes it did not show."""
    if maintenance.is_damaged(window.ctx.db):
        return maintenance.damaged_message(window.ctx.db)
    return messages.unattended_errors[0] if messages.unattended_errors else None


def _take_screenshot(window: MainWindow, page_key: str, png: str) -> int:
    app = QApplication.instance()
    window.resize(SCREENSHOT_SIZE)
    window.show()
    page = window.show_page(page_key)
    loaded = window.wait_until_loaded(page)
    for _ in range(5):
        app.processEvents()
    failure = _unattended_failure(window)
    if failure is not None:  # what an officer would have seen in a message box: one line, no picture
        print(f"umkm-desk: {failure}", file=sys.stderr)
        return EXIT_ERROR
    if not loaded:
        print(_tr("umkm-desk: halaman {page} tidak selesai memuat data dalam 30 detik.").format(page=page_key),
              file=sys.stderr)
        return EXIT_ERROR
    pixmap = window.grab()
    if pixmap.size() != SCREENSHOT_SIZE:  # a high-DPI screen grabs more pixels; the PNG is always 1366×768
        pixmap = pixmap.scaled(SCREENSHOT_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    out = Path(png).expanduser()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"umkm-desk: {out.parent}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    if not pixmap.save(str(out), "PNG"):
        print(_tr("umkm-desk: tangkapan layar tidak dapat disimpan ke {path}.").format(path=out), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_gui(db: str | None = None, page: str | None = None, screenshot: str | None = None,
            user: str | None = None) -> int:
    """Open the main window on ``db``; with ``screenshot``, save a 1366×768 PNG of ``page`` and exit.

    On a database with accounts the login comes first (``user`` fills in the name); a screenshot logs in with
    ``user`` (or UMKM_DESK_USER) and UMKM_DESK_PASSWORD, and without valid ones pictures only the login."""
    app = application()
    unattended = screenshot is not None
    if not logs.is_setup():  # run_gui called directly, not through cli.main
        logs.setup(command="gui", db=db)
    uninstall = crash.install(unattended=unattended)
    try:
        return _run_gui(app, db, page, screenshot, user)
    finally:
        uninstall()
        messages.set_non_interactive(False)  # a screenshot run in a longer-lived process leaves no trace


def remembered_database(*, unattended: bool) -> str | None:
    """The database chosen on this PC in Berkas › Sambungan basis data…, when neither --db nor UMKM_DESK_DB
    names one. A server's password comes from the OS credential store, or is asked for (never stored in clear)."""
    from umkm_desk.core.services.server import credentials
    from umkm_desk.gui.local_settings import remembered_connection

    if os.environ.get("UMKM_DESK_DB"):
        return None
    choice = remembered_connection()
    if choice is None:
        return None
    if isinstance(choice, Path):
        return str(choice)
    password = credentials.stored_password(choice.display)
    if password is None and not unattended:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        typed, ok = QInputDialog.getText(None, _tr("Sandi server basis data"),
                                         _tr("Sandi untuk {who}:").format(who=choice.display),
                                         QLineEdit.EchoMode.Password)
        password = typed if ok else None
    return choice.url(password)


def _run_gui(app: QApplication, db: str | None, page: str | None, screenshot: str | None,
             user: str | None = None) -> int:
    unattended = screenshot is not None
    messages.set_non_interactive(unattended)
    if db is None:
        db = remembered_database(unattended=unattended)
    try:
        target = resolve_target(db)
    except StoreError as exc:
        _report(exc.message, unattended=unattended)
        return EXIT_ERROR
    except Exception as exc:  # a malformed URL
        logs.log_exception(exc, "--db tidak dapat dipahami")
        _report(_tr("Alamat basis data tidak dapat dipakai: {error}").format(error=exc), unattended=unattended)
        return EXIT_ERROR

    lock = InstanceLock(lock_path_for(target))
    if lock.acquire() is False:
        _report(locked_message(lock), unattended=unattended, title=_tr("Basis data sedang dipakai"))
        return EXIT_LOCKED
    try:
        try:
            database = open_database(db) if unattended else open_database_with_notice(app, db, target)
        except StoreError as exc:
            _report(exc.message, unattended=unattended, title=_tr("Basis data tidak dapat dibuka"))
            return EXIT_ERROR
        except Exception as exc:  # the traceback goes to the log, the officer gets the Indonesian message
            failure = messages.describe_failure(exc, _tr("Basis data tidak dapat dibuka"))
            _report(_tr("Basis data tidak dapat dibuka. {error}").format(error=failure.message),
                    unattended=unattended, title=_tr("Basis data tidak dapat dibuka"))
            return EXIT_ERROR
        try:
            return _run_with_database(app, database, target, page, screenshot, user)
        finally:
            database.dispose()
    finally:
        lock.release()


def prepare_first_screen(page: str | None) -> None:
    """Import the main window and the module of the page it opens on: code only, nothing of the database is
    read. Run while the password is checked (the Argon2 hash leaves the interpreter free) or typed."""
    from umkm_desk.gui import main_window

    spec = next((s for s in main_window.PAGE_SPECS if s.key == (page or "beranda")), None)
    if spec is not None:
        main_window.load_page_class(spec)


def authenticate_while_preparing(ctx: ServiceContext, username: str, password: str,
                                 page: str | None) -> LoginResult:
    """``authenticate`` in a worker thread while this thread imports the first screen's code (nothing of the
    register is read until the password is verified: the caller builds the window only from the result).
    Raises what ``authenticate`` raises."""
    from umkm_desk.core.services.accounts.login import authenticate

    outcome: list[LoginResult | BaseException] = []

    def check() -> None:
        try:
            outcome.append(authenticate(ctx, username, password))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread
            outcome.append(exc)

    worker = threading.Thread(target=check, name="login-check")
    worker.start()
    try:
        prepare_first_screen(page)
    finally:
        worker.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _unattended_login(ctx: ServiceContext, user: str | None, page: str | None = None) -> Actor | None:
    """The actor of a screenshot on a database with accounts, from ``user`` and UMKM_DESK_PASSWORD; None (and
    one line on stderr) without valid credentials."""
    from umkm_desk.core.services.context import ServiceError

    username = user or os.environ.get("UMKM_DESK_USER") or ""
    password = os.environ.get("UMKM_DESK_PASSWORD") or ""
    if not username or not password:
        print(_tr("umkm-desk: basis data ini memakai akun; tanpa --user dan UMKM_DESK_PASSWORD hanya layar masuk "
                  "yang tampil."), file=sys.stderr)
        return None
    try:
        result = authenticate_while_preparing(ctx, username, password, page)
    except ServiceError as exc:
        print(f"umkm-desk: {exc.message}", file=sys.stderr)
        return None
    if result.must_change_password:
        print(_tr("umkm-desk: kata sandi akun ini masih sementara; hanya layar masuk yang tampil."), file=sys.stderr)
        return None
    return result.actor


def _login_screenshot(ctx: ServiceContext, png: str) -> int:
    """Only the login dialog, centred on an empty 1366×768 picture: no datum of the database."""
    from PySide6.QtGui import QPainter, QPixmap

    from umkm_desk.gui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(ctx)
    dialog.show()
    QApplication.processEvents()
    shot = dialog.grab()
    dialog.close()
    dialog.deleteLater()
    canvas = QPixmap(SCREENSHOT_SIZE)
    canvas.fill(QApplication.palette().window().color())
    painter = QPainter(canvas)
    painter.drawPixmap((canvas.width() - shot.width()) // 2, (canvas.height() - shot.height()) // 2, shot)
    painter.end()
    out = Path(png).expanduser()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"umkm-desk: {out.parent}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    if not canvas.save(str(out), "PNG"):
        print(_tr("umkm-desk: tangkapan layar tidak dapat disimpan ke {path}.").format(path=out), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _run_with_database(
    app: QApplication, database: Database, target: DatabaseTarget, page: str | None, screenshot: str | None,
    user: str | None = None,
) -> int:
    from umkm_desk.core.services.accounts.accounts import has_accounts

    unattended = screenshot is not None
    ctx = ServiceContext(database)
    if has_accounts(ctx):
        # Who works here is whoever logs in: the officer remembered in this PC's settings file is not asked,
        # so a hand-edited (forged) value there gives nobody anything.
        if unattended:
            assert screenshot is not None
            actor = _unattended_login(ctx, user, page)
            if actor is None:
                return _login_screenshot(ctx, screenshot)
            ctx.actor = actor
        else:
            from umkm_desk.gui.dialogs.login_dialog import log_in

            # the first screen's code is imported while the officer types (the dialog's event loop is idle)
            QTimer.singleShot(0, lambda: prepare_first_screen(page))
            result = log_in(ctx, None, username=user or "")
            if result is None:
                return EXIT_OK
            ctx.actor = result.actor
    elif unattended:  # a screenshot writes nothing: a stand-in actor, never saved as an officer
        from umkm_desk.gui.dialogs import first_run

        ctx.actor = Actor(None, first_run.DEMO_OFFICER)
    else:  # the first start on a database without accounts: the administrator's account first
        from umkm_desk.gui.dialogs.first_admin_dialog import FirstAdminDialog

        dialog = FirstAdminDialog(ctx)
        if not dialog.exec() or dialog.login_result is None:
            return EXIT_OK
        ctx.actor = dialog.login_result.actor
    from umkm_desk.gui import main_window

    window = main_window.MainWindow(ctx, target.display)
    if screenshot is not None:
        try:
            return _take_screenshot(window, page or "beranda", screenshot)
        finally:
            window.confirm_close = False
            window.close()
            window.deleteLater()
    from umkm_desk.gui.dialogs import first_run
    from umkm_desk.gui.safekeeping.controller import Safekeeping

    window.resize(main_window.DEFAULT_SIZE)
    window.show()
    window.show_page(page or "beranda")
    keeper = Safekeeping(window)  # the check after the first screen, backups on close and daily while idle
    keeper.start()
    app.aboutToQuit.connect(keeper.backup_on_close)
    if not maintenance.has_businesses(ctx.db) and first_run.offer_demo_data(ctx, window):
        window.show_page(window.current_key() or "beranda")
    return app.exec()
