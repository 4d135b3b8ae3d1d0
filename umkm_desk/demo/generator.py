"""Deterministic demo data for Kota Serang: officers, partners with MoU/PKS, work plans and KKM placements,
owners and businesses over all 67 kelurahan, assistance cases with stages, events, activities, capital
support with qardhul hasan repayments, and outcome measurements.

Determinism: the same ``seed``, ``businesses`` and ``today`` give the same rows, UUIDs included (every UUID
is drawn from the seeded ``random.Random``). All dates are anchored to ``today`` (default: the current date),
so the data always looks current: cases run from January of last year up to yesterday, some follow-ups are
due today, some are overdue, some agreements have expired and some expire within 60 days. Timestamps
(``created_at``/``updated_at``/``case_event.at``) are derived from those dates, not from the clock.

Speed (100,000 businesses, ~1.2 million rows, well under two minutes on two cores): rows are plain dicts
written in chunks of 5,000, all in one transaction (one fsync at the end). On PostgreSQL through SQLAlchemy
Core ``insert()`` executemany. On SQLite, which the office PCs use, the load also
- hands tuples in SQLAlchemy's storage format (UUIDs as 32 hex digits, ISO dates) straight to the DBAPI's
  executemany, on a helper thread so that SQLite's work overlaps with generating the next batch;
- drops the secondary indexes of the big tables and the FTS5 search index before, and rebuilds them after,
  inside the same transaction (nobody ever sees the tables without them);
- widens the page cache and keeps temporary statement journals in memory for this one connection, which is
  discarded afterwards. WAL and synchronous=FULL stay as the engine sets them.

Audit: one audit row records the load itself; the demo rows get no per-row audit entries.

Modules: this one writes officers, partners, placements, owners and businesses and runs the load;
``demo_cases`` draws each business's assistance case; ``demo_plan`` holds the sizes, code lists, partners
and the shared small draws; ``demo_vocabulary`` the word pools; ``demo_writer`` the bulk writer.
"""

from __future__ import annotations

import itertools
import random
import socket
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.rules.dates import bulan_romawi
from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.rules.scale import Scale, classify
from umkm_desk.core.rules.wilayah import kecamatan_info
from umkm_desk.core.services.accounts.passwords import suggest_username
from umkm_desk.core.services.context import SYSTEM_ACTOR, Actor, ServiceError
from umkm_desk.core.services.registry.search_text import business_search_text
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.models import (
    Business,
    Kecamatan,
    Kelurahan,
    Partner,
)
from umkm_desk.core.store.search_index import FTS_TABLE, create_search_index, sqlite_has_fts
from umkm_desk.demo.cases import CaseDraws
from umkm_desk.demo.plan import (
    BUSINESS_BATCH,
    CAMPUSES,
    DEFAULT_BUSINESSES,
    DEFAULT_SEED,
    JUTA,
    MAX_BUSINESSES,
    MILIAR,
    PARTNER_SPECS,
    PLACEMENT_SEASON,
    SECTORS,
    UNIT_BUDGET,
    AgreementInfo,
    PartnerInfo,
    ProgressFn,
    agreement_plan,
    log_uniform,
    round_to,
)
from umkm_desk.demo.vocabulary import (
    BRANDS,
    DEGREES,
    FEMALE_NICK,
    KAMPUNG,
    KBLI,
    MALE_NICK,
    OUTSIDE_REGIONS,
    PRODUCTS,
    SECTOR_CUM,
)
from umkm_desk.demo.writer import _SqliteSink, _Writer


@dataclass(frozen=True)
class DemoSummary:
    businesses: int
    seed: int
    today: date
    counts: dict[str, int]  # table name -> rows inserted, in insertion order
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


