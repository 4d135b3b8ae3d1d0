"""One entry point per kind, a dispatcher, batch rendering over processes, and combining PDFs."""

from __future__ import annotations

import io
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from umkm_desk.core.documents.content import (
    CaseSummaryContent,
    Certificate,
    Letterhead,
    ProgressLetter,
    Referral,
)
from umkm_desk.core.documents.kinds import KINDS, kind_of

__all__ = [
    "KINDS",
    "Job",
    "RenderResult",
    "combine_pdfs",
    "render",
    "render_many",
]

Content = ProgressLetter | Referral | Certificate | CaseSummaryContent
Job = tuple[str, Letterhead, Content]


def render(kind: str, letterhead: Letterhead, content: Content) -> bytes:
    """Render one document of ``kind`` (a key of ``kinds.KINDS``: "letter", "referral", ...) to PDF bytes."""
    entry = kind_of(kind)
    if not isinstance(content, entry.content):
        raise TypeError(
            f"Isi untuk {entry.noun} harus {entry.content.__name__}, bukan {type(content).__name__}."
        )
    return entry.renderer(letterhead, content)


@dataclass(frozen=True)
class RenderResult:
    """The outcome of one batch job: ``pdf`` on success, else ``error`` (an Indonesian sentence)."""

    index: int
    kind: str
    pdf: bytes | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Cancel(Protocol):
    def is_set(self) -> bool: ...


def _error_text(index: int, kind: str, exc: BaseException) -> str:
    label = KINDS[kind].noun if kind in KINDS else "dokumen"
    detail = str(exc).strip() or type(exc).__name__
    return f"Dokumen ke-{index + 1} ({label}) gagal dibuat: {detail}"


def _render_one(index: int, job: Job) -> RenderResult:
    kind = "?"
    try:
        kind, letterhead, content = job
        return RenderResult(index, kind, pdf=render(kind, letterhead, content))
    except Exception as exc:  # one bad record must not stop the batch
        return RenderResult(index, str(kind), error=_error_text(index, str(kind), exc))


def _render_chunk(chunk: list[tuple[int, Job]]) -> list[RenderResult]:
    return [_render_one(index, job) for index, job in chunk]


def _exit_with_parent() -> None:
    """A render worker ends when the process that started it ends, even when that one is killed (kill -9,
    Task Manager) and could not shut its pool down: otherwise the worker waits on its job queue for ever,
    because it holds that queue's writing end itself. ``parent_process().sentinel`` becomes ready when the
    parent is gone (a pipe end on POSIX, a process handle on Windows)."""
    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - not started by multiprocessing
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="umkm-desk-parent-watch", daemon=True).start()


def _warm_up() -> None:
    # fonts here, not at the top: the GUI imports this module (combine_pdfs) without wanting ReportLab yet
    from umkm_desk.core.documents.fonts import register_fonts

    _exit_with_parent()
    register_fonts()


def _is_cancelled(cancel: _Cancel | Callable[[], bool] | None) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


def render_many(
    jobs: Iterable[Job],
    *,
    workers: int | None = os.cpu_count(),
    chunksize: int = 8,
    cancel: threading.Event | Callable[[], bool] | None = None,
    mp_context: str | None = "spawn",
) -> Generator[RenderResult, None, None]:
    """Render many documents over ``workers`` processes, yielding one RenderResult per job in job order.

    A job that raises gives an error result (index and Indonesian message) and the others continue.
    ``cancel`` (a threading.Event or a callable returning True) stops the batch: pending work is dropped and
    no further results are yielded. ``workers`` <= 1 renders in this process (no pool). Jobs are pulled
    lazily, with a bounded number of chunks in flight, so a generator of thousands of jobs is fine.
    ``mp_context`` defaults to "spawn", the same on Windows and Linux and safe from a Qt application with threads.
    """
    indexed = enumerate(jobs)
    workers = workers or 1
    if workers <= 1:
        for index, job in indexed:
            if _is_cancelled(cancel):
                return
            yield _render_one(index, job)
        return

    chunksize = max(1, chunksize)
    context = multiprocessing.get_context(mp_context) if mp_context else None
    pending: deque[tuple[list[tuple[int, Job]], Future[list[RenderResult]]]] = deque()
    max_in_flight = workers * 3
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)
    try:
        while True:
            while len(pending) < max_in_flight and not _is_cancelled(cancel):
                chunk = list(islice(indexed, chunksize))
                if not chunk:
                    break
                pending.append((chunk, executor.submit(_render_chunk, chunk)))
            if not pending or _is_cancelled(cancel):
                return
            chunk, future = pending.popleft()
            while True:
                try:
                    results = future.result(timeout=0.2)
                    break
                except TimeoutError:
                    if _is_cancelled(cancel):
                        return
                except BrokenProcessPool as exc:
                    results = [
                        RenderResult(i, _kind_of(job), error=_error_text(i, _kind_of(job), exc))
                        for i, job in chunk
                    ]
                    break
                except Exception as exc:  # e.g. content that cannot be pickled
                    results = [
                        RenderResult(i, _kind_of(job), error=_error_text(i, _kind_of(job), exc))
                        for i, job in chunk
                    ]
                    break
            yield from results
            if any(isinstance(f.exception(), BrokenProcessPool) for _, f in pending if f.done()):
                # A dead worker breaks the pool: restart it and resubmit what was still pending.
                executor.shutdown(wait=False, cancel_futures=True)
                executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up)
                pending = deque((c, executor.submit(_render_chunk, c)) for c, _ in pending)
    finally:
        for _, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _kind_of(job: object) -> str:
    if isinstance(job, tuple) and job and isinstance(job[0], str):
        return job[0]
    return "?"


def combine_pdfs(pdfs: Iterable[bytes]) -> bytes:
    """Concatenate PDFs (e.g. a batch of certificates) into one PDF for a single print job.

    Uses pypdf (needs to be a runtime dependency). Page sizes and orientations are kept per page.
    """
    from pypdf import PdfWriter

    writer = PdfWriter()
    count = 0
    for data in pdfs:
        writer.append(io.BytesIO(data))
        count += 1
    if count == 0:
        raise ValueError("Tidak ada dokumen untuk digabungkan.")
    writer.add_metadata({"/Creator": "UMKM Desk", "/Producer": "UMKM Desk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
