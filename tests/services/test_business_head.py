"""``business_head``: the first keys of the UMKM list and its count, read without producing every key, must be
exactly the start of ``business_keys`` and its length, for every plan it picks (the whole list by each sort
index; a search walked along the name index or read through its own index; prefix counts over overlapping
ranges), with archived businesses and owners without a NIK in the data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.rules.wilayah import kelurahan_list
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.registry import business_query as bq
from umkm_desk.core.services.registry import server_head, shaped_sql, sqlite_head
from umkm_desk.core.services.registry.businesses import BusinessInput, archive_business, create_business
from umkm_desk.core.store.database import open_database
from umkm_desk.core.store.models import Business
from umkm_desk.demo.generator import fill_demo

#: what officers type: single letters and digits, two-letter prefixes, trigram words, a NIK region prefix, a phone
#: start (two alternatives), several terms, short and long terms mixed, and nothing found
TERMS = (
    "a", "b", "s", "m", "3", "36", "08", "ba", "si", "ab",
    "ban", "ibu", "abon", "kuliner", "3673", "367301", "0812", "0812 3", "mak ib", "sate bandeng", "xqz", "zz",
)  # fmt: skip


@pytest.fixture(autouse=True)
def verify_shaped_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every statement compiled once per shape is built again on each call and checked against the cached text
    and values: a value that varies with the term but is not bound by name fails here."""
    monkeypatch.setattr(shaped_sql, "VERIFY", True)


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    db = open_database(tmp_path_factory.mktemp("head") / "umkm.sqlite")
    fill_demo(db, businesses=300, seed=11, today=date(2026, 11, 28))
    ctx = ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
    with db.read() as session:
        ids = session.scalars(select(Business.id).order_by(Business.name)).all()
    for business_id in ids[::9]:  # archived ones all over the name order
        archive_business(ctx, business_id)
    with db.read() as session:
        missing_nik = session.scalar(select(Business.id).where(Business.owner_nik.is_(None)))
    assert missing_nik is not None, "the demo data should hold an owner without a NIK"
    yield ctx
    db.dispose()


def _same_as_whole(ctx: ServiceContext, flt: bq.BusinessFilter, sort: str, descending: bool, limit: int) -> None:
    whole = bq.business_keys(ctx, flt, sort=sort, descending=descending)
    head = bq.business_head(ctx, flt, sort=sort, descending=descending, limit=limit)
    if head.exact:
        assert head.total == len(whole), (flt, sort, descending)
    else:  # a count cut short says "more than total", and the whole count is there to ask for
        assert head.total < len(whole), (flt, sort, descending)
        assert bq.count_matches(ctx, flt) == len(whole), (flt, sort, descending)
    assert len(head.keys) >= min(limit, len(whole))
    assert head.keys == whole[: len(head.keys)], (flt, sort, descending)


@pytest.mark.parametrize(
    "walk_rows", [10**9, 40, sqlite_head._INDEX_WALK_ROWS],
    ids=["whole-walk", "short-walk", "measured"],
)
@pytest.mark.parametrize("limit", [1, 7, 400])
def test_search_head_is_the_start_of_the_whole_list(demo_ctx, monkeypatch, walk_rows, limit):
    """Every plan: a walk over every row, a short walk that often falls back to ordering the matches, and the
    measured setting (which on 300 businesses orders the matches)."""
    monkeypatch.setattr(sqlite_head, "_WALK_ROWS", walk_rows)
    monkeypatch.setattr(sqlite_head, "_INDEX_WALK_ROWS", walk_rows)
    for term in TERMS:
        for descending in (False, True):
            _same_as_whole(demo_ctx, bq.BusinessFilter(search=term), "name", descending, limit)


def test_a_shape_compiled_once_binds_each_new_term(demo_ctx, monkeypatch):
    """Terms of one shape typed one after another (each a cache hit of the one before) give what a fresh build
    gives: the same keys and count as with nothing cached."""
    sequences = (("ab", "ba", "si", "zz"), ("3", "0", "7"), ("ban", "abon", "ibu", "xqz"), ("0812", "0856"),
                 ("sate bandeng", "abon ibu", "mak ibu"), ("ban ban ban", "ibu sat ada"))
    for terms in sequences:
        for descending in (False, True):
            for term in terms:
                monkeypatch.setattr(shaped_sql, "VERIFY", False)
                cached = bq.business_head(demo_ctx, bq.BusinessFilter(search=term), descending=descending, limit=5)
                shaped_sql.clear()
                fresh = bq.business_head(demo_ctx, bq.BusinessFilter(search=term), descending=descending, limit=5)
                assert (cached.keys, cached.total) == (fresh.keys, fresh.total), term
                monkeypatch.setattr(shaped_sql, "VERIFY", True)
                _same_as_whole(demo_ctx, bq.BusinessFilter(search=term), "name", descending, 5)


