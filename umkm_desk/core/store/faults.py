"""Turn low-level storage failures into the Indonesian messages of ``StoreError``.

SQLite reports a full disk, a read-only file and a corrupt file as ``sqlite3`` exceptions (wrapped by SQLAlchemy
as ``DBAPIError``); the file system reports them as ``OSError``. Both end up here.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError

from umkm_desk.core.store.engine import StoreError

# SQLite primary result codes (sqlite3.h)
SQLITE_CORRUPT = 11
SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_BUSY = 5
SQLITE_LOCKED = 6


def _unwrap(exc: BaseException) -> BaseException:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _pgcode(exc: BaseException) -> str | None:
    return getattr(exc, "sqlstate", None) or getattr(getattr(exc, "diag", None), "sqlstate", None)


def is_disk_full(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if _sqlite_code(exc) == SQLITE_FULL or "database or disk is full" in str(exc):
        return True
    return _pgcode(exc) in ("53100", "53200")  # disk_full, out_of_memory


def is_read_only(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if isinstance(exc, OSError):
        return exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    return _sqlite_code(exc) == SQLITE_READONLY or "readonly database" in str(exc)


def is_corrupt(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if _sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(exc)
    return "file is not a database" in text or "malformed" in text


def is_busy(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    return _sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in str(exc)


def reason(exc: BaseException, where: str) -> str:
    """One Indonesian sentence saying what went wrong with ``where`` (a path or server name)."""
    if isinstance(exc, StoreError):
        return exc.message
    if is_disk_full(exc):
        return f"Disk penuh: tidak ada ruang untuk menulis {where}. Kosongkan ruang disk lalu coba lagi."
    if is_read_only(exc):
        return f"{where} hanya-baca: UMKM Desk perlu izin menulis pada berkas dan foldernya."
    if is_corrupt(exc):
        return f"Berkas {where} rusak atau bukan basis data SQLite."
    if is_busy(exc):
        return f"Basis data {where} sedang dikunci oleh program lain; tutup program itu lalu coba lagi."
    inner = _unwrap(exc)
    detail = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    if isinstance(inner, OSError):
        detail = inner.strerror or detail
    return f"Kesalahan pada {where}: {detail}."


def to_store_error(exc: BaseException, where: str) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    return StoreError(reason(exc, where))


__all__ = [
    "is_busy",
    "is_corrupt",
    "is_disk_full",
    "is_read_only",
    "reason",
    "to_store_error",
]
