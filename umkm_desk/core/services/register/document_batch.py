"""Printing many documents into a folder: the one batch loop of the command line and the GUI's Cetak massal.

The order of a batch is what keeps every number with its PDF:

1. the folder is checked (exists or can be made, writable, room for every file) before anything is numbered;
2. with ``--all`` (``business_ids`` None) the register is asked first: a business that already has this kind
   of document for the same subject this month (letters and summaries: the same active case; certificates:
   the business; referrals: the stage) gets no second one — its file is written from the register (a reprint:
   same number, same bytes) when the folder lacks it, and counted as present when the folder has it;
3. new documents are numbered, rendered, and each file is written atomically (temporary name, fsync, rename)
   once its group of numbers is committed; an existing file is never overwritten;
4. the first file that cannot be written stops the batch; the numbers still open are rolled back and the
   report names every number that is in the register without a file. Running the same ``--all`` again
   writes those from the register.

No Qt here: progress and cancel are plain callables, so a GUI worker thread and the command line share it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from umkm_desk.core.rules.file_names import document_file_name
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.register import document_codec, documents
from umkm_desk.core.services.register.documents import BatchItem, DeliveryStopped
from umkm_desk.core.services.register.kinds import SERVICES
from umkm_desk.core.store.faults import reason
from umkm_desk.core.store.models import Business, Case, IssuedDocument
from umkm_desk.core.store.partials import remove_stale_partials

#: A generous estimate of one PDF (the largest kinds are about 60 KB) for the free-space check.
BYTES_PER_DOCUMENT = 200 * 1024
SPACE_MARGIN = 20 * 1024 * 1024


@dataclass(frozen=True)
class PrintedFile:
    number: str
    business_name: str
    path: Path


@dataclass(frozen=True)
class Unwritten:
    """A number in the register whose file is not in the folder."""

    number: str
    business_name: str


@dataclass
class PrintReport:
    folder: Path
    folder_created: bool = False
    issued: list[PrintedFile] = field(default_factory=list)
    reprinted: list[PrintedFile] = field(default_factory=list)
    present: list[PrintedFile] = field(default_factory=list)
    failures: list[BatchItem] = field(default_factory=list)  # businesses that got no number
    not_reached: int = 0  # businesses left without a document because the batch stopped or was cancelled
    unwritten: list[Unwritten] = field(default_factory=list)
    stopped: str | None = None  # why the batch stopped before the end (a file could not be written)
    cancelled: bool = False

    @property
    def written(self) -> list[PrintedFile]:
        return [*self.reprinted, *self.issued]

    def summary(self) -> str:
        return (f"{len(self.issued)} diterbitkan, {len(self.reprinted)} dicetak ulang dari register, "
                f"{len(self.present)} sudah ada")

    def unwritten_text(self) -> str:
        numbers = ", ".join(item.number for item in self.unwritten)
        return (f"Nomor tanpa berkas PDF ({len(self.unwritten)}): {numbers}. Jalankan lagi cetak semua (--all) "
                "untuk menulisnya dari register, atau cetak ulang dari halaman Dokumen.")


@dataclass(frozen=True)
class _Earlier:
    id: uuid.UUID
    number: str
    business_id: uuid.UUID | None
    business_name: str


# --- the folder -------------------------------------------------------------------------------------------


def _os_text(exc: OSError, where: Path) -> str:
    return reason(exc, str(where))


def prepare_folder(folder: Path, documents_count: int, *, create: bool = True) -> bool:
    """Make sure ``folder`` can take ``documents_count`` PDFs; returns whether it was created here.

    Only the last level is created: a missing parent is more likely a typing error than a wish. Raises
    ServiceError (Indonesian) when the folder cannot be used; then nothing has been numbered yet."""
    folder = Path(folder).expanduser()
    created = False
    if folder.exists() and not folder.is_dir():
        raise ServiceError(f"{folder} adalah sebuah berkas, bukan folder. Pilih folder tujuan lain.")
    if not folder.exists():
        if not create:
            raise ServiceError(f"Folder tujuan {folder} tidak ada.")
        if not folder.parent.is_dir():
            raise ServiceError(f"Folder {folder.parent} tidak ada; periksa lagi nama folder tujuan.")
        try:
            folder.mkdir()
            created = True
        except FileExistsError:
            pass
        except OSError as exc:
            raise ServiceError(f"Folder tujuan tidak dapat dibuat. {_os_text(exc, folder)}") from exc
    probe = folder / f".umkm-desk-probe.partial-{os.getpid()}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"0")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise ServiceError(f"Folder tujuan tidak dapat ditulisi. {_os_text(exc, folder)}") from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    needed = documents_count * BYTES_PER_DOCUMENT + SPACE_MARGIN
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = needed  # unknown: the writes themselves will tell
    if free < needed:
        raise ServiceError(
            f"Ruang disk di {folder} tidak cukup: perlu sekitar {_megabytes(needed)} MB untuk "
            f"{documents_count} dokumen, tersedia {_megabytes(free)} MB. Kosongkan ruang atau pilih folder lain."
        )
    remove_stale_partials((folder, "."))  # only our own names match: .NAME.partial-PID
    return created


def _megabytes(value: int) -> str:
    return f"{value / (1024 * 1024):,.0f}".replace(",", ".")


def looks_complete(path: Path) -> bool:
    """A PDF file that ends like one: a copy cut off by a crash lacks the closing ``%%EOF``."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 1024))
            return size > 0 and b"%%EOF" in fh.read()
    except OSError:
        return False


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` atomically (temporary name in the same folder, fsync, rename); refuse an
    existing ``path`` with FileExistsError: a document file is never overwritten."""
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "File exists", str(path))
    temporary = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.lexists(path):  # appeared meanwhile (another program): still never overwrite
            raise FileExistsError(errno.EEXIST, "File exists", str(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    if os.name != "nt":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _write_failure(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileExistsError):
        return (f"Berkas {path.name} sudah ada di {path.parent} (nama berkas nomor lain yang sama); "
                "berkas itu tidak ditimpa. Pilih folder kosong atau ubah format nomor surat.")
    return f"Berkas {path.name} tidak dapat ditulis. {_os_text(exc, path.parent)}"


# --- what --all already has -----------------------------------------------------------------------------


def earlier_documents(ctx: ServiceContext, kind: str, day: date) -> list[_Earlier]:
    """The documents of ``kind`` this month (up to ``day``) that count as the subject being served already:
    for a kind that serves a case (letters, summaries) only those of a still active case, else every one."""
    month_start = day.replace(day=1)
    query = (
        select(IssuedDocument.id, IssuedDocument.number, IssuedDocument.business_id, Business.name)
        .join(Business, Business.id == IssuedDocument.business_id)
        .where(IssuedDocument.kind == kind, IssuedDocument.voided_at.is_(None),
               IssuedDocument.issued_on >= month_start, IssuedDocument.issued_on <= day,
               Business.deleted_at.is_(None))
    )
    if SERVICES[kind].serves == "case":
        active = select(Case.id).where(Case.deleted_at.is_(None), Case.status == "aktif")
        query = query.where(IssuedDocument.case_id.in_(active))
    with ctx.db.read() as session:
        rows = session.execute(query.order_by(IssuedDocument.year, IssuedDocument.seq)).all()
    return [_Earlier(doc_id, number, business_id, name or "") for doc_id, number, business_id, name in rows]


def _reprint_jobs(ctx: ServiceContext, ids: Sequence[uuid.UUID]) -> Iterator[tuple[str, Any, Any]]:
    for start in range(0, len(ids), 100):
        chunk = list(ids[start:start + 100])
        with ctx.db.read() as session:
            texts = dict(session.execute(
                select(IssuedDocument.id, IssuedDocument.content_json).where(IssuedDocument.id.in_(chunk))
            ).all())
        for doc_id in chunk:
            letterhead, kind, content = document_codec.loads(texts[doc_id])
            yield kind, letterhead, content  # rendered as documents.reprint renders: the same bytes


# --- the batch ----------------------------------------------------------------------------------------


def print_documents(
    ctx: ServiceContext,
    kind: str,
    folder: Path,
    *,
    business_ids: Sequence[uuid.UUID] | None = None,
    issued_on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    create_folder: bool = True,
) -> PrintReport:
    """Print ``kind`` for ``business_ids`` (None: every eligible business, see the module docstring) into
    ``folder``, one PDF per document. Raises ServiceError before numbering anything when the folder cannot
    take the batch or the settings lack a signatory; later failures are in the report."""
    from umkm_desk.core.documents import render_many

    if kind not in documents.KINDS:
        raise ServiceError(f"Jenis dokumen tidak dikenal: {kind}.")
    folder = Path(folder).expanduser()
    day = issued_on or date.today()
    documents.load_settings(ctx)  # no signatory: refused before the folder is even made
    reprint: list[_Earlier] = []
    present: list[PrintedFile] = []
    if business_ids is None:
        earlier = earlier_documents(ctx, kind, day)
        served = {doc.business_id for doc in earlier}
        eligible = documents.eligible_business_ids(ctx, kind)
        # one per stage: a business with a referral this month may still have another stage to refer
        to_issue = eligible if SERVICES[kind].serves == "stage" else [b for b in eligible if b not in served]
        for doc in earlier:
            path = folder / document_file_name(doc.number)
            if path.is_file() and looks_complete(path):
                present.append(PrintedFile(doc.number, doc.business_name, path))
            else:
                reprint.append(doc)
    else:
        to_issue = list(business_ids)
    report = PrintReport(folder, present=present)
    if not to_issue and not reprint:
        return report
    report.folder_created = prepare_folder(folder, len(to_issue) + len(reprint), create=create_folder)
    total = len(reprint) + 2 * len(to_issue)
    done = [0]

    def tick(steps_done: int, steps_total: int) -> None:
        if progress is not None:
            progress(done[0] + steps_done, len(reprint) + steps_total)

    def reprint_tick(count: int) -> None:
        if progress is not None:
            progress(count, total)

    def stop_requested() -> bool:
        return cancelled is not None and cancelled()

    if reprint:
        _reprint(ctx, report, reprint, workers, reprint_tick, stop_requested, render_many)
        done[0] = len(reprint)
        if report.stopped or report.cancelled:
            return report
    if to_issue:
        _issue(ctx, kind, report, to_issue, day, workers, tick, stop_requested)
    if progress is not None and not report.stopped:
        progress(total, total)
    return report


def _reprint(
    ctx: ServiceContext, report: PrintReport, docs: list[_Earlier], workers: int | None,
    tick: Callable[[int], None], stop_requested: Callable[[], bool], render_many: Any,
) -> None:
    if workers is None:
        workers = 1 if len(docs) < documents.IN_PROCESS_BATCH else (os.cpu_count() or 1)
    written: set[int] = set()
    renders = render_many(_reprint_jobs(ctx, [doc.id for doc in docs]), workers=workers, cancel=stop_requested)
    try:
        for result in renders:
            doc = docs[result.index]
            path = report.folder / document_file_name(doc.number)
            if not result.ok:
                report.stopped = f"{doc.number}: {result.error}"
                break
            try:
                write_new_file(path, result.pdf or b"")
            except OSError as exc:
                report.stopped = _write_failure(exc, path)
                break
            written.add(result.index)
            report.reprinted.append(PrintedFile(doc.number, doc.business_name, path))
            tick(len(written))
    finally:
        renders.close()
    if stop_requested() and not report.stopped:
        report.cancelled = True
    report.unwritten += [Unwritten(doc.number, doc.business_name) for i, doc in enumerate(docs) if i not in written]


def _issue(
    ctx: ServiceContext, kind: str, report: PrintReport, ids: list[uuid.UUID], day: date, workers: int | None,
    tick: Callable[[int, int], None], stop_requested: Callable[[], bool],
) -> None:
    delivered: set[uuid.UUID] = set()

    def deliver(item: BatchItem) -> None:
        assert item.entry is not None
        path = report.folder / document_file_name(item.entry.number)
        try:
            write_new_file(path, item.pdf or b"")
        except OSError as exc:
            report.stopped = _write_failure(exc, path)
            raise DeliveryStopped(report.stopped) from exc
        delivered.add(item.entry.id)
        report.issued.append(PrintedFile(item.entry.number, item.business_name, path))

    items = documents.issue_batch(ctx, kind, ids, issued_on=day, progress=tick, cancelled=stop_requested,
                                  workers=workers, deliver=deliver)
    if stop_requested() and not report.stopped:
        report.cancelled = True
    for item in items:
        if item.ok and item.entry is not None:
            if item.entry.id not in delivered:
                report.unwritten.append(Unwritten(item.entry.number, item.business_name))
        elif not (item.rolled_back and (report.stopped or report.cancelled)):
            report.failures.append(item)
    report.not_reached = len(ids) - len(delivered) - len(report.failures) - sum(
        1 for item in items if item.ok and item.entry is not None and item.entry.id not in delivered)