@pytest.mark.parametrize("limit", [1, 5, 120, 400])
def test_whole_list_head_in_every_order(demo_ctx, limit):
    for sort in bq.SORT_KEYS:
        for descending in (False, True):
            _same_as_whole(demo_ctx, bq.BusinessFilter(), sort, descending, limit)


def test_other_lists_are_read_whole(demo_ctx):
    for flt, sort in (
        (bq.BusinessFilter(archived=True), "name"),
        (bq.BusinessFilter(search="ban", sector="kuliner"), "name"),
        (bq.BusinessFilter(search="ban"), "kelurahan"),
        (bq.BusinessFilter(kecamatan_code="36.73.01"), "owner"),
    ):
        whole = bq.business_keys(demo_ctx, flt, sort=sort)
        head = bq.business_head(demo_ctx, flt, sort=sort, limit=3)
        assert (head.keys, head.total) == (whole, len(whole))


def test_counts_leave_out_archived_and_count_overlaps_once(demo_ctx):
    live = len(bq.business_keys(demo_ctx, bq.BusinessFilter()))
    archived = len(bq.business_keys(demo_ctx, bq.BusinessFilter(archived=True)))
    assert archived > 0 and live > 0
    assert bq.business_head(demo_ctx, bq.BusinessFilter(), limit=1).total == live
    # "3673" is in almost every row's NIK (and in none of the archived ones' count)
    nik_prefix = bq.business_head(demo_ctx, bq.BusinessFilter(search="3673"), limit=1)
    assert 0 < nik_prefix.total <= live
    assert nik_prefix.total == len(bq.business_keys(demo_ctx, bq.BusinessFilter(search="3673")))


def test_a_search_of_spaces_is_the_whole_list(demo_ctx, monkeypatch):
    whole = bq.business_keys(demo_ctx, bq.BusinessFilter())
    monkeypatch.setattr(bq, "business_keys", lambda *a, **k: pytest.fail("the whole list was read"))
    head = bq.business_head(demo_ctx, bq.BusinessFilter(search="   "), limit=5)
    assert (head.keys, head.total) == (whole[:5], len(whole))


def test_unknown_sort_is_refused(demo_ctx):
    with pytest.raises(ValueError):
        bq.business_head(demo_ctx, bq.BusinessFilter(), sort="nope")


def test_head_on_every_database(ctx):
    """Both databases read only a part of the list: its head and a count."""
    for serial, (name, owner) in enumerate(
        (("Sate Bandeng Bu Sari", "Sari Wulandari"), ("Batik Krakatau", "Budi Santoso"), ("Abon Bandeng", "Siti")),
        start=1,
    ):
        create_business(ctx, BusinessInput(
            owner_name=owner, nik=encode_nik("36.73.01", date(1980, 1, serial), "L", serial), name=name,
            sector="kuliner", kecamatan_code="36.73.01", kelurahan_code=kelurahan_list("36.73.01")[0].code,
            modal_usaha="10jt", annual_sales="90jt",
        ))  # fmt: skip
    for term in ("", "s", "ban", "3673", "xqz"):
        whole = bq.business_keys(ctx, bq.BusinessFilter(search=term))
        head = bq.business_head(ctx, bq.BusinessFilter(search=term), limit=1)
        assert head.total == len(whole)
        assert head.keys == whole[: len(head.keys)]
        assert len(head.keys) == min(1, len(whole))


def test_every_list_head_on_every_database(db, monkeypatch):
    """The head and count plans (PostgreSQL: every list; SQLite: the lists it reads in part) against the whole
    list, on demo data with archived businesses: every term, every sort both ways, filters and the archive."""
    fill_demo(db, businesses=200, seed=5, today=date(2026, 11, 28))
    ctx = ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
    with db.read() as session:
        ids = session.scalars(select(Business.id).order_by(Business.name)).all()
    for business_id in ids[::11]:
        archive_business(ctx, business_id)
    filters = [bq.BusinessFilter(search=term) for term in TERMS] + [
        bq.BusinessFilter(), bq.BusinessFilter(archived=True), bq.BusinessFilter(search="ban", sector="kuliner"),
        bq.BusinessFilter(kecamatan_code="36.73.01"), bq.BusinessFilter(search="  "),
    ]
    for flt in filters:
        for sort in bq.SORT_KEYS if flt.search in ("", "ban", "3673", "a") else ("name",):
            for descending in (False, True):
                _same_as_whole(ctx, flt, sort, descending, 7)


