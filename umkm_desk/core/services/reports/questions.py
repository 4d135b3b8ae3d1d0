"""The questions the dashboard and the reports ask, each as one query of *facts*: one row per thing counted (a
business, a case, a stage event, an activity, a loan, an instalment), with the dimensions it is counted under and
the amounts it adds.

Every number on a chart or in a report is a count (or a sum) over the facts of one question, narrowed by some of
its dimensions; the rows behind that number are the same facts with the same narrowing (``answers.py``). That is
what makes a number and its list the same set by construction.

Columns of every fact query: ``id`` (the key of what is counted), ``business_id`` (for the UMKM list),
``case_id`` (for the Pendampingan board; NULL where there is none), the question's dimensions, its measures, and
sometimes a few columns shown in a report's detail table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.cases.case_board import case_progress
from umkm_desk.core.services.partners.partner_rules import realised_stage_facts
from umkm_desk.core.services.reports.report_filter import ReportFilter
from umkm_desk.core.store.models import (
    Activity,
    Business,
    CapitalSupport,
    Case,
    Outcome,
    Owner,
    Repayment,
    Stage,
)

__all__ = ["QUESTIONS", "FactQuery", "Question", "month_key", "month_value", "quarter_key", "quarter_value",
           "realised_per_partner_and_stage", "started_and_finished"]

#: any fact query (its columns differ by question)
FactQuery = Select[*tuple[Any, ...]]
Facts = Callable[[ReportFilter, date], FactQuery]


@dataclass(frozen=True)
class Question:
    name: str
    title: str
    unit: str  # what one fact is, in Indonesian: "UMKM", "kasus", "tahap", ...
    opens: str  # the list its keys open: "umkm" (business_id) or "pendampingan" (case_id)
    dims: tuple[str, ...]
    measures: tuple[str, ...]
    facts: Facts


class month_key(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    """``"YYYY-MM"`` of a date column or value: a slice of the stored text on SQLite (cheaper than strftime over
    hundreds of thousands of rows), ``to_char`` on PostgreSQL."""

    type = String()
    name = "month_key"
    inherit_cache = True


class quarter_key(FunctionElement[str]):  # noqa: N801
    """``"YYYY-Qn"`` of a date column: "2026-Q1" is January to March 2026."""

    type = String()
    name = "quarter_key"
    inherit_cache = True


@compiles(month_key)
def _month_key(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(quarter_key)
def _quarter_key(element: quarter_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-\"Q\"Q')"


@compiles(quarter_key, "sqlite")
def _quarter_key_sqlite(element: quarter_key, compiler: SQLCompiler, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"(substr({day}, 1, 4) || '-Q' || ((CAST(substr({day}, 6, 2) AS INTEGER) + 2) / 3))"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def _between(column: Any, flt: ReportFilter) -> ColumnElement[bool]:
    return and_(column >= flt.start, column <= flt.end)


# --- businesses -------------------------------------------------------------------------------------------------


def _businesses(flt: ReportFilter, today: date) -> FactQuery:
    """Live businesses registered by the end of the period (WIB); ``baru`` 1 when registered within it. Size class
    and region are the business's current ones."""
    period = flt.period
    new = case((Business.created_at >= period.utc_start, 1), else_=0)
    return (
        select(
            Business.id.label("id"), Business.id.label("business_id"), null().label("case_id"),
            Business.kecamatan_code.label("kecamatan"), Business.kelurahan_code.label("kelurahan"),
            Business.scale.label("scale"), Business.sector.label("sector"), new.label("baru"),
        )
        .where(*flt.business(), *flt.business_people(), Business.created_at < period.utc_end)
    )  # fmt: skip


# --- cases --------------------------------------------------------------------------------------------------


