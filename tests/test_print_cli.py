"""``umkm-desk print KIND --db X --out D (--business ... | --all)``: issues through the register, one PDF each."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from umkm_desk.cli import main
from umkm_desk.core.rules.file_names import document_file_name
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.office.settings import get_letterhead_settings, save_letterhead_settings
from umkm_desk.core.services.register import documents
from umkm_desk.core.store.database import open_database
from umkm_desk.demo.generator import fill_demo

SIGNATORY = "Dr. H. Ahmad Fauzi, S.E., M.M."


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=30, seed=5, today=date.today())
        ctx = ServiceContext(db, Actor(None, "Petugas Uji"))
        save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name=SIGNATORY,
                                              signatory_nip="197001012000031001"))
    finally:
        db.dispose()
    return path


def register(path: Path) -> list[documents.RegisterEntry]:
    db = open_database(path)
    try:
        return documents.list_register(ServiceContext(db), limit=10_000)
    finally:
        db.dispose()


def eligible(path: Path, kind: str) -> list:
    db = open_database(path)
    try:
        ctx = ServiceContext(db)
        ids = documents.eligible_business_ids(ctx, kind)
        names = documents._batch_names(ctx, ids)
        return [(business_id, names[business_id]) for business_id in ids]
    finally:
        db.dispose()


def first_page_text(pdf: Path) -> str:
    return " ".join((PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text() or "").split())


def test_print_all_certificates_writes_one_pdf_per_eligible_business(demo_db, tmp_path, capsys):
    wanted = eligible(demo_db, "certificate")
    assert wanted
    out = tmp_path / "sertifikat"
    assert main(["print", "certificate", "--db", str(demo_db), "--out", str(out), "--all"]) == 0
    files = sorted(out.glob("*.pdf"))
    entries = register(demo_db)
    assert len(files) == len(wanted) == len(entries)
    assert {e.business_id for e in entries} == {business_id for business_id, _ in wanted}
    for entry in entries:
        path = out / document_file_name(entry.number)
        assert path.exists()
        text = first_page_text(path)
        assert "SERTIFIKAT" in text and entry.number in text and entry.business_name in text
    stdout = capsys.readouterr().out
    assert f"{len(wanted)} diterbitkan, 0 dicetak ulang dari register, 0 sudah ada; 0 gagal" in stdout
    # a second --all issues nothing: every eligible business has its certificate, and its file is there
    assert main(["print", "certificate", "--db", str(demo_db), "--out", str(out), "--all"]) == 0
    assert f"0 diterbitkan, 0 dicetak ulang dari register, {len(wanted)} sudah ada" in capsys.readouterr().out
    assert len(register(demo_db)) == len(entries)


def test_print_by_business_name_and_id(demo_db, tmp_path, capsys):
    (first_id, first_name), (second_id, _second_name) = eligible(demo_db, "letter")[:2]
    out = tmp_path / "surat"
    code = main(["print", "letter", "--db", str(demo_db), "--out", str(out),
                 "--business", first_name.upper(), str(second_id)])
    assert code == 0
    entries = register(demo_db)
    assert {e.business_id for e in entries} == {first_id, second_id}
    assert len(list(out.glob("*.pdf"))) == 2
    assert first_name in capsys.readouterr().out


def test_unknown_business_is_refused_without_issuing(demo_db, tmp_path, capsys):
    code = main(["print", "summary", "--db", str(demo_db), "--out", str(tmp_path / "x"),
                 "--business", "Usaha Yang Tidak Ada"])
    assert code == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert register(demo_db) == []


def test_a_bad_record_is_reported_and_the_rest_are_written(demo_db, tmp_path, capsys):
    good = eligible(demo_db, "certificate")[0]
    not_eligible = next(name for _id, name in eligible(demo_db, "letter")
                        if name not in {n for _i, n in eligible(demo_db, "certificate")})
    out = tmp_path / "campur"
    code = main(["print", "certificate", "--db", str(demo_db), "--out", str(out),
                 "--business", good[1], not_eligible])
    assert code == 3
    captured = capsys.readouterr()
    assert f"GAGAL\t{not_eligible}\t" in captured.err and "sertifikat belum dapat dibuat" in captured.err
    assert len(list(out.glob("*.pdf"))) == 1
    assert "1 diterbitkan, 0 dicetak ulang dari register, 0 sudah ada; 1 gagal" in captured.out


def test_print_refuses_without_signatory(tmp_path, capsys):
    path = tmp_path / "kosong.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=10, seed=3)
        # The demo brings an example signatory; an office that has not filled Pengaturan has none.
        ctx = ServiceContext(db, Actor(None, "Uji"))
        save_letterhead_settings(ctx, replace(get_letterhead_settings(ctx), signatory_name=""))
    finally:
        db.dispose()
    code = main(["print", "summary", "--db", str(path), "--out", str(tmp_path / "o"), "--all"])
    assert code == 1
    assert "penandatangan" in capsys.readouterr().err.lower()
    assert not (tmp_path / "o").exists()


def test_print_needs_business_or_all(tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["print", "letter", "--db", str(tmp_path / "a.sqlite"), "--out", str(tmp_path)])
    assert exited.value.code == 2
    with pytest.raises(SystemExit):
        main(["print", "memo", "--db", str(tmp_path / "a.sqlite"), "--out", str(tmp_path), "--all"])


@pytest.mark.slow
def test_console_entry_point_runs(demo_db, tmp_path):
    out = tmp_path / "ringkasan"
    result = subprocess.run(
        [sys.executable, "-m", "umkm_desk", "print", "summary", "--db", str(demo_db), "--out", str(out), "--all"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("*.pdf"))) == len(register(demo_db)) > 0
