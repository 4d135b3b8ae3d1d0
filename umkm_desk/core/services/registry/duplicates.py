"""Likely duplicates of a business being entered: same NIK, same NIB, same phone, or a similar name in the same
kelurahan.

Similar names use :func:`umkm_desk.core.rules.text.name_similarity` (legal prefixes such as "UD."/"CV." dropped,
case, spacing and punctuation ignored, typos and word order tolerated) against
:data:`~umkm_desk.core.rules.text.SIMILAR_NAME_THRESHOLD`. Only businesses of the same kelurahan are compared,
which keeps the check to a few thousand names even with 100,000 businesses in the city.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from umkm_desk.core.rules.text import SIMILAR_NAME_THRESHOLD, name_similarity, normalize_name
from umkm_desk.core.store.models import Business, Kelurahan, Owner

#: why a business matched, in the order they are listed
REASON_NIK = "nik"
REASON_NIB = "nib"
REASON_PHONE = "phone"
REASON_NAME = "name"
REASON_LABELS: dict[str, str] = {
    REASON_NIK: "NIK pemilik sama",
    REASON_NIB: "NIB sama",
    REASON_PHONE: "Nomor telepon sama",
    REASON_NAME: "Nama usaha mirip di kelurahan yang sama",
}


@dataclass(frozen=True)
class DuplicateMatch:
    business_id: uuid.UUID
    name: str
    owner_name: str
    kelurahan_name: str
    reasons: tuple[str, ...]
    similarity: float | None  # name likeness 0..1 when the name matched
    archived: bool


@dataclass(frozen=True)
class DuplicateProbe:
    """The already-cleaned identifying values of the business being entered (None where not filled)."""

    name: str = ""
    kelurahan_code: str | None = None
    nik: str | None = None
    nib: str | None = None
    phone: str | None = None  # E.164
    exclude_id: uuid.UUID | None = None  # the business being edited


def find_duplicates_in(session: Session, probe: DuplicateProbe) -> list[DuplicateMatch]:
    columns = (
        Business.id, Business.name, Owner.name, Kelurahan.name, Business.deleted_at,
        Owner.nik, Business.nib, Owner.phone, Business.kelurahan_code,
    )  # fmt: skip
    base = (
        select(*columns)
        .join(Owner, Business.owner_id == Owner.id)
        .join(Kelurahan, Business.kelurahan_code == Kelurahan.code)
    )
    if probe.exclude_id is not None:
        base = base.where(Business.id != probe.exclude_id)

    exact = []
    if probe.nik:
        exact.append(Owner.nik == probe.nik)
    if probe.nib:
        exact.append(Business.nib == probe.nib)
    if probe.phone:
        exact.append(Owner.phone == probe.phone)
    found: dict[uuid.UUID, tuple[tuple[Any, ...], list[str], float | None]] = {}
    if exact:
        for row in session.execute(base.where(or_(*exact))):
            reasons = []
            if probe.nik and row[5] == probe.nik:
                reasons.append(REASON_NIK)
            if probe.nib and row[6] == probe.nib:
                reasons.append(REASON_NIB)
            if probe.phone and row[7] == probe.phone:
                reasons.append(REASON_PHONE)
            found[row[0]] = (tuple(row), reasons, None)

    wanted = normalize_name(probe.name or "")
    if wanted and probe.kelurahan_code:
        for row in session.execute(base.where(Business.kelurahan_code == probe.kelurahan_code)):
            score = _similarity(wanted, probe.name, row[1])
            if score is None:
                continue
            if row[0] in found:
                found[row[0]][1].append(REASON_NAME)
                found[row[0]] = (found[row[0]][0], found[row[0]][1], score)
            else:
                found[row[0]] = (tuple(row), [REASON_NAME], score)

    order = [REASON_NIK, REASON_NIB, REASON_PHONE, REASON_NAME]
    matches = [
        DuplicateMatch(
            business_id=row[0],
            name=row[1],
            owner_name=row[2],
            kelurahan_name=row[3],
            reasons=tuple(sorted(reasons, key=order.index)),
            similarity=score,
            archived=row[4] is not None,
        )
        for row, reasons, score in found.values()
    ]
    matches.sort(key=lambda m: (m.archived, order.index(m.reasons[0]), -(m.similarity or 0), m.name.lower()))
    return matches


def _similarity(wanted_normalized: str, wanted: str, other: str) -> float | None:
    """The name likeness when it reaches the threshold, else None.

    Both ratios inside name_similarity are at most 2*min(len)/(sum of len) of the normalised names, so most
    names of a kelurahan are dismissed by length alone before the slower comparison.
    """
    other_normalized = normalize_name(other)
    if not other_normalized:
        return None
    a, b = len(wanted_normalized), len(other_normalized)
    if 2 * min(a, b) / (a + b) < SIMILAR_NAME_THRESHOLD:
        return None
    score = name_similarity(wanted, other)
    return score if score >= SIMILAR_NAME_THRESHOLD else None
