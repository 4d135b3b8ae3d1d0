"""Builds the renderers' dataclasses from the store: which business, case, stages, activities and money a
document speaks of, with every label already in Indonesian."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, bindparam, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from umkm_desk.core import labels
from umkm_desk.core.documents.content import (
    ActivityRow,
    ActivitySummaryRow,
    BusinessIdentity,
    CapitalRow,
    CaseSummaryContent,
    Certificate,
    OutcomeRow,
    ProgressLetter,
    Recipient,
    Referral,
    Signatory,
    StageRow,
)
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.rules.nik import NIK_MISSING_LABEL, mask_nik
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.store.models import (
    Activity,
    Agreement,
    Business,
    CapitalSupport,
    Case,
    Kecamatan,
    Kelurahan,
    Outcome,
    Partner,
    Stage,
)

PROGRAMME = "Program Pendampingan UMKM Naik Kelas"
QR_PREFIX = "UMKMDESK"


@dataclass(frozen=True)
class Issue:
    """What the register hands to a builder: the number it took and who signs."""

    number: str
    issued_on: date
    place: str
    signatory: Signatory
    verification_code: str
    tembusan: tuple[str, ...]
    dinas_kota: str


def qr_payload(number: str, code: str) -> str:
    """What a certificate's QR code holds; ``documents.verify`` reads it back."""
    return f"{QR_PREFIX}|{number}|{code}"


_PLACES = "document_content.places"


def _place_names(
    session: Session, kelurahan_code: str | None, kecamatan_code: str | None
) -> tuple[str | None, ...]:
    """Names of the kelurahan and kecamatan in one read of two scalars (no ORM objects), remembered for the
    session: reference data does not change while a batch runs, and many businesses share a kelurahan."""
    cache = session.info.setdefault(_PLACES, {})
    key = (kelurahan_code, kecamatan_code)
    if key not in cache:
        row = session.execute(select(
            select(Kelurahan.name).where(Kelurahan.code == kelurahan_code).scalar_subquery(),
            select(Kecamatan.name).where(Kecamatan.code == kecamatan_code).scalar_subquery(),
        )).one()
        cache[key] = (row[0], row[1])
    return cache[key]  # type: ignore[no-any-return]


def identity(session: Session, business: Business) -> BusinessIdentity:
    owner = business.owner
    kelurahan, kecamatan = _place_names(session, business.kelurahan_code, business.kecamatan_code)
    nik: str | None
    if owner.nik:
        nik = mask_nik(owner.nik)
    else:
        nik = NIK_MISSING_LABEL if owner.nik_missing else None
    return BusinessIdentity(
        business_name=business.name,
        owner_name=owner.name,
        nik_masked=nik,
        address=business.address,
        kelurahan=kelurahan,
        kecamatan=kecamatan,
        sector=labels.label(labels.SECTORS, business.sector) or None,
        nib=business.nib,
    )


_PREFETCHED = "document_content.prefetched"


def prefetch(session: Session, business_ids: Sequence[uuid.UUID]) -> None:
    """Load in a few queries what the builders read for these businesses (owner, live cases with their stages,
    outcomes, the stages' partners), for a batch: the builders then take them from the session instead of
    querying per document. Lasts as long as the session; the batch session does not expire on commit."""
    ids = list(business_ids)
    if not ids:
        return
    cache = session.info.setdefault(_PREFETCHED, {"cases": {}, "outcomes": {}, "keep": []})
    businesses = session.scalars(
        select(Business).where(Business.id.in_(ids)).options(selectinload(Business.owner))
    ).all()
    cases = session.scalars(
        select(Case).where(Case.business_id.in_(ids), Case.deleted_at.is_(None))
        .options(selectinload(Case.stages))
        .order_by(Case.opened_on.desc(), Case.created_at.desc())
    ).all()
    outcomes = session.scalars(
        select(Outcome).where(Outcome.business_id.in_(ids), Outcome.deleted_at.is_(None))
        .order_by(Outcome.measured_on, Outcome.created_at)
    ).all()
    partner_ids = {s.partner_id for c in cases for s in c.stages if s.partner_id is not None}
    partners = session.scalars(select(Partner).where(Partner.id.in_(partner_ids))).all() if partner_ids else []
    # the identity map holds objects weakly: keep them alive so that session.get() finds them
    cache["keep"] = [businesses, partners]
    for business_id in ids:
        cache["cases"][business_id] = []
        cache["outcomes"][business_id] = []
    for case in cases:
        cache["cases"][case.business_id].append(case)
    for outcome in outcomes:
        cache["outcomes"][outcome.business_id].append(outcome)


