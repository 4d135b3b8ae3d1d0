"""The outgoing-letter register (agenda surat keluar): issue, reprint, void, verify and search documents.

Issuing takes the next number of the year in the same transaction that records the document, so a number is
never used twice: two officers issuing at once serialise on the counter row (PostgreSQL row lock, SQLite write
lock), and an app killed mid-way rolls the whole transaction back, number included. A batch numbers each
document in a savepoint of a group transaction (see ``issue_batch``): a refused record rolls back only its
savepoint, a kill rolls back the open group, and no number is ever consumed without its document.
"""

from __future__ import annotations

import os
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from umkm_desk.core import labels
from umkm_desk.core.documents.content import Letterhead, Signatory
from umkm_desk.core.documents.kinds import KINDS as DOCUMENT_KINDS
from umkm_desk.core.rules.letter_number import render_letter_number
from umkm_desk.core.rules.text import searchable
from umkm_desk.core.services.accounts.permissions import requires
from umkm_desk.core.services.context import ServiceContext, ServiceError, record_audit
from umkm_desk.core.services.register import document_codec, document_content
from umkm_desk.core.services.register.document_content import QR_PREFIX, qr_payload  # noqa: F401 - API here
from umkm_desk.core.services.register.kinds import SERVICES, Subject
from umkm_desk.core.services.registry.search_text import business_search_text
from umkm_desk.core.services.text_fields import clean_or_refuse
from umkm_desk.core.store.models import Business, DocumentCounter, IssuedDocument, Partner, Stage

KINDS = tuple(DOCUMENT_KINDS)
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O or 1/I: codes are read aloud and typed


@dataclass(frozen=True)
class DocumentSettings:
    letterhead: Letterhead
    signatory: Signatory
    template: str
    place: str
    template_fields: dict[str, str]
    tembusan: tuple[str, ...]
    dinas_kota: str


@dataclass(frozen=True)
class RegisterEntry:
    id: uuid.UUID
    kind: str
    kind_label: str
    number: str
    issued_on: date
    business_id: uuid.UUID | None
    business_name: str
    signatory_name: str
    verification_code: str
    voided: bool
    void_reason: str | None


@dataclass(frozen=True)
class IssuedPdf:
    entry: RegisterEntry
    pdf: bytes


@dataclass(frozen=True)
class StageChoice:
    """A stage a referral letter can be issued for, labelled for a picker."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class Verification:
    found: bool
    message: str
    entry: RegisterEntry | None = None


def render(kind: str, letterhead: Letterhead, content: Any) -> bytes:
    """The renderers' dispatcher, imported on the first document: listing the register must not load ReportLab."""
    from umkm_desk.core.documents.rendering import render as render_pdf

    return render_pdf(kind, letterhead, content)


def new_verification_code() -> str:
    # one read of the system's random source for the ten characters (secrets.choice reads it once a character);
    # 32 symbols divide 256, so every byte maps to a symbol with the same chance
    return "".join(_CODE_ALPHABET[byte % len(_CODE_ALPHABET)] for byte in secrets.token_bytes(10))


def _head_of_region(region: str) -> str:
    """ "Kota Serang" -> "Wali Kota Serang"; "Kabupaten Serang" -> "Bupati Serang"."""
    if region.startswith("Kota "):
        return "Wali Kota " + region.removeprefix("Kota ")
    if region.startswith("Kabupaten "):
        return "Bupati " + region.removeprefix("Kabupaten ")
    return f"Kepala Daerah {region}".strip()


def load_settings(ctx: ServiceContext) -> DocumentSettings:
    from umkm_desk.core.services.office.settings import get_letterhead_settings

    office = get_letterhead_settings(ctx)
    if not office.signatory_name.strip():
        raise ServiceError(
            "Nama penandatangan belum diisi. Lengkapi bagian Penandatangan di halaman Pengaturan.",
            field="signatory_name",
        )
    region = office.pemerintah.upper().removeprefix("PEMERINTAH").strip().title()
    dinas_kota = f"{office.dinas} {region}".strip() if region.lower() not in office.dinas.lower() else office.dinas
    return DocumentSettings(
        letterhead=office.letterhead(),
        signatory=office.signatory(),
        template=office.letter_number_template,
        place=office.place,
        template_fields={},
        tembusan=(f"{_head_of_region(region)} (sebagai laporan)", "Arsip"),
        dinas_kota=dinas_kota,
    )


