"""Command line: ``umkm-desk`` opens the window; subcommands demo, check, backup and print work headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from umkm_desk import __version__

PAGES = ("beranda", "umkm", "pendampingan", "mitra", "dokumen", "laporan", "pengaturan")
DB_HELP = "berkas SQLite atau URL SQLAlchemy (juga env UMKM_DESK_DB); bawaan: folder data pengguna"


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None, help=DB_HELP)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="umkm-desk", description="UMKM Desk — pendampingan UMKM Disperindagkop Kota Serang"
    )
    parser.add_argument("--version", action="version", version=f"umkm-desk {__version__}")
    _add_db(parser)
    parser.add_argument("--page", choices=PAGES, default=None, help="halaman yang dibuka")
    parser.add_argument("--screenshot", metavar="PNG", default=None, help="simpan tangkapan layar lalu keluar")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    demo = sub.add_parser("demo", help="isi basis data dengan data contoh Kota Serang")
    _add_db(demo)
    demo.add_argument("--businesses", type=int, default=300, metavar="N", help="jumlah UMKM (bawaan 300)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="benih acak (bawaan 2026)")

    check = sub.add_parser("check", help="periksa migrasi, integritas, kunci asing dan jumlah baris")
    _add_db(check)

    backup = sub.add_parser("backup", help="salin basis data dengan aman (online backup)")
    _add_db(backup)
    backup.add_argument("dest", metavar="DEST", help="berkas tujuan")

    printer = sub.add_parser("print", help="terbitkan dan simpan dokumen PDF")
    _add_db(printer)
    printer.add_argument("kind", choices=("letter", "referral", "certificate", "summary"))
    printer.add_argument("--out", required=True, metavar="PATH", help="folder tujuan PDF")
    who = printer.add_mutually_exclusive_group(required=True)
    who.add_argument("--business", nargs="+", metavar="ID_OR_NAME",
                     help="UMKM: nama, id, atau 8 huruf awal id (terlihat di rincian UMKM)")
    who.add_argument("--all", action="store_true", help="semua UMKM yang berlaku untuk jenis dokumen ini")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from umkm_desk.gui.app import run_gui

        return run_gui(db=args.db, page=args.page, screenshot=args.screenshot)
    from umkm_desk import commands

    handler = getattr(commands, f"cmd_{args.command}")
    return int(handler(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
