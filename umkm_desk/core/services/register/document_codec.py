"""Round-trips the renderer dataclasses through JSON, so the register can store exactly what was issued and a
reprint rebuilds the same dataclass (and so the same PDF bytes)."""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import json
import types
import typing
from datetime import date
from typing import Any

from umkm_desk.core.documents import content as content_module
from umkm_desk.core.documents.kinds import KINDS


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    return value


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    return typing.get_type_hints(tp, vars(content_module))


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(options[0], value)
    if origin is tuple:
        (item_type, *_rest) = typing.get_args(tp)
        return tuple(_decode(item_type, v) for v in value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: _decode(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value})
    if tp is date:
        return date.fromisoformat(value)
    if tp is bytes:
        return base64.b64decode(value["__bytes__"])
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def dumps(letterhead: content_module.Letterhead, kind: str, document: Any) -> str:
    payload = {"kind": kind, "letterhead": _encode(letterhead), "document": _encode(document)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> tuple[content_module.Letterhead, str, Any]:
    payload = json.loads(text)
    kind = payload["kind"]
    letterhead = _decode(content_module.Letterhead, payload["letterhead"])
    return letterhead, kind, _decode(KINDS[kind].content, payload["document"])


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
