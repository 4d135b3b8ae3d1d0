"""The wheel carries the top-level resources/ folder as ``umkm_desk/_resources`` (see ``umkm_desk.paths``).

resources/ stays beside the package in the source tree, as the design card fixes; copying it at build time means a
file added there later is packaged without anyone listing it. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm.tmp")


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads resources/ in place; only a real build needs the copy.
        if getattr(self, "editable_mode", False):
            return
        if not RESOURCES.is_dir():
            raise SystemExit("resources/ is missing: the source distribution is incomplete")
        shutil.copytree(
            RESOURCES, Path(self.build_lib) / "umkm_desk" / "_resources", ignore=IGNORED, dirs_exist_ok=True
        )


setup(cmdclass={"build_py": BuildPyWithResources})