def _cases(flt: ReportFilter, today: date) -> FactQuery:
    """Live cases open at some time during the period, grouped as the Pendampingan board groups them now: aktif
    cases by their current stage and its status, those with every stage done as ("ready", "aktif"), closed cases
    as ("closed", status)."""
    inner = (
        select(Case.id.label("id"), Case.business_id.label("business_id"), Case.status.label("status"),
               case((Case.status == "aktif", case_progress()), else_=None).label("progress"))
        .where(*flt.live_case_rows(), flt.open_in_period())
        # materialized: the progress of each case is read once, not once for every branch of the CASEs below
        # (inlined, SQLite evaluated the correlated progress subquery twelve times per case)
        .cte("open_cases").prefix_with("MATERIALIZED")
    )  # fmt: skip
    progress = inner.c.progress
    column = case(
        (inner.c.status != "aktif", literal("closed")),
        (progress.is_(None), literal("ready")),
        *((progress.between(2 * seq, 2 * seq + 1), literal(kind)) for seq, kind in enumerate(STAGE_ORDER, 1)),
        else_=literal("unknown"),
    )
    status = case(
        (inner.c.status != "aktif", inner.c.status),
        (progress.is_(None), literal("aktif")),
        (progress % 2 == 1, literal("berjalan")),
        else_=literal("belum"),
    )
    return select(
        inner.c.id, inner.c.business_id, inner.c.id.label("case_id"),
        column.label("column"), status.label("group_status"), inner.c.status.label("status"),
    )  # fmt: skip


# --- stage events -------------------------------------------------------------------------------------------


def _stage_began() -> ColumnElement[Any]:
    """When a stage started: its start date, or, for a berjalan or selesai stage without one, the day its case
    was opened (the rule the partner quotas use)."""
    return case(
        (Stage.started_on.is_not(None), Stage.started_on),
        (Stage.status.in_(("berjalan", "selesai")), Case.opened_on),
        else_=None,
    )


def _stage_scope(flt: ReportFilter) -> list[ColumnElement[bool]]:
    """The stages every stage event is counted among (Stage joined to Case)."""
    conditions = [Case.deleted_at.is_(None), flt.live_business(Case.business_id), *flt.case_officer()]
    if flt.partner_id is not None:
        conditions.append(Stage.partner_id == flt.partner_id)
    return conditions


def _started(flt: ReportFilter) -> tuple[Any, list[ColumnElement[bool]]]:
    """The day a stage counts as started on, and the conditions for it to have started in the period."""
    began = _stage_began()
    return began, [_between(began, flt)]


def _finished(flt: ReportFilter) -> tuple[Any, list[ColumnElement[bool]]]:
    """The day a stage counts as finished on, and the conditions for it to have finished in the period."""
    return Stage.finished_on, [Stage.status == "selesai", _between(Stage.finished_on, flt)]


def _stage_events(flt: ReportFilter, today: date) -> FactQuery:
    """What happened to stages in the period, one row per stage and event: ``mulai`` (started in the period),
    ``selesai`` (finished in it), ``dilewati`` (skipped in it), ``berjalan`` (running on the period's last day, or
    today while the period runs). A stage without a start date that is berjalan or selesai started when its case
    was opened (the rule the partner quotas use)."""
    began, started = _started(flt)
    finished_on, finished = _finished(flt)
    as_of = flt.period.as_of(today)

    def event(name: str, on: Any, *conditions: ColumnElement[bool]) -> FactQuery:
        return (
            select(
                Stage.id.label("id"), Case.business_id.label("business_id"), Case.id.label("case_id"),
                literal(name).label("event"), Stage.kind.label("kind"), month_key(on).label("month"),
            )
            .join(Case, Case.id == Stage.case_id)
            .where(*_stage_scope(flt), *conditions)
        )  # fmt: skip

    return union_all(
        event("mulai", began, *started),
        event("selesai", finished_on, *finished),
        event("dilewati", Stage.finished_on, Stage.status == "dilewati", _between(Stage.finished_on, flt)),
        event("berjalan", literal(as_of), began <= as_of,
              or_(Stage.status == "berjalan", and_(Stage.finished_on.is_not(None), Stage.finished_on > as_of))),
    ).subquery("stage_events").select()  # fmt: skip


def started_and_finished(flt: ReportFilter) -> FactQuery:
    """The ``mulai`` and ``selesai`` facts of :func:`_stage_events` counted in one pass over the stages: one row
    per (month started in the period or NULL, month finished in it or NULL) with its count of stages. Summed over
    the first column, a month's count is that of the ``mulai`` facts with that month; over the second, of the
    ``selesai`` facts (each branch of the union read every stage; this reads them once)."""
    began, started = _started(flt)
    finished_on, finished = _finished(flt)
    started_month = case((and_(*started), month_key(began)), else_=None).label("started")
    finished_month = case((and_(*finished), month_key(finished_on)), else_=None).label("finished")
    return (
        select(started_month, finished_month, func.count().label("count"))
        .select_from(Stage)
        .join(Case, Case.id == Stage.case_id)
        .where(*_stage_scope(flt), or_(and_(*started), and_(*finished)))
        .group_by(started_month, finished_month)
    )  # fmt: skip


