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
"""

from __future__ import annotations

import itertools
import math
import random
import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from umkm_desk.core.rules.dates import bulan_romawi
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.rules.scale import Scale, classify
from umkm_desk.core.rules.wilayah import kecamatan_info
from umkm_desk.core.services.context import ServiceError
from umkm_desk.core.services.demo_vocabulary import (
    BRANDS,
    DEGREES,
    FEMALE_FIRST,
    FEMALE_LAST,
    FEMALE_NICK,
    KAMPUNG,
    KBLI,
    MALE_FIRST,
    MALE_LAST,
    MALE_NICK,
    MARKET_NOTES,
    MENTORING_NOTES,
    MOBILE_PREFIXES,
    OUTSIDE_REGIONS,
    PERUM,
    PRODUCTS,
    REJECT_REASONS,
    SECTOR_CUM,
    SKIP_CAPITAL_REASONS,
    SKIP_MARKETING_REASONS,
    STOP_REASONS,
    STREETS,
    STUDENT_NAMES,
    TRAINING_NOTES,
    VISIT_NOTES,
)
from umkm_desk.core.services.demo_writer import _SqliteSink, _Writer
from umkm_desk.core.services.search_text import business_search_text
from umkm_desk.core.store.database import Database
from umkm_desk.core.store.models import (
    Business,
    Kecamatan,
    Kelurahan,
    Partner,
)
from umkm_desk.core.store.search_index import FTS_TABLE, create_search_index, sqlite_has_fts

DEFAULT_BUSINESSES = 300
DEFAULT_SEED = 2026
MAX_BUSINESSES = 1_000_000
BUSINESS_BATCH = 2_500  # businesses generated (with their cases) between flushes

SECTORS = ("kuliner", "kerajinan", "fesyen", "perdagangan", "jasa", "pertanian", "perikanan", "industri")
STAGE_KINDS = ("capital", "mentoring", "marketing")
STAGE_STATUSES = ("belum", "berjalan", "selesai", "dilewati")
CASE_STATUSES = ("aktif", "selesai", "naik_kelas", "dihentikan")
ACTIVITY_KINDS = ("kunjungan", "mentoring", "pelatihan", "pasar", "pencairan")
MARKET_KINDS = ("bazar", "pameran", "ecommerce")
SUPPORT_KINDS = ("hibah", "qardhul_hasan", "kur", "csr", "lainnya")
SUPPORT_STATUSES = ("diajukan", "disetujui", "dicairkan", "ditolak")
EXAMPLE_PARTNER_NAMES = (
    "Universitas Sultan Ageng Tirtayasa",
    "UIN Sultan Maulana Hasanuddin Banten",
    "Universitas Serang Raya",
    "BAZNAS Kota Serang",
)

JUTA = 1_000_000
MILIAR = 1_000_000_000
MENENGAH_SALES_MAX = 50 * MILIAR  # PP 7/2021 upper bounds of menengah
MENENGAH_MODAL_MAX = 10 * MILIAR

ProgressFn = Callable[[str, float], None]
_T = TypeVar("_T")
Id = uuid.UUID | str  # str: 32 hex digits, the SQLite storage form of a UUID
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


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


# --- partners -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PartnerSpec:
    key: str
    name: str
    kind: str
    address: str
    email: str
    weights: dict[str, float]  # stage kind -> weight when suggesting a partner for that stage


PARTNER_SPECS = (
    _PartnerSpec("untirta", "Universitas Sultan Ageng Tirtayasa", "ptn", "Jl. Raya Palka Km 3, Sindangsari, Pabuaran",
                 "kerjasama.untirta@example.org", {"mentoring": 4, "marketing": 2}),
    _PartnerSpec("uin", "UIN Sultan Maulana Hasanuddin Banten", "ptn", "Jl. Syekh Nawawi Al-Bantani, Kemanisan, Curug",
                 "kerjasama.uinbanten@example.org", {"mentoring": 3, "marketing": 2}),
    _PartnerSpec("unsera", "Universitas Serang Raya", "pts", "Jl. Raya Cilegon No. 3, Drangong, Taktakan",
                 "kerjasama.unsera@example.org", {"mentoring": 2, "marketing": 1.5}),
    _PartnerSpec("uniba", "Universitas Bina Bangsa", "pts", "Jl. Raya Serang-Jakarta Km 03, Panancangan, Cipocok Jaya",
                 "kerjasama.uniba@example.org", {"mentoring": 2, "marketing": 1.5}),
    _PartnerSpec("baznas", "BAZNAS Kota Serang", "zakat", "Jl. Jenderal Sudirman, Kota Serang",
                 "baznas.kotaserang@example.org", {"capital": 5}),
    _PartnerSpec("laz", "LAZ Contoh Peduli Banten", "zakat", "Jl. Ahmad Yani No. 21, Cipare, Serang",
                 "laz.contoh@example.org", {"capital": 2}),
    _PartnerSpec("bjb", "Bank BJB Cabang Serang (contoh)", "lainnya", "Jl. Veteran, Kotabaru, Serang",
                 "bjb.serang.contoh@example.org", {"capital": 3}),
    _PartnerSpec("diskop", "Dinas Koperasi dan UKM Provinsi Banten (contoh)", "opd",
                 "Kawasan Pusat Pemerintahan Provinsi Banten, Curug", "diskop.banten.contoh@example.org",
                 {"mentoring": 1, "marketing": 3}),
)
CAMPUSES = ("untirta", "uin", "unsera", "uniba")
# KKM/KKN season per campus: (month, day) start and length in days.
PLACEMENT_SEASON = {"untirta": ((7, 8), 40, "KKM"), "uin": ((7, 22), 40, "KKN"), "unsera": ((8, 1), 35, "KKN"),
                    "uniba": ((1, 15), 36, "KKN")}
STAGE_DURATION = {"mentoring": (45, 180), "marketing": (30, 150)}
UNIT_BUDGET = {"capital": (5 * JUTA, 12 * JUTA), "mentoring": (1_500_000, 3 * JUTA), "marketing": (2 * JUTA, 5 * JUTA)}


def _agreement_plan(today: date) -> list[tuple[str, str, date, date, tuple[str, ...], str]]:
    """(partner key, mou/pks, signed, valid until, stages covered, title), anchored to ``today``."""
    y = today.year
    soon = today + timedelta(days=45)
    sooner = today + timedelta(days=20)
    expired = today - timedelta(days=35)
    mm = ("mentoring", "marketing")
    return [
        ("untirta", "mou", date(y - 2, 3, 14), date(y + 3, 3, 13), mm, "Pemberdayaan UMKM Kota Serang"),
        ("untirta", "pks", date(y - 1, 2, 10), soon, ("mentoring",), "Pendampingan UMKM melalui KKM Tematik"),
        ("uin", "mou", date(y - 2, 5, 20), date(y + 1, 5, 19), mm, "Pemberdayaan UMKM dan Ekonomi Syariah"),
        ("unsera", "mou", date(y - 3, 9, 2), expired, mm, "Pendampingan dan Pemasaran Produk UMKM"),
        ("uniba", "mou", date(y - 1, 1, 15), date(y + 2, 1, 14), mm, "Pemberdayaan UMKM Kota Serang"),
        ("baznas", "mou", date(y - 2, 11, 4), date(y + 1, 11, 3), ("capital",), "Pemberdayaan Ekonomi Mustahik"),
        ("baznas", "pks", date(y - 1, 1, 20), date(y - 1, 12, 31), ("capital",), f"Program Serang Makmur {y - 1}"),
        ("baznas", "pks", date(y, 1, 22), date(y, 12, 31), ("capital",), f"Program Serang Makmur {y}"),
        ("laz", "pks", date(y - 1, 4, 1), sooner, ("capital",), "Qardhul Hasan untuk Usaha Mikro"),
        ("bjb", "pks", date(y - 2, 8, 12), date(y + 1, 8, 11), ("capital",), "Rujukan Kredit Usaha Rakyat (KUR)"),
        ("diskop", "mou", date(y - 1, 6, 3), date(y + 1, 6, 2), mm, "Fasilitasi Pameran dan Pemasaran UMKM"),
    ]


# --- helpers --------------------------------------------------------------------------------------------


def _stamp(ordinal: int, minute_of_day: int) -> datetime:
    """A UTC timestamp during office hours in Serang (WIB = UTC+7): 08:00-16:00 WIB is 01:00-09:00 UTC."""
    d = date.fromordinal(ordinal)
    return datetime(d.year, d.month, d.day, 1 + minute_of_day // 60 % 8, minute_of_day % 60, tzinfo=UTC)


def _log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _round_to(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    return date(d.year + month0 // 12, month0 % 12 + 1, min(d.day, 28))


@dataclass
class _PartnerInfo:
    id: Id
    spec: _PartnerSpec
    mentors: tuple[str, ...]


@dataclass
class _AgreementInfo:
    id: Id
    partner: _PartnerInfo
    signed: int  # ordinal
    valid_until: int
    covers: tuple[str, ...]


class _Generator:
    def __init__(self, rng: random.Random, today: date, businesses: int, kelurahan: list[tuple[str, str, str]],
                 writer: _Writer, kecamatan_names: dict[str, str] | None = None) -> None:
        self.hex_ids = writer.sink is not None
        self.rng = rng
        self.random = rng.random
        self.stamps: dict[int, datetime] = {}
        self.today = today
        self.t = today.toordinal()
        self.w0 = date(today.year - 1, 1, 6).toordinal()  # first case opening day
        self.n = businesses
        self.kelurahan = kelurahan  # (code, name, kecamatan_code)
        self.kecamatan_names = kecamatan_names or {}
        self.w = writer
        self.used_nik: set[str] = set()
        self.used_phone: set[str] = set()
        self.used_nib: set[str] = set()
        self.realised: Counter[tuple[Id, int, str]] = Counter()
        self.officers: list[tuple[Id, str]] = []
        self.partners: dict[str, _PartnerInfo] = {}
        self.agreements: list[_AgreementInfo] = []
        self.partner_by_id: dict[Id, _PartnerInfo] = {}
        self.placement_cover: dict[tuple[Id, int], set[str]] = {}
        self.areas: set[tuple[Id, str]] = set()

    # small draws ---------------------------------------------------------------------------------------

    def uid(self) -> Id:
        """A random version-4 UUID from the seeded generator: the value of uuid.UUID(int=bits, version=4).

        On SQLite it is produced directly in SQLAlchemy's storage form (32 hex digits), which saves
        building and converting a million UUID objects."""
        value = self.rng.getrandbits(128) & _UUID_CLEAR | _UUID_V4
        return f"{value:032x}" if self.hex_ids else uuid.UUID(int=value)

    def ri(self, a: int, b: int) -> int:
        """Like random.randint(a, b), several times faster; the data only has to be deterministic."""
        return a + int(self.random() * (b - a + 1))

    def pick(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def stamp(self, ordinal: int) -> datetime:
        """A UTC timestamp on that day during office hours in Serang (08:00-16:00 WIB), on a 5-minute grid.

        Stamps are shared objects, so the SQLite writer formats each one only once."""
        key = ordinal * 96 + int(self.random() * 96)
        value = self.stamps.get(key)
        if value is None:
            value = self.stamps[key] = _stamp(ordinal, key % 96 * 5)
        return value

    def person_name(self, sex: str, *, hajj_possible: bool = False) -> tuple[str, str]:
        """(full name, first name) in the mix of Sundanese, Bantenese, Javanese and Arabic-origin names."""
        rng = self.rng
        if sex == "L":
            first, last = self.pick(MALE_FIRST), self.pick(MALE_LAST)
            title = "H. "
        else:
            first, last = self.pick(FEMALE_FIRST), self.pick(FEMALE_LAST)
            title = "Hj. "
        r = rng.random()
        if r < 0.08:
            name = first
        elif r < 0.22:
            middle = self.pick(MALE_LAST if sex == "L" else FEMALE_LAST)
            name = f"{first} {middle} {last}" if middle != last else f"{first} {last}"
        else:
            name = f"{first} {last}"
        if first == last:
            name = first
        if hajj_possible and rng.random() < 0.35:
            name = title + name
        return name, first

    def phone(self, *, landline_share: float = 0.04) -> str:
        rng = self.rng
        while True:
            if rng.random() < landline_share:
                number = f"+62254{self.ri(2, 8)}{self.ri(0, 99_999):05d}"
            else:
                digits = 8 if rng.random() < 0.8 else 7
                number = f"+62{self.pick(MOBILE_PREFIXES)}{self.ri(1, 10**digits - 1):0{digits}d}"
            if number not in self.used_phone:
                self.used_phone.add(number)
                return number

    def nib(self) -> str:
        while True:
            value = f"{self.pick(('9120', '8120', '1102', '0220', '2911'))}{self.ri(0, 10**9 - 1):09d}"
            if value not in self.used_nib:
                self.used_nib.add(value)
                return value

    def street_address(self) -> str:
        rng = self.rng
        rt, rw = self.ri(1, 12), self.ri(1, 9)
        r = rng.random()
        if r < 0.55:
            return f"{self.pick(STREETS)} No. {self.ri(1, 250)}, RT {rt:03d}/RW {rw:03d}"
        if r < 0.85:
            return f"Kp. {self.pick(KAMPUNG)}, RT {rt:03d}/RW {rw:03d}"
        block = f"{self.pick('ABCDEFGH')}{self.ri(1, 12)}"
        return f"{self.pick(PERUM)} Blok {block} No. {self.ri(1, 30)}, RT {rt:03d}/RW {rw:03d}"

    def date_between(self, lo: int, hi: int) -> int:
        return lo if hi <= lo else self.ri(lo, hi)

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
            self.w.add("officer", {"id": officer_id, "name": name, "nip": nip, "created_at": at, "updated_at": at,
                                   "deleted_at": None})

    def partner_rows(self) -> None:
        created = self.w0 - 60
        for spec in PARTNER_SPECS:
            pid = self.uid()
            if spec.kind in ("ptn", "pts"):
                mentors = tuple(self.lecturer_name() for _ in range(8))
            else:
                mentors = tuple(f"{self.person_name(self.pick('LP'))[0]}, "
                                f"{self.pick(('S.E.', 'S.E.I.', 'S.Sos.', 'S.H.I.'))}" for _ in range(4))
            self.partners[spec.key] = self.partner_by_id[pid] = _PartnerInfo(pid, spec, mentors)
            contact_sex = self.pick("LP")
            at = self.stamp(created)
            self.w.add("partner", {
                "id": pid, "name": spec.name, "kind": spec.kind, "address": spec.address,
                "contact_name": self.person_name(contact_sex)[0], "contact_phone": self.phone(landline_share=0.5),
                "email": spec.email, "is_example": True, "created_at": at, "updated_at": at, "deleted_at": None,
            })
        number = self.ri(3, 20)
        for key, kind, signed, valid, covers, title in _agreement_plan(self.today):
            signed = min(signed, self.today - timedelta(days=7))
            valid = max(valid, signed + timedelta(days=30))
            number += self.ri(4, 25)
            label = "MoU" if kind == "mou" else "PKS"
            aid = self.uid()
            partner = self.partners[key]
            self.agreements.append(_AgreementInfo(aid, partner, signed.toordinal(), valid.toordinal(), covers))
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
            sales = _round_to(_log_uniform(rng, 15 * JUTA, 1_950 * JUTA), 500_000)
            modal = _round_to(_log_uniform(rng, 2 * JUTA, min(900 * JUTA, max(3 * JUTA, sales * 0.8))), 500_000)
            workers = min(5, 1 + int(rng.expovariate(0.7)))
        elif r < 0.975:
            sales = _round_to(_log_uniform(rng, 2_100 * JUTA, 14 * MILIAR), 10 * JUTA)
            modal = _round_to(_log_uniform(rng, 300 * JUTA, 4_500 * JUTA), 10 * JUTA)
            workers = self.ri(5, 19)
        else:
            sales = _round_to(_log_uniform(rng, 15_500 * JUTA, 45 * MILIAR), 50 * JUTA)
            modal = _round_to(_log_uniform(rng, 1 * MILIAR, 9 * MILIAR), 50 * JUTA)
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

    # cases ----------------------------------------------------------------------------------------------

    def choose_partner(self, kind: str, day: int, kelurahan_code: str) -> _AgreementInfo | None:
        year = date.fromordinal(day).year
        candidates: list[_AgreementInfo] = []
        weights: list[float] = []
        for agreement in self.agreements:
            if kind in agreement.covers and agreement.signed <= day <= agreement.valid_until:
                weight = agreement.partner.spec.weights.get(kind, 0.0)
                if kelurahan_code in self.placement_cover.get((agreement.partner.id, year), ()):
                    weight *= 4
                candidates.append(agreement)
                weights.append(weight)
        if not candidates:
            return None
        return self.rng.choices(candidates, weights=weights)[0]

    def case(self, business: dict[str, Any]) -> None:
        rng, t = self.rng, self.t
        case_id = self.uid()
        officer_id, _ = self.pick(self.officers)
        registered = business["created_at"].date().toordinal()
        lo = max(self.w0, registered)
        opened = t - 1 - int((t - 1 - lo) * rng.random() ** 1.8) if t - 1 > lo else t - 1
        stop_on: int | None = opened + self.ri(20, 260) if rng.random() < 0.17 else None
        if stop_on is not None and stop_on >= t:
            stop_on = None
        base_modal, base_sales, base_workers = business["modal_usaha"], business["annual_sales"], business["workers"]
        base_scale = classify(base_modal, base_sales)
        ctx = _CaseContext(case_id, business, officer_id, self.stamp(opened))
        self.event(ctx, None, "status", None, "aktif", opened, "Kasus pendampingan dibuka")

        status, closed, reason = "aktif", None, None
        cursor = opened + self.ri(0, 10)
        last_end = cursor
        stages: list[dict[str, Any]] = []
        for seq, kind in enumerate(STAGE_KINDS, start=1):
            stage = {
                "id": self.uid(), "case_id": case_id, "kind": kind, "seq": seq, "status": "belum",
                "status_reason": None, "partner_id": None, "agreement_id": None, "officer_id": officer_id,
                "mentor": None, "started_on": None, "finished_on": None,
            }
            stages.append(stage)
            if status != "aktif" or cursor >= t:
                continue
            skip = (kind == "capital" and rng.random() < 0.3) or (kind == "marketing" and rng.random() < 0.07)
            agreement = None if skip else self.choose_partner(kind, cursor, business["kelurahan_code"])
            if agreement is None:
                why = self.pick(SKIP_CAPITAL_REASONS if kind == "capital" else SKIP_MARKETING_REASONS)
                if not skip:
                    why = "Belum ada mitra dengan perjanjian yang berlaku untuk tahap ini"
                stage["status"], stage["status_reason"] = "dilewati", why
                self.event(ctx, stage, "stage_status", "belum", "dilewati", cursor, why)
                continue
            start = cursor
            partner = agreement.partner
            stage.update(partner_id=partner.id, agreement_id=agreement.id, started_on=date.fromordinal(start))
            if kind != "capital" or partner.spec.kind in ("zakat", "opd"):
                stage["mentor"] = self.pick(partner.mentors)
            self.event(ctx, stage, "stage_status", "belum", "berjalan", start, f"Mitra: {partner.spec.name}")
            self.realised[(partner.id, date.fromordinal(start).year, kind)] += 1

            support: dict[str, Any] | None = None
            rejected: int | None = None
            if kind == "capital":
                support, end, rejected = self.plan_support(ctx, partner, start)
            else:
                end = start + self.ri(*STAGE_DURATION[kind])
            stop = max(stop_on, start + 3) if stop_on is not None and stop_on <= end else None
            if stop is not None and stop >= t:
                stop = None
            limit = min(stop if stop is not None else end, t)
            if support is not None:
                self.finish_support(ctx, support, limit)
            self.activities(ctx, stage, start, limit, open_end=stop is None and end >= t)
            if stop is not None:
                reason = self.pick(STOP_REASONS)
                stage.update(status="dilewati", status_reason=f"Pendampingan dihentikan: {reason}",
                             finished_on=date.fromordinal(stop))
                self.event(ctx, stage, "stage_status", "berjalan", "dilewati", stop, reason)
                status, closed = "dihentikan", stop
            elif end >= t:
                stage["status"] = "berjalan"
                cursor = t
            elif rejected is not None:
                why = "Pengajuan modal ditolak mitra; pendampingan dilanjutkan"
                stage.update(status="dilewati", status_reason=why, finished_on=date.fromordinal(end))
                self.event(ctx, stage, "stage_status", "berjalan", "dilewati", end, why)
                cursor = last_end = end
            else:
                stage.update(status="selesai", finished_on=date.fromordinal(end))
                self.event(ctx, stage, "stage_status", "berjalan", "selesai", end, None)
                last_end = end
                cursor = end + self.ri(0, 14)

        # Outcomes: a baseline at opening, a midline after mentoring for some open cases, a final one at closing.
        self.outcome(ctx, opened, base_modal, base_sales, base_workers, base_scale, False, "Data awal saat kasus dibuka")
        done = all(s["status"] in ("selesai", "dilewati") for s in stages)
        if status == "aktif" and done:
            close = max(last_end, cursor) + self.ri(1, 21)
            if close < t:
                growth = rng.uniform(1.3, 2.6) if self.near_next_class(business) else rng.uniform(1.0, 1.5)
                sales = _round_to(base_sales * growth, 500_000)
                modal = _round_to(base_modal * rng.uniform(1.0, 1.4) + ctx.disbursed, 500_000)
                # The programme serves UMKM: a menengah business stays within the menengah bands.
                sales, modal = max(base_sales, min(sales, MENENGAH_SALES_MAX)), max(base_modal, min(modal, MENENGAH_MODAL_MAX))
                final = classify(modal, sales)
                up = final > base_scale
                workers = min(50, base_workers + self.ri(0, 2) + (self.ri(2, 8) if up else 0))
                status, closed = ("naik_kelas" if up else "selesai"), close
                note = (f"Naik kelas dari {base_scale.label} ke {final.label}" if up
                        else "Pendampingan selesai, seluruh tahap tuntas")
                self.outcome(ctx, close, modal, sales, workers, final, up, note)
                reason = note if up else None
        elif status == "aktif" and stages[1]["status"] == "selesai" and rng.random() < 0.5:
            measured = stages[1]["finished_on"].toordinal()
            sales = _round_to(base_sales * rng.uniform(1.0, 1.25), 500_000)
            modal = _round_to(base_modal * rng.uniform(1.0, 1.15) + ctx.disbursed, 500_000)
            if classify(modal, sales) == base_scale:
                self.outcome(ctx, measured, modal, sales, min(50, base_workers + self.ri(0, 1)), base_scale, False,
                             "Pengukuran setelah tahap pendampingan")
        if status != "aktif":
            self.event(ctx, None, "status", "aktif", status, closed, reason)  # type: ignore[arg-type]

        for stage in stages:
            self.w.add("stage", {**stage, "created_at": ctx.created, "updated_at": ctx.created})
        at = ctx.created
        self.w.add("assist_case", {
            "id": case_id, "business_id": business["id"], "status": status,
            "status_reason": reason if status in ("dihentikan", "naik_kelas") else None,
            "opened_on": date.fromordinal(opened), "closed_on": date.fromordinal(closed) if closed else None,
            "officer_id": officer_id, "naik_kelas": status == "naik_kelas",
            "created_at": at, "updated_at": at, "deleted_at": None,
        })
        # Denormalised business fields.
        current_kind, current_partner = self.current_stage(stages)
        business.update(
            current_stage=current_kind, current_partner_id=current_partner, case_status=status,
            partner_name=self.partner_by_id[current_partner].spec.name if current_partner else None,
            last_activity_on=date.fromordinal(ctx.last_activity) if ctx.last_activity else None,
            naik_kelas=status == "naik_kelas",
        )
        if ctx.latest_outcome:
            business.update(ctx.latest_outcome)
        else:  # legality only counts as obtained when a later measurement recorded it
            ctx.nib_obtained = ctx.halal_obtained = ctx.pirt_obtained = False
        if ctx.nib_obtained and not business["nib"]:
            business["nib"] = self.nib()
        if ctx.pirt_obtained and not business["pirt_number"]:
            business["pirt_number"] = f"P-IRT No. 2{self.ri(1, 15):02d}3673{self.ri(1, 6):02d}{self.ri(1, 9999):04d}-{self.ri(29, 31)}"
        if ctx.halal_obtained and not business["halal_number"]:
            business["halal_number"] = f"ID36110{rng.randrange(10**8):08d}{self.today.year % 100}{self.ri(1, 12):02d}"

    @staticmethod
    def near_next_class(business: dict[str, Any]) -> bool:
        sales, modal = business["annual_sales"], business["modal_usaha"]
        if business["scale"] == Scale.MIKRO:
            return sales > 800 * JUTA or modal > 600 * JUTA
        return business["scale"] == Scale.KECIL and sales > 8 * MILIAR

    @staticmethod
    def current_stage(stages: list[dict[str, Any]]) -> tuple[str, Any]:
        """The same rule as the case services (services._case_support.sync_business): the first stage not yet
        finished or skipped, else the last; its partner, else the latest earlier stage's partner."""
        index = next((i for i, s in enumerate(stages) if s["status"] in ("belum", "berjalan")), len(stages) - 1)
        partner = next((s["partner_id"] for s in reversed(stages[: index + 1]) if s["partner_id"]), None)
        return stages[index]["kind"], partner

    def event(self, ctx: _CaseContext, stage: dict[str, Any] | None, field: str, old: str | None, new: str,
              day: int, note: str | None) -> None:
        self.w.add("case_event", {
            "id": self.uid(), "case_id": ctx.case_id, "stage_id": stage["id"] if stage else None, "field": field,
            "from_value": old, "to_value": new, "note": note, "officer_id": ctx.officer_id, "at": self.stamp(day),
        })

    def plan_support(self, ctx: _CaseContext, partner: _PartnerInfo, start: int) -> tuple[dict[str, Any], int, int | None]:
        """A capital application and its planned dates; returns (support, planned stage end, rejected day)."""
        rng = self.rng
        pkind = partner.spec.kind
        if pkind == "zakat":
            kind = "hibah" if rng.random() < 0.55 else "qardhul_hasan"
        elif pkind == "lainnya":
            kind = "kur"
        else:
            kind = "hibah"
        amount = {
            "hibah": lambda: _round_to(rng.uniform(1, 10) * JUTA, 500_000),
            "qardhul_hasan": lambda: _round_to(rng.uniform(2, 20) * JUTA, 500_000),
            "kur": lambda: _round_to(_log_uniform(rng, 10 * JUTA, 100 * JUTA), JUTA),
        }[kind]()
        applied = start + self.ri(0, 5)
        rejected = approved = disbursed = None
        if rng.random() < 0.12:
            rejected = applied + self.ri(7, 30)
            end = rejected
        else:
            approved = applied + self.ri(7, 30)
            disbursed = approved + self.ri(3, 14)
            end = disbursed + self.ri(1, 10)
        support = {
            "id": self.uid(), "case_id": ctx.case_id, "business_id": ctx.business["id"], "partner_id": partner.id,
            "kind": kind, "amount": amount, "status": "diajukan", "applied_on": applied, "approved_on": approved,
            "disbursed_on": disbursed, "rejected_on": rejected, "notes": None, "_partner": partner.spec.name,
        }
        return support, end, rejected

    def finish_support(self, ctx: _CaseContext, support: dict[str, Any], limit: int) -> None:
        """Cut the planned dates at ``limit`` (today or the day the case stopped) and write the rows."""
        rng = self.rng
        applied = min(support["applied_on"], limit)
        row = {**support, "applied_on": date.fromordinal(applied)}
        partner_name = row.pop("_partner")
        for key in ("approved_on", "disbursed_on", "rejected_on"):
            day = support[key]
            row[key] = date.fromordinal(day) if day is not None and day <= limit else None
        if row["disbursed_on"]:
            row["status"] = "dicairkan"
        elif row["rejected_on"]:
            row["status"] = "ditolak"
            row["notes"] = f"Ditolak: {self.pick(REJECT_REASONS)}"
        elif row["approved_on"]:
            row["status"] = "disetujui"
        created = self.stamp(applied)
        row.update(created_at=created, updated_at=created, deleted_at=None)
        self.w.add("capital_support", row)
        if row["status"] == "dicairkan":
            ctx.disbursed += row["amount"]
            ctx.pending_disbursal = (support["disbursed_on"], row["kind"], row["amount"], partner_name)
            if row["kind"] == "qardhul_hasan":
                self.repayments(row)
        # Sometimes a second, smaller source: a company's CSR or another programme, without a partner record.
        if rng.random() < 0.06:
            kind = self.pick(("csr", "lainnya"))
            status = self.pick(("diajukan", "disetujui", "dicairkan"))
            extra_applied = min(applied + self.ri(0, 10), limit)
            approved = min(extra_applied + self.ri(5, 20), limit) if status != "diajukan" else None
            disbursed = min(approved + self.ri(2, 10), limit) if status == "dicairkan" and approved else None
            created = self.stamp(extra_applied)
            note = ("Bantuan CSR perusahaan swasta di Kota Serang (contoh)" if kind == "csr"
                    else "Bantuan peralatan dari program kelurahan")
            self.w.add("capital_support", {
                "id": self.uid(), "case_id": ctx.case_id, "business_id": ctx.business["id"], "partner_id": None,
                "kind": kind, "amount": _round_to(rng.uniform(1, 8) * JUTA, 250_000), "status": status,
                "applied_on": date.fromordinal(extra_applied),
                "approved_on": date.fromordinal(approved) if approved else None,
                "disbursed_on": date.fromordinal(disbursed) if disbursed else None, "rejected_on": None,
                "notes": note, "created_at": created, "updated_at": created, "deleted_at": None,
            })

    def repayments(self, support: dict[str, Any]) -> None:
        rng = self.rng
        amount = support["amount"]
        tenor = self.pick((6, 10, 12))
        installment = amount // tenor // 1000 * 1000
        discipline = self.pick((0.97, 0.9, 0.75, 0.4))
        disbursed: date = support["disbursed_on"]
        missed = False
        for k in range(1, tenor + 1):
            due = _add_months(disbursed, k)
            amount_due = installment if k < tenor else amount - installment * (tenor - 1)
            paid_on, paid = None, 0
            if due < self.today and not missed:
                if rng.random() < discipline:
                    paid_on = min(due + timedelta(days=self.ri(-5, 6)), self.today - timedelta(days=1))
                    paid = amount_due if rng.random() < 0.93 else amount_due // 2 // 1000 * 1000
                else:
                    missed = rng.random() < 0.5  # some borrowers stop paying altogether
            created = self.stamp(disbursed.toordinal())
            self.w.add("repayment", {
                "id": self.uid(), "support_id": support["id"], "due_on": due, "amount_due": amount_due,
                "paid_on": paid_on, "amount_paid": paid, "created_at": created, "updated_at": created,
            })

    def activities(self, ctx: _CaseContext, stage: dict[str, Any], start: int, end: int, *, open_end: bool) -> None:
        """Activities of one stage between ``start`` and ``end`` (inclusive, never after today)."""
        rng, t = self.rng, self.t
        kind = stage["kind"]
        end = min(end, t)
        span = max(0, end - start)
        if kind == "capital":
            planned = ["kunjungan"] + (["kunjungan"] if span > 25 and rng.random() < 0.5 else [])
        elif kind == "mentoring":
            n = max(1, min(16, span // 7 + self.ri(0, 2)))
            planned = ["kunjungan"] + rng.choices(("mentoring", "pelatihan", "kunjungan"), cum_weights=(6, 8, 10), k=n - 1)
        else:
            n = max(1, min(10, span // 12 + self.ri(0, 1)))
            planned = ["pasar"] + rng.choices(("pasar", "mentoring", "kunjungan"), cum_weights=(6, 8, 10), k=n - 1)
        days = [start] + sorted(start + self.ri(0, span) for _ in range(len(planned) - 1))
        rows: list[tuple[int, str]] = list(zip(days, planned, strict=True))
        if kind == "capital" and ctx.pending_disbursal is not None:
            day = ctx.pending_disbursal[0]
            if day <= end:
                rows.append((day, "pencairan"))
                rows.sort(key=lambda item: item[0])
        partner = self.partner_by_id.get(stage["partner_id"])
        mentor = stage["mentor"]
        campus = partner is not None and partner.spec.kind in ("ptn", "pts")
        last = len(rows) - 1
        for i, (day, activity) in enumerate(rows):
            market = None
            students = None
            hours = 1.5
            people = 2
            if activity == "kunjungan":
                notes = self.pick(VISIT_NOTES)
                hours = self.pick((1.0, 1.5, 2.0))
            elif activity == "mentoring":
                notes = self.pick(MENTORING_NOTES)
                hours = self.pick((2.0, 2.5, 3.0))
            elif activity == "pelatihan":
                notes = self.pick(TRAINING_NOTES)
                hours = self.pick((4.0, 6.0, 8.0))
                people = self.ri(12, 35)
            elif activity == "pasar":
                market = rng.choices(MARKET_KINDS, cum_weights=(4, 7, 10))[0]
                notes = self.pick(MARKET_NOTES[market])
                hours = 3.0 if market == "ecommerce" else self.pick((6.0, 8.0, 16.0, 24.0))
                people = self.ri(1, 3)
                if market == "ecommerce":
                    ctx.ecommerce = True
            else:
                _, support_kind, amount, source = ctx.pending_disbursal  # type: ignore[misc]
                label = {"hibah": "hibah", "qardhul_hasan": "qardhul hasan", "kur": "KUR"}.get(support_kind, support_kind)
                notes = f"Pencairan {label} sebesar {format_rupiah(amount)} dari {source}."
                hours = 1.0
                ctx.pending_disbursal = None
            if campus and activity in ("mentoring", "pasar", "kunjungan") and rng.random() < 0.4:
                picked = rng.sample(STUDENT_NAMES, self.ri(2, 4))
                students = ", ".join(picked)
                people += len(picked)
            follow_up = None
            follow_done = False
            if i == last and open_end:
                r = rng.random()
                follow_up = t if r < 0.1 else day + self.ri(3, 30)
                follow_done = False
            elif rng.random() < 0.2:
                follow_up = day + self.ri(3, 21)
                follow_done = follow_up < t and rng.random() < 0.9
            created = self.stamp(day)
            self.w.add("activity", {
                "id": self.uid(), "case_id": ctx.case_id, "stage_id": stage["id"], "business_id": ctx.business["id"],
                "kind": activity, "market_kind": market, "held_on": date.fromordinal(day), "hours": hours,
                "mentor": mentor if activity in ("mentoring", "pelatihan") else None, "students": students,
                "people_count": people, "notes": notes,
                "follow_up_on": date.fromordinal(follow_up) if follow_up else None, "follow_up_done": follow_done,
                "officer_id": ctx.officer_id, "created_at": created, "updated_at": created, "deleted_at": None,
            })
            if day > ctx.last_activity:
                ctx.last_activity = day
        if partner is not None and kind == "mentoring" and rng.random() < 0.5:
            ctx.nib_obtained = rng.random() < 0.5
            if ctx.business["sector"] == "kuliner":
                ctx.halal_obtained = rng.random() < 0.3
                ctx.pirt_obtained = rng.random() < 0.3

    def outcome(self, ctx: _CaseContext, day: int, modal: int, sales: int, workers: int, scale: Scale,
                up: bool, notes: str) -> None:
        rng = self.rng
        first = ctx.latest_outcome is None
        created = self.stamp(day)
        self.w.add("outcome", {
            "id": self.uid(), "business_id": ctx.business["id"], "case_id": ctx.case_id,
            "measured_on": date.fromordinal(day), "annual_sales": sales, "modal_usaha": modal, "workers": workers,
            "scale": scale.value, "naik_kelas": up,
            "nib_obtained": not first and ctx.nib_obtained and not ctx.business["nib"],
            "halal_obtained": not first and ctx.halal_obtained and not ctx.business["halal_number"],
            "pirt_obtained": not first and ctx.pirt_obtained and not ctx.business["pirt_number"],
            "merek_obtained": not first and rng.random() < 0.08,
            "market_marketplace": not first and ctx.ecommerce,
            "market_modern_retail": not first and rng.random() < (0.3 if up else 0.06),
            "market_export": not first and up and rng.random() < 0.05,
            "notes": notes, "created_at": created, "updated_at": created, "deleted_at": None,
        })
        if not first:  # the baseline repeats what the business row already says
            ctx.latest_outcome = {"modal_usaha": modal, "annual_sales": sales, "workers": workers,
                                  "scale": scale.value}
        else:
            ctx.latest_outcome = {}

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
                for kind in STAGE_KINDS:
                    if kind not in covered:
                        continue
                    realised = self.realised[(partner.id, year, kind)]
                    factor = rng.uniform(0.8, 1.0) if rng.random() < 0.2 else rng.uniform(1.0, 1.4)
                    quota = max(10, round(realised * factor))
                    lo, hi = UNIT_BUDGET[kind]
                    budget = _round_to(quota * rng.uniform(lo, hi), JUTA)
                    at = self.stamp(max(start - 30, self.w0 - 60))
                    self.w.add("work_plan", {
                        "id": self.uid(), "partner_id": partner.id, "year": year, "stage": kind, "quota": quota,
                        "budget": budget, "notes": f"Rencana kerja {year} ({spec.name})",
                        "created_at": at, "updated_at": at, "deleted_at": None,
                    })


@dataclass
class _CaseContext:
    case_id: Id
    business: dict[str, Any]
    officer_id: Id
    created: datetime
    last_activity: int = 0
    disbursed: int = 0
    pending_disbursal: tuple[int, str, int, str] | None = None
    ecommerce: bool = False
    nib_obtained: bool = False
    halal_obtained: bool = False
    pirt_obtained: bool = False
    latest_outcome: dict[str, Any] | None = None


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
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        try:
            with conn.begin():
                counts = _fill(conn, businesses=businesses, seed=seed, today=today, progress=progress)
        finally:
            if sqlite:
                # The load widened this connection's page cache; do not hand it back to the pool like that.
                conn.invalidate()
    _example_signatory(db)
    seconds = time.perf_counter() - started
    if progress:
        progress("Selesai", 1.0)
    return DemoSummary(businesses=businesses, seed=seed, today=today, counts=counts, seconds=seconds)


def _example_signatory(db: Database) -> None:
    """A made-up signatory, so a newcomer can issue letters from the demo at once; Pengaturan replaces it."""
    from dataclasses import replace

    from umkm_desk.core.services.context import SYSTEM_ACTOR, ServiceContext
    from umkm_desk.core.services.settings import get_letterhead_settings, save_letterhead_settings

    ctx = ServiceContext(db, SYSTEM_ACTOR)
    current = get_letterhead_settings(ctx)
    if current.signatory_name.strip():
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
    if conn.dialect.name == "sqlite":
        # Statistics for the query planner: without them it may read 100,000 rows through the wrong index.
        conn.exec_driver_sql("ANALYZE")
    if progress:
        progress("Menyimpan", 0.98)
    return dict(writer.counts)
