"""Turn low-level storage and server failures into Indonesian messages: the one place that knows them.

SQLite reports a full disk, a read-only file and a corrupt file as ``sqlite3`` exceptions (wrapped by SQLAlchemy
as ``DBAPIError``); PostgreSQL (psycopg) reports a stopped server as ``OperationalError``; the file system reports
its problems as ``OSError`` with an English text. All of them end up in :func:`describe`, which says what
happened, what to do, and whether trying the same action again can work (``retryable``).
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError, DisconnectionError, NoSuchModuleError, PendingRollbackError
from sqlalchemy.orm.exc import StaleDataError

from umkm_desk.core.store.engine import UNSUPPORTED_DB, StoreError

# SQLite primary result codes (sqlite3.h)
SQLITE_CORRUPT = 11
SQLITE_READONLY = 8
SQLITE_CANTOPEN = 14
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_PERM = 3
SQLITE_AUTH = 23

#: Modules SQLAlchemy imports for database kinds UMKM Desk does not support (a missing one means "not supported").
DRIVER_MODULES = frozenset({
    "MySQLdb", "pymysql", "mysql", "mysqlclient", "mariadb", "asyncmy", "aiomysql", "cx_Oracle", "oracledb",
    "pyodbc", "pymssql", "psycopg2", "pg8000", "asyncpg", "fdb", "ibm_db", "snowflake", "duckdb_engine",
})

#: The common English OS texts (``strerror``), by errno, in Indonesian.
OS_TEXTS: dict[int, str] = {
    errno.EEXIST: "sudah ada",
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.ENOENT: "berkas atau folder tidak ditemukan",
    errno.ENOSPC: "disk penuh",
    errno.EDQUOT: "kuota disk habis",
    errno.EROFS: "sistem berkas hanya-baca",
    errno.EISDIR: "berupa folder, bukan berkas",
    errno.ENOTDIR: "bukan folder (ada berkas dengan nama itu)",
    errno.ENOTEMPTY: "folder tidak kosong",
    errno.EBUSY: "sedang dipakai program lain",
    errno.ENAMETOOLONG: "nama terlalu panjang",
    errno.EIO: "kesalahan baca/tulis perangkat",
    errno.EINVAL: "nama atau nilai tidak sah",
}
#: Windows error texts have no errno we can rely on; the ones officers meet, by their English text.
_TEXTS = {
    "file exists": "sudah ada",
    "permission denied": "izin ditolak",
    "access is denied": "izin ditolak",
    "no such file or directory": "berkas atau folder tidak ditemukan",
    "no space left on device": "disk penuh",
    "read-only file system": "sistem berkas hanya-baca",
    "is a directory": "berupa folder, bukan berkas",
    "not a directory": "bukan folder (ada berkas dengan nama itu)",
}


@dataclass(frozen=True)
class Failure:
    """What went wrong, in Indonesian, and whether the same action may succeed when tried again."""

    kind: str  # busy, full, read_only, permission, corrupt, server_gone, unsupported_db, missing_table, os, ...
    message: str
    retryable: bool = False


def _unwrap(exc: BaseException) -> BaseException:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _pgcode(exc: BaseException) -> str | None:
    return getattr(exc, "sqlstate", None) or getattr(getattr(exc, "diag", None), "sqlstate", None)


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("psycopg", "psycopg2")


def os_text(exc: OSError) -> str:
    """The Indonesian text of an OS error ("File exists" → "sudah ada"); the original when unknown."""
    if exc.errno in OS_TEXTS:
        return OS_TEXTS[exc.errno]
    text = (exc.strerror or str(exc) or type(exc).__name__).strip()
    return _TEXTS.get(text.lower().rstrip("."), text)


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


def is_permission_denied(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if isinstance(exc, OSError):
        return exc.errno in (errno.EACCES, errno.EPERM)
    if _sqlite_code(exc) in (SQLITE_PERM, SQLITE_AUTH):
        return True
    return _pgcode(exc) in ("42501", "28000", "28P01")  # insufficient_privilege, invalid authorization, password


def is_corrupt(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if _sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(exc)
    return "file is not a database" in text or "malformed" in text


def is_busy(exc: BaseException) -> bool:
    exc = _unwrap(exc)
    if _pgcode(exc) in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
        return True
    return _sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in str(exc)


def is_server_gone(exc: BaseException) -> bool:
    """The connection to the database server was lost or could not be made (server stopped, network down)."""
    if isinstance(exc, PendingRollbackError | DisconnectionError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    inner = _unwrap(exc)
    code = _pgcode(inner) or ""
    if code.startswith("08") or code in ("57P01", "57P02", "57P03"):  # connection exception, admin shutdown
        return True
    return _is_psycopg(inner) and any(c.__name__ == "OperationalError" for c in type(inner).__mro__)


def refused_at_login(exc: BaseException) -> str | None:
    """``"no_database"`` or ``"auth"`` when the server answered but refused the connection: those are not a lost
    network, and "check the network" would send the officer the wrong way. psycopg gives no SQLSTATE for a
    refused connection, so its text is read as well."""
    inner = _unwrap(exc)
    code = _pgcode(inner) or ""
    if code:  # the server said which: the text need not be read (a missing table's text names no database)
        return "no_database" if code == "3D000" else "auth" if code in ("28P01", "28000") else None
    text = str(inner).lower()
    if "database" in text and "does not exist" in text:
        return "no_database"
    if "password authentication failed" in text or "no password supplied" in text \
            or "no pg_hba.conf entry" in text or ("role" in text and "does not exist" in text):
        return "auth"
    return None


def is_missing_driver(exc: BaseException) -> bool:
    """``--db mysql://…`` and the like: SQLAlchemy knows the kind, this installation has no driver for it."""
    if isinstance(exc, NoSuchModuleError):
        return True
    return isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in DRIVER_MODULES


