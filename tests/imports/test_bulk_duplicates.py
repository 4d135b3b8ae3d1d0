"""find_duplicates_bulk (one query per field, for an import) finds what find_duplicates_in (one business at a time,
for the form) finds, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.imports.sheets import nik
from umkm_desk.core.rules.text import SIMILAR_NAME_THRESHOLD, name_similarity, normalize_name
from umkm_desk.core.services.registry.businesses import BusinessInput, archive_business, create_business
from umkm_desk.core.services.registry.duplicates import (
    DuplicateProbe,
    _Bags,
    find_duplicates_bulk,
    find_duplicates_in,
)

CIPARE, UNYUR = "36.73.01.1002", "36.73.01.1007"


def test_bulk_and_one_by_one_agree(ctx):
    stored = [
        ("Keripik Pisang Bu Sari", "Sari", nik(1), "0812-3456-7890", CIPARE, "1234567890123"),
        ("Kripik Pisang Bu Sari", "Sari W", nik(2), "", CIPARE, ""),
        ("UD. Sari Rasa", "Budi", nik(3, sex="L"), "0812-1111-2222", CIPARE, ""),
        ("Sari Roti", "Ani", nik(4), "", CIPARE, ""),
        ("Bengkel Maju Jaya", "Joko", nik(5, sex="L"), "", UNYUR, "9876543210987"),
        ("Toko Warung Kopi 88", "Eka", nik(6), "0812-9999-0000", UNYUR, ""),
    ]
    for name, owner, number, phone, kelurahan, nib in stored:
        create_business(ctx, BusinessInput(owner_name=owner, nik=number, phone=phone, name=name, sector="kuliner",
                                           kecamatan_code="36.73.01", kelurahan_code=kelurahan, nib=nib),
                        duplicate_reason="uji")  # fmt: skip
    with ctx.db.read() as session:
        from sqlalchemy import select

        from umkm_desk.core.store.models import Business

        archived = session.scalars(select(Business.id).where(Business.name == "Sari Roti")).one()
    archive_business(ctx, archived)
    probes = [
        DuplicateProbe(name="Keripik Pisang Bu Sari", kelurahan_code=CIPARE),
        DuplicateProbe(name="Sari Rasa", kelurahan_code=CIPARE, phone="+6281211112222"),
        DuplicateProbe(name="Roti Sari", kelurahan_code=CIPARE),
        DuplicateProbe(name="Apa Saja", kelurahan_code=UNYUR, nik=nik(1), nib="9876543210987"),
        DuplicateProbe(name="Kopi 88 Toko Warung", kelurahan_code=UNYUR, phone="+6281299990000"),
        DuplicateProbe(name="Tidak Ada Yang Mirip", kelurahan_code=UNYUR),
        DuplicateProbe(name="", kelurahan_code=None, nik=nik(5, sex="L")),
    ]
    with ctx.db.read() as session:
        one_by_one = [find_duplicates_in(session, p) for p in probes]
        bulk = find_duplicates_bulk(session, probes)
    assert bulk == one_by_one
    assert [len(m) for m in bulk] == [2, 1, 1, 2, 1, 0, 1]


_WORDS = ["warung", "toko", "sari", "rasa", "jaya", "ud", "cv", "88", "pak", "bu", "aaaaaaaaaaaaaa", "kopi"]


@st.composite
def _name_and_typo(draw: st.DrawFn) -> tuple[str, str]:
    name = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4)))
    typo = list(name)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(typo)))
        op = draw(st.sampled_from(["drop", "insert", "replace"]))
        char = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789 .-"))
        if op == "insert":
            typo.insert(at, char)
        elif typo:
            index = min(at, len(typo) - 1)
            typo[index : index + 1] = [] if op == "drop" else [char]
    text = "".join(typo)
    return name, " ".join(reversed(text.split())) if draw(st.booleans()) else text


@settings(max_examples=2000, deadline=None)
@given(pair=_name_and_typo())
def test_the_character_bound_never_dismisses_a_similar_name(pair):
    """The popcount bound only skips names name_similarity would refuse (typos, word order, legal prefixes)."""
    name, other = pair
    wanted, stored = normalize_name(name), normalize_name(other)
    if not wanted or not stored or name_similarity(name, other) < SIMILAR_NAME_THRESHOLD:
        return
    bags = _Bags()
    bags.add(0, stored)
    assert bags.close_to(wanted) == [0]