def _prefetched(session: Session, what: str, business_id: uuid.UUID) -> list | None:  # type: ignore[type-arg]
    cache = session.info.get(_PREFETCHED)
    return None if cache is None else cache[what].get(business_id)


#: The per-document reads below are built once with bound parameters: building a statement costs about as
#: much CPU as SQLite takes to run it, and these run once per document.
_LIVE_CASES = (
    select(Case).where(Case.business_id == bindparam("business_id"), Case.deleted_at.is_(None))
    .order_by(Case.opened_on.desc(), Case.created_at.desc())
)
_LATEST_CASE = _LIVE_CASES.limit(1)
_LATEST_ACTIVE_CASE = (
    select(Case).where(Case.business_id == bindparam("business_id"), Case.deleted_at.is_(None),
                       Case.status == "aktif")
    .order_by(Case.opened_on.desc(), Case.created_at.desc()).limit(1)
)


def _cases(session: Session, business: Business) -> list[Case]:
    """Live cases of the business, newest first."""
    cached = _prefetched(session, "cases", business.id)
    if cached is not None:
        return cached
    return list(session.scalars(_LIVE_CASES, {"business_id": business.id}))


def latest_case(session: Session, business: Business, *, active_only: bool = False) -> Case | None:
    if _prefetched(session, "cases", business.id) is not None:
        return next((c for c in _cases(session, business) if not active_only or c.status == "aktif"), None)
    query = _LATEST_ACTIVE_CASE if active_only else _LATEST_CASE
    return session.scalars(query, {"business_id": business.id}).first()


_PARTNER_NAMES = "document_content.partner_names"


