"""``umkm-desk report`` and ``umkm-desk export``: the same code as the services, exit codes and one-line
Indonesian messages, read-only on the database, atomic files replaced only with --force."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from umkm_desk.cli import EXPORT_KINDS, REPORT_KINDS, SORT_KEYS, main
from umkm_desk.core.services.registry.business_query import SORT_KEYS as SERVICE_SORT_KEYS
from umkm_desk.core.services.reports.periodic import REPORTS
from umkm_desk.core.services.reports.sidt import sidt_columns


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_choices_are_the_services() -> None:
    assert tuple(REPORTS) == REPORT_KINDS
    assert SORT_KEYS == SERVICE_SORT_KEYS
    assert EXPORT_KINDS == ("umkm", "pendampingan", "mitra", "register", "sidt")


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_report_writes_pdf_and_xlsx(report_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    kind: str) -> None:
    before = _digest(report_db_path)
    for suffix, when in (("pdf", ["--quarter", "2"]), ("xlsx", ["--month", "3"])):
        out = tmp_path / f"{kind}.{suffix}"
        code, stdout, stderr = run(capsys, "report", kind, "--db", str(report_db_path), "--year", "2026", *when,
                                   "--out", str(out))
        assert (code, stderr) == (0, "")
        assert f"ditulis ke {out}" in stdout
        if suffix == "pdf":
            assert out.read_bytes().startswith(b"%PDF") and b"%%EOF" in out.read_bytes()[-1024:]
        else:
            assert openpyxl.load_workbook(out).sheetnames[-1] == "Keterangan"
    assert _digest(report_db_path) == before  # reading commands never write
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_report_refuses_and_explains(report_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(report_db_path)
    out = tmp_path / "rekap.pdf"
    out.write_bytes(b"earlier")
    code, _, err = run(capsys, "report", "rekap", "--db", db, "--year", "2026", "--out", str(out))
    assert code == 1 and "sudah ada" in err and "--force" in err and out.read_bytes() == b"earlier"
    code, _, err = run(capsys, "report", "rekap", "--db", db, "--year", "2026", "--out", str(out), "--force")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    cases = [
        (["--month", "13"], 2, "Bulan 13 tidak ada"),
        (["--quarter", "5"], 2, "Triwulan 5 tidak ada"),
        (["--month", "1", "--quarter", "1"], 2, "tidak boleh dipakai bersama"),
        (["--kecamatan", "Atlantis"], 2, "--kecamatan"),
        (["--sector", "tambang"], 2, "sektor 'tambang' tidak dikenal"),
        (["--partner", "Universitas Tidak Ada"], 2, "mitra 'Universitas Tidak Ada' tidak ditemukan"),
    ]
    for extra, expected, message in cases:
        code, _, err = run(capsys, "report", "rekap", "--db", db, "--year", "2026", "--out",
                           str(tmp_path / "x.pdf"), *extra)
        assert code == expected and message in err, (extra, err)
        assert len(err.strip().splitlines()[-1]) and "Traceback" not in err
    code, _, err = run(capsys, "report", "rekap", "--db", db, "--year", "2026", "--out", str(tmp_path / "x.docx"))
    assert code == 2 and "harus berakhiran .pdf atau .xlsx" in err
    code, _, err = run(capsys, "report", "rekap", "--db", db, "--year", "2026", "--out",
                       str(tmp_path / "tidak-ada" / "x.pdf"))
    assert code == 1 and "tidak ada" in err
    code, _, err = run(capsys, "report", "rekap", "--db", str(tmp_path / "salah.sqlite"), "--year", "2026",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "report", "laba", "--db", db, "--year", "2026", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "pilihan tidak sah" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_failed_write_leaves_no_file(report_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "rekap.xlsx"
    code, _, err = run(capsys, "report", "rekap", "--db", str(report_db_path), "--year", "2026", "--out", str(out))
    assert code == 1 and "tidak dapat ditulis" in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_exit_codes_in_a_real_process(report_db_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path.cwd()), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "umkm_desk", "report", "naik-kelas", "--db", str(report_db_path),
               "--year", "2026", "--out"]
    ok = subprocess.run([*command, str(tmp_path / "n.pdf")], capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([*command, str(tmp_path / "n.txt")], capture_output=True, text=True, env=env)
    assert bad.returncode == 2 and bad.stderr.startswith("umkm-desk report: ")


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_export_every_list(report_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           kind: str) -> None:
    before = _digest(report_db_path)
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"{kind}.{suffix}"
        code, stdout, err = run(capsys, "export", kind, "--db", str(report_db_path), "--out", str(out))
        assert (code, err) == (0, ""), err
        count = int(re.search(r"([\d.]+) (baris|UMKM) ditulis", stdout).group(1).replace(".", ""))
        if suffix == "csv":
            with open(out, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh))
            assert len(rows) == count + 1
        else:
            book = openpyxl.load_workbook(out, read_only=True)
            assert book.sheetnames[0] in ("UMKM", "Pendampingan", "Mitra", "Register", "SIDT")
    assert _digest(report_db_path) == before


def test_export_umkm_keeps_the_page_order_and_filter(report_ctx, report_db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows

    flt = BusinessFilter(kecamatan_code="36.73.05", scale="mikro")
    keys = business_keys(report_ctx, flt, sort="owner", descending=True)
    found = business_rows(report_ctx, keys)
    expected = [found[k].name for k in keys]
    out = tmp_path / "umkm.csv"
    code, _, err = run(capsys, "export", "umkm", "--db", str(report_db_path), "--kecamatan", "Cipocok Jaya",
                       "--scale", "mikro", "--sort", "owner", "--desc", "--out", str(out))
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Nama usaha", "Pemilik", "NIK"]
    assert [r[0] for r in rows[1:]] == expected and len(expected) > 10
    assert all("*" in r[2] or r[2] == "NIK belum ada" for r in rows[1:])  # masked, as on screen
    code, _, err = run(capsys, "export", "mitra", "--db", str(report_db_path), "--year", "2026", "--out",
                       str(tmp_path / "m.xlsx"))
    assert code == 2 and "--year tidak berlaku untuk daftar mitra" in err


def test_sidt_export_columns_and_forms(report_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = sidt_columns()
    assert len(names) == 46 and names[0] == "id_data_badan_usaha" and names[-1] == "tk_not_dibayar_disabil_perempua"
    assert names[20:23] == ("kode_kbli", "status_badan_usaha", "skala_usaha")
    out = tmp_path / "sidt.csv"
    code, stdout, err = run(capsys, "export", "sidt", "--db", str(report_db_path), "--out", str(out))
    assert code == 0, err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fh.seek(0)
        header = next(csv.reader(fh))
    assert tuple(header) == names  # exactly these names, in this order
    assert len(rows) == 300
    assert {r["jenis_kelamin"] for r in rows} <= {"Laki-laki", "Perempuan", ""}
    assert {r["skala_usaha"] for r in rows} <= {"Mikro", "Kecil", "Menengah"}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["tanggal_lahir"]) for r in rows if r["tanggal_lahir"])
    assert all(re.fullmatch(r"0\d{8,13}", r["kontak_hp"]) for r in rows if r["kontak_hp"])
    assert all(re.fullmatch(r"\d+", r["omzet_tahunan"]) for r in rows)
    assert all(re.fullmatch(r"[A-U]", r["kategori_kbli"]) for r in rows if r["kode_kbli"])
    assert {r["kab_usaha"] for r in rows} == {"Kota Serang"}
    assert all(r["is_disabilitas"] == "" and r["modal_pendirian"] == "" for r in rows)
    note = (tmp_path / "sidt.keterangan.txt").read_text(encoding="utf-8")
    assert "modal_pendirian: Selalu kosong" in note and "is_disabilitas" in note and "keterangan" in stdout
    xlsx = tmp_path / "sidt.xlsx"
    assert run(capsys, "export", "sidt", "--db", str(report_db_path), "--out", str(xlsx))[0] == 0
    book = openpyxl.load_workbook(xlsx)
    sheet = book["SIDT"]
    assert tuple(c.value for c in sheet[1]) == names
    assert sheet.max_row == 301
    explained = {row[0] for row in book["Keterangan"].iter_rows(min_row=5, values_only=True) if row[0]}
    assert {"id_data_badan_usaha", "asset", "foto_usaha"} <= explained


def test_rt_rw_from_addresses() -> None:
    from umkm_desk.core.services.reports.sidt import rt_rw

    assert rt_rw("Jl. Kagungan No. 40, RT 006/RW 005") == ("006", "005")
    assert rt_rw("Kp. Tegal rt.4 / rw.12") == ("004", "012")
    assert rt_rw("Perum Bumi Cipocok Indah Blok E12") == (None, None)


def test_report_help_is_indonesian() -> None:
    out = io.StringIO()
    try:
        sys.stdout, saved = out, sys.stdout
        with pytest.raises(SystemExit):
            main(["report", "--help"])
    finally:
        sys.stdout = saved
    assert "penggunaan:" in out.getvalue() and "berkas tujuan, .pdf atau .xlsx" in out.getvalue()


@pytest.mark.slow
def test_benchmark_script_runs(report_db_path: Path) -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "reports.py"
    spec = importlib.util.spec_from_file_location("reports_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    results = module.run(report_db_path, repeats=1, year=2026)
    names = [r["name"] for r in results]
    assert any(n.startswith("report permodalan") for n in names) and any(n.startswith("export umkm") for n in names)
    assert all(r["value"] > 0 for r in results)


@pytest.mark.slow
def test_benchmark_times_the_laporan_page_to_every_chart_drawn(report_db_path: Path) -> None:
    """The page figure runs the real main window in a child process on a scratch copy, and stops its clock only
    once every chart is drawn (the chart count is in the child's samples)."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "reports.py"
    spec = importlib.util.spec_from_file_location("reports_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    before = report_db_path.stat().st_mtime_ns
    results = module.run_page_drawn(report_db_path, repeats=1)
    assert [r["name"].split(":")[0] for r in results] == ["Laporan page, first visit", "Laporan page, after a change",
                                                          "Laporan page, after a change"]
    assert all(r["value"] > 0 and r["runs"] == 1 for r in results)
    assert "GUI thread" in str(results[0]["detail"])
    assert report_db_path.stat().st_mtime_ns == before  # measured on a copy
