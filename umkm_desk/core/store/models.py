"""The domain model of DESIGN.md as SQLAlchemy 2 typed ORM classes.

Conventions that the whole app relies on: UUID primary keys (records from several PCs must merge later),
timestamps in UTC, money as integer rupiah, kelurahan keyed by Kemendagri code, soft delete via ``deleted_at``.
Enumerations are stored as short English codes; the GUI maps them to Indonesian labels.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    event,
    func,
    inspect,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column, relationship

# Stable constraint names make Alembic batch migrations on SQLite reproducible.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """DateTime that always comes back timezone-aware in UTC (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), int: Integer()}


class UuidPk:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SoftDelete:
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Versioned:
    """A record officers edit in forms: ``version`` counts its edits (optimistic locking, so that two officers
    saving the same record never silently overwrite each other).

    SQLAlchemy's ``version_id_col`` adds ``WHERE version = <as read>`` to every UPDATE of the row. The counter is
    bumped by ``_count_edits`` before each flush, and only when a column other than ``_unversioned`` changed:
    the copies the services keep in step (the list's sort columns, the current stage) are not an officer's edit,
    and a form opened on a business must not be refused because a colleague logged an activity on its case.
    """

    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    _unversioned: ClassVar[frozenset[str]] = frozenset({"updated_at"})

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]


def _count_edits(session: Session, _context: object, _instances: object) -> None:
    for obj in session.dirty:
        if not isinstance(obj, Versioned):
            continue
        state = inspect(obj)
        changed = {attr.key for attr in state.attrs if attr.history.has_changes()}
        if "version" in changed:  # set on purpose (a copy between databases keeps the source's counter)
            continue
        if changed - obj._unversioned:
            obj.version = (obj.version or 0) + 1


event.listen(Session, "before_flush", _count_edits)


Money = BigInteger  # integer rupiah; 999 triliun does not fit in 32 bits


# --- reference data -------------------------------------------------------------------------------------


class Kecamatan(Base):
    """Every kecamatan of Indonesia (for NIK region checks); Kota Serang's six have kelurahan below."""

    __tablename__ = "kecamatan"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)  # "36.73.01"
    name: Mapped[str] = mapped_column(String(100))
    kabkota: Mapped[str] = mapped_column(String(100))
    provinsi: Mapped[str] = mapped_column(String(100))


class Kelurahan(Base):
    __tablename__ = "kelurahan"
    code: Mapped[str] = mapped_column(String(13), primary_key=True)  # "36.73.01.1001"
    name: Mapped[str] = mapped_column(String(100))
    kecamatan_code: Mapped[str] = mapped_column(ForeignKey("kecamatan.code"), index=True)


# --- people ---------------------------------------------------------------------------------------------


