"""Documents through the register, as an officer issues them: one progress letter (number taken, recorded and
rendered in one transaction: ``issue_document``), and a batch of certificates (``issue_batch``: numbered one
transaction each, then rendered on every core). Each is paired with its bare-canvas floor (floors.py)."""

from __future__ import annotations

import itertools
import os
import random
import time
from pathlib import Path
from typing import Any

import _login  # noqa: E402 - every process logs in as the demo's administrator
import floors

#: The signature block an officer fills in on Pengaturan before the first letter (the demo leaves it empty).
SIGNATORY = {"signatory_name": "Drs. H. Ahmad Contoh, M.Si.", "signatory_pangkat_golongan": "Pembina Utama Muda (IV/c)",
             "signatory_nip": "197001012000031001"}


def _open(db_path: Path):
    """A service context on the database, with the signatory set when it is still empty."""
    from dataclasses import replace

    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
    from umkm_desk.core.store.database import open_database

    ctx = ServiceContext(open_database(str(db_path)))
    ctx.actor = _login.actor(ctx)
    current = get_letterhead_settings(ctx)
    if not current.signatory_name.strip():
        save_letterhead_settings(ctx, replace(current, **SIGNATORY))
    return ctx


def _content(ctx, document_id) -> tuple[Any, str, Any]:
    from umkm_desk.core.services.register import document_codec
    from umkm_desk.core.store.models import IssuedDocument

    with ctx.db.read() as session:
        return document_codec.loads(session.get(IssuedDocument, document_id).content_json)


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(b"/Type /Page>")


def letters(db_path: Path, runs: int, seed: int) -> dict[str, Any]:
    """``runs`` progress letters for different businesses with an active case, after one warm-up letter."""
    from umkm_desk.core.documents.rendering import render
    from umkm_desk.core.services.register import documents

    ctx = _open(db_path)
    try:
        ids = documents.eligible_business_ids(ctx, "letter")
        if not ids:
            raise RuntimeError("no business with an active case for a progress letter")
        rng = random.Random(seed)
        chosen = [rng.choice(ids) for _ in range(runs + 1)]
        settings = documents.load_settings(ctx)
        documents.issue_document(ctx, "letter", chosen[0], settings=settings)  # warm-up: imports, fonts, caches
        seconds, render_only, texts, pages = [], [], [], []
        for business_id in chosen[1:]:
            start = time.perf_counter()
            issued = documents.issue_document(ctx, "letter", business_id, settings=settings)
            seconds.append(time.perf_counter() - start)
            letterhead, kind, content = _content(ctx, issued.entry.id)
            start = time.perf_counter()
            render(kind, letterhead, content)
            render_only.append(time.perf_counter() - start)
            texts.append(floors.text_lines(letterhead, content))
            pages.append(_pages(issued.pdf))
        floor = floors.time_bare_pages(texts)
        return {"seconds": seconds, "render_only": render_only, "floor": floor, "pages": pages,
                "floor_pages": [_pages(floors.bare_page(t)) for t in texts[:3]],
                "lines": [len(t) for t in texts], "eligible": len(ids),
                "settings_note": "load_settings once per run, as issue_batch does"}
    finally:
        ctx.db.dispose()


def certificates(db_path: Path, count: int, runs: int) -> dict[str, Any]:
    """``runs`` batches of ``count`` certificates through ``issue_batch`` with its default workers (every core).
    Each batch takes businesses still without a certificate (cycling when there are fewer than ``count``)."""
    from umkm_desk.core.services.register import documents

    ctx = _open(db_path)
    try:
        seconds, numbering, ok_counts, texts = [], [], [], []
        eligible_counts = []
        for _ in range(runs):
            ids = documents.eligible_business_ids(ctx, "certificate")
            if not ids:
                ids = documents.eligible_business_ids(ctx, "letter")  # tiny quick databases only
            eligible_counts.append(len(ids))
            batch = list(itertools.islice(itertools.cycle(ids), count))
            marks: dict[str, float] = {}

            def progress(done: int, total: int, batch=batch, marks=marks) -> None:
                if done >= len(batch) and "numbered" not in marks:
                    marks["numbered"] = time.perf_counter()

            start = time.perf_counter()
            items = documents.issue_batch(ctx, "certificate", batch, progress=progress)
            end = time.perf_counter()
            seconds.append(end - start)
            numbering.append(marks.get("numbered", end) - start)
            ok_counts.append(sum(1 for item in items if item.ok and item.pdf))
            if not texts:
                for item in items[:50]:
                    if item.ok and item.entry is not None:
                        letterhead, _kind, content = _content(ctx, item.entry.id)
                        texts.append(floors.text_lines(letterhead, content))
        workers = os.cpu_count() or 1
        floor_texts = list(itertools.islice(itertools.cycle(texts), count))
        floor = [floors.bare_pages_parallel(floor_texts, workers=workers) for _ in range(runs)]
        return {"seconds": seconds, "numbering": numbering, "ok": ok_counts, "count": count,
                "workers": workers, "floor": floor, "eligible": eligible_counts}
    finally:
        ctx.db.dispose()
