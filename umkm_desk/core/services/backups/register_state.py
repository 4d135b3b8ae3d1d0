"""The letter register as a restore must see it: the highest number ever issued per year, and which documents a
file holds. Read with plain ``sqlite3`` so that a damaged file gives what can still be read."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RegisterDocument:
    id: str
    number: str
    kind: str
    issued_on: date | None
    business_name: str

    @property
    def kind_label(self) -> str:
        from umkm_desk.core.documents.kinds import KINDS  # light: renderers load on first use

        return KINDS[self.kind].label if self.kind in KINDS else self.kind


@dataclass
class RegisterState:
    highest: dict[int, int] = field(default_factory=dict)  # year -> highest number (counter or issued)
    documents: dict[str, RegisterDocument] = field(default_factory=dict)
    complete: bool = True  # False: part of the register could not be read (a damaged file)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_register(conn: sqlite3.Connection) -> RegisterState:
    state = RegisterState()
    queries = {
        "counter": "SELECT year, last_seq FROM document_counter",
        "issued": "SELECT year, max(seq) FROM issued_document GROUP BY year",
    }
    for name, sql in queries.items():
        try:
            for year, seq in conn.execute(sql):
                if year is not None and seq is not None:
                    state.highest[int(year)] = max(state.highest.get(int(year), 0), int(seq))
        except sqlite3.Error:
            log.warning("register %s unreadable", name, exc_info=True)
            state.complete = False
    try:
        rows = conn.execute(
            "SELECT d.id, d.number, d.kind, d.issued_on, b.name FROM issued_document d "
            "LEFT JOIN business b ON b.id = d.business_id"
        )
        for doc_id, number, kind, issued_on, business in rows:
            state.documents[str(doc_id)] = RegisterDocument(
                str(doc_id), str(number), str(kind), _date(issued_on), str(business or "")
            )
    except sqlite3.Error:
        log.warning("register documents unreadable", exc_info=True)
        state.complete = False
    return state


def carry_numbers_forward(conn: sqlite3.Connection, highest: dict[int, int]) -> None:
    """Inside the caller's transaction: each year's counter at least the highest number ever issued."""
    for year, seq in highest.items():
        conn.execute(
            "INSERT INTO document_counter (year, last_seq) VALUES (?, ?) "
            "ON CONFLICT (year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
            (year, seq),
        )
