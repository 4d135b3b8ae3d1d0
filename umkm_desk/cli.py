"""Command line: ``umkm-desk`` opens the window; subcommands demo, init, check, backup, backups, restore, copy,
import, print, report, export, user and sync work headless. On a database with accounts each logs in first
(``--user``, see ``commands/_login.py``).

Every command fails the same way: one Indonesian line on stderr, a non-zero exit code, the traceback in the
log file only (see ``umkm_desk.logs``). Usage errors are in Indonesian too (exit code 2, as argparse's).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NoReturn

from umkm_desk import __version__

REPORT_KINDS = ("rekap", "pendampingan", "mitra", "permodalan", "naik-kelas")  # services.reports.periodic.REPORTS
EXPORT_KINDS = ("umkm", "pendampingan", "mitra", "register", "sidt")
SORT_KEYS = ("name", "owner", "nik", "kelurahan", "kecamatan", "sector", "scale", "stage", "partner",
             "last_activity")  # services.registry.business_query.SORT_KEYS
PAGES = ("beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan", "pengaturan")
DB_HELP = "berkas SQLite atau URL SQLAlchemy (juga env UMKM_DESK_DB); bawaan: folder data pengguna"
USER_HELP = ("akun yang menjalankan perintah, pada basis data yang memakai akun (juga env UMKM_DESK_USER); "
             "kata sandi dari env UMKM_DESK_PASSWORD atau diketik")
USER_ACTIONS = ("add", "list", "passwd", "disable")
ROLES = ("admin", "petugas", "pimpinan")
# Commands that log in centrally before they run (user logs in itself; init refuses an existing file).
LOGIN_COMMANDS = ("demo", "check", "backup", "import", "print", "report", "export")
EXIT_FAILURE = 1
EXIT_INTERRUPTED = 130

_TYPE_NAMES = {"int": "bilangan bulat", "float": "bilangan"}
# argparse's English messages (Python 3.10-3.13), most specific first.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^the following arguments are required: (.*)$", r"argumen berikut wajib diisi: \1"),
        (r"^one of the arguments (.*) is required$", r"salah satu argumen \1 wajib diisi"),
        (r"^invalid choice: (.*) \(choose from (.*)\)$", r"pilihan tidak sah: \1 (pilih salah satu: \2)"),
        (r"^unrecognized arguments: (.*)$", r"argumen tidak dikenal: \1"),
        (r"^expected one argument$", "harus diikuti satu nilai"),
        (r"^expected at least one argument$", "harus diikuti sedikitnya satu nilai"),
        (r"^expected at most one argument$", "paling banyak satu nilai"),
        (r"^expected (\d+) arguments?$", r"harus diikuti \1 nilai"),
        (r"^not allowed with argument (.*)$", r"tidak boleh dipakai bersama argumen \1"),
        (r"^ignored explicit argument (.*)$", r"nilai \1 diabaikan"),
        (r"^ambiguous option: (.*) could match (.*)$", r"opsi ambigu: \1 bisa berarti \2"),
    )
)
_INVALID_VALUE = re.compile(r"^invalid (\w+) value: (.*)$")


def translate_usage_error(message: str) -> str:
    """argparse's English error text in Indonesian (unknown texts pass through unchanged)."""
    prefix = ""
    match = re.match(r"^argument (\S+): (.*)$", message, flags=re.S)
    if match:
        prefix, message = f"argumen {match.group(1)}: ", match.group(2)
    invalid = _INVALID_VALUE.match(message)
    if invalid:
        kind = _TYPE_NAMES.get(invalid.group(1), invalid.group(1))
        return f"{prefix}nilai {kind} tidak sah: {invalid.group(2)}"
    for pattern, replacement in _MESSAGES:
        if pattern.match(message):
            return prefix + pattern.sub(replacement, message)
    return prefix + message