# --- naik kelas ---------------------------------------------------------------------------------------------


def _naik_kelas(flt: ReportFilter, today: date) -> FactQuery:
    """Live businesses whose first measurement above their baseline's class (the first naik kelas outcome) was
    taken in the period, with the baseline ("before": the business's first measurement) and that measurement
    ("after")."""
    order = (Outcome.measured_on, Outcome.created_at, Outcome.id)
    # ranked among the few naik kelas outcomes only; the baseline is looked up for the businesses found, from
    # the head of ix_outcome_first (ranking every outcome to find each business's first took most of the time)
    up = (
        select(Outcome.business_id, Outcome.case_id, Outcome.measured_on, Outcome.scale, Outcome.annual_sales,
               Outcome.modal_usaha,
               func.row_number().over(partition_by=Outcome.business_id, order_by=order).label("rank"))
        .where(Outcome.deleted_at.is_(None), Outcome.naik_kelas.is_(True))
        .subquery()
    )  # fmt: skip
    first = aliased(Outcome, name="first_outcome")
    base = aliased(Outcome, name="baseline")
    first_id = (
        select(first.id).where(first.business_id == up.c.business_id, first.deleted_at.is_(None))
        .order_by(first.measured_on, first.created_at, first.id).limit(1)
        .correlate(up).scalar_subquery()
    )  # fmt: skip
    return (
        select(
            Business.id.label("id"), Business.id.label("business_id"), up.c.case_id.label("case_id"),
            month_key(up.c.measured_on).label("month"), quarter_key(up.c.measured_on).label("quarter"),
            base.scale.label("before_scale"), up.c.scale.label("after_scale"),
            base.annual_sales.label("before_sales"), up.c.annual_sales.label("after_sales"),
            base.modal_usaha.label("before_capital"), up.c.modal_usaha.label("after_capital"),
            base.measured_on.label("before_on"), up.c.measured_on.label("after_on"),
            Business.name.label("name"), Owner.name.label("owner"), Business.kecamatan_code.label("kecamatan"),
            Business.kelurahan_code.label("kelurahan"), Business.sector.label("sector"),
        )
        .select_from(up)
        .join(Business, and_(up.c.business_id == Business.id, up.c.rank == 1))
        .join(base, base.id == first_id)
        .join(Owner, Owner.id == Business.owner_id)
        .where(*flt.business(), *flt.business_people(), _between(up.c.measured_on, flt))
    )  # fmt: skip


# --- capital ------------------------------------------------------------------------------------------------


def _support_base(flt: ReportFilter) -> list[ColumnElement[bool]]:
    # the case and business are tested against their few archived ones, without reading their wide rows
    conditions = [CapitalSupport.deleted_at.is_(None), flt.live_case(CapitalSupport.case_id),
                  flt.live_business(CapitalSupport.business_id), *flt.case_officer(CapitalSupport.case_id)]
    if flt.partner_id is not None:
        conditions.append(CapitalSupport.partner_id == flt.partner_id)
    return conditions


def _disbursed(flt: ReportFilter, today: date) -> FactQuery:
    """Capital support of every kind disbursed in the period."""
    return (
        select(
            CapitalSupport.id.label("id"), CapitalSupport.business_id.label("business_id"),
            CapitalSupport.case_id.label("case_id"), CapitalSupport.partner_id.label("partner"),
            CapitalSupport.kind.label("kind"), month_key(CapitalSupport.disbursed_on).label("month"),
            CapitalSupport.amount.label("amount"),
        )
        .where(*_support_base(flt), CapitalSupport.status == "dicairkan",
               _between(CapitalSupport.disbursed_on, flt))
    )  # fmt: skip


def _repaid(flt: ReportFilter, today: date) -> FactQuery:
    """Qardhul hasan instalments paid in the period (an instalment paid in parts counts on its last payment's
    date: the store keeps what was paid and when it was last paid)."""
    return (
        select(
            Repayment.id.label("id"), CapitalSupport.business_id.label("business_id"),
            CapitalSupport.case_id.label("case_id"), CapitalSupport.partner_id.label("partner"),
            month_key(Repayment.paid_on).label("month"), Repayment.amount_paid.label("amount"),
        )
        .join(CapitalSupport, CapitalSupport.id == Repayment.support_id)
        .where(*_support_base(flt), CapitalSupport.status == "dicairkan", Repayment.amount_paid > 0,
               _between(Repayment.paid_on, flt))
    )  # fmt: skip