#: The counter bump per dialect, built once: constructing it costs about as much CPU as running it.
_BUMPS: dict[str, Any] = {}


def _bump_statement(dialect: str) -> Any:
    statement = _BUMPS.get(dialect)
    if statement is None:
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = _BUMPS[dialect] = (
            insert(DocumentCounter)
            .values(year=bindparam("year"), last_seq=1)
            .on_conflict_do_update(index_elements=["year"], set_={"last_seq": DocumentCounter.last_seq + 1})
            .returning(DocumentCounter.last_seq)
        )
    return statement


def next_sequence(session: Session, year: int) -> int:
    """Bump the year's counter (the first statement of the transaction, so it takes the lock) and return the
    number to use."""
    statement = _bump_statement(session.get_bind().dialect.name)
    # On the session's connection, as a Core statement: the ORM's insert path costs more CPU than the
    # statement itself, and this runs once per document.
    bump = int(session.connection().execute(statement, {"year": year}).scalar_one())
    # Numbers reserved for field laptops are theirs alone; a laptop numbers only inside its own blocks.
    from umkm_desk.core.services.sync.blocks import next_number

    return next_number(session, year, bump)


def lock_counter(session: Session, year: int) -> None:
    """Take the counter's lock before anything else in a transaction that will number documents after
    reading (a batch group): a no-op write, so SQLite takes its write lock now and never has to upgrade a
    read snapshot that another writer has since moved past (which fails at once instead of waiting);
    PostgreSQL locks the year's counter row, as the first bump would."""
    session.execute(
        update(DocumentCounter).where(DocumentCounter.year == year).values(last_seq=DocumentCounter.last_seq)
    )


def _entry(doc: IssuedDocument, business_name: str | None) -> RegisterEntry:
    return RegisterEntry(
        id=doc.id,
        kind=doc.kind,
        kind_label=DOCUMENT_KINDS[doc.kind].label if doc.kind in DOCUMENT_KINDS else doc.kind,
        number=doc.number,
        issued_on=doc.issued_on,
        business_id=doc.business_id,
        business_name=business_name or "",
        signatory_name=doc.signatory_name,
        verification_code=doc.verification_code,
        voided=doc.voided_at is not None,
        void_reason=doc.void_reason,
    )


_WITH_OWNER = (joinedload(Business.owner),)


def _live_business(session: Session, business_id: uuid.UUID) -> Business:
    # with its owner in the same read: every kind names the owner (a batch has both in the session already)
    business = session.get(Business, business_id, options=_WITH_OWNER)
    if business is None or business.deleted_at is not None:
        raise ServiceError("UMKM tidak ditemukan atau sudah diarsipkan.")
    return business


def _pick_stage(session: Session, business: Business, stage_id: uuid.UUID | None) -> Stage:
    if stage_id is not None:
        stage = session.get(Stage, stage_id)
        if stage is None or stage.case.business_id != business.id:
            raise ServiceError("Tahap yang dipilih bukan milik UMKM ini.")
        if stage.partner_id is None:
            raise ServiceError("Tahap ini belum memiliki mitra; tetapkan mitra sebelum membuat surat rujukan.")
        return stage
    pending = document_content.referral_stages(session, business)
    if not pending:
        raise ServiceError(f"{business.name} tidak memiliki tahap bermitra yang belum dirujuk.")
    return pending[0]


def referral_stage_choices(ctx: ServiceContext, business_id: uuid.UUID) -> list[StageChoice]:
    """Stages of the business that have a partner and no referral letter yet, for the issue dialog."""
    with ctx.db.read() as session:
        business = session.get(Business, business_id)
        if business is None:
            return []
        stages = document_content.referral_stages(session, business)
        names: dict[uuid.UUID | None, str] = dict(session.execute(
            select(Partner.id, Partner.name).where(Partner.id.in_({s.partner_id for s in stages}))
        ).all()) if stages else {}
        return [
            StageChoice(s.id, f"{labels.label(labels.STAGE_KINDS, s.kind)} — {names.get(s.partner_id, '')}".strip(" —"))
            for s in stages
        ]


def issue_document(
    ctx: ServiceContext,
    kind: str,
    business_id: uuid.UUID,
    *,
    issued_on: date | None = None,
    stage_id: uuid.UUID | None = None,
    settings: DocumentSettings | None = None,
    render_pdf: bool = True,
) -> IssuedPdf:
    """Number, record and render one document; all or nothing."""
    return _issue(ctx, kind, business_id, issued_on=issued_on, stage_id=stage_id, settings=settings,
                  render_pdf=render_pdf)[0]


