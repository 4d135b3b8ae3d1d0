"""Loads the Kemendagri region codes shipped in resources/wilayah into the store."""

from __future__ import annotations

import csv

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from umkm_desk.core.store.models import Kecamatan, Kelurahan
from umkm_desk.paths import resource_path


def _rows(name: str) -> list[dict[str, str]]:
    with open(resource_path("wilayah", name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_reference(session: Session) -> bool:
    """Insert region data when the tables are empty; returns whether anything was loaded."""
    if session.scalar(select(func.count()).select_from(Kelurahan)):
        return False
    kecamatan = [
        {"code": r["kode_kecamatan"], "name": r["kecamatan"], "kabkota": r["kabkota"], "provinsi": r["provinsi"]}
        for r in _rows("indonesia_kecamatan.csv")
    ]
    session.execute(insert(Kecamatan), kecamatan)
    kelurahan = [
        {"code": r["kode_kelurahan"], "name": r["kelurahan"], "kecamatan_code": r["kode_kecamatan"]}
        for r in _rows("kota_serang_wilayah.csv")
    ]
    session.execute(insert(Kelurahan), kelurahan)
    return True
