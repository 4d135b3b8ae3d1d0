"""What the demo data is made of: its sizes and code lists, the partners with their agreements, and the
generator's shared state and small draws (ids, numbers, names, phones, addresses) that the business and case
generators build on (services.demo, services.demo_cases).
"""

from __future__ import annotations

import math
import random
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from umkm_desk.demo.vocabulary import (
    FEMALE_FIRST,
    FEMALE_LAST,
    KAMPUNG,
    MALE_FIRST,
    MALE_LAST,
    MOBILE_PREFIXES,
    PERUM,
    STREETS,
)
from umkm_desk.demo.writer import _Writer

DEFAULT_BUSINESSES = 300
DEFAULT_SEED = 2026
MAX_BUSINESSES = 1_000_000
BUSINESS_BATCH = 2_500  # businesses generated (with their cases) between flushes

SECTORS = ("kuliner", "kerajinan", "fesyen", "perdagangan", "jasa", "pertanian", "perikanan", "industri")
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
_LOW_80 = (1 << 80) - 1

# --- partners -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerSpec:
    key: str
    name: str
    kind: str
    address: str
    email: str
    weights: dict[str, float]  # stage kind -> weight when suggesting a partner for that stage


PARTNER_SPECS = (
    PartnerSpec("untirta", "Universitas Sultan Ageng Tirtayasa", "ptn", "Jl. Raya Palka Km 3, Sindangsari, Pabuaran",
                 "kerjasama.untirta@example.org", {"mentoring": 4, "marketing": 2}),
    PartnerSpec("uin", "UIN Sultan Maulana Hasanuddin Banten", "ptn", "Jl. Syekh Nawawi Al-Bantani, Kemanisan, Curug",
                 "kerjasama.uinbanten@example.org", {"mentoring": 3, "marketing": 2}),
    PartnerSpec("unsera", "Universitas Serang Raya", "pts", "Jl. Raya Cilegon No. 3, Drangong, Taktakan",
                 "kerjasama.unsera@example.org", {"mentoring": 2, "marketing": 1.5}),
    PartnerSpec("uniba", "Universitas Bina Bangsa", "pts", "Jl. Raya Serang-Jakarta Km 03, Panancangan, Cipocok Jaya",
                 "kerjasama.uniba@example.org", {"mentoring": 2, "marketing": 1.5}),
    PartnerSpec("baznas", "BAZNAS Kota Serang", "zakat", "Jl. Jenderal Sudirman, Kota Serang",
                 "baznas.kotaserang@example.org", {"capital": 5}),
    PartnerSpec("laz", "LAZ Contoh Peduli Banten", "zakat", "Jl. Ahmad Yani No. 21, Cipare, Serang",
                 "laz.contoh@example.org", {"capital": 2}),
    PartnerSpec("bjb", "Bank BJB Cabang Serang (contoh)", "lainnya", "Jl. Veteran, Kotabaru, Serang",
                 "bjb.serang.contoh@example.org", {"capital": 3}),
    PartnerSpec("diskop", "Dinas Koperasi dan UKM Provinsi Banten (contoh)", "opd",
                 "Kawasan Pusat Pemerintahan Provinsi Banten, Curug", "diskop.banten.contoh@example.org",
                 {"mentoring": 1, "marketing": 3}),
)
CAMPUSES = ("untirta", "uin", "unsera", "uniba")
# KKM/KKN season per campus: (month, day) start and length in days.
PLACEMENT_SEASON = {"untirta": ((7, 8), 40, "KKM"), "uin": ((7, 22), 40, "KKN"), "unsera": ((8, 1), 35, "KKN"),
                    "uniba": ((1, 15), 36, "KKN")}
STAGE_DURATION = {"mentoring": (45, 180), "marketing": (30, 150)}
UNIT_BUDGET = {"capital": (5 * JUTA, 12 * JUTA), "mentoring": (1_500_000, 3 * JUTA), "marketing": (2 * JUTA, 5 * JUTA)}


def agreement_plan(today: date) -> list[tuple[str, str, date, date, tuple[str, ...], str]]:
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


def log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def round_to(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


@dataclass
class PartnerInfo:
    id: Id
    spec: PartnerSpec
    mentors: tuple[str, ...]


@dataclass
class AgreementInfo:
    id: Id
    partner: PartnerInfo
    signed: int  # ordinal
    valid_until: int
    covers: tuple[str, ...]


class DemoDraws:
    """State shared by the whole demo load and the small seeded draws everything else is made of."""

    def __init__(self, rng: random.Random, today: date, businesses: int, kelurahan: list[tuple[str, str, str]],
                 writer: _Writer, kecamatan_names: dict[str, str] | None = None) -> None:
        self.hex_ids = writer.sink is not None
        self.issued_ids = 0
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
        self.usernames: set[str] = {"admin", "petugas", "pimpinan"}  # the demo command's login accounts
        self.partners: dict[str, PartnerInfo] = {}
        self.agreements: list[AgreementInfo] = []
        self.partner_by_id: dict[Id, PartnerInfo] = {}
        self.placement_cover: dict[tuple[Id, int], set[str]] = {}
        self.areas: set[tuple[Id, str]] = set()

    # small draws ---------------------------------------------------------------------------------------

    def uid(self) -> Id:
        """A version-4 UUID from the seeded generator whose top 48 bits count the ids issued so far.

        Every table's primary key is a B-tree over these ids. Random keys land on random pages: past the page
        cache (a million businesses bring ~11 million rows) every insert and every foreign-key check reads a
        page from disk, and the load grew much faster than the row count. Ids that ascend in the order the rows
        are written append to the right edge of each index, and a child's check finds its parent on a page
        still in the cache. The low 80 bits stay random (the same draw as before, so every other value the
        seed gives is unchanged); the version and variant bits are those of uuid.UUID(int=bits, version=4).

        On SQLite it is produced directly in SQLAlchemy's storage form (32 hex digits), which saves
        building and converting a million UUID objects."""
        self.issued_ids += 1
        bits = self.rng.getrandbits(128) & _LOW_80 | self.issued_ids << 80
        value = bits & _UUID_CLEAR | _UUID_V4
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

