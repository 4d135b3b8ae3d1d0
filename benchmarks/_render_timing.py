"""Timing of the renderers: ``python -m benchmarks._render_timing [N_CERTIFICATES] [WORKERS]``.

Prints the median time of one document of each kind (after a warm-up) and the time to render N certificates
(default 1,000) with ``render_many`` over WORKERS processes (default: all cores). Targets from issue 6: one
letter < 100 ms; 1,000 certificates < 30 s on a 2-core machine.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import time
from collections.abc import Iterator

from umkm_desk.core.documents.content import Letterhead
from umkm_desk.core.documents.rendering import Job, render, render_many
from umkm_desk.demo import document_samples as samples

SAMPLES = {
    "letter": samples.sample_progress_letter,
    "referral": samples.sample_referral,
    "certificate": samples.sample_certificate,
    "summary": samples.sample_case_summary,
}


def time_single(letterhead: Letterhead, repeat: int = 15) -> dict[str, tuple[float, float]]:
    """kind -> (median wall seconds, median CPU seconds) for one document, after a warm-up render."""
    out = {}
    for kind, make in SAMPLES.items():
        content = make()
        render(kind, letterhead, content)
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            render(kind, letterhead, content)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        out[kind] = (statistics.median(walls), statistics.median(cpus))
    return out


def certificate_jobs(letterhead: Letterhead, n: int) -> Iterator[Job]:
    base = samples.sample_certificate()
    for i in range(n):
        number = f"500.2.3/SRT-{i + 1:04d}/Disperindagkop/2026"
        code = f"K{i:04d}-X9"
        yield (
            "certificate",
            letterhead,
            dataclasses.replace(
                base,
                number=number,
                owner_name=f"{base.owner_name} ({i + 1})",
                verification_code=code,
                qr_payload=f"UMKMDESK|{number}|{code}",
            ),
        )


def time_batch(letterhead: Letterhead, n: int, workers: int) -> tuple[float, int, int]:
    start = time.perf_counter()
    ok = failed = 0
    for result in render_many(certificate_jobs(letterhead, n), workers=workers):
        if result.ok:
            ok += 1
        else:
            failed += 1
    return time.perf_counter() - start, ok, failed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 1000
    workers = int(args[1]) if len(args) > 1 else (os.cpu_count() or 1)
    letterhead = samples.sample_letterhead()
    print(f"CPU cores: {os.cpu_count()}, load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for kind, (wall, cpu) in time_single(letterhead).items():
        print(f"one {kind:<12} median {wall * 1000:6.1f} ms wall, {cpu * 1000:6.1f} ms CPU")
    elapsed, ok, failed = time_batch(letterhead, n, workers)
    print(f"{n} certificates, {workers} workers: {elapsed:.1f} s ({ok} ok, {failed} failed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