class Officer(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    """An officer is also the login account: ``name`` is the full name, ``username`` what they type.

    An officer from before accounts has a username but no password hash and must set one at first login."""

    __tablename__ = "officer"
    name: Mapped[str] = mapped_column(String(120))
    nip: Mapped[str | None] = mapped_column(String(18))
    username: Mapped[str | None] = mapped_column(String(32), index=True, unique=True)
    role: Mapped[str] = mapped_column(String(10), default="petugas", server_default="petugas")  # admin/petugas/pimpinan
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # Argon2id, never the password itself
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    failed_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class Setting(Base):
    """Letterhead, signatory and numbering settings as JSON values, with defaults in services.settings."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Owner(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "owner"
    name: Mapped[str] = mapped_column(String(150))
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    nik_missing: Mapped[bool] = mapped_column(Boolean, default=False)  # the explicit "NIK belum ada" flag
    sex: Mapped[str | None] = mapped_column(String(1))  # "L" / "P"
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    address: Mapped[str | None] = mapped_column(String(300))
    kelurahan_code: Mapped[str | None] = mapped_column(ForeignKey("kelurahan.code"))

    businesses: Mapped[list[Business]] = relationship(back_populates="owner")


class ImportBatch(UuidPk, Base):
    """One committed spreadsheet import: which file and sheet, who, when, the row counts, and whether undone."""

    __tablename__ = "import_batch"
    file_name: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the file as read
    sheet: Mapped[str] = mapped_column(String(255))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    officer_name: Mapped[str] = mapped_column(String(120))
    hostname: Mapped[str | None] = mapped_column(String(120))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    ok_count: Mapped[int] = mapped_column(default=0)
    warning_count: Mapped[int] = mapped_column(default=0)
    rejected_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)
    imported: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)


#: partial index options: only live (not archived) rows (``Index`` takes dialect options as ``**Any``)
_LIVE: dict[str, Any] = {
    "sqlite_where": text("deleted_at IS NULL"),
    "postgresql_where": text("deleted_at IS NULL"),
}


def _sqlite_only(index: Index) -> Index:
    return index.ddl_if(dialect="sqlite")


class Business(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "business"
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("owner.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(60), index=True)
    kbli: Mapped[str | None] = mapped_column(String(5))
    address: Mapped[str | None] = mapped_column(String(300))
    kelurahan_code: Mapped[str] = mapped_column(ForeignKey("kelurahan.code"), index=True)
    kecamatan_code: Mapped[str] = mapped_column(ForeignKey("kecamatan.code"), index=True)
    nib: Mapped[str | None] = mapped_column(String(13), index=True)
    npwp: Mapped[str | None] = mapped_column(String(16))
    halal_number: Mapped[str | None] = mapped_column(String(60))
    pirt_number: Mapped[str | None] = mapped_column(String(60))
    year_started: Mapped[int | None]
    modal_usaha: Mapped[int] = mapped_column(Money, default=0)
    annual_sales: Mapped[int] = mapped_column(Money, default=0)
    workers: Mapped[int] = mapped_column(default=0)
    scale: Mapped[str] = mapped_column(String(10), index=True)  # derived: mikro/kecil/menengah/besar
    naik_kelas: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate_reason: Mapped[str | None] = mapped_column(String(300))
    # Denormalised from the case tables so that the 100,000-row list sorts and filters in one indexed query.
    current_stage: Mapped[str | None] = mapped_column(String(12), index=True)
    current_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"), index=True)
    case_status: Mapped[str | None] = mapped_column(String(12))
    last_activity_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Lower-cased name, owner, NIK, NIB and phone digits for search-as-you-type.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Copies of the joined display values the UMKM list sorts by, so that each sort is one ordered scan of a
    # narrow index instead of a join and a sort of every row (services keep them in step: businesses,
    # _case_support.sync_business, partners, demo). owner_nik is None when the NIK is missing.
    owner_name: Mapped[str] = mapped_column(String(150), default="")
    owner_nik: Mapped[str | None] = mapped_column(String(16))
    kelurahan_name: Mapped[str] = mapped_column(String(100), default="")
    kecamatan_name: Mapped[str] = mapped_column(String(100), default="")
    partner_name: Mapped[str | None] = mapped_column(String(200))
    # Spreadsheet imports: the batch that brought the business in (undo archives the batch), the warnings its row
    # had (the list filters on them so an officer can check each one) and the date the office's file gave.
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    import_warning: Mapped[str | None] = mapped_column(Text)
    registered_on: Mapped[date | None] = mapped_column(Date)

    _unversioned = frozenset({
        "updated_at", "search_text", "owner_name", "owner_nik", "kelurahan_name", "kecamatan_name", "partner_name",
        "current_stage", "current_partner_id", "case_status", "last_activity_on",
    })

    owner: Mapped[Owner] = relationship(back_populates="businesses")
    cases: Mapped[list[Case]] = relationship(back_populates="business")

    __table_args__ = (
        Index("ix_business_name", "name"),
        # The UMKM list: one partial index per sort column, ``(key, lower(name)) WHERE deleted_at IS NULL``. On
        # SQLite the implicit rowid makes each covering for the key query, so every sort of the active list is
        # an ordered index scan without a temporary B-tree (see services.business_query).
        *(
            # name and owner: SQLite only; the server has its own pair below
            _sqlite_only(index) if name in ("name", "owner") else index
            for name, columns in (
                ("name", ()),
                ("owner", (func.lower(text("owner_name")),)),
                ("nik", ("owner_nik",)),
                ("kelurahan", ("kelurahan_name",)),
                ("kecamatan", ("kecamatan_name",)),
                ("sector", ("sector",)),
                ("scale", ("scale",)),
                ("stage", ("current_stage",)),
                ("partner", ("partner_name",)),
                ("last_activity", ("last_activity_on",)),
            )
            for index in (Index(f"ix_business_sort_{name}", *columns, func.lower(text("name")), **_LIVE),)
        ),
        # A filter by region or partner, in name order (sector, scale and stage filters use the sort indexes).
        *(
            Index(f"ix_business_live_{column}", column, func.lower(text("name")), **_LIVE)
            for column in ("kecamatan_code", "kelurahan_code", "current_partner_id")
        ),
        # A search's first screen by walking the names in order and testing each one's search_text, read from
        # this index alone: a quarter of a microsecond a row instead of two for a table lookup
        # (services.registry.sqlite_head._walked). SQLite only: the walk names it (INDEXED BY); PostgreSQL finds a
        # search's matches through pg_trgm, and this copy of every search text would only cost space there.
        _sqlite_only(Index("ix_business_search_walk", func.lower(text("name")), "search_text", **_LIVE)),
        # The server's name and owner orders, and a short term's prefix ranges on them (services.registry.
        # server_head): with the key and the named columns in the index, PostgreSQL counts and reads a range from
        # the index alone (it reads an expression such as lower(name) from an index only when the column itself
        # is there too). SQLite's rowid already makes its pair covering. The name index also carries the search
        # text, so that a broad search walks the names testing each one from the index alone, as SQLite does with
        # ix_business_search_walk (0013_server_search_walk).
        Index("ix_business_server_name", func.lower(text("name")), "id", postgresql_include=["name", "search_text"],
              postgresql_where=text("deleted_at IS NULL")).ddl_if(dialect="postgresql"),
        Index("ix_business_server_owner", func.lower(text("owner_name")), func.lower(text("name")), "id",
              postgresql_include=["owner_name", "name"],
              postgresql_where=text("deleted_at IS NULL")).ddl_if(dialect="postgresql"),
        # The Arsip view (few rows).
        Index(
            "ix_business_archived_name",
            func.lower(text("name")),
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
    )


# --- partners -------------------------------------------------------------------------------------------


class Partner(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # ptn, pts, zakat, opd, lainnya
    address: Mapped[str | None] = mapped_column(String(300))
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)

    agreements: Mapped[list[Agreement]] = relationship(back_populates="partner")
    work_plans: Mapped[list[WorkPlan]] = relationship(back_populates="partner")
    placements: Mapped[list[Placement]] = relationship(back_populates="partner")


class Agreement(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    """MoU or PKS; covers_* say which stages the partner may be assigned to under it."""

    __tablename__ = "agreement"
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    kind: Mapped[str] = mapped_column(String(4))  # mou / pks
    number: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(300))
    signed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    covers_capital: Mapped[bool] = mapped_column(Boolean, default=False)
    covers_mentoring: Mapped[bool] = mapped_column(Boolean, default=False)
    covers_marketing: Mapped[bool] = mapped_column(Boolean, default=False)

    partner: Mapped[Partner] = relationship(back_populates="agreements")


class WorkPlan(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "work_plan"
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    year: Mapped[int]
    stage: Mapped[str] = mapped_column(String(12))  # capital / mentoring / marketing
    quota: Mapped[int]  # number of businesses
    budget: Mapped[int] = mapped_column(Money, default=0)
    notes: Mapped[str | None] = mapped_column(String(300))

    partner: Mapped[Partner] = relationship(back_populates="work_plans")
    __table_args__ = (UniqueConstraint("partner_id", "year", "stage", name="uq_work_plan_partner_year_stage"),)


class Placement(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    """A KKM/KKN student group placed by a campus, covering one or more kelurahan."""

    __tablename__ = "placement"
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    group_name: Mapped[str] = mapped_column(String(120))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    supervisor: Mapped[str | None] = mapped_column(String(150))  # DPL
    students: Mapped[int] = mapped_column(default=0)

    partner: Mapped[Partner] = relationship(back_populates="placements")
    areas: Mapped[list[PlacementArea]] = relationship(back_populates="placement", cascade="all, delete-orphan")


class PlacementArea(Base):
    __tablename__ = "placement_area"
    placement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement.id"), primary_key=True)
    kelurahan_code: Mapped[str] = mapped_column(ForeignKey("kelurahan.code"), primary_key=True, index=True)

    placement: Mapped[Placement] = relationship(back_populates="areas")


# --- cases ----------------------------------------------------------------------------------------------


class Case(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "assist_case"
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)  # aktif, selesai, naik_kelas, dihentikan
    status_reason: Mapped[str | None] = mapped_column(String(300))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    naik_kelas: Mapped[bool] = mapped_column(Boolean, default=False)
    #: where the case is among its stages, kept by store/case_progress.py (never set by hand): 2 * seq of its first
    #: stage that is belum, + 1 when it is berjalan; NULL when every stage is selesai or dilewati. The board and
    #: Beranda count and group cases by it without reading any stage.
    progress: Mapped[int | None] = mapped_column(Integer, default=None)
    #: the earliest open follow-up of the case's activities (not done, not deleted), kept the same way: the board
    #: orders by it (overdue first) without aggregating every activity
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    _unversioned = frozenset({"updated_at", "progress", "next_follow_up_on"})

    business: Mapped[Business] = relationship(back_populates="cases")
    stages: Mapped[list[Stage]] = relationship(back_populates="case", order_by="Stage.seq")


class Stage(UuidPk, Versioned, Timestamps, Base):
    __tablename__ = "stage"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assist_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # capital / mentoring / marketing
    seq: Mapped[int]
    status: Mapped[str] = mapped_column(String(12), default="belum")  # belum, berjalan, selesai, dilewati
    status_reason: Mapped[str | None] = mapped_column(String(300))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"), index=True)
    agreement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id"))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    mentor: Mapped[str | None] = mapped_column(String(150))
    started_on: Mapped[date | None] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="stages")
    __table_args__ = (UniqueConstraint("case_id", "kind", name="uq_stage_case_kind"),)


class CaseEvent(UuidPk, Base):
    """Who moved a case or stage from what to what, when and why: shown in the case timeline."""

    __tablename__ = "case_event"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assist_case.id"), index=True)
    stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stage.id"))
    field: Mapped[str] = mapped_column(String(30))  # status, stage_status, partner, ...
    from_value: Mapped[str | None] = mapped_column(String(120))
    to_value: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(String(500))
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Activity(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "activity"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assist_case.id"), index=True)
    stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stage.id"), index=True)
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # kunjungan, mentoring, pelatihan, pasar, pencairan
    market_kind: Mapped[str | None] = mapped_column(String(16))  # bazar, pameran, ecommerce
    held_on: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(default=0.0)
    mentor: Mapped[str | None] = mapped_column(String(150))
    students: Mapped[str | None] = mapped_column(String(300))
    people_count: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))


# The Pendampingan board and Beranda (services.case_board, services.dashboard) over tens of thousands of cases:
# each index answers one per-case question from a few index entries, without reading the wide tables.
#: a case's current stage: its lowest-seq stage that is belum or berjalan
Index("ix_stage_case_progress", Stage.case_id, Stage.seq, Stage.status)
#: a case's open follow-ups (not done, not deleted), earliest first; covering on SQLite
Index(
    "ix_activity_open_follow_up", Activity.case_id, Activity.follow_up_done, Activity.follow_up_on, Activity.deleted_at,
    sqlite_where=text("follow_up_done IS 0 AND deleted_at IS NULL AND follow_up_on IS NOT NULL"),
    postgresql_where=text("follow_up_done IS false AND deleted_at IS NULL AND follow_up_on IS NOT NULL"),
)
#: Beranda's follow-up lists and overdue count: open follow-ups by due date; covering for the count on SQLite
Index(
    "ix_activity_open_follow_up_on", Activity.follow_up_on, Activity.case_id, Activity.business_id,
    Activity.follow_up_done, Activity.deleted_at,
    sqlite_where=text("follow_up_done IS 0 AND deleted_at IS NULL AND follow_up_on IS NOT NULL"),
    postgresql_where=text("follow_up_done IS false AND deleted_at IS NULL AND follow_up_on IS NOT NULL"),
)
#: the board's and Beranda's counts per status and progress (also of the overdue cases only), from this index alone
#: (migration 0012_case_progress)
Index("ix_assist_case_board", Case.status, Case.progress, Case.deleted_at, Case.business_id, Case.next_follow_up_on)
#: the board's order (overdue first, then by next follow-up): the cases of a page are found from this index alone
Index("ix_assist_case_follow", Case.next_follow_up_on, Case.status, Case.progress, Case.deleted_at,
      Case.business_id, Case.id)
#: the few archived businesses, so that counting cases of live businesses needs no join to the business table
Index("ix_business_archived", Business.id, sqlite_where=text("deleted_at IS NOT NULL"),
      postgresql_where=text("deleted_at IS NOT NULL"))

# The Laporan page's charts and the periodic reports (services.reports.questions) count whole tables of a period;
# each index below answers one question from its entries alone instead of the wide rows (migration
# 0009_report_speed).
#: live businesses by region, size class and registration time (the businesses per kecamatan and class chart)
Index("ix_business_report_class", Business.kecamatan_code, Business.scale, Business.created_at, Business.sector,
      Business.kelurahan_code, **_LIVE)
#: the ids of the live businesses of a kecamatan (and sector): the list a report filter narrows every other table
#: by, read from this index instead of a wide business row per business (migration 0011)
Index("ix_business_live_region", Business.kecamatan_code, Business.sector, Business.id, Business.deleted_at, **_LIVE)
#: a live case's business, dates, status and officer, looked up by id for each stage counted
#: (deleted_at is named so that SQLite sees the index as covering: a column the query names, even one the partial
#: index's WHERE fixes, must be in the index, or every entry costs a read of the wide row)
Index("ix_case_report_live", Case.id, Case.business_id, Case.opened_on, Case.closed_on, Case.status,
      Case.officer_id, Case.deleted_at, **_LIVE)
#: the few archived cases, so that "of a live case" is tested without reading the case table
Index("ix_case_archived", Case.id, sqlite_where=text("deleted_at IS NOT NULL"),
      postgresql_where=text("deleted_at IS NOT NULL"))
#: stages with a partner, for the realisation of the work plans
Index("ix_stage_realised", Stage.partner_id, Stage.kind, Stage.case_id, Stage.status, Stage.started_on,
      sqlite_where=text("partner_id IS NOT NULL"), postgresql_where=text("partner_id IS NOT NULL"))
#: a case's stages with their dates, for the stages started and finished per month (migration 0011)
Index("ix_stage_report_events", Stage.case_id, Stage.status, Stage.started_on, Stage.finished_on, Stage.kind,
      Stage.id)
#: live activities by day, for the activities and hours per month: a period's range of this index, read in day
#: order (no sort), instead of the wide activity rows (migration 0011)
Index("ix_activity_report_day", Activity.held_on, Activity.kind, Activity.hours, Activity.business_id,
      Activity.case_id, Activity.officer_id, Activity.deleted_at, **_LIVE)


class CapitalSupport(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "capital_support"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assist_case.id"), index=True)
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business.id"), index=True)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"), index=True)
    kind: Mapped[str] = mapped_column(String(14))  # hibah, qardhul_hasan, kur, csr, lainnya
    amount: Mapped[int] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(12))  # diajukan, disetujui, dicairkan, ditolak
    applied_on: Mapped[date] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    rejected_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(String(500))

    repayments: Mapped[list[Repayment]] = relationship(back_populates="support", order_by="Repayment.due_on")


class Repayment(UuidPk, Versioned, Timestamps, Base):
    """One instalment of a qardhul hasan loan: what is due, and what was paid."""

    __tablename__ = "repayment"
    support_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("capital_support.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    amount_due: Mapped[int] = mapped_column(Money)
    paid_on: Mapped[date | None] = mapped_column(Date)
    amount_paid: Mapped[int] = mapped_column(Money, default=0)

    support: Mapped[CapitalSupport] = relationship(back_populates="repayments")


class Outcome(UuidPk, Versioned, Timestamps, SoftDelete, Base):
    __tablename__ = "outcome"
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assist_case.id"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    annual_sales: Mapped[int] = mapped_column(Money)
    modal_usaha: Mapped[int] = mapped_column(Money)
    workers: Mapped[int] = mapped_column(default=0)
    scale: Mapped[str] = mapped_column(String(10))
    naik_kelas: Mapped[bool] = mapped_column(Boolean, default=False)
    nib_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    halal_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    pirt_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    merek_obtained: Mapped[bool] = mapped_column(Boolean, default=False)
    market_marketplace: Mapped[bool] = mapped_column(Boolean, default=False)
    market_modern_retail: Mapped[bool] = mapped_column(Boolean, default=False)
    market_export: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(String(500))


#: the loans question (services.reports.questions): a loan's instalments with what was due and paid when, so
#: that its balance and arrears are read from the index alone (0009_report_speed)
Index("ix_repayment_report", Repayment.support_id, Repayment.due_on, Repayment.paid_on, Repayment.amount_paid,
      Repayment.amount_due)
#: the naik kelas question (services.reports.questions): a business's first live measurement, its baseline, at
#: the head of its entries (0009_report_speed)
Index("ix_outcome_first", Outcome.business_id, Outcome.measured_on, Outcome.created_at, Outcome.id, **_LIVE)


# --- documents and audit --------------------------------------------------------------------------------


class DocumentCounter(Base):
    """Last register number used per year; bumped in the same transaction that records the document."""

    __tablename__ = "document_counter"
    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(default=0)


class IssuedDocument(UuidPk, Timestamps, Base):
    __tablename__ = "issued_document"
    kind: Mapped[str] = mapped_column(String(12), index=True)  # letter, referral, certificate, summary
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(120), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    business_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("business.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assist_case.id"))
    stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stage.id"))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner.id"))
    signatory_name: Mapped[str] = mapped_column(String(150))
    signatory_nip: Mapped[str | None] = mapped_column(String(18))
    content_json: Mapped[str] = mapped_column(Text)  # what was issued, so a reprint reproduces it
    content_hash: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(16), unique=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    void_reason: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (UniqueConstraint("year", "seq", name="uq_issued_document_year_seq"),)


class AuditEntry(UuidPk, Base):
    __tablename__ = "audit_entry"
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officer.id"))
    officer_name: Mapped[str | None] = mapped_column(String(120))
    hostname: Mapped[str | None] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(12))  # create, update, delete, restore
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


def _append_only_audit() -> None:
    from sqlalchemy import event

    from umkm_desk.core.store.audit_guard import install_append_only

    event.listen(AuditEntry.__table__, "after_create", install_append_only)


_append_only_audit()

# The sync tables live in their own module; importing it here puts them in Base.metadata for migrations.
# The per-row change sequence of every table that travels (a column, its index and triggers; see change_seq).
from umkm_desk.core.store import change_seq as _change_seq  # noqa: E402,F401
from umkm_desk.core.store import sync_tables as _sync_tables  # noqa: E402,F401
