"""A backup of a PostgreSQL database before its schema is made or changed: ``pg_dump`` where this PC has one that
can read the server, written into the backups folder.

pg_dump reads servers of its own major version and older ones, never newer ones, so the tool is looked for on
PATH and in the places PostgreSQL's installers put it (several versions may sit side by side: the newest that
can read the server is taken). Where there is none, :func:`find_pg_dump` says why in Indonesian, and the caller
asks the administrator to confirm that the server's own backups are current instead.

The password goes to pg_dump through its environment (``PGPASSWORD``), never on the command line; the dump is
written under a temporary name and renamed once pg_dump succeeded, so a failed dump never looks like a backup.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from umkm_desk.core.store.backup import fsync_dir, fsync_file
from umkm_desk.core.store.engine import StoreError

__all__ = ["DumpTool", "ToolSearch", "dump_database", "dump_path_for", "find_pg_dump"]

#: where PostgreSQL's packages and installers put pg_dump (Debian/Ubuntu, RHEL, Windows, macOS)
KNOWN_PLACES: tuple[str, ...] = (
    "/usr/lib/postgresql/*/bin/pg_dump",
    "/usr/pgsql-*/bin/pg_dump",
    "C:/Program Files/PostgreSQL/*/bin/pg_dump.exe",
    "/Applications/Postgres.app/Contents/Versions/*/bin/pg_dump",
    "/opt/homebrew/opt/postgresql@*/bin/pg_dump",
    "/usr/local/opt/postgresql@*/bin/pg_dump",
)
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class DumpTool:
    path: Path
    major: int


@dataclass(frozen=True)
class ToolSearch:
    """The pg_dump to use (None when there is none that can read the server) and, then, why in Indonesian."""

    tool: DumpTool | None
    problem: str = ""


def _major(server_version_num: int) -> int:
    return server_version_num // 10000 if server_version_num >= 100000 else server_version_num // 100


def _tool_version(path: Path) -> int | None:
    try:
        run = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION.search(run.stdout or "")
    if run.returncode != 0 or found is None:
        return None
    return int(found.group(1))


def _candidates() -> list[Path]:
    # every pg_dump on PATH, not only the first: an old client first on PATH must not hide a newer one
    name = "pg_dump.exe" if os.name == "nt" else "pg_dump"
    seen = [Path(folder) / name for folder in os.environ.get("PATH", "").split(os.pathsep) if folder]
    seen = [path for path in seen if shutil.which(str(path))]
    for pattern in KNOWN_PLACES:
        seen.extend(Path(p) for p in sorted(glob.glob(pattern)))
    unique: list[Path] = []
    for path in seen:
        if path not in unique and path.is_file():
            unique.append(path)
    return unique


def find_pg_dump(server_version_num: int) -> ToolSearch:
    """The newest pg_dump on this PC that can read a server of ``server_version_num`` (``SHOW
    server_version_num``)."""
    server = _major(server_version_num)
    versions = [(v, path) for path in _candidates() if (v := _tool_version(path)) is not None]
    usable = [(v, path) for v, path in versions if v >= server]
    if usable:
        major, path = max(usable, key=lambda item: item[0])
        return ToolSearch(DumpTool(path, major))
    if versions:
        newest = max(v for v, _path in versions)
        return ToolSearch(None, f"pg_dump di komputer ini versi {newest}, lebih lama dari server PostgreSQL "
                                f"{server}, sehingga tidak dapat mencadangkannya.")
    return ToolSearch(None, "pg_dump (alat cadangan PostgreSQL) tidak ditemukan di komputer ini.")


def dump_path_for(folder: Path, database: str, revision: str | None, *, now: datetime | None = None) -> Path:
    """``<folder>/server-<database>-<YYYYmmdd-HHMMSS>-<revision>.dump``, never an existing file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", database) or "server"
    base = f"server-{safe}-{stamp}-{revision or 'kosong'}"
    candidate = folder / f"{base}.dump"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.dump"
        n += 1
    return candidate


def dump_database(tool: DumpTool, url: str | URL, dest: Path) -> Path:
    """pg_dump's custom format (restorable with pg_restore) of the database at ``url`` into ``dest``. Raises
    StoreError in Indonesian; nothing is left at ``dest`` then."""
    parsed = make_url(url) if isinstance(url, str) else url
    query = dict(parsed.query)
    env = {**os.environ, "PGHOST": parsed.host or "localhost", "PGPORT": str(parsed.port or 5432),
           "PGDATABASE": parsed.database or "", "PGUSER": parsed.username or "",
           "PGCONNECT_TIMEOUT": str(query.get("connect_timeout", "10"))}
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    if "sslmode" in query:
        env["PGSSLMODE"] = str(query["sslmode"])
    dest.parent.mkdir(parents=True, exist_ok=True)
    # a name of its own: several PCs starting on the same server at once each write their dump
    handle, name = tempfile.mkstemp(prefix=f".{dest.stem}.", suffix=".partial", dir=dest.parent)
    os.close(handle)
    partial = Path(name)
    try:
        run = subprocess.run([str(tool.path), "--format=custom", "--no-password", f"--file={partial}"],
                             capture_output=True, text=True, env=env, check=False)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"pg_dump tidak dapat dijalankan ({tool.path}): {exc.strerror or exc}. Skema tidak "
                         "diubah.") from exc
    if run.returncode != 0 or not partial.exists() or partial.stat().st_size == 0:
        with contextlib.suppress(OSError):
            partial.unlink()
        detail = (run.stderr or "").strip().splitlines()
        raise StoreError("Cadangan server dengan pg_dump gagal, jadi skema tidak diubah. "
                         f"Pesan pg_dump: {detail[-1][:200] if detail else run.returncode}")
    fsync_file(partial)
    base, n = dest.stem, 2
    while True:  # never over another dump: a link fails when the name is taken, then the next name is tried
        try:
            os.link(partial, dest)
            break
        except FileExistsError:
            dest = dest.with_name(f"{base}-{n}{dest.suffix}")
            n += 1
    partial.unlink()
    fsync_dir(dest.parent)
    return dest