class _Generator(CaseDraws):
    """Officers, partners, placements, owners and businesses (each with its case), and the work plans."""

    # setup rows ----------------------------------------------------------------------------------------

    def officers_rows(self) -> None:
        rng = self.rng
        count = self.ri(4, 6)
        for i in range(count):
            sex = self.pick("LP")
            name, _ = self.person_name(sex)
            name = name.removeprefix("H. ").removeprefix("Hj. ")
            nip = None
            if i < count - 1 and rng.random() < 0.8:
                birth = date(self.ri(1968, 1996), self.ri(1, 12), self.ri(1, 28))
                tmt = self.ri(max(birth.year + 22, 1993), 2022)
                nip = f"{birth:%Y%m%d}{tmt}{self.pick(('01', '02', '03', '04', '12'))}{'1' if sex == 'L' else '2'}{self.ri(1, 30):03d}"
                name = f"{name}, {self.pick(('S.E.', 'S.Sos.', 'S.AP.', 'S.T.', 'S.Kom.', 'S.E., M.M.'))}"
            officer_id = self.uid()
            self.officers.append((officer_id, name))
            at = self.stamp(self.w0 - 30)
            # accounts without a password, as an upgraded officer list has them (the demo command adds the
            # admin, petugas and pimpinan accounts that can log in)
            username = suggest_username(name, self.usernames)
            self.usernames.add(username)
            self.w.add("officer", {"id": officer_id, "name": name, "nip": nip, "created_at": at, "updated_at": at,
                                   "deleted_at": None, "username": username, "role": "petugas", "active": True,
                                   "password_hash": None, "must_change_password": True, "failed_attempts": 0,
                                   "locked_until": None})

    def partner_rows(self) -> None:
        created = self.w0 - 60
        for spec in PARTNER_SPECS:
            pid = self.uid()
            if spec.kind in ("ptn", "pts"):
                mentors = tuple(self.lecturer_name() for _ in range(8))
            else:
                mentors = tuple(f"{self.person_name(self.pick('LP'))[0]}, "
                                f"{self.pick(('S.E.', 'S.E.I.', 'S.Sos.', 'S.H.I.'))}" for _ in range(4))
            self.partners[spec.key] = self.partner_by_id[pid] = PartnerInfo(pid, spec, mentors)
            contact_sex = self.pick("LP")
            at = self.stamp(created)
            self.w.add("partner", {
                "id": pid, "name": spec.name, "kind": spec.kind, "address": spec.address,
                "contact_name": self.person_name(contact_sex)[0], "contact_phone": self.phone(landline_share=0.5),
                "email": spec.email, "is_example": True, "created_at": at, "updated_at": at, "deleted_at": None,
            })
        number = self.ri(3, 20)
        for key, kind, signed, valid, covers, title in agreement_plan(self.today):
            signed = min(signed, self.today - timedelta(days=7))
            valid = max(valid, signed + timedelta(days=30))
            number += self.ri(4, 25)
            label = "MoU" if kind == "mou" else "PKS"
            aid = self.uid()
            partner = self.partners[key]
            self.agreements.append(AgreementInfo(aid, partner, signed.toordinal(), valid.toordinal(), covers))
            at = self.stamp(signed.toordinal())
            prefix = "Nota Kesepahaman tentang" if kind == "mou" else "Perjanjian Kerja Sama tentang"
            self.w.add("agreement", {
                "id": aid, "partner_id": partner.id, "kind": kind,
                "number": f"{number:03d}/{label}/Disperindagkop/{bulan_romawi(signed.month)}/{signed.year}",
                "title": f"{prefix} {title}", "signed_on": signed, "valid_until": valid,
                "covers_capital": "capital" in covers, "covers_mentoring": "mentoring" in covers,
                "covers_marketing": "marketing" in covers, "created_at": at, "updated_at": at, "deleted_at": None,
            })

    def lecturer_name(self) -> str:
        rng = self.rng
        name, _ = self.person_name(self.pick("LP"))
        doctor = "Dr. " if rng.random() < 0.3 else ""
        return f"{doctor}{name}, {self.pick(DEGREES)}"

    def placement_rows(self) -> None:
        rng = self.rng
        groups = max(2, min(30, round(self.n / 120)))
        codes = [code for code, _, _ in self.kelurahan]
        for key in CAMPUSES:
            partner = self.partners[key]
            (month, day), length, label = PLACEMENT_SEASON[key]
            for year in (self.today.year - 1, self.today.year):
                start = date(year, month, day)
                cover = self.placement_cover.setdefault((partner.id, year), set())
                pool = codes[:]
                rng.shuffle(pool)
                first_group = self.ri(1, 40)
                for g in range(groups):
                    pid = self.uid()
                    at = self.stamp(start.toordinal() - 20)
                    self.w.add("placement", {
                        "id": pid, "partner_id": partner.id, "group_name": f"Kelompok {label} {first_group + g}",
                        "period_start": start, "period_end": start + timedelta(days=length),
                        "supervisor": self.pick(partner.mentors), "students": self.ri(8, 12),
                        "created_at": at, "updated_at": at, "deleted_at": None,
                    })
                    for _ in range(self.ri(1, 3)):
                        if not pool:
                            pool = [c for c in codes if c not in cover] or codes[:]
                            rng.shuffle(pool)
                        code = pool.pop()
                        if (pid, code) in self.areas:
                            continue
                        self.areas.add((pid, code))
                        cover.add(code)
                        self.w.add("placement_area", {"placement_id": pid, "kelurahan_code": code})

    # businesses -----------------------------------------------------------------------------------------

    def kelurahan_sequence(self) -> list[int]:
        """Indexes into self.kelurahan, one per business: every kelurahan once, then weighted at random."""
        rng = self.rng
        k = len(self.kelurahan)
        weights = [rng.uniform(0.5, 3.0) for _ in range(k)]
        seq = list(range(k))[: self.n]
        if self.n > k:
            seq += rng.choices(range(k), cum_weights=list(itertools.accumulate(weights)), k=self.n - k)
        rng.shuffle(seq)
        return seq

    def owner_row(self, kel: tuple[str, str, str]) -> tuple[dict[str, Any], str]:
        rng = self.rng
        sex = "P" if rng.random() < 0.56 else "L"
        birth = date.fromordinal(self.ri(date(1960, 1, 1).toordinal(), date(2003, 12, 31).toordinal()))
        name, first = self.person_name(sex, hajj_possible=birth.year < 1978)
        lives_in_city = rng.random() < 0.9
        if lives_in_city:
            region = kel[2] if rng.random() < 0.85 else self.pick(OUTSIDE_REGIONS)
            address = self.street_address()
            kelurahan_code: str | None = kel[0]
        else:
            region = self.pick(OUTSIDE_REGIONS)
            info = kecamatan_info(region)
            kab = info.kabkota.replace("Kabupaten ", "Kab. ").replace("Kota Administrasi ", "")
            rt, rw = self.ri(1, 12), self.ri(1, 9)
            address = f"Kp. {self.pick(KAMPUNG)}, RT {rt:03d}/RW {rw:03d}, Kec. {info.name}, {kab}"
            kelurahan_code = None
        nik: str | None = None
        nik_missing = rng.random() < 0.03
        if not nik_missing:
            serial = self.ri(1, 400)
            while True:
                nik = encode_nik(region, birth, sex, serial)
                if nik not in self.used_nik:
                    self.used_nik.add(nik)
                    break
                serial = serial % 9999 + 1
        phone = self.phone() if rng.random() < 0.93 else None
        created = self.stamp(self.date_between(date(self.today.year - 2, 6, 1).toordinal(), self.t - 1))
        return {
            "id": self.uid(), "name": name, "nik": nik, "nik_missing": nik_missing, "sex": sex,
            "birth_date": None if nik_missing else birth, "phone": phone, "address": address,
            "kelurahan_code": kelurahan_code, "created_at": created, "updated_at": created, "deleted_at": None,
        }, first

    def business_name(self, sector: str, owner: dict[str, Any], first: str, kel_name: str) -> str:
        rng = self.rng
        product = self.pick(PRODUCTS[sector])
        female = owner["sex"] == "P"
        if owner["name"].startswith(("H. ", "Hj. ")) and rng.random() < 0.6:
            honorific = "Hj." if female else "H."
            nick = first
        else:
            honorific = self.pick(("Mak", "Bu", "Ceu", "Teh") if female else ("Pak", "Mang", "Abah", "Kang", "Bang"))
            nick = first if len(first) <= 6 and rng.random() < 0.6 else self.pick(FEMALE_NICK if female else MALE_NICK)
        r = rng.random()
        if sector == "kuliner" and r < 0.15:
            return f"{product} Khas Serang {honorific} {nick}"
        if r < 0.5:
            return f"{product} {honorific} {nick}"
        if r < 0.75:
            return f"{product} {self.pick(BRANDS)}"
        if r < 0.97 or sector not in ("kuliner", "kerajinan"):
            return f"{product} {kel_name}"
        return product

    def money(self) -> tuple[int, int, int]:
        """(modal usaha, annual sales, workers): mostly mikro, some kecil, few menengah."""
        rng = self.rng
        r = rng.random()
        if r < 0.86:
            sales = round_to(log_uniform(rng, 15 * JUTA, 1_950 * JUTA), 500_000)
            modal = round_to(log_uniform(rng, 2 * JUTA, min(900 * JUTA, max(3 * JUTA, sales * 0.8))), 500_000)
            workers = min(5, 1 + int(rng.expovariate(0.7)))
        elif r < 0.975:
            sales = round_to(log_uniform(rng, 2_100 * JUTA, 14 * MILIAR), 10 * JUTA)
            modal = round_to(log_uniform(rng, 300 * JUTA, 4_500 * JUTA), 10 * JUTA)
            workers = self.ri(5, 19)
        else:
            sales = round_to(log_uniform(rng, 15_500 * JUTA, 45 * MILIAR), 50 * JUTA)
            modal = round_to(log_uniform(rng, 1 * MILIAR, 9 * MILIAR), 50 * JUTA)
            workers = self.ri(20, 50)
        return modal, sales, workers

    def business_row(self, owner: dict[str, Any], first: str, kel: tuple[str, str, str]) -> dict[str, Any]:
        rng = self.rng
        sector = rng.choices(SECTORS, cum_weights=SECTOR_CUM)[0]
        modal, sales, workers = self.money()
        scale = classify(modal, sales)
        nib = self.nib() if rng.random() < {Scale.MIKRO: 0.55, Scale.KECIL: 0.92}.get(scale, 1.0) else None
        npwp = None
        if owner["nik"] and rng.random() < (0.15 if scale == Scale.MIKRO else 0.8):
            npwp = owner["nik"]  # since 2024 an individual's NPWP is the NIK
        halal = pirt = None
        if sector == "kuliner":
            if nib and rng.random() < 0.35:
                halal = f"ID36110{rng.randrange(10**8):08d}{self.ri(20, 25)}{self.ri(1, 12):02d}"
            if rng.random() < 0.35:
                pirt = (f"P-IRT No. {self.pick('235')}{self.ri(1, 15):02d}3673{self.ri(1, 6):02d}"
                        f"{self.ri(1, 9999):04d}-{self.ri(26, 30)}")
        year_started = 2025 - int(30 * rng.random() ** 1.7)
        home_based = owner["kelurahan_code"] == kel[0] and rng.random() < 0.6
        return {
            "id": self.uid(), "owner_id": owner["id"], "name": self.business_name(sector, owner, first, kel[1]),
            "sector": sector, "kbli": self.pick(KBLI[sector]),
            "address": owner["address"] if home_based else self.street_address(),
            "kelurahan_code": kel[0], "kecamatan_code": kel[2], "nib": nib, "npwp": npwp,
            "halal_number": halal, "pirt_number": pirt, "year_started": min(year_started, self.today.year),
            "modal_usaha": modal, "annual_sales": sales, "workers": workers, "scale": scale.value,
            "naik_kelas": False, "duplicate_reason": None, "current_stage": None, "current_partner_id": None,
            "case_status": None, "last_activity_on": None, "search_text": "",
            # the list's sort keys (see models.Business)
            "owner_name": owner["name"], "owner_nik": None if owner["nik_missing"] else owner["nik"],
            "kelurahan_name": kel[1], "kecamatan_name": self.kecamatan_names.get(kel[2], ""), "partner_name": None,
            "created_at": owner["created_at"], "updated_at": owner["created_at"], "deleted_at": None,
            "import_batch_id": None, "import_warning": None, "registered_on": None,  # typed in, not imported
        }

    def businesses(self, progress: ProgressFn | None) -> None:
        rng = self.rng
        sequence = self.kelurahan_sequence()
        made = 0
        next_flush = BUSINESS_BATCH
        while made < self.n:
            kel = self.kelurahan[sequence[made]]
            owner, first = self.owner_row(kel)
            count = 2 if rng.random() < 0.03 and made + 2 <= self.n else 1
            self.w.add("owner", owner)
            for i in range(count):
                kel = self.kelurahan[sequence[made + i]]
                business = self.business_row(owner, first, kel)
                # Businesses close to the next size class are more often taken into the programme.
                if rng.random() < (0.7 if self.near_next_class(business) else 0.42):
                    self.case(business)
                business["search_text"] = business_search_text(
                    business["name"], owner["name"], owner["nik"], business["nib"], owner["phone"]
                )
                self.w.add("business", business)
            made += count
            if made >= next_flush or made >= self.n:
                self.w.flush()
                next_flush += BUSINESS_BATCH
                if progress:
                    progress(f"UMKM {made:,}/{self.n:,}".replace(",", "."), 0.05 + 0.9 * made / self.n)

    # work plans -----------------------------------------------------------------------------------------

    def work_plan_rows(self) -> None:
        """Yearly targets per partner and covered stage, set around what the demo cases actually realised."""
        rng = self.rng
        this_year = self.today.year
        for year in (this_year - 1, this_year):
            start, end = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
            for spec in PARTNER_SPECS:
                partner = self.partners[spec.key]
                covered: list[str] = []
                for agreement in self.agreements:
                    if agreement.partner is partner and agreement.signed <= end and agreement.valid_until >= start:
                        covered += [k for k in agreement.covers if k not in covered]
                for kind in STAGE_ORDER:
                    if kind not in covered:
                        continue
                    realised = self.realised[(partner.id, year, kind)]
                    factor = rng.uniform(0.8, 1.0) if rng.random() < 0.2 else rng.uniform(1.0, 1.4)
                    quota = max(10, round(realised * factor))
                    lo, hi = UNIT_BUDGET[kind]
                    budget = round_to(quota * rng.uniform(lo, hi), JUTA)
                    at = self.stamp(max(start - 30, self.w0 - 60))
                    self.w.add("work_plan", {
                        "id": self.uid(), "partner_id": partner.id, "year": year, "stage": kind, "quota": quota,
                        "budget": budget, "notes": f"Rencana kerja {year} ({spec.name})",
                        "created_at": at, "updated_at": at, "deleted_at": None,
                    })