class DocumentKindNames(Sequence[str]):
    """The print command's choices, read from the kinds table (``core/documents/kinds.py``) only when argparse
    first needs them, parsing ``print`` or showing its help: the other commands need not import the table
    (its renderers, and ReportLab with them, load only when a document is drawn)."""

    def _names(self) -> list[str]:
        from umkm_desk.core.documents.kinds import KINDS

        return list(KINDS)

    def __getitem__(self, index: int) -> str:  # type: ignore[override]
        return self._names()[index]

    def __len__(self) -> int:
        return len(self._names())

    def __contains__(self, value: object) -> bool:
        return value in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


class IndonesianHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "penggunaan: ")


class IndonesianArgumentParser(argparse.ArgumentParser):
    """argparse with Indonesian usage, headings, help texts and error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen posisi"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {translate_usage_error(message)}\n")


def _add_db(parser: argparse.ArgumentParser, *, sub: bool = True) -> None:
    # On a subcommand, an absent --db must not hide one given before the subcommand (umkm-desk --db X print).
    parser.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS if sub else None, help=DB_HELP)
    parser.add_argument("--user", metavar="NAMA", default=argparse.SUPPRESS if sub else None, help=USER_HELP)


def build_parser() -> argparse.ArgumentParser:
    parser = IndonesianArgumentParser(
        prog="umkm-desk", description="UMKM Desk — pendampingan UMKM Disperindagkop Kota Serang"
    )
    parser.add_argument("--version", action="version", version=f"umkm-desk {__version__}",
                        help="tampilkan versi program lalu keluar")
    _add_db(parser, sub=False)
    parser.add_argument("--page", choices=PAGES, default=None, help="halaman yang dibuka")
    parser.add_argument("--screenshot", metavar="PNG", default=None, help="simpan tangkapan layar lalu keluar")
    parser.add_argument("--lang", choices=("id", "en"), default=None,
                        help="bahasa tampilan untuk sekali jalan ini (bawaan: pilihan di Pengaturan)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", title="perintah")

    demo = sub.add_parser("demo", help="isi basis data dengan data contoh Kota Serang")
    _add_db(demo)
    demo.add_argument("--businesses", type=int, default=300, metavar="N", help="jumlah UMKM (bawaan 300)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="benih acak (bawaan 2026)")

    check = sub.add_parser("check", help="periksa migrasi, integritas, kunci asing dan jumlah baris")
    _add_db(check)

    backup = sub.add_parser("backup", help="salin basis data dengan aman (online backup)")
    _add_db(backup)
    backup.add_argument("dest", metavar="DEST", help="berkas tujuan (foldernya harus sudah ada)")
    backup.add_argument("--force", action="store_true", help="ganti berkas tujuan yang sudah ada")

    backups = sub.add_parser("backups", help="daftar cadangan basis data (tanggal, ukuran, isi, dapat dipakai)")
    _add_db(backups)
    backups.add_argument("--folder", metavar="FOLDER", default=None,
                         help="folder cadangan (bawaan: yang dipilih di Pengaturan, atau backups/ di samping berkas)")

    restore = sub.add_parser("restore", help="pulihkan basis data dari cadangan (berkas sekarang dicadangkan dulu)")
    _add_db(restore)
    restore.add_argument("backup", metavar="CADANGAN", help="berkas cadangan (.sqlite, atau salinan berkata sandi .zip), atau namanya dari "
                              "`umkm-desk backups`")
    copy = sub.add_parser("copy", help="pindahkan seluruh data ke basis data lain yang kosong (mis. ke server)")
    copy.add_argument("--from", dest="source", required=True, metavar="SRC", help="basis data sumber (berkas atau URL)")
    copy.add_argument("--to", dest="dest", required=True, metavar="DEST",
                      help="basis data tujuan yang kosong (berkas baru atau URL postgresql://…)")

    init = sub.add_parser("init", help="buat basis data baru yang kosong (menolak berkas yang sudah ada)")
    _add_db(init)

    importer = sub.add_parser("import", help="impor UMKM dari berkas Excel (.xlsx) atau CSV")
    _add_db(importer)
    importer.add_argument("file", metavar="BERKAS", help="berkas .xlsx atau .csv yang diimpor")
    importer.add_argument("--sheet", metavar="NAMA", default=None,
                          help="lembar yang dibaca (bawaan: lembar pertama yang punya baris judul kolom)")
    importer.add_argument("--dry-run", action="store_true",
                          help="uji coba saja: periksa setiap baris tanpa menyimpan apa pun")
    importer.add_argument("--report", metavar="LAPORAN.csv", default=None,
                          help="tulis laporan per baris (baris, status, pesan, isi asli) sebagai CSV")

    printer = sub.add_parser("print", help="terbitkan dan simpan dokumen PDF")
    _add_db(printer)
    printer.add_argument("kind", choices=DocumentKindNames(), metavar="JENIS",
                         help="jenis dokumen: %(choices)s")
    printer.add_argument("--out", required=True, metavar="PATH", help="folder tujuan PDF")
    who = printer.add_mutually_exclusive_group(required=True)
    who.add_argument("--business", nargs="+", metavar="ID_OR_NAME",
                     help="UMKM: nama, id, atau 8 huruf awal id (terlihat di rincian UMKM)")
    who.add_argument("--all", action="store_true", help="semua UMKM yang berlaku untuk jenis dokumen ini")

    report = sub.add_parser("report", help="buat laporan berkala sebagai PDF atau Excel (.xlsx)")
    _add_db(report)
    report.add_argument("kind", choices=REPORT_KINDS, metavar="JENIS", help="jenis laporan: %(choices)s")
    report.add_argument("--year", type=int, required=True, metavar="YYYY", help="tahun laporan")
    when = report.add_mutually_exclusive_group()
    when.add_argument("--month", type=int, metavar="M", help="bulan 1-12 (tanpa ini: satu tahun)")
    when.add_argument("--quarter", type=int, metavar="Q", help="triwulan 1-4")
    when.add_argument("--semester", type=int, metavar="S", help="semester 1-2")
    report.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan, .pdf atau .xlsx")
    report.add_argument("--force", action="store_true", help="ganti berkas tujuan yang sudah ada")
    report.add_argument("--kecamatan", metavar="NAMA_ATAU_KODE", help="hanya satu kecamatan")
    report.add_argument("--sector", metavar="SEKTOR", help="hanya satu sektor usaha")
    report.add_argument("--partner", metavar="NAMA_ATAU_ID", help="hanya satu mitra")
    report.add_argument("--officer", metavar="NAMA_ATAU_ID", help="hanya satu petugas")

    export = sub.add_parser("export", help="ekspor daftar ke Excel (.xlsx) atau CSV, juga format SIDT-KUMKM")
    _add_db(export)
    export.add_argument("kind", choices=EXPORT_KINDS, metavar="DAFTAR", help="daftar: %(choices)s")
    export.add_argument("--out", required=True, metavar="FILE", help="berkas tujuan, .xlsx atau .csv")
    export.add_argument("--force", action="store_true", help="ganti berkas tujuan yang sudah ada")
    export.add_argument("--search", default="", metavar="TEKS", help="cari seperti di halamannya")
    export.add_argument("--kecamatan", metavar="NAMA_ATAU_KODE", help="hanya satu kecamatan")
    export.add_argument("--sector", metavar="SEKTOR", help="hanya satu sektor usaha (umkm, sidt)")
    export.add_argument("--scale", choices=("mikro", "kecil", "menengah", "besar"), help="hanya satu skala usaha")
    export.add_argument("--partner", metavar="NAMA_ATAU_ID", help="hanya satu mitra")
    export.add_argument("--officer", metavar="NAMA_ATAU_ID", help="hanya satu petugas (pendampingan)")
    export.add_argument("--year", type=int, metavar="YYYY", help="tahun (pendampingan, register)")
    export.add_argument("--overdue", action="store_true", help="hanya tindak lanjut terlambat (pendampingan)")
    export.add_argument("--archived", action="store_true", help="daftar arsip (umkm, sidt, mitra)")
    export.add_argument("--sort", choices=SORT_KEYS, default="name", help="urutan daftar UMKM: %(choices)s")
    export.add_argument("--desc", action="store_true", help="urutan menurun")

    user = sub.add_parser("user", help="kelola akun pengguna (khusus administrator)")
    _add_db(user)
    user.add_argument("action", choices=USER_ACTIONS, metavar="AKSI", help="aksi: %(choices)s")
    user.add_argument("username", nargs="?", default=None, metavar="NAMA_PENGGUNA",
                      help="akun yang ditambah, diberi kata sandi, atau dinonaktifkan")
    user.add_argument("--name", metavar="NAMA_LENGKAP", default=None, help="nama lengkap (add)")
    user.add_argument("--nip", metavar="NIP", default=None, help="NIP 18 angka, boleh kosong (add)")
    user.add_argument("--role", choices=ROLES, default=None, help="peran (add): %(choices)s")

    sync = sub.add_parser("sync", help="paket sinkronisasi antara kantor dan laptop lapangan")
    sync_sub = sync.add_subparsers(dest="sync_action", metavar="AKSI", title="aksi", required=True)
    sync_export = sync_sub.add_parser("export", help="buat paket berisi perubahan sejak paket terakhir ke PC itu")
    _add_db(sync_export)
    sync_export.add_argument("--to", required=True, metavar="PAKET", help="berkas paket tujuan (.umkmsync)")
    sync_export.add_argument("--for", dest="for_pc", metavar="NAMA_PC", default=None,
                             help="PC tujuan (bawaan di laptop: kantor asalnya)")
    sync_export.add_argument("--setup", action="store_true",
                             help="paket penyiapan laptop: seluruh data (di kantor saja), dengan blok nomor surat")
    sync_export.add_argument("--kecamatan", metavar="KODE", default=None,
                             help="paket penyiapan hanya untuk satu kecamatan (kode, mis. 36.73.01)")
    sync_export.add_argument("--block", type=int, metavar="N", default=None,
                             help="cadangkan N nomor surat untuk PC tujuan (bawaan 100 pada --setup)")
    sync_export.add_argument("--resend", type=int, metavar="NOMOR", default=None,
                             help="tulis ulang paket bernomor itu yang pernah dibuat (bila berkasnya hilang)")
    sync_export.add_argument("--force", action="store_true", help="ganti berkas paket yang sudah ada")
    sync_import = sync_sub.add_parser("import", help="terapkan paket dari PC lain (aman bila diulang)")
    _add_db(sync_import)
    sync_import.add_argument("package", metavar="PAKET", help="berkas paket (.umkmsync)")
    return parser


def _where(db: str | None) -> str | None:
    """The database named in messages (a server URL without its password)."""
    from umkm_desk.core.store.engine import resolve_target

    try:
        return resolve_target(db).display
    except Exception:  # noqa: BLE001 - only a label for the message
        return None


def report_failure(exc: BaseException, command: str, db: str | None) -> int:
    """The one failure path of every command: traceback to the log, one Indonesian line to stderr."""
    from umkm_desk import logs
    from umkm_desk.core.services.failures import describe

    logs.log_exception(exc, f"umkm-desk {command} gagal")
    failure = describe(exc, _where(db), log_path=str(logs.log_path()))
    print(f"umkm-desk {command}: {failure.message}".replace("\n", " "), file=sys.stderr)
    return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    from umkm_desk import logs

    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    logs.setup(command=command, db=args.db)
    try:
        if args.command is None:
            from umkm_desk.gui.app import run_gui

            if args.lang:  # for this run only: gui/language.py reads it before the saved choice
                os.environ["UMKM_DESK_LANG"] = args.lang

            return run_gui(db=args.db, page=args.page, screenshot=args.screenshot, user=args.user)
        from umkm_desk import commands

        if args.command in LOGIN_COMMANDS:
            from umkm_desk.commands._login import command_actor

            actor = command_actor(args, args.command)
            if actor is None:
                return EXIT_FAILURE
            args.actor = actor
        handler = getattr(commands, f"cmd_{args.command}")
        return int(handler(args))
    except KeyboardInterrupt:
        print(f"umkm-desk {command}: dibatalkan.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        return report_failure(exc, command, args.db)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
