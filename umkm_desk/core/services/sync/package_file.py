"""The package file: a zip holding ``manifest.json`` and ``content.json``; the manifest carries the sha256 of
the content, so a damaged or edited file is refused before anything is read from it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import IO, Any

from umkm_desk.core.services.context import ServiceError

FORMAT = "umkm-desk-sync/1"
SUFFIX = ".umkmsync"


def pack(manifest: dict[str, Any], content: dict[str, Any]) -> bytes:
    body = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    manifest = {**manifest, "format": FORMAT, "sha256": hashlib.sha256(body).hexdigest()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1))
        archive.writestr("content.json", body)
    return buffer.getvalue()


_DAMAGED = ("Berkas paket rusak atau telah diubah (isi tidak cocok dengan sidik sha256-nya), jadi tidak "
            "diterapkan. Minta PC pengirim membuat ulang paket itu (Sinkronisasi → Buat ulang paket).")


def read_manifest(data: bytes) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise ServiceError("Berkas ini bukan paket sinkronisasi UMKM Desk atau sudah rusak. Periksa berkasnya, "
                           "atau minta PC pengirim membuat ulang paket itu.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ServiceError("Berkas ini bukan paket sinkronisasi UMKM Desk versi yang dikenal. Perbarui aplikasi "
                           "di kedua PC ke versi yang sama.")
    return manifest


def unpack(data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    manifest = read_manifest(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = archive.read("content.json")
    except (zipfile.BadZipFile, KeyError, EOFError, OSError) as exc:  # a CRC error is BadZipFile
        raise ServiceError(_DAMAGED) from exc
    if hashlib.sha256(body).hexdigest() != manifest.get("sha256"):
        raise ServiceError(_DAMAGED)
    try:
        content = json.loads(body)
    except ValueError as exc:
        raise ServiceError(_DAMAGED) from exc
    return manifest, content


def save_package(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write the package file atomically (never half a file under its name); an existing file only with
    ``replace``."""
    from umkm_desk.core.services.reports.output_file import check_output, write_atomically

    def write(fh: IO[bytes]) -> None:
        fh.write(data)

    check_output(path, (SUFFIX.lstrip("."),), replace=replace)
    write_atomically(path, write, replace=replace)


def load_package(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(f"Berkas paket {path} tidak ditemukan.") from None
    except OSError as exc:
        raise ServiceError(f"Berkas paket {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc
