"""The benchmark database (built with ``umkm-desk demo``, cached by size and seed), scratch copies, and a
description of the machine."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import _login  # noqa: E402,F401 - the demo gets a known password

REPO = Path(__file__).resolve().parent.parent


def child_env(home: Path) -> dict[str, str]:
    """Environment for every child process: offscreen Qt, this checkout importable, and user folders inside the
    benchmark's work folder (the app remembers officers there; the real user's settings are never touched)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("UMKM_DESK_DB", None)
    # Bytecode as an installed app has it (pip and installers compile the package): with PYTHONDONTWRITEBYTECODE
    # set, a source checkout would compile every module of the app again in every timed process. The untimed
    # warm-up writes it into the work folder, never into the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"), ("LOCALAPPDATA", "localappdata")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    return env


#: imports every module of the app (and so everything they import), compiling each into the pycache prefix
_PRECOMPILE = """
import importlib, pkgutil, umkm_desk
for info in pkgutil.walk_packages(umkm_desk.__path__, "umkm_desk."):
    if info.name.endswith("__main__") or ".migrations" in info.name:
        continue
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        print(info.name, exc)
"""


def precompile(env: dict[str, str]) -> float:
    """Compile the app's modules and everything they import into the benchmark's bytecode folder, as installing
    the app does (pip compiles the package; the packaged app ships bytecode). Without it the first process that
    imports a module compiles it: the cold start's untimed first start covers what the first screen imports, but
    a page's first visit in the page figure compiled its page, dialogs and their libraries (about 100 ms of
    Beranda's first visit). Returns the seconds it took."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PRECOMPILE], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"compiling the app's modules failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return time.perf_counter() - start

def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "umkm-desk-bench"


def _head_revision() -> str | None:
    try:
        from umkm_desk.core.store.migrate import head_revision

        return head_revision()
    except Exception:
        return None


def app_command(*args: str) -> list[str]:
    """``umkm-desk ARGS`` run as ``python -m umkm_desk`` with this interpreter (the same program)."""
    return [sys.executable, "-m", "umkm_desk", *args]


_FALLBACK = """
import sys
from umkm_desk.core.store.database import open_database
from umkm_desk.demo.generator import fill_demo
db = open_database(sys.argv[1])
try:
    fill_demo(db, businesses=int(sys.argv[2]), seed=int(sys.argv[3]))
finally:
    db.dispose()
"""


@dataclass
class BuiltDb:
    path: Path
    businesses: int
    seed: int
    seconds: float  # wall time of the demo process that built it
    method: str  # "umkm-desk demo" or the fallback used while the subcommand is missing
    built_on: str
    cached: bool  # True: taken from the cache, the build time is from that earlier build
    counts: dict[str, int]


def build_demo(path: Path, businesses: int, seed: int, env: dict[str, str]) -> BuiltDb:
    """Fill a new database file with ``umkm-desk demo`` and time the whole process."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    cmd = app_command("demo", "--db", str(path), "--businesses", str(businesses), "--seed", str(seed))
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    method = "umkm-desk demo"
    if proc.returncode != 0 and "belum tersedia" in (proc.stderr + proc.stdout):
        # The subcommand is still a stub: call the service it will wrap, in its own process, timed the same way.
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        cmd = [sys.executable, "-c", _FALLBACK, str(path), str(businesses), str(seed)]
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        method = "fill_demo() in a child process (`umkm-desk demo` is still a stub)"
    if proc.returncode != 0:
        raise RuntimeError(f"building the demo database failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return BuiltDb(path, businesses, seed, seconds, method, date.today().isoformat(), False, row_counts(path))


def row_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in ("business", "owner", "assist_case", "stage", "activity", "issued_document"):
            with contextlib.suppress(sqlite3.Error):
                out[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        return out
    finally:
        con.close()


def cached_demo(cache_dir: Path, businesses: int, seed: int, env: dict[str, str], *, rebuild: bool) -> BuiltDb:
    """The database for ``businesses`` + ``seed`` from the cache, built (and timed) when missing or stale."""
    path = cache_dir / f"demo-{businesses}-seed{seed}.sqlite"
    meta_path = path.with_suffix(".json")
    head = _head_revision()
    if not rebuild and path.exists() and meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text())
        except ValueError:
            meta = {}
        if meta.get("head_revision") == head and meta.get("businesses") == businesses:
            return BuiltDb(path, businesses, seed, meta["seconds"], meta["method"], meta["built_on"], True,
                           meta.get("counts", {}))
    built = build_demo(path, businesses, seed, env)
    meta_path.write_text(json.dumps({
        "businesses": businesses, "seed": seed, "seconds": built.seconds, "method": built.method,
        "built_on": built.built_on, "head_revision": head, "counts": built.counts,
    }, indent=2))
    return built


def scratch_copy(source: Path, dest: Path) -> Path:
    """A consistent copy to measure on (cold start records an officer, documents add register rows), so the
    cached database stays as ``umkm-desk demo`` left it."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if not Path(str(source) + "-wal").exists():
            src.close()
            shutil.copyfile(source, dest)
            return dest
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        info["cpu"] = platform.processor() or "unknown"
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    with contextlib.suppress(OSError):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    for name, module, attr in (("pyside6", "PySide6", "__version__"), ("sqlalchemy", "sqlalchemy", "__version__"),
                               ("reportlab", "reportlab", "Version")):
        try:
            info[name] = getattr(__import__(module), attr)
        except Exception:
            info[name] = "missing"
    try:
        from PySide6 import QtCore

        info["qt"] = QtCore.qVersion()
    except Exception:
        pass
    try:
        from umkm_desk import __version__

        info["umkm_desk"] = __version__
    except Exception:
        pass
    try:
        info["git"] = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        if dirty:
            info["git"] += " (with uncommitted changes)"
    except OSError:
        pass
    return info