def is_missing_table(exc: BaseException) -> bool:
    inner = _unwrap(exc)
    if _pgcode(inner) in ("42P01", "42703"):  # undefined_table, undefined_column
        return True
    text = str(inner)
    return "no such table" in text or "no such column" in text


def _os_failure(exc: OSError, where: str | None) -> Failure:
    name = exc.filename or where
    subject = f"{name}: " if name else ""
    text = os_text(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Failure("full", f"Disk penuh: {subject}tidak ada ruang untuk menulis. "
                               "Kosongkan ruang disk lalu coba lagi.", True)
    if exc.errno == errno.EROFS:
        return Failure("read_only", f"{subject}sistem berkas hanya-baca. Pilih folder lain yang bisa ditulisi.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Failure("permission", f"Izin ditolak: {subject}UMKM Desk tidak boleh menulis atau membaca di "
                                     "sana. Pilih folder lain atau minta izin kepada pengelola TI.")
    if exc.errno == errno.EBUSY:
        return Failure("busy", f"{subject}sedang dipakai program lain. Tutup program itu lalu coba lagi.", True)
    return Failure("os", f"{subject}{text}. Periksa berkas atau folder itu lalu coba lagi.")


def describe(exc: BaseException, where: str | None = None, *, log_path: str | None = None) -> Failure:
    """The one mapping of a failure to an Indonesian message. ``where`` names the file or server involved;
    ``log_path`` is named in the message of an unexpected error, whose details only the log holds."""
    at = f" {where}" if where else ""
    if isinstance(exc, StoreError):
        return Failure("store", exc.message)
    if is_missing_driver(exc):
        return Failure("unsupported_db", UNSUPPORTED_DB)
    if isinstance(exc, StaleDataError):  # the ORM's "WHERE version = ..." found a colleague's newer save
        return Failure("conflict", "Data ini baru saja diubah oleh petugas lain, jadi simpanan Anda tidak "
                                   "ditulis. Muat ulang untuk melihat data terbaru, lalu simpan lagi.", True)
    if is_disk_full(exc):
        return Failure("full", f"Disk penuh: tidak ada ruang untuk menulis{at}. Kosongkan ruang disk lalu coba lagi.",
                       True)
    if is_corrupt(exc):
        return Failure("corrupt", f"Berkas{at} rusak atau bukan basis data SQLite. Jangan menulis apa pun lagi ke "
                                  "berkas itu: jalankan Periksa (umkm-desk check) lalu pulihkan dari cadangan.")
    if is_busy(exc):
        return Failure("busy", f"Basis data{at} sedang dikunci oleh program lain; tunggu sebentar atau tutup "
                               "program itu lalu coba lagi.", True)
    refused = refused_at_login(exc)
    if refused == "no_database":
        return Failure("no_database", f"Basis data{at} tidak ada di server. Periksa nama basis data pada alamatnya, "
                                      "atau minta pengelola server membuatnya (kosong) lalu coba lagi.")
    if refused == "auth":
        return Failure("auth", f"Server basis data{at} menolak nama pengguna atau sandinya. Periksa keduanya (huruf "
                               "besar/kecil berpengaruh) atau minta pengelola server.")
    if is_server_gone(exc):
        return Failure("server_gone", f"Sambungan ke server basis data{at} terputus. Periksa jaringan dan "
                                      "server PostgreSQL kantor, lalu coba lagi; tidak ada yang tersimpan "
                                      "setengah jalan.", True)
    inner = _unwrap(exc)
    if isinstance(inner, OSError):
        return _os_failure(inner, where)
    if is_read_only(exc):
        return Failure("read_only", f"{where or 'Basis data'} hanya-baca: UMKM Desk perlu izin menulis pada berkas "
                                    "dan foldernya.")
    if is_permission_denied(exc):
        return Failure("permission", f"Izin ditolak oleh basis data{at}. Minta pengelola TI memberi akses "
                                     "yang diperlukan.")
    if is_missing_table(exc):
        return Failure("missing_table", f"Berkas{at} bukan basis data UMKM Desk yang utuh (ada tabel yang "
                                        "tidak ditemukan). Pilih berkas basis data UMKM Desk yang benar atau "
                                        "pulihkan dari cadangan.")
    log = f"; detail ada di log {log_path}" if log_path else "; detail ada di log aplikasi"
    return Failure("unexpected", f"Terjadi kesalahan tak terduga ({type(inner).__name__}){log}. Coba sekali "
                                 "lagi; bila terulang, laporkan kepada pengelola TI beserta berkas log itu.")


def reason(exc: BaseException, where: str) -> str:
    """One Indonesian sentence saying what went wrong with ``where`` (a path or server name)."""
    failure = describe(exc, where)
    if failure.kind != "unexpected":
        return failure.message
    inner = _unwrap(exc)
    detail = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return f"Kesalahan pada {where}: {detail}."


def to_store_error(exc: BaseException, where: str) -> StoreError:
    if isinstance(exc, StoreError):
        return exc
    return StoreError(reason(exc, where))


__all__ = [
    "Failure",
    "describe",
    "is_busy",
    "is_corrupt",
    "is_disk_full",
    "is_missing_driver",
    "is_missing_table",
    "is_permission_denied",
    "is_read_only",
    "is_server_gone",
    "os_text",
    "reason",
    "to_store_error",
]
