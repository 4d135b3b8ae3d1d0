"""A connection to the office PostgreSQL server: its settings, and a diagnosis of what stands in the way.

:func:`diagnose` connects once (a few seconds at most) and answers with one :class:`Diagnosis`: usable as is, a
database to prepare (empty, or at an older schema), or the one thing to fix, said in Indonesian with what to do:
the server cannot be reached, the password or user is wrong, the database does not exist, the server is older
than UMKM Desk supports, the schema comes from a newer UMKM Desk, the database belongs to another program, or the
pg_trgm extension that search needs is not installed on the server.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

__all__ = [
    "MIN_SERVER_VERSION",
    "SSL_MODES",
    "Diagnosis",
    "ServerSettings",
    "diagnose",
    "diagnose_error",
]

#: PostgreSQL 12: the oldest release still maintained when UMKM Desk's server support was written
MIN_SERVER_VERSION = 120000
#: libpq sslmode values an office would choose, with what they mean
SSL_MODES: dict[str, str] = {
    "prefer": "SSL bila server mendukung",
    "require": "Wajib SSL",
    "verify-full": "Wajib SSL, sertifikat server diperiksa",
    "disable": "Tanpa SSL (hanya jaringan kantor yang tepercaya)",
}
CONNECT_TIMEOUT_S = 5
#: the extension behind search on the server (services.registry.business_query, store.search_index)
SEARCH_EXTENSION = "pg_trgm"


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = 5432
    database: str = "umkm_desk"
    user: str = "umkm"
    sslmode: str = "prefer"

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL, password included (never logged or stored: see credentials)."""
        return URL.create(
            "postgresql+psycopg", username=self.user, password=password or None, host=self.host, port=self.port,
            database=self.database, query={"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT_S)},
        ).render_as_string(hide_password=False)

    @property
    def display(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def errors(self) -> dict[str, str]:
        """Indonesian messages per field (host, port, database, user, sslmode) for what cannot be right."""
        found: dict[str, str] = {}
        if not self.host.strip():
            found["host"] = "Alamat server belum diisi (nama komputer server atau alamat IP-nya)."
        elif any(c.isspace() for c in self.host.strip()) or "/" in self.host:
            found["host"] = "Alamat server tidak boleh berisi spasi atau garis miring."
        if not 1 <= self.port <= 65535:
            found["port"] = "Port harus 1 sampai 65535 (PostgreSQL biasanya 5432)."
        if not self.database.strip():
            found["database"] = "Nama basis data belum diisi."
        if not self.user.strip():
            found["user"] = "Nama pengguna basis data belum diisi."
        if self.sslmode not in SSL_MODES:
            found["sslmode"] = "Mode SSL tidak dikenal."
        return found


@dataclass(frozen=True)
class Diagnosis:
    #: ok, empty, older (preparable); unreachable, auth, no_database, too_old, newer, foreign, no_trgm, ssl, other
    kind: str
    message: str
    server_version: str | None = None
    #: ``SHOW server_version_num`` and the schema's revision, when connected (for the backup before preparing)
    version_num: int | None = None
    revision: str | None = None

    @property
    def usable(self) -> bool:
        return self.kind == "ok"

    @property
    def preparable(self) -> bool:
        """The server is fine and the database needs its schema made or upgraded."""
        return self.kind in ("empty", "older")


def _sqlstate(exc: BaseException) -> str | None:
    inner = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(inner, "sqlstate", None)


def diagnose_error(exc: BaseException, settings: ServerSettings) -> Diagnosis:
    """The failure of a connection attempt, in Indonesian with what to do."""
    state = _sqlstate(exc)
    text_ = str(exc.orig if isinstance(exc, DBAPIError) else exc).lower()
    where = f"{settings.host}:{settings.port}"
    if state == "28P01" or "password authentication failed" in text_ or "no password supplied" in text_:
        return Diagnosis("auth", f"Sandi atau nama pengguna \u201c{settings.user}\u201d ditolak server {where}. "
                                 "Periksa sandinya (huruf besar/kecil berpengaruh) atau minta pengelola server.")
    if state == "28000" or "role" in text_ and "does not exist" in text_ or "no pg_hba.conf entry" in text_:
        return Diagnosis("auth", f"Server {where} tidak mengizinkan pengguna \u201c{settings.user}\u201d masuk dari "
                                 "komputer ini. Minta pengelola server mendaftarkan pengguna dan komputer ini.")
    if state == "3D000" or ("database" in text_ and "does not exist" in text_):
        return Diagnosis("no_database", f"Basis data \u201c{settings.database}\u201d tidak ada di server {where}. "
                                        "Periksa namanya, atau minta pengelola server membuatnya (kosong) lalu "
                                        "siapkan skemanya dari sini.")
    if "ssl" in text_:
        return Diagnosis("ssl", f"Sambungan SSL ke {where} gagal dengan mode \u201c{settings.sslmode}\u201d. Pilih "
                                "mode SSL yang didukung server, atau minta pengelola server memasang sertifikatnya.")
    if ("could not translate host name" in text_ or "name or service not known" in text_
            or "nodename nor servname" in text_ or "no such host" in text_):
        return Diagnosis("unreachable", f"Nama server \u201c{settings.host}\u201d tidak dikenal di jaringan. Periksa "
                                        "ejaannya atau pakai alamat IP server.")
    if ("connection refused" in text_ or "timeout" in text_ or "timed out" in text_ or "could not connect" in text_
            or "no route to host" in text_ or "network is unreachable" in text_ or "connection failed" in text_):
        return Diagnosis("unreachable", f"Server {where} tidak dapat dihubungi. Periksa kabel/Wi-Fi kantor, bahwa "
                                        "komputer server menyala dan PostgreSQL berjalan di port itu, dan bahwa "
                                        "firewall mengizinkannya.")
    return Diagnosis("other", f"Sambungan ke server {where} gagal: {str(exc).splitlines()[0][:200]}")


def _version_text(number: int) -> str:
    return f"{number // 10000}.{number % 10000}" if number >= 100000 else str(number)


def _check_connected(connection: Any, settings: ServerSettings) -> Diagnosis:
    from umkm_desk.core.store.migrate import read_state

    number = int(connection.execute(text("SHOW server_version_num")).scalar())
    state = read_state(connection) if number >= MIN_SERVER_VERSION else None
    found = _diagnose_connected(connection, settings, number, state)
    return replace(found, version_num=number, revision=state.revision if state is not None else None)


def _diagnose_connected(connection: Any, settings: ServerSettings, number: int, state: Any) -> Diagnosis:
    from umkm_desk.core.store.migrate import head_revision, known_revisions

    version = _version_text(number)
    if number < MIN_SERVER_VERSION:
        return Diagnosis("too_old", f"Server PostgreSQL {version} terlalu lama; UMKM Desk memerlukan PostgreSQL "
                                    f"{_version_text(MIN_SERVER_VERSION)} atau lebih baru. Minta pengelola server "
                                    "memperbaruinya.", version)
    if state.revision is not None and state.revision not in known_revisions():
        return Diagnosis("newer", f"Basis data \u201c{settings.database}\u201d dibuat oleh UMKM Desk yang lebih baru "
                                  f"(skema {state.revision}). Perbarui UMKM Desk di komputer ini dulu.", version)
    if state.revision is None and state.tables:
        return Diagnosis("foreign", f"Basis data \u201c{settings.database}\u201d berisi tabel program lain. Pakai "
                                    "basis data kosong khusus untuk UMKM Desk.", version)
    name = {"name": SEARCH_EXTENSION}
    installed = connection.execute(text("SELECT 1 FROM pg_extension WHERE extname = :name"), name).first()
    available = installed or connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = :name"), name).first()
    if not available:
        return Diagnosis("no_trgm", f"Ekstensi PostgreSQL {SEARCH_EXTENSION} tidak terpasang di server, padahal "
                                    "pencarian UMKM memerlukannya. Minta pengelola server memasang paket contrib "
                                    "PostgreSQL (mis. postgresql-contrib), lalu uji lagi.", version)
    if state.is_empty:
        return Diagnosis("empty", f"Sambungan berhasil (PostgreSQL {version}). Basis data \u201c{settings.database}"
                                  "\u201d masih kosong: siapkan skemanya, lalu pindahkan data ke server bila perlu.",
                         version)
    if state.revision != head_revision():
        return Diagnosis("older", f"Sambungan berhasil (PostgreSQL {version}). Skema basis data dari versi UMKM "
                                  f"Desk yang lebih lama ({state.revision}) dan perlu diperbarui.", version)
    return Diagnosis("ok", f"Sambungan berhasil (PostgreSQL {version}); basis data siap dipakai.", version)


def diagnose(settings: ServerSettings, password: str | None) -> Diagnosis:
    """Connect once and say what stands in the way (see the module docstring). Never raises for a server
    problem; the settings' own mistakes come first."""
    problems = settings.errors()
    if problems:
        return Diagnosis("settings", next(iter(problems.values())))
    engine = create_engine(settings.url(password), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return _check_connected(connection, settings)
    except Exception as exc:  # every failure is a diagnosis; the caller logs nothing personal
        return diagnose_error(exc, settings)
    finally:
        engine.dispose()
