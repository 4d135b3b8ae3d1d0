"""Housekeeping the main window offers: is the database still empty, and a safe copy of it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.models import Business

__all__ = ["backup_database", "damaged_message", "has_businesses", "is_damaged", "on_damage"]


def has_businesses(db: Database) -> bool:
    """True when at least one business (deleted or not) is registered; False offers the demo data."""
    with db.read() as session:
        return session.scalar(select(Business.id).limit(1)) is not None


def _sqlite_backup(source: Path, dest: Path) -> None:
    """Copy with SQLite's online backup API (consistent while the app writes), then check the copy."""
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=10)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            result = out.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise ServiceError(f"Salinan basis data rusak ({result[0] if result else '?'}); coba lagi.")
        finally:
            out.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(tmp, dest)


def backup_database(db: Database, dest: str | os.PathLike[str]) -> Path:
    """Write a consistent copy of the SQLite database to ``dest`` and return its path.

    Raises ServiceError with an Indonesian message (server database, same file, folder not writable, disk full).
    """
    target = Path(dest).expanduser().resolve()
    source = db.target.path
    if not db.target.is_sqlite or source is None:
        raise ServiceError(
            "Basis data di server PostgreSQL dicadangkan oleh pengelola server (pg_dump), bukan dari aplikasi ini.",
            field="dest",
        )
    if target == source.resolve():
        raise ServiceError("Tujuan cadangan tidak boleh sama dengan berkas basis data yang sedang dibuka.", field="dest")
    if not target.parent.is_dir():
        raise ServiceError(f"Folder {target.parent} tidak ada.", field="dest")
    try:
        online: object
        try:
            from umkm_desk.core.store import (
                backup as store_backup,  # the store's own backup, once it is there
            )
            online = getattr(store_backup, "online_backup", None)
        except ImportError:
            online = None
        if callable(online):
            online(source, target)
        else:
            _sqlite_backup(source, target)
    except ServiceError:
        raise
    except sqlite3.Error as exc:
        raise ServiceError(f"Basis data tidak dapat dicadangkan: {exc}.", field="dest") from exc
    except OSError as exc:
        raise ServiceError(
            f"Cadangan tidak dapat ditulis ke {target}: {exc.strerror or exc}. Periksa izin folder dan sisa ruang disk.",
            field="dest",
        ) from exc
    except Exception as exc:  # the store's backup raises StoreError with an Indonesian message
        message = getattr(exc, "message", None)
        if message:
            raise ServiceError(message, field="dest") from exc
        raise
    return target


def is_damaged(db: Database) -> bool:
    """True once the SQLite file answered "malformed"/"not a database": from then on every write is refused."""
    return db.damaged


def damaged_message(db: Database) -> str:
    """What the officer is told about a damaged file: writing stopped, check it, restore from a backup."""
    return db.damage_error().message


def on_damage(db: Database, listener: Callable[[], None]) -> None:
    """Call ``listener`` once the file is found damaged (at once if it already is), from any thread."""
    db.on_damage(listener)