@pytest.mark.parametrize("walk_rows", [3, 60, 10**6], ids=["walk-never-sure", "short-walk", "whole-walk"])
@pytest.mark.parametrize("cap", [4, 40])
def test_server_counts_cut_short_keep_the_head_exact(db, monkeypatch, cap, walk_rows):
    """PostgreSQL counts a search only up to SERVER_COUNT_CAP while the officer types: past it the head is still
    exactly the start of the whole list (walked along the names or ordered), the count says "more than" the cap,
    and count_matches gives the whole number. SQLite counts every search exactly."""
    fill_demo(db, businesses=120, seed=3, today=date(2026, 11, 28))
    ctx = ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
    with db.read() as session:
        ids = session.scalars(select(Business.id).order_by(Business.name)).all()
    for business_id in ids[::7]:
        archive_business(ctx, business_id)
    monkeypatch.setattr(server_head, "SERVER_COUNT_CAP", cap)
    monkeypatch.setattr(server_head, "_SERVER_WALK_ROWS", walk_rows)
    server = db.engine.dialect.name != "sqlite"
    cut = 0
    for term in TERMS:
        flt = bq.BusinessFilter(search=term)
        whole = bq.business_keys(ctx, flt)
        assert bq.count_matches(ctx, flt) == len(whole)
        for descending in (False, True):
            _same_as_whole(ctx, flt, "name", descending, 3)
            head = bq.business_head(ctx, flt, descending=descending, limit=3)
            if not server or len(whole) <= cap:
                assert head.exact, term
            # a short term is counted in disjoint parts, each cut short on its own: their sum may pass the cap
            assert head.total == (len(whole) if head.exact else cap), term
            cut += not head.exact
    assert cut > 0 or not server


def test_a_new_order_of_the_whole_list_keeps_its_known_count(db):
    """A click on a column header: the server takes the whole list's number it was given instead of counting
    100,000 rows again; SQLite's count costs nothing, so it counts anyway. The head is the new order's."""
    fill_demo(db, businesses=40, seed=2, today=date(2026, 11, 28))
    ctx = ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
    whole = len(bq.business_keys(ctx, bq.BusinessFilter()))
    for sort in bq.SORT_KEYS:
        for descending in (False, True):
            keys = bq.business_keys(ctx, bq.BusinessFilter(), sort=sort, descending=descending)
            head = bq.business_head(ctx, bq.BusinessFilter(), sort=sort, descending=descending, limit=5,
                                    known_total=whole)
            assert (head.keys, head.total) == (keys[:5], whole)
    told = bq.business_head(ctx, bq.BusinessFilter(), limit=5, known_total=whole + 1)
    assert told.total == (whole if db.engine.dialect.name == "sqlite" else whole + 1)


def test_warm_search_prepares_the_statements_of_the_first_searches(demo_ctx):
    """After the warm-up, searches of each common shape (a letter, a digit, a word, two words, a phone number,
    walked or ordered, both directions) compile nothing more."""
    shaped_sql.clear()
    bq.warm_search(demo_ctx)
    prepared = len(shaped_sql._cache)  # noqa: SLF001 - what the warm-up is for
    assert prepared > 0
    for term in ("s", "si", "3", "36", "sit", "ban", "abon ibu", "0812"):
        for descending in (False, True):
            _same_as_whole(demo_ctx, bq.BusinessFilter(search=term), "name", descending, 5)
    assert len(shaped_sql._cache) == prepared  # noqa: SLF001


@pytest.mark.parametrize("walk_rows", [3, 10**6], ids=["ordered", "walked"])
def test_server_warm_search_compiles_the_broad_search_too(db, monkeypatch, walk_rows):
    """On the server the warm-up runs the common search shapes matching nothing, and also the walk and the ordering
    that only a broad search (more matches than the cap) needs: after it, searches of those shapes, broad ones
    included, compile no new statement. On SQLite the warm-up compiles its own statements (shaped_sql)."""
    if db.engine.dialect.name == "sqlite":
        pytest.skip("the server's warm-up")
    fill_demo(db, businesses=60, seed=5, today=date(2026, 11, 28))
    ctx = ServiceContext(db, Actor(None, "Petugas Uji", "uji-pc"))
    monkeypatch.setattr(server_head, "SERVER_COUNT_CAP", 2)
    monkeypatch.setattr(server_head, "_SERVER_WALK_ROWS", walk_rows)
    compiled = db.engine._compiled_cache  # noqa: SLF001 - what the warm-up is for
    assert compiled is not None
    compiled.clear()
    bq.warm_search(ctx)
    prepared = len(compiled)
    assert prepared > 0
    broad = 0
    for term in ("s", "si", "3", "36", "sit", "ban", "abon ibu", "0812", "an"):
        for descending in (False, True):
            head = bq.business_head(ctx, bq.BusinessFilter(search=term), descending=descending, limit=3)
            broad += not head.exact
    assert broad > 0
    assert len(compiled) == prepared
