"""Temporary ``.NAME.partial-PID`` (and ``.restore-PID``) files: what a killed copy or upgrade leaves behind.

Every file UMKM Desk writes atomically is first written under such a hidden name beside its destination
and renamed when complete. A process killed in between leaves the temporary file; the next start removes
the ones whose process no longer runs (a live one is another program's copy in progress, kept).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path

log = logging.getLogger(__name__)

PARTIAL = re.compile(r"^\..+\.(?:partial|restore)-(\d+)(?:-wal|-shm|-journal)?$")


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs (on this computer)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not process:
            return False
        try:
            code = ctypes.c_ulong()
            ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            ctypes.windll.kernel32.CloseHandle(process)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


def stale_partials(folder: Path, prefix: str = ".") -> list[Path]:
    """Temporary files in ``folder`` whose name starts with ``prefix``, left by processes that no longer run
    (the prefix keeps other programs' files out of it)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = PARTIAL.match(name)
        if match and name.startswith(prefix) and not pid_alive(int(match.group(1))):
            found.append(folder / name)
    return found


def remove_stale_partials(*places: tuple[Path, str]) -> list[Path]:
    """Remove what killed copies left in the (folder, name prefix) ``places``; returns what was removed.
    Never raises."""
    removed = []
    for folder, prefix in places:
        for path in stale_partials(folder, prefix):
            with contextlib.suppress(OSError):
                if path.is_file():
                    path.unlink()
                    removed.append(path)
    if removed:
        log.info("Removed %d temporary file(s) left by an interrupted copy: %s", len(removed),
                 ", ".join(p.name for p in removed))
    return removed
