"""Settings of this PC only (which officer works here), kept apart from the shared database.

Stored as an INI file in the user's config folder (platformdirs), never in the Windows registry, so that tests,
which point HOME/XDG/APPDATA at temporary folders, never see the real user's choices.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from umkm_desk.core.services.server.connection import ServerSettings

APP_NAME = "UMKM Desk"
ORGANIZATION = "Disperindagkop Kota Serang"


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, ORGANIZATION, roaming=True)) / "umkm-desk.ini"


def local_settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _db_key(db_display: str) -> str:
    return "officer/" + hashlib.sha1(db_display.encode("utf-8")).hexdigest()[:16]


def remembered_officer_id(db_display: str) -> uuid.UUID | None:
    """The officer chosen on this PC for this database, if any."""
    value = local_settings().value(_db_key(db_display))
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def remember_officer(db_display: str, officer_id: uuid.UUID) -> None:
    settings = local_settings()
    settings.setValue(_db_key(db_display), str(officer_id))
    settings.sync()


# --- where this PC's data lives (Berkas › Sambungan basis data…) ------------------------------------------------
# Never the server password: that stays in the OS credential store (services.server.credentials).


def remembered_connection() -> ServerSettings | Path | None:
    """The office server or the local file chosen on this PC, None when nothing was chosen (the default file)."""
    from umkm_desk.core.services.server.connection import ServerSettings

    settings = local_settings()
    kind = settings.value("connection/kind")
    if kind == "file":
        path = settings.value("connection/path")
        return Path(str(path)) if path else None
    if kind == "server":
        try:
            port = int(str(settings.value("connection/port", 5432)))
        except ValueError:
            port = 5432
        return ServerSettings(
            host=str(settings.value("connection/host", "")), port=port,
            database=str(settings.value("connection/database", "")), user=str(settings.value("connection/user", "")),
            sslmode=str(settings.value("connection/sslmode", "prefer")),
        )
    return None


def remember_connection(choice: ServerSettings | Path) -> None:
    settings = local_settings()
    settings.remove("connection")
    if isinstance(choice, Path):
        settings.setValue("connection/kind", "file")
        settings.setValue("connection/path", str(choice))
    else:
        settings.setValue("connection/kind", "server")
        for name in ("host", "port", "database", "user", "sslmode"):
            settings.setValue(f"connection/{name}", getattr(choice, name))
    settings.sync()
DEFAULT_IDLE_LOCK_MINUTES = 10.0


def idle_lock_minutes() -> float:
    """Minutes without input before the app locks (on a database with accounts); 0 turns the lock off.
    Set per PC in the settings file as ``security/idle_lock_minutes``."""
    value = local_settings().value("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
    try:
        minutes = float(str(value))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return minutes if 0 <= minutes <= 24 * 60 else DEFAULT_IDLE_LOCK_MINUTES
