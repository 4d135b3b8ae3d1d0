"""Unique clashes: a row that arrives with the same partner name, login name or letter number as a different row
here (the same thing created on two PCs under different ids).

The package still applies. A clash on one text column keeps both rows, the one that arrived under a marked name
("Nama (dari laptop1)") until an officer merges the two or gives it a name of its own; a clash on several columns
(a work plan for the same partner, year and stage) holds the arriving row back until an officer decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Index, String, Table, UniqueConstraint, select, tuple_
from sqlalchemy.orm import Session

from umkm_desk.core.services.sync.rows import Row, from_json, key_of, row_to_json

#: how a clashing name is marked while both rows are kept (the peer's name goes in the braces)
MARK = " (dari {peer})"


@dataclass(frozen=True)
class Clash:
    key: str  # the arriving row
    other_key: str  # the row here with the same values
    columns: tuple[str, ...]


def unique_sets(table: Table) -> list[tuple[Column[Any], ...]]:
    """Every set of plain columns that must be unique together, besides the primary key."""
    found: list[tuple[Column[Any], ...]] = []
    candidates: list[Iterable[Any]] = [c.columns for c in table.constraints if isinstance(c, UniqueConstraint)]
    candidates += [i.columns for i in table.indexes if isinstance(i, Index) and i.unique]
    for columns in candidates:
        group = tuple(columns)
        if group and group not in found and all(isinstance(c, Column) for c in group):
            found.append(group)
    return found


#: names an officer gives, which a marked copy may carry for a while (never a letter's register number)
RENAMABLE = frozenset({("partner", "name"), ("officer", "username")})


def renamable(table: Table, columns: tuple[str, ...]) -> bool:
    return len(columns) == 1 and (table.name, columns[0]) in RENAMABLE and isinstance(table.c[columns[0]].type,
                                                                                         String)


def find_clashes(session: Session, table: Table, rows: list[Row]) -> list[Clash]:
    """The rows among ``rows`` whose unique values belong to a different row here (at most one clash a row)."""
    clashes: dict[str, Clash] = {}
    for group in unique_sets(table):
        names = tuple(c.name for c in group)
        wanted: dict[tuple[Any, ...], str] = {}
        for row in rows:
            values = tuple(row.get(n) for n in names)
            if None not in values:
                wanted[values] = key_of(table, row)
        if not wanted:
            continue
        firsts = sorted({from_json(group[0], values[0]) for values in wanted}, key=str)
        for start in range(0, len(firsts), 500):
            query = select(table).where(group[0].in_(firsts[start:start + 500]))
            for mapping in session.execute(query).mappings():
                local = row_to_json(table, mapping)
                values = tuple(local.get(n) for n in names)
                key = wanted.get(values)
                other = key_of(table, local)
                if key is not None and key != other and key not in clashes:
                    clashes[key] = Clash(key, other, names)
    return list(clashes.values())


def free_value(session: Session, table: Table, column: str, value: str, peer: str) -> str:
    """``value`` marked with the peer's name, shortened to fit, and numbered until no row here has it."""
    length = getattr(table.c[column].type, "length", None) or 200
    for number in range(1, 1000):
        mark = MARK.format(peer=peer) if number == 1 else MARK.format(peer=f"{peer} {number}")
        candidate = value[: max(1, length - len(mark))] + mark
        candidate = candidate[:length]
        taken = session.scalar(select(table.c[column]).where(table.c[column] == candidate).limit(1))
        if taken is None:
            return candidate
    raise RuntimeError("no free value")  # a thousand marked copies of one name: not a real office


def is_taken(session: Session, table: Table, columns: tuple[str, ...], values: tuple[Any, ...],
             except_key: str | None) -> bool:
    """Whether a row other than ``except_key`` holds ``values`` (JSON form) in ``columns``."""
    values = tuple(from_json(table.c[n], v) for n, v in zip(columns, values, strict=True))
    query = select(table).where(tuple_(*(table.c[n] for n in columns)) == tuple_(*values)) \
        if len(columns) > 1 else select(table).where(table.c[columns[0]] == values[0])
    for mapping in session.execute(query).mappings():
        if key_of(table, row_to_json(table, mapping)) != except_key:
            return True
    return False
