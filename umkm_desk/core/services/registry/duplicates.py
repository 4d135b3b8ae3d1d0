"""Likely duplicates of a business being entered: same NIK, same NIB, same phone, or a similar name in the same
kelurahan.

Similar names use :func:`umkm_desk.core.rules.text.name_similarity` (legal prefixes such as "UD."/"CV." dropped,
case, spacing and punctuation ignored, typos and word order tolerated) against
:data:`~umkm_desk.core.rules.text.SIMILAR_NAME_THRESHOLD`. Only businesses of the same kelurahan are compared,
which keeps the check to a few thousand names even with 100,000 businesses in the city.
"""

from __future__ import annotations

import difflib
import math
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
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


#: values per IN (...) list: well below SQLite's limit on bound parameters
_CHUNK = 900


def _chunks(values: Sequence[str]) -> Iterator[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def find_duplicates_bulk(session: Session, probes: Sequence[DuplicateProbe]) -> list[list[DuplicateMatch]]:
    """:func:`find_duplicates_in` for many probes at once (a spreadsheet import), with one query per compared
    field instead of three per probe: the stored businesses with any of the NIKs, NIBs or phones, and the names of
    the kelurahan the probes are in. Returns the matches of each probe, in the same order and sorted the same way
    (``exclude_id`` is not looked at: the probes are new businesses)."""
    columns = (
        Business.id, Business.name, Owner.name, Kelurahan.name, Business.deleted_at,
        Owner.nik, Business.nib, Owner.phone, Business.kelurahan_code,
    )  # fmt: skip
    base = (
        select(*columns)
        .join(Owner, Business.owner_id == Owner.id)
        .join(Kelurahan, Business.kelurahan_code == Kelurahan.code)
    )
    by_field: dict[str, dict[str, list[tuple[Any, ...]]]] = {REASON_NIK: {}, REASON_NIB: {}, REASON_PHONE: {}}
    lookups = (
        (REASON_NIK, Owner.nik, 5, {p.nik for p in probes if p.nik}),
        (REASON_NIB, Business.nib, 6, {p.nib for p in probes if p.nib}),
        (REASON_PHONE, Owner.phone, 7, {p.phone for p in probes if p.phone}),
    )
    for reason, column, position, values in lookups:
        for chunk in _chunks(list(values)):
            for found_row in session.execute(base.where(column.in_(chunk))):
                stored: tuple[Any, ...] = tuple(found_row)
                by_field[reason].setdefault(stored[position], []).append(stored)
    kelurahan = {p.kelurahan_code for p in probes if p.kelurahan_code and normalize_name(p.name or "")}
    names: dict[str, list[tuple[str, str]]] = {}  # per kelurahan: (name, normalised name)
    bags: dict[str, _Bags] = {}
    # The names of whole kelurahan (100,000 businesses in a city-wide file) are read as bare names: the few rows
    # that come close are read in full afterwards. Names repeat (chains, "Warung Bu ..."): each is normalised once.
    normalized_of: dict[str, str] = {}
    for chunk in _chunks(list(kelurahan)):
        for name, code in session.execute(
            select(Business.name, Business.kelurahan_code).where(Business.kelurahan_code.in_(chunk))
        ):
            normalized = normalized_of.get(name)
            if normalized is None:
                normalized = normalized_of[name] = normalize_name(name)
            if normalized:
                in_kelurahan = names.setdefault(code, [])
                bags.setdefault(code, _Bags()).add(len(in_kelurahan), normalized)
                in_kelurahan.append((name, normalized))
    close: dict[tuple[str, str], list[tuple[Any, ...]]] = {}  # (kelurahan, name) -> its stored rows
    hits: list[list[tuple[str, float]]] = []  # per probe: the similar stored names and their likeness
    for probe in probes:
        wanted = normalize_name(probe.name or "")
        same_place = names.get(probe.kelurahan_code or "", []) if wanted else []
        mine: list[tuple[str, float]] = []
        for index in sorted(bags[probe.kelurahan_code or ""].close_to(wanted)) if same_place else []:
            name, normalized = same_place[index]
            score = _similarity_normalized(wanted, probe.name, normalized, name)
            if score is not None:
                close[(probe.kelurahan_code or "", name)] = []
                mine.append((name, score))
        hits.append(mine)
    slim = select(Business.id, Business.name, Business.owner_name, Business.kelurahan_name, Business.deleted_at,
                  Business.kelurahan_code)  # fmt: skip
    for code, name in close:
        for found_id, found_name, owner_name, kelurahan_name, deleted_at, _code in session.execute(
            slim.where(Business.kelurahan_code == code, Business.name == name)
        ):
            row = (found_id, found_name, owner_name, kelurahan_name, deleted_at, None, None, None, code)
            close[(code, name)].append(row)

    order = [REASON_NIK, REASON_NIB, REASON_PHONE, REASON_NAME]
    results: list[list[DuplicateMatch]] = []
    for probe, similar in zip(probes, hits, strict=True):
        found: dict[uuid.UUID, tuple[tuple[Any, ...], list[str], float | None]] = {}
        for reason, value in ((REASON_NIK, probe.nik), (REASON_NIB, probe.nib), (REASON_PHONE, probe.phone)):
            for row in by_field[reason].get(value, []) if value else []:
                found.setdefault(row[0], (row, [], None))[1].append(reason)
        for name, score in similar:
            for row in close.get((probe.kelurahan_code or "", name), []):
                previous = found.get(row[0])
                if previous is None or REASON_NAME not in previous[1]:
                    found[row[0]] = (row, [*(previous[1] if previous else []), REASON_NAME], score)
        matches = [
            DuplicateMatch(
                business_id=row[0], name=row[1], owner_name=row[2], kelurahan_name=row[3],
                reasons=tuple(sorted(reasons, key=order.index)), similarity=score, archived=row[4] is not None,
            )
            for row, reasons, score in found.values()
        ]  # fmt: skip
        matches.sort(
            key=lambda m: (m.archived, order.index(m.reasons[0]), -(m.similarity or 0), m.name.lower())
        )
        results.append(matches)
    return results


#: the characters normalize_name leaves, each with its own slot of _BAG_BITS bits in a name's character bag
_BAG_CHARS = {char: slot for slot, char in enumerate("abcdefghijklmnopqrstuvwxyz0123456789 ")}
_BAG_BITS = 12
_FULL_BAG = (1 << (_BAG_BITS * len(_BAG_CHARS))) - 1
#: the shortest and longest name that can reach the threshold with a name of length 1 (2 min / sum >= threshold)
_LENGTH_RATIO = SIMILAR_NAME_THRESHOLD / (2 - SIMILAR_NAME_THRESHOLD)


def _char_bag(normalized: str) -> int:
    """The characters of a normalised name as one int: as many bits set in a character's slot as it occurs, so
    that the size of the common multiset of two names is ``(a & b).bit_count()``, a C-speed popcount. A name with
    a character more than ``_BAG_BITS`` times (or one normalize_name never leaves) gets a full bag: it passes the
    bound and is compared in full."""
    bag = 0
    for char, count in Counter(normalized).items():
        slot = _BAG_CHARS.get(char)
        if slot is None or count > _BAG_BITS:
            return _FULL_BAG
        bag |= ((1 << count) - 1) << (_BAG_BITS * slot)
    return bag


class _Bags:
    """The character bags of a kelurahan's names, by name length."""

    def __init__(self) -> None:
        self.by_length: dict[int, tuple[list[int], list[int]]] = {}

    def add(self, index: int, normalized: str) -> None:
        indexes, bags = self.by_length.setdefault(len(normalized), ([], []))
        indexes.append(index)
        bags.append(_char_bag(normalized))

    def close_to(self, wanted: str) -> list[int]:
        """Indexes of the names that may reach the threshold: 2 * common characters / both lengths is difflib's
        quick_ratio, an upper bound of both ratios in name_similarity (the sorted-word form has the same
        characters), and lengths too far apart cannot reach it at all. Each name left costs one popcount; the
        few that pass are compared in full."""
        own, length = _char_bag(wanted), len(wanted)
        # the epsilon keeps a length exactly at the threshold (17 against 23) inside despite rounding
        low, high = math.ceil(length * _LENGTH_RATIO - 1e-9), math.floor(length / _LENGTH_RATIO + 1e-9)
        found: list[int] = []
        for other_length in range(low, high + 1):
            bucket = self.by_length.get(other_length)
            if bucket is None:
                continue
            # a count reaches the bound when it reaches the bound rounded up (the epsilon as above)
            need = math.ceil(SIMILAR_NAME_THRESHOLD * (length + other_length) / 2 - 1e-9)
            indexes, bags = bucket
            # map/compress iterate in C: ten million names a second instead of two
            found.extend(compress(indexes, map(need.__le__, map(int.bit_count, map(own.__and__, bags)))))
        return found


def _similarity_normalized(
    wanted_normalized: str, wanted: str, other_normalized: str, other: str
) -> float | None:
    """:func:`_similarity` with the other name already normalised (a kelurahan's names are compared with many
    probes). ``quick_ratio`` bounds both ratios of name_similarity from above (the sorted-word form has the same
    characters), so a pair it puts below the threshold is dismissed without the slower comparison."""
    a, b = len(wanted_normalized), len(other_normalized)
    if 2 * min(a, b) / (a + b) < SIMILAR_NAME_THRESHOLD:
        return None
    if wanted_normalized == other_normalized:
        return 1.0
    if (
        difflib.SequenceMatcher(None, wanted_normalized, other_normalized).quick_ratio()
        < SIMILAR_NAME_THRESHOLD
    ):
        return None
    score = name_similarity(wanted, other)
    return score if score >= SIMILAR_NAME_THRESHOLD else None
