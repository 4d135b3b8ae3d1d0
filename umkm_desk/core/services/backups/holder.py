"""Is the database open in UMKM Desk right now? The app holds ``<db>.lock`` (a Qt QLockFile) while it runs.

Qt is not allowed here, so the lock file is read and written in QLockFile's own format: the process id, the
program's file name and the host name, one per line. Qt takes a lock as stale when that process is gone or is
another program, so the program name written is this interpreter's, the one Qt will find behind the id.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from umkm_desk.core.store.partials import pid_alive


class DatabaseInUse(Exception):
    def __init__(self, pid: int) -> None:
        super().__init__(pid)
        self.pid = pid
        self.message = (
            f"Basis data sedang dibuka oleh UMKM Desk (PID {pid}). Tutup aplikasi itu lebih dulu, lalu ulangi; "
            "dari dalam aplikasi, pakai Berkas → Pulihkan dari cadangan…."
        )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _read_lock(path: Path) -> tuple[int, str] | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    return int(lines[0]), lines[2].strip() if len(lines) > 2 else ""


def holder(db_path: Path) -> int | None:
    """The id of another live process holding the database's lock, else None (no lock, a stale one, or ours)."""
    found = _read_lock(lock_path(db_path))
    if found is None:
        return None
    pid, host = found
    if pid == os.getpid():
        return None
    if host and host != socket.gethostname():
        return pid  # a process on another computer cannot be asked: take it as alive
    return pid if pid_alive(pid) else None


def _program_name() -> str:
    return Path(os.path.realpath(sys.executable)).name


@contextlib.contextmanager
def holding(db_path: Path) -> Iterator[None]:
    """Hold the database's lock for a command (so the app does not start meanwhile); raises DatabaseInUse.
    When this process already holds it (the app restoring from its own menu) nothing is taken or released."""
    path = lock_path(db_path)
    mine = _read_lock(path)
    if mine is not None and mine[0] == os.getpid():
        yield
        return
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            other = holder(db_path)
            if other is not None:
                raise DatabaseInUse(other) from None
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)  # left by a process that is gone
            continue
        try:
            os.write(fd, f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n".encode())
        finally:
            os.close(fd)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.remove(path)
        return
    other = holder(db_path)
    raise DatabaseInUse(other or 0)