def _number_taken(ctx: ServiceContext, issued_on: date) -> ServiceError | None:
    """After a unique-constraint failure: was it the number (a template without {tahun} repeating last
    year's numbers once the counter restarted)? Then an explanation for the officer."""
    settings = load_settings(ctx)
    with ctx.db.read() as session:
        return _explain_number_clash(session, settings, issued_on)


def _explain_number_clash(session: Session, settings: DocumentSettings, issued_on: date) -> ServiceError | None:
    last = session.get(DocumentCounter, issued_on.year, populate_existing=True)
    seq = (last.last_seq if last else 0) + 1
    number = render_letter_number(settings.template, nomor=seq, tanggal=issued_on, **settings.template_fields)
    taken = session.scalar(select(IssuedDocument.year).where(IssuedDocument.number == number))
    if taken is None or taken == issued_on.year:
        return None
    return ServiceError(
        f"Nomor {number} sudah dipakai dokumen tahun {taken}. Tambahkan {{tahun}} pada format nomor surat di "
        "halaman Pengaturan agar nomor tiap tahun tidak berulang.",
        field="letter_number_template",
    )


def _record(
    session: Session,
    ctx: ServiceContext,
    kind: str,
    business_id: uuid.UUID,
    *,
    issued_on: date,
    stage_id: uuid.UUID | None,
    settings: DocumentSettings,
) -> tuple[RegisterEntry, Any, str]:
    """Take the next number and record the document in ``session``'s transaction (nothing is committed here).
    Returns the register entry, the content dataclass and its stored JSON."""
    seq = next_sequence(session, issued_on.year)
    business = _live_business(session, business_id)
    service = SERVICES[kind]
    stage = _pick_stage(session, business, stage_id) if service.serves == "stage" else None
    number = render_letter_number(settings.template, nomor=seq, tanggal=issued_on, **settings.template_fields)
    code = new_verification_code()
    issue = document_content.Issue(
        number=number,
        issued_on=issued_on,
        place=settings.place,
        signatory=settings.signatory,
        verification_code=code,
        tembusan=settings.tembusan,
        dinas_kota=settings.dinas_kota,
    )
    case = stage.case if stage is not None else document_content.latest_case(session, business)
    content = service.build(Subject(session, business, issue, stage, case, ctx.actor.officer_id))
    text = document_codec.dumps(settings.letterhead, kind, content)
    # The id is taken here rather than at flush so that the audit row can name it and one flush writes both.
    doc = IssuedDocument(
        id=uuid.uuid4(),
        kind=kind,
        year=issued_on.year,
        seq=seq,
        number=number,
        issued_on=issued_on,
        business_id=business.id,
        case_id=case.id if case else None,
        stage_id=stage.id if stage else None,
        partner_id=stage.partner_id if stage else None,
        signatory_name=settings.signatory.name,
        signatory_nip=(settings.signatory.nip or "").replace(" ", "") or None,
        content_json=text,
        content_hash=document_codec.content_hash(text),
        verification_code=code,
        officer_id=ctx.actor.officer_id,
    )
    session.add(doc)
    record_audit(session, ctx.actor, "issued_document", doc.id, "create", {"number": (None, number)})
    session.flush()
    return _entry(doc, business.name), content, text


@requires("register.write")
def _issue(
    ctx: ServiceContext,
    kind: str,
    business_id: uuid.UUID,
    *,
    issued_on: date | None,
    stage_id: uuid.UUID | None,
    settings: DocumentSettings | None,
    render_pdf: bool,
) -> tuple[IssuedPdf, str]:
    """issue_document, also returning the stored JSON."""
    if kind not in KINDS:
        raise ServiceError(f"Jenis dokumen tidak dikenal: {kind}.")
    settings = settings or load_settings(ctx)
    issued_on = issued_on or date.today()
    try:
        with ctx.db.transaction() as session:
            entry, content, text = _record(session, ctx, kind, business_id, issued_on=issued_on,
                                           stage_id=stage_id, settings=settings)
            # Rendering inside the transaction: a renderer failure leaves no numbered ghost in the register.
            pdf = render(kind, settings.letterhead, content) if render_pdf else b""
    except IntegrityError:
        explained = _number_taken(ctx, issued_on)
        if explained is not None:
            raise explained from None
        raise
    return IssuedPdf(entry, pdf), text