BULK_TABLES = ("owner", "business", "assist_case", "stage", "case_event", "activity", "capital_support",
               "repayment", "outcome")


def _drop_bulk_indexes(conn: Connection) -> list[str]:
    """SQLite: drop the secondary indexes of the big tables (they are empty here) and return the statements
    that recreate them. Building an index once after the load is several times cheaper than updating it
    for every row with random UUID keys; DDL is transactional, so nobody ever sees the tables without them.
    """
    if conn.dialect.name != "sqlite":
        return []
    marks = ", ".join("?" * len(BULK_TABLES))
    rows = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY name",
        BULK_TABLES,
    ).all()
    for name, _ in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _suspend_search_index(conn: Connection) -> bool:
    """SQLite: drop the FTS5 search index over business.search_text (empty here) and its triggers for the
    load; :func:`create_search_index` rebuilds it afterwards in one INSERT ... SELECT, about six times
    cheaper than the per-row trigger. Returns whether it has to be rebuilt."""
    if conn.dialect.name != "sqlite" or not sqlite_has_fts(conn):
        return False
    triggers = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'business' AND sql LIKE ? "
        "ORDER BY name",
        (f"%{FTS_TABLE}%",),
    ).scalars().all()
    for name in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.exec_driver_sql(f'DROP TABLE "{FTS_TABLE}"')
    return True


