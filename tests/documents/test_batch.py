"""render_many over processes (one bad job does not stop the rest; cancel) and combine_pdfs."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from pdfcheck import reader, text_of

from umkm_desk.core.documents import RenderResult, combine_pdfs, render, render_many
from umkm_desk.demo import document_samples as samples


def _certificates(n: int) -> list[tuple[str, object, object]]:
    letterhead = samples.sample_letterhead()
    base = samples.sample_certificate()
    return [
        (
            "certificate",
            letterhead,
            dataclasses.replace(base, number=f"500.2.3/SRT-{i:04d}/2026", owner_name=f"Pemilik {i}"),
        )
        for i in range(n)
    ]


def _with_bad_jobs(jobs: list) -> list:
    letterhead = samples.sample_letterhead()
    broken = dataclasses.replace(samples.sample_certificate(), owner_name=None)  # .strip() on None raises
    jobs = list(jobs)
    jobs[2] = ("certificate", letterhead, broken)
    jobs[5] = ("faktur", letterhead, samples.sample_certificate())
    return jobs


@pytest.mark.parametrize("workers", [1, 2])
def test_render_many_continues_past_bad_jobs(workers: int) -> None:
    jobs = _with_bad_jobs(_certificates(9))
    results = list(render_many(jobs, workers=workers, chunksize=2))
    assert [r.index for r in results] == list(range(9))
    bad = {r.index: r for r in results if not r.ok}
    assert set(bad) == {2, 5}
    assert bad[2].pdf is None
    assert bad[2].error.startswith("Dokumen ke-3 (sertifikat) gagal dibuat:")
    assert "Jenis dokumen tidak dikenal: 'faktur'" in bad[5].error
    for result in results:
        if result.ok:
            assert result.kind == "certificate"
            assert f"Pemilik {result.index}" in text_of(result.pdf)


def test_render_many_output_matches_single_render() -> None:
    jobs = _certificates(3)
    results = list(render_many(jobs, workers=2, chunksize=1))
    for (kind, letterhead, content), result in zip(jobs, results, strict=True):
        assert result.pdf == render(kind, letterhead, content)  # same bytes from a spawned worker


def test_render_many_mixes_kinds() -> None:
    letterhead = samples.sample_letterhead()
    jobs = [
        ("letter", letterhead, samples.sample_progress_letter()),
        ("referral", letterhead, samples.sample_referral()),
        ("certificate", letterhead, samples.sample_certificate()),
        ("summary", letterhead, samples.sample_case_summary()),
    ]
    results = list(render_many(jobs, workers=2))
    assert [r.kind for r in results] == ["letter", "referral", "certificate", "summary"]
    assert all(r.ok for r in results)


@pytest.mark.parametrize("workers", [1, 2])
def test_render_many_stops_when_cancelled(workers: int) -> None:
    cancel = threading.Event()
    seen: list[RenderResult] = []
    start = time.perf_counter()
    for result in render_many(_certificates(200), workers=workers, chunksize=2, cancel=cancel):
        seen.append(result)
        if len(seen) == 3:
            cancel.set()
    assert 3 <= len(seen) < 200
    assert time.perf_counter() - start < 20


def test_render_many_accepts_a_cancel_callable_and_a_lazy_generator() -> None:
    produced = []

    def jobs():
        for job in _certificates(50):
            produced.append(job)
            yield job

    results = list(render_many(jobs(), workers=1, cancel=lambda: len(produced) > 4))
    assert len(results) == 4


def test_combine_pdfs_keeps_every_page_and_orientation() -> None:
    letterhead = samples.sample_letterhead()
    letter = render("letter", letterhead, samples.sample_progress_letter())
    cert = render("certificate", letterhead, samples.sample_certificate())
    combined = combine_pdfs([letter, cert, cert])
    pages = reader(combined).pages
    assert len(pages) == len(reader(letter).pages) + 2
    widths = [float(p.mediabox.width) > float(p.mediabox.height) for p in pages]
    assert widths == [False] * len(reader(letter).pages) + [True, True]
    assert combine_pdfs([letter, cert]) == combine_pdfs([letter, cert])  # deterministic too
    with pytest.raises(ValueError):
        combine_pdfs([])


@pytest.mark.slow
def test_hundred_certificates_use_worker_processes_and_little_cpu() -> None:
    """Budget: 1,000 certificates in < 30 s on 2 cores, i.e. < 60 ms CPU each. CPU time, not wall time, is
    asserted, so a busy CI machine does not make this flaky; the workers' CPU shows up in RUSAGE_CHILDREN."""
    resource = pytest.importorskip("resource")  # POSIX only
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent = time.process_time()
    results = list(render_many(_certificates(100), workers=2))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert all(r.ok for r in results)
    children_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert time.process_time() - parent < 1.0  # the parent only hands out work
    assert children_cpu / 100 < 0.06, children_cpu
