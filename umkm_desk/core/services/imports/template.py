"""The import template: an .xlsx with the expected headers, an example row and drop-down lists."""

from __future__ import annotations

from pathlib import Path


def write_template(path: Path) -> None:
    raise NotImplementedError