def _partner_names(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    """Names of these partners, remembered for the session like the place names: a letter names the same
    partners in its recipient, its stages and its capital rows, and each read costs more than the rows."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    known: dict[uuid.UUID, str | None] = session.info.setdefault(_PARTNER_NAMES, {})
    missing = wanted - known.keys()
    if missing:
        found = dict(session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(missing))).all())
        known.update({i: found.get(i) for i in missing})
    return {i: name for i in wanted if (name := known[i]) is not None}


@dataclass(frozen=True)
class _StageFacts:
    kind: str
    status: str
    partner_id: uuid.UUID | None
    started_on: date | None
    finished_on: date | None
    partner_name: str | None


#: A case's stages with each partner's name in one read, for a document issued on its own.
_STAGES = (
    select(Stage.kind, Stage.status, Stage.partner_id, Stage.started_on, Stage.finished_on,
           Partner.name.label("partner_name"))
    .outerjoin(Partner, Partner.id == Stage.partner_id)
    .where(Stage.case_id == bindparam("case_id"))
    .order_by(Stage.seq)
)


def _stage_facts(session: Session, case: Case) -> list[_StageFacts]:
    """The case's stages in order. A batch has them loaded already (``prefetch``) and the partners' names
    remembered; a single document reads both in one statement instead of loading the relationship and then
    the names."""
    if "stages" not in sa_inspect(case).unloaded:
        names = _partner_names(session, {s.partner_id for s in case.stages})
        return [
            _StageFacts(s.kind, s.status, s.partner_id, s.started_on, s.finished_on,
                        names.get(s.partner_id) if s.partner_id else None)
            for s in case.stages
        ]
    return [_StageFacts(*row) for row in session.execute(_STAGES, {"case_id": case.id})]


def stage_rows(session: Session, case: Case, facts: Sequence[_StageFacts] | None = None) -> tuple[StageRow, ...]:
    return tuple(
        StageRow(
            stage=labels.label(labels.STAGE_KINDS, s.kind),
            partner=s.partner_name if s.partner_id else None,
            status=labels.label(labels.STAGE_STATUS, s.status),
            start=s.started_on,
            end=s.finished_on,
        )
        for s in (facts if facts is not None else _stage_facts(session, case))
    )


_ActivityRow = Row[date, str, str | None, str | None, float]

#: What the letter and the summary read of a case's activities, as plain rows: building ORM objects and the
#: statement itself cost more CPU than the read, and this runs once per document.
_ACTIVITIES = (
    select(Activity.held_on, Activity.kind, Activity.market_kind, Activity.notes, Activity.hours)
    .where(Activity.case_id == bindparam("case_id"), Activity.deleted_at.is_(None))
    .order_by(Activity.held_on.desc(), Activity.created_at.desc())
)


def _activities(session: Session, case: Case) -> Sequence[_ActivityRow]:
    return session.execute(_ACTIVITIES, {"case_id": case.id}).all()


#: A case's capital rows with the source partner's name in the same read (a left join: most have none).
_CAPITAL = (
    select(CapitalSupport.kind, CapitalSupport.amount, CapitalSupport.status, CapitalSupport.partner_id,
           CapitalSupport.disbursed_on, CapitalSupport.approved_on, CapitalSupport.applied_on, Partner.name.label("partner_name"))
    .outerjoin(Partner, Partner.id == CapitalSupport.partner_id)
    .where(CapitalSupport.case_id == bindparam("case_id"), CapitalSupport.deleted_at.is_(None))
    .order_by(CapitalSupport.applied_on)
)
_CAPITAL_RECEIVED = _CAPITAL.where(CapitalSupport.status == "dicairkan")


def _capital(session: Session, case: Case, *, received_only: bool) -> tuple[CapitalRow, ...]:
    rows = session.execute(_CAPITAL_RECEIVED if received_only else _CAPITAL, {"case_id": case.id}).all()
    return tuple(
        CapitalRow(
            source=c.partner_name if c.partner_id and c.partner_name is not None else "Sumber lain",
            kind=labels.label(labels.CAPITAL_KINDS, c.kind),
            amount=c.amount,
            on=c.disbursed_on or c.approved_on or c.applied_on,
            status=labels.label(labels.CAPITAL_STATUS, c.status),
        )
        for c in rows
    )


_OUTCOMES = (
    select(Outcome).where(Outcome.business_id == bindparam("business_id"), Outcome.deleted_at.is_(None))
    .order_by(Outcome.measured_on, Outcome.created_at)
)


def _outcomes(session: Session, business: Business) -> list[Outcome]:
    cached = _prefetched(session, "outcomes", business.id)
    if cached is not None:
        return cached
    return list(session.scalars(_OUTCOMES, {"business_id": business.id}))


def _legality(outcome: Outcome) -> list[str]:
    pairs = (
        (outcome.nib_obtained, "NIB"),
        (outcome.halal_obtained, "sertifikat halal"),
        (outcome.pirt_obtained, "izin PIRT"),
        (outcome.merek_obtained, "pendaftaran merek"),
    )
    return [name for flag, name in pairs if flag]


def _markets(outcome: Outcome) -> list[str]:
    pairs = (
        (outcome.market_marketplace, "marketplace daring"),
        (outcome.market_modern_retail, "ritel modern"),
        (outcome.market_export, "pasar ekspor"),
    )
    return [name for flag, name in pairs if flag]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def _figure(what: str, current: int, baseline: Outcome | None, base_value: int, show: Callable[[int], str]) -> str:
    """One figure as the business holds it now (edits after the last measurement included), with the baseline
    measurement it is compared to named by its date."""
    line = f"{what} saat ini {show(current)}"
    if baseline is not None and base_value != current:
        line += f" (pengukuran awal {format_tanggal(baseline.measured_on)}: {show(base_value)})"
    return line


def _people(count: int) -> str:
    return f"{count} orang"


def outcome_lines(business: Business, outcomes: list[Outcome]) -> tuple[str, ...]:
    """The letter's figures: the business's current omzet and workers (what an officer last entered, whether
    by a measurement or by editing the business), each beside the dated baseline when it differs."""
    baseline = outcomes[0] if outcomes else None
    if baseline is None and not business.annual_sales and not business.workers:
        return ()
    lines = [
        _figure("Omzet per tahun", business.annual_sales or 0, baseline,
                baseline.annual_sales if baseline else 0, format_rupiah),
        _figure("Tenaga kerja", business.workers or 0, baseline, baseline.workers if baseline else 0, _people),
    ]
    legal = sorted({name for o in outcomes for name in _legality(o)})
    if legal:
        lines.append(f"Legalitas yang diperoleh: {_join(legal)}")
    markets = sorted({name for o in outcomes for name in _markets(o)})
    if markets:
        lines.append(f"Pasar baru yang dijangkau: {_join(markets)}")
    return tuple(lines)


def _scales(business: Business, outcomes: list[Outcome]) -> tuple[str | None, str | None]:
    current = labels.label(labels.SCALES, business.scale) or None
    previous = labels.label(labels.SCALES, outcomes[0].scale) if outcomes and business.naik_kelas else None
    return current, (previous if previous != current else None)


def build_progress_letter(
    session: Session, business: Business, issue: Issue, case: Case | None = None
) -> ProgressLetter:
    """``case``: the business's latest case when the caller has already read it (the register files the letter
    under it), else read here."""
    case = case if case is not None else latest_case(session, business)
    if case is None:
        raise ServiceError(f"{business.name} belum memiliki kasus pendampingan; surat perkembangan tidak dapat dibuat.")
    activities = _activities(session, case)
    grouped: dict[str, list[_ActivityRow]] = defaultdict(list)
    for activity in activities:
        grouped[activity.kind].append(activity)
    summary = tuple(
        ActivitySummaryRow(
            kind=labels.label(labels.ACTIVITY_KINDS, kind),
            count=len(items),
            total_hours=sum(a.hours for a in items) or None,
        )
        for kind, items in sorted(grouped.items(), key=lambda kv: list(labels.ACTIVITY_KINDS).index(kv[0])
                                  if kv[0] in labels.ACTIVITY_KINDS else 99)
    )
    market_lines = tuple(
        f"{labels.label(labels.MARKET_KINDS, a.market_kind)}: {a.notes}"
        for a in activities
        if a.kind == "pasar" and a.market_kind and a.notes
    )[:3]
    outcomes = _outcomes(session, business)
    current, previous = _scales(business, outcomes)
    facts = _stage_facts(session, case)
    stages = stage_rows(session, case, facts)
    current_stage = next((s for s in facts if s.status == "berjalan"), None)
    partner = current_stage.partner_name if current_stage and current_stage.partner_id else None
    if partner is not None:
        recipient = Recipient(lines=(f"Pimpinan {partner}",))
    else:
        recipient = Recipient(lines=(f"Sdr. {business.owner.name}", f"Pemilik {business.name}"))
    return ProgressLetter(
        number=issue.number,
        hal="Keterangan Perkembangan Pendampingan UMKM",
        issued_on=issue.issued_on,
        recipient=recipient,
        business=identity(session, business),
        signatory=issue.signatory,
        place=issue.place,
        stages=stages,
        activities=summary,
        activity_lines=market_lines,
        activity_lines_title="Pasar/ajang yang diikuti:" if market_lines else None,
        capital=_capital(session, case, received_only=True),
        outcome_lines=outcome_lines(business, outcomes),
        scale_label=current,
        previous_scale_label=previous,
        naik_kelas=business.naik_kelas,
        tembusan=issue.tembusan,
    )


def referral_stages(session: Session, business: Business) -> list[Stage]:
    """Stages of the business's cases that have a partner but no referral letter yet."""
    from umkm_desk.core.store.models import IssuedDocument

    referred = select(IssuedDocument.stage_id).where(
        IssuedDocument.kind == "referral", IssuedDocument.voided_at.is_(None), IssuedDocument.stage_id.is_not(None)
    )
    return list(
        session.scalars(
            select(Stage)
            .join(Case, Stage.case_id == Case.id)
            .where(
                Case.business_id == business.id,
                Case.deleted_at.is_(None),
                Stage.partner_id.is_not(None),
                Stage.id.not_in(referred),
            )
            .order_by(Case.opened_on, Stage.seq)
        )
    )


