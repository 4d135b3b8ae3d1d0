"""Where shipped resources live, for a source checkout and for an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    # A checkout (and an editable install) keeps resources/ beside the package, as the design card fixes;
    # a wheel carries the same folder as umkm_desk/_resources.
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Folder resources/ tidak ditemukan; instalasi UMKM Desk tidak lengkap.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
