"""The dry-run report as .xlsx or .csv: the original cells plus baris, status and pesan."""

from __future__ import annotations

from pathlib import Path

from umkm_desk.core.services.imports.model import DryRun


def write_report_xlsx(dry: DryRun, path: Path) -> None:
    raise NotImplementedError


def write_report_csv(dry: DryRun, path: Path) -> None:
    raise NotImplementedError
