"""Writing a report or an export to the officer's file: checked first, written under a temporary name in the same
folder, flushed to disk and then renamed, so that a crash or a full disk never leaves half a file under the name
asked for. An existing file is replaced only when the caller says so."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.faults import reason
from umkm_desk.core.store.partials import remove_stale_partials

__all__ = ["check_output", "write_atomically"]


def check_output(path: Path, formats: tuple[str, ...], *, replace: bool) -> str:
    """The format of ``path`` (its suffix without the dot), after checking that it is one of ``formats``, that
    its folder exists, and that it is not a folder or (unless ``replace``) an existing file."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in formats:
        names = " atau ".join(f".{f}" for f in formats)
        raise ServiceError(f"Nama berkas {path.name} harus berakhiran {names}.", field="format")
    if path.is_dir():
        raise ServiceError(f"{path} adalah folder; tulis nama berkasnya, mis. {path / ('laporan.' + formats[0])}.",
                           field="out")
    if not path.parent.is_dir():
        raise ServiceError(f"Folder {path.parent} tidak ada; periksa lagi nama berkas tujuan.", field="out")
    if not replace and os.path.lexists(path):
        raise ServiceError(f"Berkas {path} sudah ada dan tidak ditimpa.", field="out")
    return suffix


def write_atomically(path: Path, write: Callable[[IO[bytes]], None], *, replace: bool = False) -> None:
    """Call ``write`` with a binary file that becomes ``path`` once it is complete (temporary name, fsync, rename).
    Raises ServiceError with the reason in Indonesian when the folder cannot take the file."""
    folder = path.parent
    temporary = folder / f".{path.name}.partial-{os.getpid()}"
    try:
        remove_stale_partials((folder, "."))
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if not replace and os.path.lexists(path):  # appeared meanwhile: still never overwrite
            raise FileExistsError(f"{path} sudah ada")
        os.replace(temporary, path)
    except FileExistsError:
        _discard(temporary)
        raise ServiceError(f"Berkas {path} sudah ada dan tidak ditimpa.", field="out") from None
    except OSError as exc:
        _discard(temporary)
        raise ServiceError(f"Berkas {path.name} tidak dapat ditulis. {reason(exc, str(folder))}", field="out") from exc
    except BaseException:
        _discard(temporary)
        raise
    if os.name != "nt":
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        os.remove(temporary)
