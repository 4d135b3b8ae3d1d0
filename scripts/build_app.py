"""Build the packaged application (PyInstaller, one folder): ``DIR/umkm-desk/umkm-desk`` (``umkm-desk.exe`` on
Windows) with Python, Qt and everything UMKM Desk reads, so an office PC needs no Python.

    pip install -e ".[test]" pyinstaller
    python scripts/build_app.py --out dist-app

The same script builds on Linux and on Windows (PyInstaller does not cross-compile); on Windows the folder then goes
into the installer made by ``scripts/windows/umkm-desk.iss``. It prints the folder's size at the end.

What goes in, beyond what PyInstaller finds by following imports:
- resources/ as ``umkm_desk/_resources`` (the layout of the wheel, see ``umkm_desk.paths``), so any file added there
  later is packaged too;
- the Alembic migrations as source files (Alembic reads ``versions/*.py`` from disk);
- every ``umkm_desk`` module (pages, dialogs and commands are imported by name at run time);
- the Qt plugins the app needs: platforms (offscreen included, for ``--screenshot`` and ``print`` on a headless
  machine), image formats (SVG icons, PNG/JPEG logos), print support; QtPdf for the preview.
Qt modules the app never imports (WebEngine, Quick/QML, 3D, Multimedia, ...) are excluded by name, so a hook that
would drag one in cannot grow the folder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAME = "umkm-desk"

# Qt modules the app does not use. PyInstaller only collects what is imported, but PySide6's own hooks and
# third-party packages can import these optionally; naming them keeps the folder small and predictable.
EXCLUDED_QT = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
    "QtAxContainer",
)
EXCLUDED_PYTHON = (
    "tkinter",
    "unittest",
    "pydoc_data",
    "pytest",
    "hypothesis",
    "IPython",
    "numpy",
    "matplotlib",
    "mypy",
    "sqlalchemy.testing",
    "cryptography",  # reached only through test helpers and pypdf's decryption
)
# Files PyInstaller brings along because a collected Qt plugin links them, though the app never loads them:
# the virtual keyboard input plugin pulls in Qt Quick and QML (about 20 MB); the GTK platform theme would load the
# PC's own GTK against bundled cairo; the EGL full-screen and framebuffer platforms are for kiosks, not offices.
# Qt's own translations: only English and Indonesian are used (file dialogs). Matched on file names.
PRUNED = (
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6VirtualKeyboard*",
    "*qtvirtualkeyboardplugin*",
    "*Qt6EglFS*",
    "*Qt6EglFs*",
    "*qgtk3*",
    "*qeglfs*",
    "*qlinuxfb*",
    "*qvnc*",
    "*qvkkhrdisplay*",
    "*qminimalegl*",
)
KEPT_QT_TRANSLATIONS = ("*_en.qm", "*_id.qm")
HIDDEN_IMPORTS = (
    "PySide6.QtSvg",  # the SVG icons: the imageformats/qsvg plugin needs the module's library
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "logging.config",
)


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def prune(app: Path) -> int:
    """Delete the PRUNED files (and Qt translations other than English and Indonesian); the bytes freed."""
    freed = 0
    doomed = {f for pattern in PRUNED for f in app.rglob(pattern)}
    for folder in app.rglob("translations"):
        if folder.parent.name == "Qt":
            doomed |= {f for f in folder.glob("*.qm") if not any(f.match(p) for p in KEPT_QT_TRANSLATIONS)}
    for f in sorted(doomed):
        if f.is_file() or f.is_symlink():
            freed += 0 if f.is_symlink() else f.stat().st_size
            f.unlink()
    if sys.platform.startswith("linux"):
        check_links(app, {f.name for f in doomed})
    return freed


def check_links(app: Path, removed: set[str]) -> None:
    """No library left behind may need one that prune() removed (ldd lists what each one needs)."""
    for lib in app.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        listing = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
        needed = {line.split()[0] for line in listing.splitlines() if "=>" in line}
        if needed & removed:
            raise SystemExit(f"build_app: {lib} needs {sorted(needed & removed)}, which prune() removed")


def migrations_copy(stage: Path) -> Path:
    """The migrations folder without caches: Alembic reads env.py, script.py.mako and versions/*.py."""
    target = stage / "migrations"
    shutil.copytree(
        REPO / "umkm_desk" / "core" / "store" / "migrations",
        target,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return target


def pyinstaller_args(out: Path, work: Path, stage: Path) -> list[str]:
    sep = ";" if sys.platform == "win32" else ":"
    entry = stage / "umkm_desk_app.py"
    entry.write_text("import sys\n\nfrom umkm_desk.cli import main\n\nsys.exit(main())\n", encoding="utf-8")
    args = [
        str(entry),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
        "--paths",
        str(REPO),
        "--add-data",
        f"{REPO / 'resources'}{sep}umkm_desk/_resources",
        "--add-data",
        f"{migrations_copy(stage)}{sep}umkm_desk/core/store/migrations",
        "--collect-submodules",
        "umkm_desk",
        "--collect-submodules",
        "alembic",
        "--collect-data",
        "alembic",
        "--collect-submodules",
        "reportlab.graphics.barcode",  # QR and barcode widgets are imported by name
        "--copy-metadata",
        "alembic",  # Alembic and SQLAlchemy ask importlib.metadata for versions
        "--copy-metadata",
        "sqlalchemy",
    ]
    if sys.platform == "win32":
        args += ["--windowed", "--icon", str(REPO / "resources" / "images" / "logo_default.png")]
    for name in HIDDEN_IMPORTS:
        args += ["--hidden-import", name]
    for module in EXCLUDED_QT:
        args += ["--exclude-module", f"PySide6.{module}"]
    for module in EXCLUDED_PYTHON:
        args += ["--exclude-module", module]
    return args


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the packaged UMKM Desk (PyInstaller one-folder).")
    parser.add_argument("--out", type=Path, required=True, help="folder that receives umkm-desk/")
    args = parser.parse_args()
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit("build_app: PyInstaller is not installed here (pip install pyinstaller)") from None
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="umkm-build-") as tmp:
        stage = Path(tmp) / "stage"
        stage.mkdir()
        pyinstaller.run(pyinstaller_args(out, Path(tmp), stage))
    app = out / NAME
    freed = prune(app)
    exe = app / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not exe.is_file():
        raise SystemExit(f"build_app: PyInstaller made no {exe}")
    print(
        f"build_app: {exe} ({folder_size(app) / 1e6:.0f} MB in {app}; {freed / 1e6:.0f} MB of unused Qt pruned)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
