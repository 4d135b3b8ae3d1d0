"""Realisasi rencana kerja mitra: per partner and stage, the year's target (work plan quota and budget) against
what was realised to the end of the period, with the partner's MoU/PKS agreements in force."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from umkm_desk.core.documents.report_content import ReportColumn, ReportRow, ReportTable
from umkm_desk.core.labels import AGREEMENT_KINDS, PARTNER_KINDS, STAGE_KINDS, STAGE_ORDER
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.partners.partner_rules import covered_stages
from umkm_desk.core.services.reports.answers import tally
from umkm_desk.core.services.reports.period import ReportPeriod
from umkm_desk.core.services.reports.questions import realisation_span
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.services.reports.report_parts import Names, count_column, where
from umkm_desk.core.store.models import Agreement, Partner, WorkPlan

__all__ = ["TITLE", "mitra_tables", "notes"]

TITLE = "Laporan Realisasi Rencana Kerja Mitra"


def notes(flt: ReportFilter) -> tuple[str, ...]:
    first, last = realisation_span(flt)
    return (
        f"Target: kuota UMKM dan anggaran rencana kerja mitra tahun {last.year}. Realisasi: UMKM yang tahapnya "
        f"didampingi mitra tersebut dan dimulai {format_tanggal(first)} s.d. {format_tanggal(last)} (tahap yang "
        "dilewati tidak dihitung; satu UMKM dihitung sekali per mitra dan tahap).",
        "Pencairan: dukungan modal dari mitra yang dicairkan dalam rentang yang sama.",
        "Perjanjian: MoU/PKS mitra yang berlaku pada suatu waktu dalam periode laporan.",
    )



def mitra_tables(ctx: ServiceContext, flt: ReportFilter, names: Names, today: date) -> tuple[ReportTable, ...]:
    first, last = realisation_span(flt)
    realised = tally(ctx, "realised", flt, ("partner", "stage"), today=today)
    span = flt.with_period(ReportPeriod.between(first, last))
    disbursed = {k[0]: v for k, v in tally(ctx, "disbursed", span, ("partner",), today=today).items()}
    with ctx.db.read() as session:
        plan_query = select(WorkPlan.partner_id, WorkPlan.stage, WorkPlan.quota, WorkPlan.budget).where(
            WorkPlan.year == last.year, WorkPlan.deleted_at.is_(None))
        if flt.partner_id is not None:
            plan_query = plan_query.where(WorkPlan.partner_id == flt.partner_id)
        plans = {(pid, stage): (quota, budget) for pid, stage, quota, budget in session.execute(plan_query)}
        partners = {p.id: p for p in session.scalars(select(Partner))}
        agreement_query = (
            select(Agreement).where(Agreement.deleted_at.is_(None), Agreement.signed_on <= flt.end,
                                    Agreement.valid_until >= flt.start)
            .order_by(Agreement.signed_on, Agreement.number)
        )  # fmt: skip
        if flt.partner_id is not None:
            agreement_query = agreement_query.where(Agreement.partner_id == flt.partner_id)
        agreements = [(a.partner_id, a.kind, a.number, a.title, a.signed_on, a.valid_until, covered_stages(a))
                      for a in session.scalars(agreement_query)]  # fmt: skip
    keys: set[tuple[uuid.UUID, str]] = set(plans) | {k for k, v in realised.items() if v.count}
    keys |= {(pid, "capital") for pid, v in disbursed.items() if pid is not None and v.sum("amount")}

    def order(key: tuple[uuid.UUID, str]) -> tuple[str, int, str]:
        name = names.partner_name(key[0]).lower()
        rank = STAGE_ORDER.index(key[1]) if key[1] in STAGE_ORDER else len(STAGE_ORDER)
        return name, rank, key[1]

    rows = []
    for pid, stage in sorted(keys, key=order):
        partner = partners.get(pid)
        quota, budget = plans.get((pid, stage), (None, 0))
        done = realised[(pid, stage)].count if (pid, stage) in realised else 0
        paid = int(disbursed[pid].sum("amount")) if stage == "capital" and pid in disbursed else 0
        share = done / quota if quota else None
        rows.append(ReportRow(
            (names.partner_name(pid), PARTNER_KINDS.get(partner.kind, partner.kind) if partner is not None else "",
             STAGE_KINDS.get(stage, stage), quota, done, share, budget or None, paid or None),
            where(partner=pid, stage=stage),
        ))  # fmt: skip
    table_plan = ReportTable(
        f"Target dan realisasi rencana kerja tahun {last.year}",
        (ReportColumn("Mitra", width=3.2), ReportColumn("Jenis mitra", width=2.2), ReportColumn("Tahap", width=1.5),
         ReportColumn("Target (UMKM)", "count", 1.1, True), count_column("Realisasi (UMKM)", "realised", width=1.1),
         ReportColumn("Capaian", "percent", 0.9), ReportColumn("Anggaran", "money", 1.7, True),
         ReportColumn("Pencairan modal", "money", 1.7, True)),
        tuple(rows),
    )  # fmt: skip
    table_agreements = ReportTable(
        "Perjanjian kerja sama (MoU/PKS) yang berlaku dalam periode",
        (ReportColumn("Mitra", width=3.0), ReportColumn("Jenis", width=0.7), ReportColumn("Nomor", width=3.2),
         ReportColumn("Perihal", width=3.2), ReportColumn("Ditandatangani", "date", 1.5),
         ReportColumn("Berlaku s.d.", "date", 1.5), ReportColumn("Tahap", width=2.2)),
        tuple(
            ReportRow((names.partner_name(pid), AGREEMENT_KINDS.get(kind, kind), number, title or "", signed, until,
                       ", ".join(STAGE_KINDS.get(s, s) for s in stages)))
            for pid, kind, number, title, signed, until, stages in sorted(
                agreements, key=lambda a: (names.partner_name(a[0]).lower(), a[4], a[2]))
        ),
        totals_label=None,
        empty_text="Tidak ada perjanjian yang berlaku dalam periode ini.",
    )  # fmt: skip
    return table_plan, table_agreements