def build_referral(session: Session, business: Business, stage: Stage, issue: Issue) -> Referral:
    partner = session.get(Partner, stage.partner_id)
    if partner is None:
        raise ServiceError("Tahap ini belum memiliki mitra; surat rujukan tidak dapat dibuat.")
    agreement = session.get(Agreement, stage.agreement_id) if stage.agreement_id else None
    stage_label = labels.label(labels.STAGE_KINDS, stage.kind)
    return Referral(
        number=issue.number,
        hal=f"Rujukan {stage_label} UMKM {business.name}",
        issued_on=issue.issued_on,
        partner_name=partner.name,
        partner_address=partner.address,
        business=identity(session, business),
        signatory=issue.signatory,
        stage=stage_label,
        agreement_number=agreement.number if agreement else None,
        agreement_date=agreement.signed_on if agreement else None,
        agreement_title=labels.AGREEMENT_TITLES.get(agreement.kind, "Perjanjian Kerja Sama")
        if agreement
        else "Perjanjian Kerja Sama",
        place=issue.place,
        reason=(
            f"Usaha tersebut telah terdaftar dan didampingi oleh {issue.dinas_kota} dan memerlukan dukungan "
            f"tahap {stage_label.lower()} agar dapat berkembang dan naik kelas."
        ),
        tembusan=issue.tembusan,
    )


