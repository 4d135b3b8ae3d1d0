"""What ``umkm-desk check`` reports: schema revision, SQLite integrity and foreign keys, row counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from umkm_desk.core.store.database import Database
from umkm_desk.core.store.migrate import head_revision, known_revisions
from umkm_desk.core.store.schema_head import VERSION_TABLE

MAX_LISTED = 10  # integrity / foreign-key lines shown before "... dan N lainnya"


@dataclass
class HealthReport:
    where: str
    backend: str  # "SQLite" / "PostgreSQL"
    revision: str | None
    head: str
    integrity: list[str] | None = None  # None where it does not apply (PostgreSQL)
    fk_violations: list[tuple[str, object, str, int]] | None = None
    row_counts: dict[str, int | None] = field(default_factory=dict)  # None: the table cannot be read
    unreadable: list[str] = field(default_factory=list)

    @property
    def revision_status(self) -> str:
        if self.revision == self.head:
            return "terbaru"
        if self.revision is None:
            return "belum ada skema"
        if self.revision in known_revisions():
            return "tertinggal"
        return "lebih baru dari program ini"

    @property
    def problems(self) -> list[str]:
        found = []
        status = self.revision_status
        if status == "tertinggal":
            found.append(
                f"Skema basis data tertinggal ({self.revision}; terbaru {self.head}). "
                "UMKM Desk memperbaruinya (dengan cadangan) saat basis data dibuka."
            )
        elif status == "belum ada skema":
            found.append("Basis data belum memiliki skema UMKM Desk (tidak ada versi skema).")
        elif status == "lebih baru dari program ini":
            found.append(f"Revisi skema {self.revision} dibuat oleh versi UMKM Desk yang lebih baru.")
        if self.integrity is not None and self.integrity != ["ok"]:
            found.append(f"PRAGMA integrity_check menemukan {len(self.integrity)} masalah.")
        if self.unreadable:
            found.append(f"{len(self.unreadable)} tabel tidak dapat dibaca ({'; '.join(self.unreadable[:3])}).")
        if self.fk_violations:
            found.append(f"PRAGMA foreign_key_check menemukan {len(self.fk_violations)} pelanggaran kunci asing.")
        return found

    @property
    def ok(self) -> bool:
        return not self.problems


def _user_tables(connection: Connection) -> list[str]:
    names = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    if connection.dialect.name == "sqlite":
        virtual = [
            str(r[0])
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        # FTS5 keeps its data in shadow tables named <virtual>_data, _idx, ...: internal, not counted.
        names = {n for n in names if not any(n.startswith(f"{v}_") for v in virtual)}
    return sorted(names)


def inspect_database(database: Database) -> HealthReport:
    """Read-only health report. Raises the driver's exception only when the database cannot be read at all;
    a damaged table or index is reported (integrity, counts) rather than raised."""
    is_sqlite = database.target.is_sqlite
    engine = database.engine
    with engine.connect() as conn:
        tables = _user_tables(conn)
        revision = None
        if VERSION_TABLE in inspect(conn).get_table_names():
            revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        preparer = conn.dialect.identifier_preparer
    report = HealthReport(
        where=database.target.display,
        backend="SQLite" if is_sqlite else "PostgreSQL",
        revision=revision,
        head=head_revision(),
    )
    # Every probe on its own connection: an error in one (a damaged page) must not hide the others.
    if is_sqlite:
        try:
            with engine.connect() as conn:
                report.integrity = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        except DBAPIError as exc:
            report.integrity = [f"galat: {exc.orig}"]
        try:
            with engine.connect() as conn:
                report.fk_violations = [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        except DBAPIError as exc:
            report.integrity = [*(report.integrity or []), f"foreign_key_check gagal: {exc.orig}"]
    for table in tables:
        try:
            with engine.connect() as conn:
                count = conn.execute(text(f"SELECT count(*) FROM {preparer.quote(table)}")).scalar()
            report.row_counts[table] = int(count or 0)
        except DBAPIError as exc:
            report.row_counts[table] = None
            report.unreadable.append(f"{table}: {exc.orig}")
    return report


def format_report(report: HealthReport) -> str:
    lines = ["UMKM Desk — pemeriksaan basis data", ""]

    def field_line(label: str, value: str) -> None:
        lines.append(f"{label:<13}: {value}")

    field_line("Basis data", f"{report.where} ({report.backend})")
    status = report.revision_status
    revision = report.revision or "-"
    field_line("Versi skema", f"{revision} ({status})" + ("" if status == "terbaru" else f"; terbaru {report.head}"))
    if report.integrity is None:
        field_line("Integritas", "tidak berlaku (PostgreSQL menjaga integritas berkasnya sendiri)")
    elif report.integrity == ["ok"]:
        field_line("Integritas", "ok")
    else:
        field_line("Integritas", f"RUSAK — {len(report.integrity)} masalah")
        lines.extend(f"    {p}" for p in report.integrity[:MAX_LISTED])
        if len(report.integrity) > MAX_LISTED:
            lines.append(f"    ... dan {len(report.integrity) - MAX_LISTED} lainnya")
    if report.fk_violations is None:
        field_line("Kunci asing", "ditegakkan oleh server PostgreSQL")
    elif not report.fk_violations:
        field_line("Kunci asing", "ok, tidak ada pelanggaran")
    else:
        field_line("Kunci asing", f"{len(report.fk_violations)} PELANGGARAN")
        for table, rowid, parent, _fk in report.fk_violations[:MAX_LISTED]:
            lines.append(f"    {table} baris {rowid} menunjuk {parent} yang tidak ada")
        if len(report.fk_violations) > MAX_LISTED:
            lines.append(f"    ... dan {len(report.fk_violations) - MAX_LISTED} lainnya")
    lines.append("")
    width = max([len("Tabel"), *(len(t) for t in report.row_counts)])
    counts = ["TIDAK TERBACA" if n is None else f"{n:,}".replace(",", ".") for n in report.row_counts.values()]
    num_width = max([len("Baris"), *(len(c) for c in counts)])
    lines.append(f"  {'Tabel':<{width}}  {'Baris':>{num_width}}")
    lines.append(f"  {'-' * width}  {'-' * num_width}")
    for table, count in zip(report.row_counts, counts, strict=True):
        lines.append(f"  {table:<{width}}  {count:>{num_width}}")
    lines.append("")
    if report.ok:
        lines.append("Hasil: BAIK — tidak ada masalah.")
    else:
        lines.append(f"Hasil: ADA MASALAH ({len(report.problems)}):")
        lines.extend(f"  - {p}" for p in report.problems)
    return "\n".join(lines)
