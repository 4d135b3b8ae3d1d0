"""Answers to the questions of ``questions.py``: counts and sums by any of a question's dimensions, and the rows
(keys) behind any of those numbers, from the same fact query narrowed the same way.

``where`` maps dimension names to values; a number and its rows are read with the same ``where``, so the count
of :func:`keys_behind` is the number :func:`tally` gives for that cell, by construction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.reports.period import office_today
from umkm_desk.core.services.reports.questions import QUESTIONS, Question, month_value
from umkm_desk.core.services.reports.report_filter import ReportFilter

__all__ = ["Tally", "by_month", "fact_rows", "keys_behind", "question", "tally", "tally_of", "total"]

Where = Mapping[str, object]


@dataclass(frozen=True)
class Tally:
    count: int = 0
    sums: dict[str, int | float] = field(default_factory=dict)

    def sum(self, measure: str) -> int | float:
        return self.sums.get(measure, 0)


def question(name: str) -> Question:
    try:
        return QUESTIONS[name]
    except KeyError:
        raise ValueError(f"unknown question {name!r}") from None


def _narrowed(q: Question, flt: ReportFilter, where: Where, today: date | None) -> Any:
    facts = q.facts(flt, today or office_today()).subquery(q.name)
    conditions: list[ColumnElement[bool]] = []
    for name, value in where.items():
        if name not in q.dims:
            raise ValueError(f"{q.name} has no dimension {name!r}")
        column = facts.c[name]
        conditions.append(column.is_(None) if value is None else column == value)
    return facts, conditions


def _number(value: object) -> int | float:
    if value is None:
        return 0
    if isinstance(value, int | float):
        return value
    number = float(str(value))
    return int(number) if number.is_integer() else number


def tally(
    ctx: ServiceContext,
    name: str,
    flt: ReportFilter,
    by: Sequence[str] = (),
    *,
    where: Where | None = None,
    today: date | None = None,
    measures: Sequence[str] | None = None,
) -> dict[tuple[Any, ...], Tally]:
    """Count and measure sums of question ``name`` for each combination of the dimensions ``by`` (the key is the
    tuple of their values; ``()`` without ``by``), among the facts matching ``where``. ``measures`` names the
    sums wanted (default: all of the question's); a measure left out is not computed, which spares the database
    the subqueries behind it."""
    q = question(name)
    facts, conditions = _narrowed(q, flt, where or {}, today)
    for dim in by:
        if dim not in q.dims:
            raise ValueError(f"{q.name} has no dimension {dim!r}")
    summed = tuple(q.measures if measures is None else measures)
    for measure in summed:
        if measure not in q.measures:
            raise ValueError(f"{q.name} has no measure {measure!r}")
    groups = [facts.c[dim] for dim in by]
    # select_from: without dimensions, conditions or measures nothing else names the facts, and a bare
    # count(*) would count one row of nothing
    stmt: Select[Any] = (
        select(*groups, func.count(), *(func.sum(facts.c[m]) for m in summed))
        .select_from(facts).where(*conditions)
    )  # fmt: skip
    if groups:
        stmt = stmt.group_by(*groups)
    result: dict[tuple[Any, ...], Tally] = {}
    with ctx.db.read() as session:
        for row in session.execute(stmt):
            values = tuple(row[: len(groups)])
            count = int(row[len(groups)])
            if not count and not groups:
                continue
            sums = {m: _number(v) for m, v in zip(summed, row[len(groups) + 1:], strict=True)}
            result[values] = Tally(count, sums)
    return result


def total(ctx: ServiceContext, name: str, flt: ReportFilter, *, where: Where | None = None,
          today: date | None = None, measures: Sequence[str] | None = None) -> Tally:
    """The one number of question ``name`` among the facts matching ``where`` (``measures``: as for
    :func:`tally`)."""
    return tally(ctx, name, flt, where=where, today=today, measures=measures).get((), Tally())


def keys_behind(
    ctx: ServiceContext,
    name: str,
    flt: ReportFilter,
    where: Where | None = None,
    *,
    level: str = "id",
    today: date | None = None,
) -> list[uuid.UUID]:
    """The keys of the facts behind a number: ``level="id"`` one key per fact (what the number counts, so
    ``len()`` is the number), ``"business_id"`` or ``"case_id"`` the distinct businesses or cases they belong to
    (what the UMKM or Pendampingan list opens)."""
    q = question(name)
    facts, conditions = _narrowed(q, flt, where or {}, today)
    column = facts.c[level]
    stmt: Select[Any] = select(column).where(*conditions)
    if level != "id":
        stmt = stmt.where(column.is_not(None)).distinct()
    stmt = stmt.order_by(column)
    with ctx.db.read() as session:
        return list(session.scalars(stmt))


def fact_rows(
    ctx: ServiceContext,
    name: str,
    flt: ReportFilter,
    where: Where | None = None,
    *,
    order_by: Sequence[str] = ("id",),
    today: date | None = None,
) -> list[dict[str, Any]]:
    """Every fact behind a number, with all the question's columns (for a report's detail table)."""
    q = question(name)
    facts, conditions = _narrowed(q, flt, where or {}, today)
    stmt = select(facts).where(*conditions).order_by(*(facts.c[c] for c in order_by))
    with ctx.db.read() as session:
        return [dict(row._mapping) for row in session.execute(stmt)]


def tally_of(name: str, facts: Sequence[Mapping[str, Any]], by: Sequence[str] = ()) -> dict[tuple[Any, ...], Tally]:
    """What :func:`tally` gives, from facts already read with :func:`fact_rows` (same question, filter and
    ``where``): a report that lists the facts counts them from that one reading, not by asking the database
    again."""
    q = question(name)
    for dim in by:
        if dim not in q.dims:
            raise ValueError(f"{q.name} has no dimension {dim!r}")
    counts: dict[tuple[Any, ...], int] = {}
    sums: dict[tuple[Any, ...], dict[str, int | float]] = {}
    for fact in facts:
        key = tuple(fact[dim] for dim in by)
        counts[key] = counts.get(key, 0) + 1
        totals = sums.setdefault(key, dict.fromkeys(q.measures, 0))
        for measure in q.measures:
            totals[measure] += _number(fact[measure])
    return {key: Tally(count, sums[key]) for key, count in counts.items()}


def by_month(by_day: Mapping[tuple[Any, ...], Tally], at: int = 0) -> dict[tuple[Any, ...], Tally]:
    """Tallies keyed by a day (a date at position ``at`` of the key) added up by that day's month ("YYYY-MM"):
    the month of a fact is the month of its day, so each month counts the facts its ``month`` dimension narrows
    to. Counted by day, the activities are read in the order of their day index; counted by month, every one of
    a year's 400,000 activities (at 100,000 businesses) went through a sort."""
    months: dict[tuple[Any, ...], Tally] = {}
    for key, hit in by_day.items():
        day = key[at]
        folded = (*key[:at], month_value(day.year, day.month), *key[at + 1:])
        seen = months.get(folded)
        if seen is None:
            months[folded] = Tally(hit.count, dict(hit.sums))
        else:
            months[folded] = Tally(seen.count + hit.count,
                                   {m: seen.sum(m) + value for m, value in hit.sums.items()})
    return months
