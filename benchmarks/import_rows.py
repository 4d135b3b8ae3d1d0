"""Spreadsheet import benchmark (issue 13): a 10,000-row office .xlsx, dry run and commit. See BENCHMARKS.md.

    python benchmarks/import_rows.py                      # 10,000 rows, 3 runs
    python benchmarks/import_rows.py --rows 200 --runs 1  # quick
    python benchmarks/import_rows.py --json out.json      # also write every sample
    python benchmarks/import_rows.py --businesses 100000  # into a demo database of 100,000 businesses

The file is generated (seeded): two title rows, the office headers, rows spread over the 67 kelurahan with the
spellings offices use (capitals, "Kel.", press spellings), NIKs as text and as numbers, phones and money in every
form the issue lists, dates as text and Excel serials, a few damaged rows, an empty row and a JUMLAH row. Every
measured step runs in its own process on a fresh copy of an empty database (with ``--businesses N``: of
``umkm-desk demo --businesses N``), so each peak memory (VmHWM, from ``wait4``) is that step's alone:

- dry run: ``open_table`` + ``mapping_for`` + ``dry_run`` (what the officer waits for after choosing the file);
- commit: ``commit_import`` of the table already read (what the wizard's Impor button starts);
- commit again: the same file a second time (every row found in the database: nothing new);
- floor: reading the same sheet with openpyxl's read-only mode alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if str(Path(__file__).resolve().parent) not in sys.path:  # imported by file path (tests)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
import _login  # noqa: E402 - every process logs in as the demo's administrator

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(1, str(HERE.parent))

from _stats import Figure  # noqa: E402

MB = 1024 * 1024
TARGETS = {"dry_run": 10.0, "commit": 20.0, "memory": 300 * MB}
HEADERS = ["No", "Nama Usaha", "Nama Pemilik", "NIK", "No. HP/WA", "Alamat", "Kelurahan", "Kecamatan",
           "Jenis Usaha", "Omset/Bulan", "Modal Usaha", "Jml Karyawan", "Tgl Daftar"]  # fmt: skip
_KINDS = ["Warung", "Toko", "Keripik", "Batik", "Sate", "Kopi", "Roti", "Jahit", "Bengkel", "Laundry", "Dodol",
          "Emping", "Sambal", "Kue", "Bakso", "Mie Ayam", "Kerupuk", "Rengginang", "Anyaman", "Konveksi"]
_WORDS = ["Barokah", "Mandiri", "Sejahtera", "Berkah", "Jaya", "Makmur", "Sentosa", "Amanah", "Rizki", "Lestari",
          "Mulya", "Sari", "Indah", "Putri", "Abadi", "Sumber", "Rejeki", "Bintang", "Mekar", "Harapan"]
_PEOPLE = ["Siti", "Ahmad", "Budi", "Dewi", "Rina", "Agus", "Sri", "Joko", "Lina", "Hasan", "Yati", "Ujang",
           "Eka", "Dedi", "Nur", "Iwan", "Tuti", "Asep", "Neneng", "Wawan"]
_FAMILY = ["Hidayat", "Lestari", "Santoso", "Rahmawati", "Saputra", "Wulandari", "Kurniawan", "Fauzi", "Maulana",
           "Susanti", "Firmansyah", "Handayani", "Permana", "Nurhayati", "Setiawan"]
_SECTORS = ["Kuliner", "Kerajinan", "Fesyen", "Perdagangan", "Jasa", "Industri Pengolahan", "kuliner", "Fashion"]
_PRESS = {"Kalanganyar": "Karang Anyar", "Nyapah": "Nyampah", "Pangampelan": "Pengampelan"}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def build_file(path: Path, rows: int, seed: int) -> Path:
    """The office spreadsheet of ``rows`` data rows (see the module doc)."""
    import openpyxl

    from umkm_desk.core.rules import wilayah
    from umkm_desk.core.rules.nik import encode_nik

    rng = random.Random(seed)
    places = wilayah.kelurahan_list()
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("UMKM Binaan")
    sheet.append(["DAFTAR UMKM BINAAN DISPERINDAGKOP KOTA SERANG"])
    sheet.append(["Tahun 2025"])
    sheet.append([])
    sheet.append(HEADERS)
    from datetime import date, timedelta

    for number in range(1, rows + 1):
        if number == rows // 2:
            sheet.append([])  # an empty row in the middle
        place = rng.choice(places)
        name = place.name
        style = rng.random()
        kelurahan = (name.upper() if style < 0.2 else f"Kel. {name}" if style < 0.35
                     else _PRESS.get(name, name))  # fmt: skip
        kecamatan = place.kecamatan_name if name == "Sukawana" or rng.random() < 0.5 else ""
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 40))
        nik = encode_nik(place.kecamatan_code, born, rng.choice("LP"), number % 9999 + 1)
        nik_cell: object = (int(nik) if rng.random() < 0.1 else f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"
                            if rng.random() < 0.2 else nik)  # fmt: skip
        phone_digits = f"8{rng.choice('1235')}{rng.randrange(10**9):09d}"
        phone: object = rng.choice([f"0{phone_digits[:3]}-{phone_digits[3:7]}-{phone_digits[7:]}",
                                    f"+62 {phone_digits}", int(phone_digits), f"0{phone_digits}"])  # fmt: skip
        monthly = rng.randrange(1, 60) * 500_000
        dotted = f"{monthly:,}".replace(",", ".")
        money = rng.choice([f"Rp {dotted}", str(monthly), f"{monthly // 1_000_000} jt"
                            if monthly % 1_000_000 == 0 else f"Rp{dotted},00"])  # fmt: skip
        modal: object = rng.choice([rng.randrange(1, 100) * 1_000_000, "lima juta", "Rp 25.000.000", "3 jt"])
        registered: object = rng.choice(["01/03/2025", "5-4-25", 45700 + rng.randrange(300)])
        business = f"{rng.choice(_KINDS)} {rng.choice(_WORDS)} {rng.choice(_WORDS)} {number}"
        owner = f"{rng.choice(_PEOPLE)} {rng.choice(_FAMILY)}"
        if rng.random() < 0.02:
            nik_cell = "3,67301E+15"  # damaged
        sheet.append([number, business, owner, nik_cell, phone, f"Jl. {rng.choice(_WORDS)} No. {number}", kelurahan,
                      kecamatan, rng.choice(_SECTORS), money, modal, rng.randrange(0, 20), registered])  # fmt: skip
    sheet.append([None, "JUMLAH", None, None, None, None, None, None, None, f"=SUM(J5:J{rows + 5})"])
    workbook.save(path)
    return path


# --- the measured steps, each in its own process -----------------------------------------------------------


def child(step: str, db: str, file: str) -> dict[str, Any]:
    if step == "read":
        import openpyxl

        started = time.perf_counter()
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
        count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
        workbook.close()
        return {"seconds": time.perf_counter() - started, "rows": count}
    from umkm_desk.core.services import imports
    from umkm_desk.core.services.context import ServiceContext
    from umkm_desk.core.store.database import open_database

    database = open_database(db)
    try:
        ctx = ServiceContext(database)
        ctx.actor = _login.actor(ctx)
        started = time.perf_counter()
        table = imports.open_table(Path(file))
        mapping = imports.mapping_for(ctx, table.headers)
        if step == "dry":
            dry = imports.dry_run(ctx, table, mapping)
            return {"seconds": time.perf_counter() - started, "counts": dry.counts}
        started = time.perf_counter()  # the wizard has read the table already
        result = imports.commit_import(ctx, table, mapping)
        return {"seconds": time.perf_counter() - started, "counts": result.counts, "imported": result.imported}
    finally:
        database.dispose()


def run_child(step: str, db: Path, file: Path) -> tuple[dict[str, Any], int]:
    """Run one step in a fresh process; its result and its peak memory (bytes)."""
    env = dict(os.environ) | {"PYTHONPATH": os.pathsep.join(p for p in (str(HERE.parent), os.environ.get("PYTHONPATH"))
                                                            if p)}  # fmt: skip
    process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", step, "--db", str(db),
                                "--file", str(file)], stdout=subprocess.PIPE, env=env)  # fmt: skip
    assert process.stdout is not None
    out = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"step {step} failed with exit code {process.returncode}")
    return json.loads(out), usage.ru_maxrss * 1024  # Linux reports kilobytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--businesses", type=int, default=0,
                        help="import into a demo database of this many businesses (default: an empty one)")
    parser.add_argument("--child", choices=("read", "dry", "commit"), default=None, help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--file", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.db, args.file)))
        return 0

    from run import table  # the suite's table format

    from umkm_desk.core.store.database import open_database

    work = Path(tempfile.mkdtemp(prefix="umkm-import-bench-"))
    try:
        log(f"building a {args.rows:,}-row .xlsx")
        source = build_file(work / "umkm-binaan.xlsx", args.rows, args.seed)
        empty = work / "empty.sqlite"
        if args.businesses:
            log(f"building a database of {args.businesses:,} demo businesses")
            subprocess.run([sys.executable, "-m", "umkm_desk", "demo", "--db", str(empty), "--businesses",
                            str(args.businesses), "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL,
                           env=dict(os.environ) | {"PYTHONPATH": str(HERE.parent)})  # fmt: skip
        else:
            open_database(empty).dispose()
        figures = {
            "dry_run": Figure("dry_run", f"import dry run, {args.rows:,}-row .xlsx (read + check every row)", "s",
                              [], TARGETS["dry_run"], "openpyxl read-only reading of the same sheet"),
            "commit": Figure("commit", f"import commit, {args.rows:,} rows (one transaction)", "s", [],
                             TARGETS["commit"]),
            "again": Figure("again", "import the same file again (nothing new)", "s", []),
            "memory": Figure("memory", "peak memory of an import step (VmHWM)", "bytes", [], TARGETS["memory"],
                             "VmHWM of the openpyxl read alone"),
        }  # fmt: skip
        for run in range(args.runs):
            db = work / f"run{run}.sqlite"
            shutil.copyfile(empty, db)
            read, read_peak = run_child("read", db, source)
            dry, dry_peak = run_child("dry", db, source)
            commit, commit_peak = run_child("commit", db, source)
            again, again_peak = run_child("commit", db, source)
            log(f"run {run + 1}: read {read['seconds']:.2f} s, dry run {dry['seconds']:.2f} s {dry['counts']}, "
                f"commit {commit['seconds']:.2f} s ({commit['imported']} imported), again {again['seconds']:.2f} s")
            assert again["imported"] == 0 and commit["imported"] == dry["counts"]["ok"] + dry["counts"]["peringatan"]
            figures["dry_run"].samples.append(dry["seconds"])
            figures["dry_run"].floor_samples.append(read["seconds"])
            figures["dry_run"].extra.setdefault("counts", dry["counts"])
            figures["commit"].samples.append(commit["seconds"])
            figures["again"].samples.append(again["seconds"])
            figures["memory"].samples.append(max(dry_peak, commit_peak, again_peak))
            figures["memory"].floor_samples.append(read_peak)
        ordered = list(figures.values())
        print(table(ordered))
        print(f"\nrows per status (dry run): {figures['dry_run'].extra['counts']}")
        if args.json:
            args.json.write_text(json.dumps({"rows": args.rows, "runs": args.runs,
                                             "figures": [f.as_json() for f in ordered]}, indent=1))  # fmt: skip
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