def _overdue_condition(as_of: date) -> ColumnElement[bool]:
    """An instalment due before ``as_of`` that was not fully paid by then."""
    paid_by_then = and_(Repayment.paid_on.is_not(None), Repayment.paid_on <= as_of)
    return and_(Repayment.due_on < as_of,
                or_(~paid_by_then, Repayment.amount_paid < Repayment.amount_due))  # fmt: skip


def _overdue_amount(as_of: date) -> ColumnElement[int]:
    paid = case((and_(Repayment.paid_on.is_not(None), Repayment.paid_on <= as_of), Repayment.amount_paid), else_=0)
    return Repayment.amount_due - paid


def _loans(flt: ReportFilter, today: date) -> FactQuery:
    """Qardhul hasan loans disbursed by the day balances are read on (the period's end, or today while it runs),
    each with what was repaid by then, what is left, its overdue instalments and its state (lunas, terlambat,
    lancar)."""
    as_of = flt.period.as_of(today)
    paid = (
        select(func.coalesce(func.sum(Repayment.amount_paid), 0))
        .where(Repayment.support_id == CapitalSupport.id, Repayment.paid_on <= as_of)
        .correlate(CapitalSupport).scalar_subquery()
    )  # fmt: skip
    late = (
        select(func.count()).where(Repayment.support_id == CapitalSupport.id, _overdue_condition(as_of))
        .correlate(CapitalSupport).scalar_subquery()
    )  # fmt: skip
    late_amount = (
        select(func.coalesce(func.sum(_overdue_amount(as_of)), 0))
        .where(Repayment.support_id == CapitalSupport.id, _overdue_condition(as_of))
        .correlate(CapitalSupport).scalar_subquery()
    )  # fmt: skip
    inner = (
        select(
            CapitalSupport.id.label("id"), CapitalSupport.business_id.label("business_id"),
            CapitalSupport.case_id.label("case_id"), CapitalSupport.partner_id.label("partner"),
            CapitalSupport.amount.label("amount"), paid.label("paid"), late.label("overdue_count"),
            late_amount.label("overdue_amount"), CapitalSupport.disbursed_on.label("disbursed_on"),
            Business.name.label("name"), Business.owner_name.label("owner"),
            Business.kecamatan_code.label("kecamatan"),
        )
        .join(Business, Business.id == CapitalSupport.business_id)
        .where(*_support_base(flt), CapitalSupport.status == "dicairkan", CapitalSupport.kind == "qardhul_hasan",
               CapitalSupport.disbursed_on <= as_of)
        .subquery("loans")
    )  # fmt: skip
    outstanding = inner.c.amount - inner.c.paid
    state = case((outstanding <= 0, literal("lunas")), (inner.c.overdue_count > 0, literal("terlambat")),
                 else_=literal("lancar"))  # fmt: skip
    return select(
        inner.c.id, inner.c.business_id, inner.c.case_id, inner.c.partner, state.label("state"),
        inner.c.amount, inner.c.paid, outstanding.label("outstanding"), inner.c.overdue_count,
        inner.c.overdue_amount, inner.c.disbursed_on, inner.c.name, inner.c.owner, inner.c.kecamatan,
    )  # fmt: skip


def _overdue(flt: ReportFilter, today: date) -> FactQuery:
    """Qardhul hasan instalments overdue on the day balances are read on (see :func:`_loans`)."""
    as_of = flt.period.as_of(today)
    return (
        select(
            Repayment.id.label("id"), CapitalSupport.business_id.label("business_id"),
            CapitalSupport.case_id.label("case_id"), CapitalSupport.partner_id.label("partner"),
            _overdue_amount(as_of).label("amount"),
        )
        .join(CapitalSupport, CapitalSupport.id == Repayment.support_id)
        .where(*_support_base(flt), CapitalSupport.status == "dicairkan", CapitalSupport.kind == "qardhul_hasan",
               CapitalSupport.disbursed_on <= as_of, _overdue_condition(as_of))
    )  # fmt: skip


# --- activities ---------------------------------------------------------------------------------------------