def reprint(ctx: ServiceContext, document_id: uuid.UUID) -> bytes:
    """The same document again: same number, same content, same bytes."""
    with ctx.db.read() as session:
        doc = session.get(IssuedDocument, document_id)
        if doc is None:
            raise ServiceError("Dokumen tidak ditemukan di register.")
        text = doc.content_json
    letterhead, kind, content = document_codec.loads(text)
    return render(kind, letterhead, content)


@requires("register.write")
def void_document(ctx: ServiceContext, document_id: uuid.UUID, reason: str) -> RegisterEntry:
    reason = clean_or_refuse("document.void_reason", reason, field="reason") or ""
    if len(reason) < 5:
        raise ServiceError("Tuliskan alasan pembatalan (minimal 5 huruf).", field="reason")
    with ctx.db.transaction() as session:
        doc = session.get(IssuedDocument, document_id)
        if doc is None:
            raise ServiceError("Dokumen tidak ditemukan di register.")
        if doc.voided_at is not None:
            raise ServiceError(f"Dokumen {doc.number} sudah dibatalkan sebelumnya.")
        doc.voided_at = datetime.now().astimezone()
        doc.void_reason = reason
        record_audit(session, ctx.actor, "issued_document", doc.id, "void", {"void_reason": (None, reason)})
        business = session.get(Business, doc.business_id) if doc.business_id else None
        return _entry(doc, business.name if business else None)


_CODE_SEPARATORS = re.compile(r"[\s\-.\u2010-\u2015\u2212]+")


def normalize_code(text: str) -> str:
    """A verification code as stored: read aloud or copied from paper it comes as "7qle-symb 7v" or
    "7QLE.SYMB.7V"; spaces, hyphens (any dash) and dots are dropped and letters are capitals."""
    return _CODE_SEPARATORS.sub("", text or "").upper()


def verify(ctx: ServiceContext, text: str) -> Verification:
    """Takes a register number, a verification code or the QR text and says whether it matches."""
    raw = (text or "").strip()
    if not raw:
        return Verification(False, "Ketik nomor surat atau kode verifikasi.")
    number = code = None
    if raw.upper().startswith(QR_PREFIX + "|"):
        parts = raw.split("|")
        if len(parts) != 3:
            return Verification(False, "Isi kode QR tidak dikenali.")
        number, code = parts[1].strip(), normalize_code(parts[2])
    with ctx.db.read() as session:
        query = select(IssuedDocument, Business.name).outerjoin(Business, IssuedDocument.business_id == Business.id)
        if number is not None:
            row = session.execute(query.where(IssuedDocument.number == number)).first()
            if row is None or row[0].verification_code != code:
                return Verification(False, "TIDAK COCOK: kode QR ini tidak sesuai dengan dokumen mana pun di register.")
        else:
            row = session.execute(
                query.where(or_(IssuedDocument.number == raw,
                                IssuedDocument.verification_code == normalize_code(raw)))
            ).first()
            if row is None:
                return Verification(False, f"TIDAK DITEMUKAN: '{raw}' tidak tercatat di register surat keluar.")
        doc, business_name = row
        entry = _entry(doc, business_name)
    if entry.voided:
        return Verification(False, f"DIBATALKAN: {entry.kind_label} nomor {entry.number} telah dibatalkan "
                                   f"(alasan: {entry.void_reason}).", entry)
    from umkm_desk.core.rules.dates import format_tanggal

    signed = entry.signatory_name if entry.signatory_name.endswith(".") else entry.signatory_name + "."
    return Verification(
        True,
        f"SAH: {entry.kind_label} nomor {entry.number} untuk {entry.business_name}, "
        f"terbit {format_tanggal(entry.issued_on)}, ditandatangani {signed}",
        entry,
    )


def _register_query(search: str | None, kind: str | None, year: int | None) -> Select[IssuedDocument, str]:
    query = select(IssuedDocument, Business.name).outerjoin(Business, IssuedDocument.business_id == Business.id)
    if kind:
        query = query.where(IssuedDocument.kind == kind)
    if year:
        query = query.where(IssuedDocument.year == year)
    search = searchable(search or "")
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(IssuedDocument.number).like(like),
                func.lower(Business.name).like(like),
                IssuedDocument.verification_code.like(f"%{normalize_code(search) or search.strip()}%"),
            )
        )
    return query


