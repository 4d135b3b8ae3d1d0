"""The app's log: a rotating file in the user's log folder, for the details an officer's message leaves out.

Every command and the window call :func:`setup` once at startup. The file never holds a NIK (16 digits) or a
phone number: every line, traceback included, passes :func:`redact` on its way out. No Qt here; the GUI adds
its excepthook and Qt message handler in ``gui/app.py``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
from pathlib import Path

import platformdirs

from umkm_desk import __version__
from umkm_desk.core.store.engine import APP_AUTHOR, APP_NAME

LOG_FILENAME = "umkm-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MASK = "[angka disamarkan]"
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

# A NIK is 16 digits and a phone number 10-13: any run of 10+ digits goes, and so do phone numbers written with
# spaces, dots or hyphens (0812-3456-7890, +62 812 3456 7890).
_LONG_DIGITS = re.compile(r"\d{10,}")
_PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)[ .\-]?8\d{1,3}(?:[ .\-]?\d){6,9}(?!\d)")

logger = logging.getLogger("umkm_desk")
_handler: logging.Handler | None = None


def redact(text: str) -> str:
    return _LONG_DIGITS.sub(MASK, _PHONE.sub(MASK, text))


class RedactingFormatter(logging.Formatter):
    """Masks NIKs and phone numbers in the whole formatted record, the traceback and stack included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def is_setup() -> bool:
    return _handler is not None


def log_path() -> Path:
    """Where the current log file is (or would be)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return log_dir() / LOG_FILENAME


def database_kind(db: str | os.PathLike[str] | None) -> str:
    """"sqlite", "postgresql" or another backend name: never the URL, which may hold a password."""
    raw = os.fspath(db) if db is not None else os.environ.get("UMKM_DESK_DB") or ""
    if "://" not in raw or raw.startswith("file://"):
        return "sqlite"
    kind = raw.split("://", 1)[0].split("+", 1)[0].lower()
    return "postgresql" if kind == "postgres" else kind or "tidak diketahui"


def setup(*, command: str, db: str | os.PathLike[str] | None = None) -> Path | None:
    """Send the app's logging to the rotating file (replacing an earlier setup) and write the first line.

    Returns the file's path, or None when no log can be written there (the app runs on without one)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = log_dir() / LOG_FILENAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    # Other libraries' warnings and errors reach the file; only the app's own INFO lines (alembic's are noise).
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logger.setLevel(logging.INFO)
    _handler = handler
    logger.info(
        "UMKM Desk %s start (%s): Python %s, %s, basis data %s", __version__, command,
        platform.python_version(), platform.platform(), database_kind(db),
    )
    return path


def log_exception(exc: BaseException, what: str) -> None:
    """The traceback of ``exc`` into the log; ``what`` says which action failed."""
    logger.error("%s: %s", what, type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))


def shutdown() -> None:
    """Detach and close the file handler (tests; the process end does this otherwise)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


__all__ = ["log_exception", "log_path", "redact", "setup", "shutdown"]
