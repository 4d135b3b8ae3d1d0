"""A laptop set up for one kecamatan: which rows of the business-linked tables belong to it.

Partners, officers, settings and import batches go to every laptop; businesses, their owners, cases and
everything hanging off them only when the business lies in the kecamatan; audit rows follow the row they are
about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from umkm_desk.core.services.sync.rows import Row
from umkm_desk.core.store.models import Business, CapitalSupport, Case

#: table -> the column whose value must be in one of the in-scope id sets (business, case, support)
_BY_BUSINESS = ("assist_case", "activity", "capital_support", "outcome", "issued_document")
_BY_CASE = ("stage", "case_event")


@dataclass
class Scope:
    """Everything (``kecamatan_code`` None) or one kecamatan's part."""

    kecamatan_code: str | None = None
    businesses: set[str] = field(default_factory=set)
    owners: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    supports: set[str] = field(default_factory=set)
    #: ids of business-linked rows outside the kecamatan, whose audit rows stay home too
    outside: set[str] = field(default_factory=set)

    def holds(self, table: str, row: Row) -> bool:
        if self.kecamatan_code is None:
            return True
        if table == "business":
            return bool(row["kecamatan_code"] == self.kecamatan_code)
        if table == "owner":
            return row["id"] in self.owners
        if table in _BY_BUSINESS:
            return row["business_id"] is None or row["business_id"] in self.businesses
        if table in _BY_CASE:
            return row["case_id"] in self.cases
        if table == "repayment":
            return row["support_id"] in self.supports
        if table == "audit_entry":
            return row["entity_id"] not in self.outside
        return True


def load_scope(session: Session, kecamatan_code: str | None) -> Scope:
    scope = Scope(kecamatan_code)
    if kecamatan_code is None:
        return scope
    owners_outside: set[str] = set()
    for business_id, owner_id, kecamatan in session.execute(
        select(Business.id, Business.owner_id, Business.kecamatan_code)
    ):
        if kecamatan == kecamatan_code:
            scope.businesses.add(str(business_id))
            scope.owners.add(str(owner_id))
        else:
            scope.outside.add(str(business_id))
            owners_outside.add(str(owner_id))
    scope.outside |= owners_outside - scope.owners
    for case_id, business_id in session.execute(select(Case.id, Case.business_id)):
        (scope.cases if str(business_id) in scope.businesses else scope.outside).add(str(case_id))
    for support_id, business_id in session.execute(select(CapitalSupport.id, CapitalSupport.business_id)):
        (scope.supports if str(business_id) in scope.businesses else scope.outside).add(str(support_id))
    return scope


def dependents(session: Session, business_ids: set[str]) -> dict[str, list[Row]]:
    """The rows that belong to ``business_ids`` (owners, cases and what hangs off them, their audit rows): what a
    laptop of one kecamatan must be sent when a business moves into its kecamatan, although none of it changed."""
    from sqlalchemy import Table

    from umkm_desk.core.services.sync.rows import from_json, row_to_json, table_named

    found: dict[str, list[Row]] = {}
    ids: set[str] = set(business_ids)

    def rows_where(name: str, column: str, values: set[str]) -> list[Row]:
        table: Table | None = table_named(name)
        if table is None or not values:
            return []
        col = table.c[column]
        wanted = sorted(values)
        out: list[Row] = []
        for start in range(0, len(wanted), 500):
            chunk = [from_json(col, v) for v in wanted[start:start + 500]]
            out += [row_to_json(table, m) for m in session.execute(select(table).where(col.in_(chunk))).mappings()]
        found.setdefault(name, []).extend(out)
        ids.update(str(r["id"]) for r in out if "id" in r)
        return out

    businesses = rows_where("business", "id", business_ids)
    rows_where("owner", "id", {str(b["owner_id"]) for b in businesses})
    for name in _BY_BUSINESS:
        rows_where(name, "business_id", business_ids)
    cases = {str(r["id"]) for r in found.get("assist_case", [])}
    for name in _BY_CASE:
        rows_where(name, "case_id", cases)
    rows_where("repayment", "support_id", {str(r["id"]) for r in found.get("capital_support", [])})
    rows_where("audit_entry", "entity_id", set(ids))
    return found
