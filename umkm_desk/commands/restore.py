"""``umkm-desk backups --db DB`` lists the backups of a SQLite database; ``umkm-desk restore --db DB BACKUP``
puts one back (the rules of ``core.services.backups.restore``: checked, the current file backed up first,
swapped atomically, the letter register never goes back; refused while UMKM Desk holds the database).

Exit codes: 0 done, 1 the backups cannot be read or the restore was refused or failed (nothing changed),
2 the request cannot be done (PostgreSQL, a database that does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from umkm_desk.commands._database import existing_target
from umkm_desk.core.store.engine import DatabaseTarget, StoreError

SERVER_NOTE = (
    "basis data di server PostgreSQL dicadangkan dan dipulihkan oleh pengelola server (pg_dump / pg_restore), "
    "bukan oleh UMKM Desk."
)


def _fail(command: str, message: str, code: int) -> int:
    print(f"umkm-desk {command}: {message}", file=sys.stderr)
    return code


def _sqlite_path(args: argparse.Namespace, command: str) -> Path | int:
    target: DatabaseTarget | None = existing_target(args.db, command)
    if target is None:
        return 2
    if not target.is_sqlite or target.path is None:
        return _fail(command, SERVER_NOTE, 2)
    return target.path


def cmd_backups(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.backups.restore import list_backups
    from umkm_desk.core.services.backups.status import backup_folder_of, backup_status
    from umkm_desk.core.services.backups.wording import format_counts, format_size, format_when

    path = _sqlite_path(args, "backups")
    if isinstance(path, int):
        return path
    folder = Path(args.folder).expanduser().resolve() if args.folder else backup_folder_of(path)
    try:
        entries = list_backups(path, folder)
    except StoreError as exc:
        return _fail("backups", exc.message, 1)
    print(f"Cadangan {path.name} di {folder}:")
    if not entries:
        print("  (belum ada cadangan)")
    for entry in entries:
        state = "dapat dipulihkan" if entry.problem is None else f"TIDAK DAPAT DIPAKAI: {entry.problem}"
        print(f"  {entry.path.name}\n    {format_when(entry.made_at)} · {entry.kind_label} · "
              f"{format_size(entry.size)} · {format_counts(entry.counts)} · {state}")
    for warning in backup_status(path, folder).warnings():
        print(f"Peringatan: {warning}")
    return 0


def _find_backup(raw: str, folder: Path) -> Path:
    given = Path(raw).expanduser()
    if not given.exists() and given.parent == Path("."):  # a name from `umkm-desk backups`
        return (folder / given.name).resolve()
    return given.resolve()


def _take_out(archive: Path, folder: Path, db_path: Path) -> Path:
    """A password-protected copy: the password is asked for (never taken from the command line, where it
    would stay in the shell's history), the backup taken out into the backup folder."""
    import getpass

    from umkm_desk.core.services.backups.carry import open_encrypted

    if not archive.is_file():
        raise StoreError(f"Cadangan {archive} tidak ditemukan.")
    password = getpass.getpass("Kata sandi salinan: ")
    folder.mkdir(exist_ok=True)
    return open_encrypted(archive, password, folder, db_path)


def cmd_restore(args: argparse.Namespace) -> int:
    from umkm_desk.core.services.backups.holder import DatabaseInUse
    from umkm_desk.core.services.backups.restore import restore_backup
    from umkm_desk.core.services.backups.status import backup_folder_of
    from umkm_desk.core.services.backups.wording import restore_summary

    path = _sqlite_path(args, "restore")
    if isinstance(path, int):
        return path
    folder = backup_folder_of(path)
    backup = _find_backup(args.backup, folder)
    try:
        if backup.suffix.lower() == ".zip":
            backup = _take_out(backup, folder, path)
        result = restore_backup(path, backup, folder=folder)
    except DatabaseInUse as exc:
        return _fail("restore", exc.message, 1)
    except StoreError as exc:
        return _fail("restore", exc.message, 1)
    print("\n".join(restore_summary(result)))
    return 0