def certificate_eligible(session: Session, business: Business) -> Case | None:
    """The case that earns a certificate: mentoring finished, or the business went up a class."""
    for case in _cases(session, business):
        mentoring = next((s for s in case.stages if s.kind == "mentoring"), None)
        if case.naik_kelas or case.status == "naik_kelas" or (mentoring is not None and mentoring.status == "selesai"):
            return case
    return None


def build_certificate(session: Session, business: Business, issue: Issue, qr_payload: str) -> Certificate:
    case = certificate_eligible(session, business)
    if case is None:
        raise ServiceError(
            f"{business.name} belum menyelesaikan tahap pendampingan atau naik kelas; sertifikat belum dapat dibuat."
        )
    mentoring = next((s for s in case.stages if s.kind == "mentoring"), None)
    partner = session.get(Partner, mentoring.partner_id) if mentoring and mentoring.partner_id else None
    outcomes = _outcomes(session, business)
    if case.naik_kelas or case.status == "naik_kelas":
        before = labels.label(labels.SCALES, outcomes[0].scale) if outcomes else None
        after = labels.label(labels.SCALES, business.scale)
        achievement = (
            f"telah menyelesaikan pendampingan dan naik kelas dari Usaha {before} menjadi Usaha {after}"
            if before and before != after
            else "telah menyelesaikan pendampingan dan naik kelas"
        )
    else:
        achievement = "telah menyelesaikan tahap pendampingan"
    start = (mentoring.started_on if mentoring and mentoring.started_on else None) or case.opened_on
    end = (mentoring.finished_on if mentoring and mentoring.finished_on else None) or case.closed_on or issue.issued_on
    return Certificate(
        number=issue.number,
        owner_name=business.owner.name,
        business_name=business.name,
        period_start=start,
        period_end=max(end, start),
        issued_on=issue.issued_on,
        signatory=issue.signatory,
        verification_code=issue.verification_code,
        qr_payload=qr_payload,
        programme=PROGRAMME,
        partner_name=partner.name if partner else None,
        achievement=achievement,
        place=issue.place,
    )


def build_case_summary(session: Session, business: Business, issue: Issue, officer_name: str | None) -> CaseSummaryContent:
    case = latest_case(session, business)
    if case is None:
        raise ServiceError(f"{business.name} belum memiliki kasus pendampingan; ringkasan tidak dapat dibuat.")
    activities = _activities(session, case)[:12]
    outcomes = _outcomes(session, business)
    outcome_rows: list[OutcomeRow] = []
    for outcome in outcomes[-4:]:
        outcome_rows.append(OutcomeRow("Omzet per tahun", format_rupiah(outcome.annual_sales), outcome.measured_on))
        outcome_rows.append(OutcomeRow("Tenaga kerja", f"{outcome.workers} orang", outcome.measured_on))
        outcome_rows.append(
            OutcomeRow("Kelas usaha", labels.label(labels.SCALES, outcome.scale), outcome.measured_on)
        )
    return CaseSummaryContent(
        business=identity(session, business),
        case_status=labels.label(labels.CASE_STATUS, case.status),
        opened_on=case.opened_on,
        printed_on=issue.issued_on,
        number=issue.number,
        closed_on=case.closed_on,
        officer_name=officer_name,
        scale_label=labels.label(labels.SCALES, business.scale) or None,
        stages=stage_rows(session, case),
        activities=tuple(
            ActivityRow(on=a.held_on, kind=labels.label(labels.ACTIVITY_KINDS, a.kind), notes=a.notes,
                        hours=a.hours or None)
            for a in activities
        ),
        capital=_capital(session, case, received_only=False),
        outcomes=tuple(outcome_rows),
    )