def fill_demo(
    db: Database,
    *,
    businesses: int = DEFAULT_BUSINESSES,
    seed: int = DEFAULT_SEED,
    progress: ProgressFn | None = None,
    today: date | None = None,
    actor: Actor | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data in one transaction and return the row counts.

    Refuses (ServiceError, Indonesian message) when the database already holds businesses or partners.
    ``today`` (default: the current date) anchors every date; with the same seed, count and ``today`` the
    data is identical, UUIDs included.
    """
    if isinstance(businesses, bool) or not isinstance(businesses, int) or not 1 <= businesses <= MAX_BUSINESSES:
        raise ServiceError(f"Jumlah UMKM data contoh harus 1 sampai {MAX_BUSINESSES:,}.".replace(",", "."),
                           field="businesses")
    today = today or date.today()
    started = time.perf_counter()
    if progress:
        progress("Memeriksa basis data", 0.0)
    with db.writer.connect() as conn:  # SQLite: BEGIN IMMEDIATE, waits for another writer
        sqlite = conn.dialect.name == "sqlite"
        try:
            with conn.begin():
                counts = _fill(conn, businesses=businesses, seed=seed, today=today, progress=progress)
        finally:
            if sqlite:
                # The load widened this connection's page cache; do not hand it back to the pool like that.
                conn.invalidate()
    _example_signatory(db, actor or SYSTEM_ACTOR)
    seconds = time.perf_counter() - started
    if progress:
        progress("Selesai", 1.0)
    return DemoSummary(businesses=businesses, seed=seed, today=today, counts=counts, seconds=seconds)


def _example_signatory(db: Database, actor: Actor) -> None:
    """A made-up signatory, so a newcomer can issue letters from the demo at once; Pengaturan replaces it
    (and an account that may not change settings leaves it empty)."""
    from dataclasses import replace

    from umkm_desk.core.services.accounts.permissions import NotAllowed, authorize
    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings

    ctx = ServiceContext(db, actor)
    current = get_letterhead_settings(ctx)
    if current.signatory_name.strip():
        return
    try:
        authorize(ctx, "settings.write")
    except NotAllowed:
        return
    save_letterhead_settings(ctx, replace(
        current,
        signatory_name="Dr. H. Ahmad Fauzi, S.E., M.M. (contoh)",
        signatory_pangkat_golongan="Pembina Utama Muda (IV/c)",
        signatory_nip="197001012000031001",
    ))


def _fill(conn: Connection, *, businesses: int, seed: int, today: date, progress: ProgressFn | None) -> dict[str, int]:
    if conn.scalar(select(func.count()).select_from(Business)) or conn.scalar(
        select(func.count()).select_from(Partner)
    ):
        raise ServiceError(
            "Basis data ini sudah berisi data UMKM atau mitra. Data contoh hanya dapat dimuat ke basis data "
            "yang masih kosong; gunakan berkas basis data baru."
        )
    kelurahan = [
        (code, name, kecamatan)
        for code, name, kecamatan in conn.execute(
            select(Kelurahan.code, Kelurahan.name, Kelurahan.kecamatan_code).order_by(Kelurahan.code)
        )
    ]
    if not kelurahan:
        raise ServiceError("Data wilayah (kelurahan) belum dimuat; basis data belum siap.")
    sink: _SqliteSink | None = None
    if conn.dialect.name == "sqlite":
        # Only this connection, only for this load: a page cache big enough for the indexes, and temporary
        # statement journals in memory. Durability settings (WAL, synchronous=FULL) are untouched.
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
        conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
        indexes = _drop_bulk_indexes(conn)
        rebuild_search = _suspend_search_index(conn)
        sink = _SqliteSink(conn.connection.dbapi_connection)
    else:
        indexes, rebuild_search = [], False
    writer = _Writer(conn, sink)
    try:
        kecamatan_names = {
            code: name
            for code, name in conn.execute(
                select(Kecamatan.code, Kecamatan.name).where(Kecamatan.code.in_({k[2] for k in kelurahan}))
            )
        }
        gen = _Generator(random.Random(seed), today, businesses, kelurahan, writer, kecamatan_names)
        gen.officers_rows()
        gen.partner_rows()
        gen.placement_rows()
        writer.flush()
        gen.businesses(progress)
        gen.work_plan_rows()
        writer.add("audit_entry", {
            "id": gen.uid(), "at": datetime.now(UTC), "officer_id": None, "officer_name": "Sistem (data contoh)",
            "hostname": socket.gethostname(), "entity": "demo", "entity_id": f"seed-{seed}", "action": "create",
            "field": None, "old_value": None,
            "new_value": f"Data contoh dimuat: {businesses} UMKM, seed {seed}, tanggal acuan {today.isoformat()}",
        })
        writer.flush()
    finally:
        if sink is not None:
            sink.close()
    if indexes:
        if progress:
            progress("Membangun indeks", 0.95)
        for sql in indexes:
            conn.exec_driver_sql(sql)
    if rebuild_search:
        create_search_index(conn)
    # Each case's next follow-up (and progress) from its rows, as the services keep them.
    from umkm_desk.core.store.case_progress import refresh_progress

    refresh_progress(conn)
    if conn.dialect.name == "sqlite":
        # Statistics for the query planner: without them it may read 100,000 rows through the wrong index.
        conn.exec_driver_sql("ANALYZE")
    if progress:
        progress("Menyimpan", 0.98)
    return dict(writer.counts)
