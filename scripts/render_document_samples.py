"""Issue one document of each kind from a fresh demo database and render them to PNG for the README.

    python scripts/render_document_samples.py [--out docs/documents] [--keep-pdf]

Needs ``pdftoppm`` (Debian/Ubuntu: poppler-utils). Writes letter.png, referral.png, certificate.png and
summary.png (first page, 50 dpi); a two-page letter also gets letter-2.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from umkm_desk.core.services.context import Actor, ServiceContext  # noqa: E402
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings  # noqa: E402
from umkm_desk.core.services.register import documents  # noqa: E402
from umkm_desk.core.store.database import open_database  # noqa: E402
from umkm_desk.core.store.models import Activity, CapitalSupport  # noqa: E402
from umkm_desk.demo.generator import fill_demo  # noqa: E402

ISSUED_ON = date(2026, 11, 28)


def _pick(ctx: ServiceContext, kind: str) -> uuid.UUID:
    """The eligible business with the richest document (most stages/capital) makes the best sample."""
    ids = documents.eligible_business_ids(ctx, kind)
    if not ids:
        raise SystemExit(f"data contoh tidak memuat UMKM untuk {kind}")
    if kind == "certificate":
        return ids[0]
    best, best_size = ids[0], -1
    with ctx.db.read() as session:
        for business_id in ids:
            capital = session.scalar(select(func.count()).select_from(CapitalSupport).where(
                CapitalSupport.business_id == business_id, CapitalSupport.status == "dicairkan")) or 0
            activities = session.scalar(select(func.count()).select_from(Activity).where(
                Activity.business_id == business_id)) or 0
            score = capital * 10 + min(activities, 8)
            if score > best_size:
                best, best_size = business_id, score
    return best


def render_samples(out: Path, *, keep_pdf: bool = False, dpi: int = 50) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm tidak ditemukan: pasang poppler-utils")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "contoh.sqlite")
        try:
            fill_demo(db, businesses=120, seed=2026, today=ISSUED_ON)
            ctx = ServiceContext(db, Actor(None, "Contoh"))
            save_letterhead_settings(ctx, replace(
                get_letterhead_settings(ctx),
                signatory_name="Dr. H. Ahmad Fauzi, S.E., M.M.",
                signatory_nip="197001012000031001",
                signatory_pangkat_golongan="Pembina Utama Muda (IV/c)",
            ))
            for kind in documents.KINDS:
                issued = documents.issue_document(ctx, kind, _pick(ctx, kind), issued_on=ISSUED_ON)
                pdf = Path(tmp) / f"{kind}.pdf"
                pdf.write_bytes(issued.pdf)
                if keep_pdf:
                    shutil.copy(pdf, out / f"{kind}.pdf")
                subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(Path(tmp) / kind)], check=True)
                pages = sorted(Path(tmp).glob(f"{kind}-*.png"))
                for number, page in enumerate(pages, start=1):
                    target = out / (f"{kind}.png" if number == 1 else f"{kind}-{number}.png")
                    shutil.copy(page, target)
                    written.append(target)
                print(f"{kind}: {issued.entry.number} ({issued.entry.business_name}), {len(pages)} halaman")
        finally:
            db.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "documents"))
    parser.add_argument("--keep-pdf", action="store_true", help="simpan juga PDF-nya")
    parser.add_argument("--dpi", type=int, default=50)
    args = parser.parse_args(argv)
    for path in render_samples(Path(args.out), keep_pdf=args.keep_pdf, dpi=args.dpi):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