def _activities(flt: ReportFilter, today: date) -> FactQuery:
    """Live activities held in the period, of live cases of live businesses. Read from the activity day index alone
    (ix_activity_report_day): the case and business are tested against their few deleted ones (a join would read a
    wide row per activity)."""
    conditions = [Activity.deleted_at.is_(None), _between(Activity.held_on, flt),
                  flt.live_business(Activity.business_id), flt.live_case(Activity.case_id),
                  *flt.case_partner(Activity.case_id)]  # fmt: skip
    if flt.officer_id is not None:
        conditions.append(Activity.officer_id == flt.officer_id)
    return select(
        Activity.id.label("id"), Activity.business_id.label("business_id"), Activity.case_id.label("case_id"),
        Activity.kind.label("kind"), month_key(Activity.held_on).label("month"), Activity.held_on.label("day"),
        Activity.hours.label("hours"),
    ).where(*conditions)  # fmt: skip


# --- realisation of work plans ------------------------------------------------------------------------------


def realisation_span(flt: ReportFilter) -> tuple[date, date]:
    """Work plans are yearly: realisation counts from 1 January of the period's last year to its last day."""
    return date(flt.end.year, 1, 1), flt.end


def _realised_stages(flt: ReportFilter, *, distinct: bool = True) -> FactQuery:
    first, last = realisation_span(flt)
    facts = realised_stage_facts(first, last, flt.live_business(Case.business_id), distinct=distinct)
    facts = facts.where(*flt.case_officer())
    if flt.partner_id is not None:
        facts = facts.where(Stage.partner_id == flt.partner_id)
    return facts


def _realised(flt: ReportFilter, today: date) -> FactQuery:
    """Businesses counted towards a partner's work plan for a stage (the partner quotas' rule), once per partner,
    stage and business, from 1 January of the period's year to its end."""
    inner = _realised_stages(flt).subquery("realised")
    partner, kind, business_id = inner.c
    return select(business_id.label("id"), business_id.label("business_id"), null().label("case_id"),
                  partner.label("partner"), kind.label("stage"))  # fmt: skip


def realised_per_partner_and_stage(flt: ReportFilter) -> FactQuery:
    """(partner, stage, count) of the ``realised`` facts: one fact per partner, stage and business, so each count
    is that of the distinct businesses among the partner's counting stages of that kind. Counted per group in
    the stages' index order, without first listing the distinct triples (a year at 100,000 businesses:
    125 -> 85 ms)."""
    stages = _realised_stages(flt, distinct=False)
    return (stages.with_only_columns(Stage.partner_id, Stage.kind, func.count(Case.business_id.distinct()))
            .group_by(Stage.partner_id, Stage.kind))  # fmt: skip


QUESTIONS: dict[str, Question] = {
    q.name: q
    for q in (
        Question("businesses", "UMKM per kecamatan dan kelas usaha", "UMKM", "umkm",
                 ("kecamatan", "kelurahan", "scale", "sector", "baru"), (), _businesses),
        Question("cases", "Kasus per tahap dan status", "kasus", "pendampingan",
                 ("column", "group_status", "status"), (), _cases),
        Question("stage_events", "Tahap dimulai dan selesai per bulan", "tahap", "pendampingan",
                 ("event", "kind", "month"), (), _stage_events),
        Question("naik_kelas", "UMKM naik kelas per triwulan", "UMKM", "umkm",
                 ("month", "quarter", "before_scale", "after_scale"),
                 ("before_sales", "after_sales", "before_capital", "after_capital"), _naik_kelas),
        Question("disbursed", "Dukungan modal dicairkan", "dukungan modal", "pendampingan",
                 ("partner", "kind", "month"), ("amount",), _disbursed),
        Question("repaid", "Angsuran qardhul hasan dibayar", "angsuran", "pendampingan",
                 ("partner", "month"), ("amount",), _repaid),
        Question("loans", "Pinjaman qardhul hasan", "pinjaman", "pendampingan",
                 ("partner", "state"), ("amount", "paid", "outstanding", "overdue_count", "overdue_amount"),
                 _loans),
        Question("overdue", "Angsuran qardhul hasan terlambat", "angsuran", "pendampingan",
                 ("partner",), ("amount",), _overdue),
        Question("activities", "Kegiatan dan jam pendampingan per bulan", "kegiatan", "pendampingan",
                 ("kind", "month", "day"), ("hours",), _activities),
        Question("realised", "Realisasi rencana kerja mitra", "UMKM", "umkm",
                 ("partner", "stage"), (), _realised),
    )
}
