"""A backup to carry outside the office: an AES-256 encrypted ZIP (WinZip AES, which 7-Zip and Windows tools
with AES support open) holding one verified backup. The password is used to encrypt and is never stored."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pyzipper

from umkm_desk.core.services.backups import files
from umkm_desk.core.services.backups.automatic import BackupError, _local_now, copy_database, verify_copy
from umkm_desk.core.services.backups.identity import ensure_database_id
from umkm_desk.core.store.faults import reason

MIN_PASSWORD = 8
CARRIED = "dibawa"


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise BackupError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")


def export_encrypted(db_path: Path, dest: Path, password: str, *,
                     now: Callable[[], datetime] = _local_now) -> Path:
    """Write ``dest`` (a new .zip) holding a verified backup of ``db_path``, encrypted with ``password``.
    Raises BackupError; on failure no file is left (not even the unencrypted copy)."""
    check_password(password)
    dest = Path(dest).expanduser().resolve()
    if dest.exists():
        raise BackupError(f"{dest} sudah ada; pilih nama berkas lain.")
    if not dest.parent.is_dir():
        raise BackupError(f"Folder {dest.parent} tidak ada.")
    # The plain copy is made beside the database (where the plain data already is), under the temporary name
    # the next start removes if this is interrupted; never in a shared temp folder or on the carried drive.
    plain = db_path.with_name(f".{db_path.name}.partial-{os.getpid()}")
    partial = files.partial_path(dest)
    try:
        database_id = ensure_database_id(db_path)
        files.remove_quietly(plain)
        copy_database(db_path, plain)
        verify_copy(plain, database_id)
        with pyzipper.AESZipFile(partial, "w", compression=pyzipper.ZIP_DEFLATED,
                                 encryption=pyzipper.WZ_AES) as archive:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            archive.write(plain, files.backup_name(db_path, files.AUTOMATIC, now()))
        files.fsync_file(partial)
        os.replace(partial, dest)
        files.fsync_dir(dest.parent)
    except BaseException as exc:
        files.remove_quietly(partial)
        if isinstance(exc, BackupError):
            raise
        if isinstance(exc, OSError | sqlite3.Error):
            raise BackupError(f"Salinan berkata sandi tidak dapat dibuat. {reason(exc, str(dest))}") from exc
        raise
    finally:
        files.remove_quietly(plain)
    return dest


def open_encrypted(archive_path: Path, password: str, folder: Path, db_path: Path, *,
                   now: Callable[[], datetime] = _local_now) -> Path:
    """Take the backup out of an encrypted archive into ``folder`` (as ``<database>-dibawa-….sqlite``) so it
    can be listed and restored like any backup. Raises BackupError (wrong password, not our archive)."""
    try:
        with pyzipper.AESZipFile(archive_path) as archive:
            names = [n for n in archive.namelist() if n.endswith(files.SUFFIX) and "/" not in n]
            if len(names) != 1:
                raise BackupError(f"{archive_path.name} bukan salinan UMKM Desk (tidak berisi satu basis data).")
            archive.setpassword(password.encode("utf-8"))
            dest = files.free_name(folder, files.backup_name(db_path, CARRIED, now()))
            partial = files.partial_path(dest)
            try:
                with archive.open(names[0]) as source, open(partial, "wb") as out:
                    shutil.copyfileobj(source, out)
                files.fsync_file(partial)
                os.replace(partial, dest)
            except BaseException:
                files.remove_quietly(partial)
                raise
    except RuntimeError as exc:
        if "password" in str(exc).lower():
            raise BackupError("Kata sandi salah untuk salinan ini.") from exc
        raise BackupError(f"{archive_path.name} tidak dapat dibuka: {exc}.") from exc
    except (pyzipper.BadZipFile, OSError) as exc:
        raise BackupError(f"{archive_path.name} bukan arsip ZIP yang utuh, atau tidak dapat dibaca.") from exc
    return dest