def list_register(
    ctx: ServiceContext, *, search: str | None = None, kind: str | None = None, year: int | None = None,
    limit: int = 500, offset: int = 0,
) -> list[RegisterEntry]:
    with ctx.db.read() as session:
        rows = session.execute(
            _register_query(search, kind, year)
            .order_by(IssuedDocument.year.desc(), IssuedDocument.seq.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        return [_entry(doc, name) for doc, name in rows]


def count_register(ctx: ServiceContext, *, search: str | None = None, kind: str | None = None,
                   year: int | None = None) -> int:
    with ctx.db.read() as session:
        sub = _register_query(search, kind, year).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)


def register_years(ctx: ServiceContext) -> list[int]:
    with ctx.db.read() as session:
        return sorted(session.scalars(select(IssuedDocument.year).distinct()), reverse=True)


def eligible_business_ids(ctx: ServiceContext, kind: str) -> list[uuid.UUID]:
    """What ``--all`` means for ``kind`` (see ``kinds.SERVICES``), in name order."""
    service = SERVICES.get(kind)
    if service is None:
        raise ServiceError(f"Jenis dokumen tidak dikenal: {kind}.")
    with ctx.db.read() as session:
        return list(dict.fromkeys(session.scalars(service.eligible().order_by(Business.name, Business.id))))


#: The shortest id prefix ``--business`` takes: the first 8 hex digits are what the business detail shows.
ID_PREFIX_MIN = 6
_HEX_PREFIX = re.compile(r"[0-9a-f]+")


def _by_name(session: Session, key: str) -> list[Business]:
    """Live businesses named ``key``, compared in the normal form of ``search_text`` (Python's lower case, one
    space): "TOKO ÑANDÚ & CRÈME" finds "Toko Ñandú & Crème", which SQLite's ASCII-only lower() does not."""
    wanted = business_search_text(key, None, None, None, None)
    if not wanted:
        return []
    candidates = session.scalars(
        select(Business)
        .where(or_(Business.search_text.contains(wanted, autoescape=True), func.lower(Business.name) == wanted),
               Business.deleted_at.is_(None))
        .order_by(Business.name, Business.id)
    )
    return [b for b in candidates if business_search_text(b.name, None, None, None, None) == wanted]


def _by_id_prefix(session: Session, key: str) -> list[Business]:
    """Businesses whose id starts with ``key`` (hex digits, hyphens ignored): a range of ids, so that the same
    query works where ids are stored as text (SQLite) and as uuid (PostgreSQL)."""
    digits = key.strip().lower().replace("-", "")
    if not (ID_PREFIX_MIN <= len(digits) <= 32 and _HEX_PREFIX.fullmatch(digits)):
        return []
    low, high = uuid.UUID(digits.ljust(32, "0")), uuid.UUID(digits.ljust(32, "f"))
    return list(session.scalars(
        select(Business).where(Business.id.between(low, high), Business.deleted_at.is_(None))
        .order_by(Business.id).limit(10)
    ))


def short_id(business_id: uuid.UUID) -> str:
    return business_id.hex[:8]


def _which(matches: list[Business]) -> str:
    return ", ".join(f"{short_id(b.id)} ({b.name}, {b.kelurahan_name or b.kelurahan_code})" for b in matches)


def find_businesses(ctx: ServiceContext, keys: Sequence[str]) -> list[uuid.UUID]:
    """Resolve ``--business`` values: a UUID, a business name (any case, as the GUI's search compares it) or
    the start of an id (at least ``ID_PREFIX_MIN`` hex digits, as shown in the business detail)."""
    found: list[uuid.UUID] = []
    with ctx.db.read() as session:
        for key in keys:
            try:
                wanted = uuid.UUID(key)
            except ValueError:
                matches = _by_name(session, key) or _by_id_prefix(session, key)
                if not matches:
                    raise ServiceError(f"UMKM '{key}' tidak ditemukan.") from None
                if len(matches) > 1:
                    raise ServiceError(
                        f"Ada {len(matches)} UMKM yang cocok dengan '{key}'; gunakan id-nya (terlihat di "
                        f"rincian UMKM): {_which(matches)}."
                    ) from None
                found.append(matches[0].id)
                continue
            if session.get(Business, wanted) is None:
                raise ServiceError(f"UMKM dengan id {key} tidak ditemukan.")
            found.append(wanted)
    return found


@dataclass(frozen=True)
class BatchItem:
    business_id: uuid.UUID
    ok: bool
    message: str
    entry: RegisterEntry | None = None
    pdf: bytes | None = None
    business_name: str = ""
    rolled_back: bool = False  # numbered, then its group was rolled back: the number was not used


#: Below this many documents a batch renders in this process: starting worker processes costs more.
IN_PROCESS_BATCH = 24
#: A batch numbers its documents in one transaction (a savepoint each) and commits after this many documents
#: or this many seconds, whichever comes first: one fsync per group instead of one per document, while the
#: write lock (SQLite) or the counter row lock (PostgreSQL) that the group holds is released often enough
#: for another officer's save or issue to get through well within the busy timeout.
BATCH_COMMIT_DOCUMENTS = 250
BATCH_COMMIT_SECONDS = 2.0
#: Businesses whose data a batch loads at once (see document_content.prefetch).
BATCH_PREFETCH = 100


class DeliveryStopped(Exception):
    """Raised by a batch's ``deliver`` callback to stop the batch, e.g. when a file cannot be written."""


def _batch_names(ctx: ServiceContext, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    names: dict[uuid.UUID, str] = {}
    with ctx.db.read() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            names.update(session.execute(select(Business.id, Business.name).where(Business.id.in_(chunk))).all())
    return names


def _failure_text(exc: Exception) -> str:
    from umkm_desk.core.services.failures import describe
    from umkm_desk.logs import log_exception, log_path

    log_exception(exc, "Dokumen tidak dapat diterbitkan")
    return describe(exc, log_path=str(log_path())).message


@requires("register.write")
def issue_batch(
    ctx: ServiceContext,
    kind: str,
    business_ids: Iterable[uuid.UUID],
    *,
    issued_on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    deliver: Callable[[BatchItem], None] | None = None,
) -> list[BatchItem]:
    """Issue one document per business and render them on every core.

    Numbering: the batch is one unit of work in groups. Each document is numbered and recorded inside its own
    savepoint of a transaction that commits every BATCH_COMMIT_DOCUMENTS documents or BATCH_COMMIT_SECONDS
    (one fsync per group, not per document). A business that cannot get this kind of document rolls back only
    its savepoint, counter bump included, so it consumes no number; it is reported and the rest continue. An
    app killed (or a commit failing) mid-group rolls the whole open group back, numbers included: those
    documents are reported as not issued and no number is lost; groups committed before stay in the register,
    each number with its document. While a group is open it holds the counter (SQLite: the database write
    lock; PostgreSQL: the counter row lock), so a concurrent issuer waits at most about one group, and
    numbers never repeat.

    Issuing and rendering overlap: documents go to the render processes as soon as they are numbered, so the
    workers render while this process numbers the next ones. Each PDF is rendered from the stored JSON, as a
    reprint is, so both give the same bytes. After a cancel the documents already numbered are committed and
    stay in the register (``ok`` with ``pdf`` None: reprint them from there).

    ``progress(done, total)`` counts numbering and rendering steps together: ``total`` starts at twice the
    number of businesses and shrinks by one for each business that could not be issued.

    With ``deliver`` (writing the files), each PDF is handed over once it is rendered AND its group is
    committed, so a file never carries a number that a kill could still roll back; the item returned for it
    then has ``pdf`` None (it was delivered). A cancel, or ``deliver`` raising ``DeliveryStopped``, stops the
    batch and rolls back the open group: those numbers are not used. What remains numbered without a file
    is a document of a committed group whose PDF was not delivered (``ok``, not in the delivered ones).
    """
    from umkm_desk.core.documents import render_many

    if kind not in KINDS:
        raise ServiceError(f"Jenis dokumen tidak dikenal: {kind}.")
    ids = list(business_ids)
    settings = load_settings(ctx)
    day = issued_on or date.today()
    names = _batch_names(ctx, ids)
    results: list[BatchItem] = []
    pending: list[int] = []  # render job index -> slot in results
    steps = {"done": 0, "total": len(ids) * 2}
    open_group: list[int] = []  # result slots numbered in the transaction not yet committed
    lost: dict[int, str] = {}  # slot -> why its group was rolled back
    group_started = [0.0]
    committed: set[int] = set()  # slots whose group is committed
    ready: dict[int, bytes] = {}  # deliver mode: rendered, waiting for its group's commit

    def step(*, failed: bool = False) -> None:
        steps["done"] += 1
        if failed:
            steps["total"] -= 1
        if progress is not None:
            progress(steps["done"], steps["total"])

    session = ctx.db.write_session(expire_on_commit=False)

    def end_group(*, commit: bool, reason: str = "") -> None:
        if not session.in_transaction():
            open_group.clear()
            return
        try:
            if not commit:
                raise RuntimeError(reason)
            session.commit()
            committed.update(open_group)
        except Exception as exc:
            session.rollback()
            why = reason or _failure_text(exc)
            for slot in open_group:
                lost[slot] = why
        open_group.clear()

    def jobs() -> Iterator[tuple[str, Letterhead, Any]]:
        for start, business_id in enumerate(ids):
            if cancelled is not None and cancelled():
                if deliver is not None:  # nothing of the open group has a file yet: free its numbers
                    end_group(commit=False, reason="dibatalkan")
                return
            if not session.in_transaction():
                lock_counter(session, day.year)
                group_started[0] = time.monotonic()
            if start % BATCH_PREFETCH == 0:
                document_content.prefetch(session, ids[start:start + BATCH_PREFETCH])
            name = names.get(business_id, "")
            try:
                try:
                    with session.begin_nested():
                        entry, _content, text = _record(session, ctx, kind, business_id, issued_on=day,
                                                        stage_id=None, settings=settings)
                except IntegrityError:
                    explained = _explain_number_clash(session, settings, day)
                    if explained is not None:
                        raise explained from None
                    raise
            except ServiceError as exc:
                results.append(BatchItem(business_id, False, exc.message, business_name=name))
                step(failed=True)
                continue
            except Exception as exc:  # one bad record must not stop the batch
                if ctx.db.damaged:  # ...but a damaged file stops all writing, the open group rolled back
                    raise
                if not session.is_active:  # the transaction itself is gone: its group with it
                    end_group(commit=False, reason=_failure_text(exc))
                results.append(BatchItem(business_id, False, _failure_text(exc), business_name=name))
                step(failed=True)
                continue
            results.append(BatchItem(business_id, True, entry.number, entry, business_name=name))
            open_group.append(len(results) - 1)
            pending.append(len(results) - 1)
            step()
            if (len(open_group) >= BATCH_COMMIT_DOCUMENTS
                    or time.monotonic() - group_started[0] >= BATCH_COMMIT_SECONDS):
                end_group(commit=True)
            letterhead, doc_kind, content = document_codec.loads(text)
            yield doc_kind, letterhead, content
        end_group(commit=True)

    if workers is None:
        workers = 1 if len(ids) < IN_PROCESS_BATCH else (os.cpu_count() or 1)

    def flush() -> None:
        assert deliver is not None
        for slot in sorted(s for s in ready if s in committed):
            item = replace(results[slot], pdf=ready.pop(slot))
            deliver(item)
            results[slot] = replace(item, pdf=None)

    # In deliver mode a cancel is handled here and in jobs(), so that what is in flight is not just dropped.
    renders = render_many(jobs(), workers=workers, cancel=cancelled if deliver is None else None)
    try:
        try:
            for result in renders:
                slot = pending[result.index]
                item = results[slot]
                if result.ok and deliver is not None:
                    ready[slot] = result.pdf or b""
                elif result.ok:
                    results[slot] = replace(item, pdf=result.pdf)
                else:
                    results[slot] = replace(item, ok=False, message=f"{item.message}: {result.error}")
                step()
                if deliver is not None:
                    flush()
                    if cancelled is not None and cancelled():
                        raise DeliveryStopped("dibatalkan")
            end_group(commit=True)  # after a cancel: what was numbered stays
            if deliver is not None:
                flush()
        except DeliveryStopped as stop:
            renders.close()
            end_group(commit=False, reason=str(stop) or "dihentikan")
    except BaseException:
        renders.close()
        end_group(commit=False, reason="dibatalkan")
        raise
    finally:
        session.close()
    for slot, why in lost.items():
        item = results[slot]
        results[slot] = replace(item, ok=False, entry=None, pdf=None, rolled_back=True,
                                message=f"Tidak tercatat, nomor {item.message} tidak dipakai: {why}")
    return results
