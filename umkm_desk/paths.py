"""Where shipped resources live, for a source checkout, an installed wheel and the packaged app alike."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# The package's own folder, as importlib.resources sees it. Every way UMKM Desk is installed (checkout, wheel,
# PyInstaller one-folder) keeps it on disk; ReportLab and Qt need real file paths, so a zipped package is refused.
_PACKAGE = files("umkm_desk")


def package_dir() -> Path:
    if not isinstance(_PACKAGE, Path):
        raise FileNotFoundError(
            "UMKM Desk harus dipasang sebagai folder, bukan arsip zip; pasang ulang aplikasinya."
        )
    return _PACKAGE


def resources_dir() -> Path:
    # A checkout (and an editable install) keeps resources/ beside the package, as the design card fixes;
    # a wheel and the packaged app carry the same folder as umkm_desk/_resources (setup.py copies it).
    package = package_dir()
    for candidate in (package / "_resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Folder resources/ tidak ditemukan; instalasi UMKM Desk tidak lengkap.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
