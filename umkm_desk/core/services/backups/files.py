"""Backup files on disk: their names, where they live, and writing one atomically (temporary name, fsync, rename).

Automatic backups are named ``<database>-otomatis-YYYYmmdd-HHMMSS.sqlite``; only those are ever thinned. The
copies made before a schema upgrade (``<database>-YYYYmmdd-HHMMSS-<revision>.sqlite``) and before a restore
(``<database>-sebelum-pemulihan-…``) live in the same folder and are listed, never deleted automatically.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from umkm_desk.core.store.backup import backup_folder
from umkm_desk.core.store.backup import fsync_dir as fsync_dir  # re-exported: the room calls files.fsync_*
from umkm_desk.core.store.backup import fsync_file as fsync_file

SUFFIX = ".sqlite"
AUTOMATIC = "otomatis"
BEFORE_RESTORE = "sebelum-pemulihan"
BEFORE_SALVAGE = "sebelum-penyelamatan"
_STAMP = "%Y%m%d-%H%M%S"
_NAMED = re.compile(r"-(?:(?P<tag>otomatis|sebelum-pemulihan|sebelum-penyelamatan|dibawa)-)?(?P<stamp>\d{8}-\d{6})"
                    r"(?:-(?P<rest>[^.]*))?\.sqlite$")

KIND_LABELS = {
    AUTOMATIC: "otomatis",
    BEFORE_RESTORE: "sebelum pemulihan",
    BEFORE_SALVAGE: "sebelum penyelamatan",
    "dibawa": "dari salinan berkata sandi",
    "upgrade": "sebelum pembaruan",
    "other": "lain",
}


def default_folder(db_path: Path) -> Path:
    """``backups/`` beside the database: where the upgrade backups already go."""
    return backup_folder(db_path)


@dataclass(frozen=True)
class NamedBackup:
    path: Path
    kind: str  # a key of KIND_LABELS
    made_at: datetime | None  # from the name (local time), None when the name carries no stamp


def backup_name(db_path: Path, tag: str, when: datetime) -> str:
    return f"{db_path.stem}-{tag}-{when.strftime(_STAMP)}{SUFFIX}"


def parse_name(db_path: Path, path: Path) -> NamedBackup | None:
    """What the name says about a backup of ``db_path``; None for a file that is not one of its backups."""
    name = path.name
    if not name.startswith(f"{db_path.stem}-") or name.startswith("."):
        return None
    match = _NAMED.search(name[len(db_path.stem):])
    if match is None or match.start() != 0:
        return NamedBackup(path, "other", None) if name.endswith(SUFFIX) else None
    try:
        made_at = datetime.strptime(match.group("stamp"), _STAMP)
    except ValueError:
        return None
    tag = match.group("tag")
    if tag is None:
        return NamedBackup(path, "upgrade", made_at)
    rest = match.group("rest")
    if rest and not rest.isdigit():  # "-2" of a second backup in the same second is ours, anything else is not
        return None
    return NamedBackup(path, tag, made_at)


def named_backups(db_path: Path, folder: Path) -> list[NamedBackup]:
    """The backups of ``db_path`` in ``folder``, newest first (by the name's stamp). Raises OSError when the
    folder cannot be read."""
    found = []
    for entry in os.scandir(folder):
        if entry.is_file():
            named = parse_name(db_path, Path(entry.path))
            if named is not None:
                found.append(named)
    found.sort(key=lambda b: (b.made_at or datetime.min, b.path.name), reverse=True)
    return found


def free_name(folder: Path, name: str) -> Path:
    candidate = folder / name
    n = 2
    while candidate.exists():
        candidate = folder / name.replace(SUFFIX, f"-{n}{SUFFIX}")
        n += 1
    return candidate


def partial_path(final: Path) -> Path:
    """The hidden temporary name a copy is written under (removed at the next start if the writer died)."""
    return final.with_name(f".{final.name}.partial-{os.getpid()}")


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.remove(f"{path}{suffix}")


def same_disk(a: Path, b: Path) -> bool | None:
    """Whether two existing paths are on one device (``st_dev``); None when either cannot be asked."""
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return None
