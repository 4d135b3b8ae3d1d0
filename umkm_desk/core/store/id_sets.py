"""A condition "this UUID column is one of these ids" that holds for any number of ids.

A plain ``IN (?, ?, …)`` binds one parameter per id, and SQLite refuses more than its variable limit (32,766 in
recent versions, 999 in old ones); a chart's bar may stand for tens of thousands of businesses. On SQLite the ids
travel as one JSON text read back by ``json_each``; PostgreSQL takes them as one array parameter.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import Uuid

__all__ = ["in_ids"]


def in_ids(dialect: str, column: Any, ids: Collection[uuid.UUID], name: str = "id_set") -> ColumnElement[bool]:
    """``column`` (a UUID column) is one of ``ids``, in one bound parameter."""
    target: ColumnElement[Any] = column
    if dialect == "sqlite":
        # SQLAlchemy's Uuid stores 32 hex digits on SQLite (no native UUID type)
        text = json.dumps(sorted(i.hex for i in ids))
        values: Select[Any] = select(literal_column("value")).select_from(func.json_each(bindparam(name, text)))
        return target.in_(values)
    array = bindparam(name, sorted(ids), type_=ARRAY(Uuid()))
    return target == func.any(array)
