"""Which column holds which field: suggestions from header words, remembered mappings by header signature."""

from __future__ import annotations

from collections.abc import Sequence

from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.imports.model import Mapping


def suggest_mapping(headers: Sequence[str]) -> Mapping:
    raise NotImplementedError


def header_signature(headers: Sequence[str]) -> str:
    raise NotImplementedError


def mapping_for(ctx: ServiceContext, headers: Sequence[str]) -> Mapping:
    raise NotImplementedError


def remember_mapping(ctx: ServiceContext, headers: Sequence[str], mapping: Mapping) -> None:
    raise NotImplementedError


def check_mapping(mapping: Mapping) -> list[str]:
    raise NotImplementedError
