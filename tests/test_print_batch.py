"""``print`` never leaves a number without its PDF unsaid: the folder is checked before numbering, files are
written atomically and never overwritten, a stop names the numbers without a file, and the next ``--all``
writes those from the register (same number, same bytes) instead of issuing new ones."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from test_print_cli import demo_db, register  # noqa: F401  (fixture)

from umkm_desk.cli import main
from umkm_desk.core.rules.file_names import document_file_name
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import document_batch, documents
from umkm_desk.core.store.database import open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def reprinted_bytes(path: Path, entry: documents.RegisterEntry) -> bytes:
    db = open_database(path)
    try:
        return documents.reprint(ServiceContext(db), entry.id)
    finally:
        db.dispose()


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_unwritable_folder_numbers_nothing(demo_db, tmp_path, capsys, monkeypatch):  # noqa: F811
    out = tmp_path / "surat"
    out.mkdir()

    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(document_batch, "open", refuse, raising=False)
    code, _out, err = run(capsys, "print", "letter", "--db", str(demo_db), "--out", str(out), "--all")
    assert code == 1
    assert "tidak dapat ditulisi" in err and ("hanya-baca" in err or "Izin ditolak" in err)
    assert register(demo_db) == []
    assert files(out) == set()


def test_too_little_space_numbers_nothing(demo_db, tmp_path, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setattr(document_batch.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 1, 1 << 20))
    code, _out, err = run(capsys, "print", "letter", "--db", str(demo_db), "--out", str(tmp_path), "--all")
    assert code == 1
    assert "Ruang disk" in err and "tidak cukup" in err
    assert register(demo_db) == []


def test_missing_parent_folder_is_refused(demo_db, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "salah-ketik" / "surat"
    code, _out, err = run(capsys, "print", "letter", "--db", str(demo_db), "--out", str(out), "--all")
    assert code == 1 and "tidak ada" in err
    assert not (tmp_path / "salah-ketik").exists()
    assert register(demo_db) == []


def _fail_after(monkeypatch, count: int, exc: BaseException) -> list[str]:
    """os.replace works ``count`` times, then raises ``exc`` (a full disk, or a kill)."""
    real_replace = os.replace
    done: list[str] = []

    def replace(src, dst):
        if len(done) >= count:
            raise exc
        real_replace(src, dst)
        done.append(str(dst))

    monkeypatch.setattr(document_batch.os, "replace", replace)
    return done


@pytest.mark.parametrize("how", ["disk full", "killed"])
def test_a_stop_midway_names_the_numbers_and_the_next_run_writes_them(demo_db, tmp_path, capsys,  # noqa: F811
                                                                       monkeypatch, how):
    db = open_database(demo_db)
    try:
        eligible_count = len(documents.eligible_business_ids(ServiceContext(db), "letter"))
    finally:
        db.dispose()
    assert eligible_count >= 6
    monkeypatch.setattr(documents, "BATCH_COMMIT_DOCUMENTS", 2)  # several groups: some committed, one open
    out = tmp_path / "surat"
    argv = ("print", "letter", "--db", str(demo_db), "--out", str(out), "--all")
    if how == "disk full":
        _fail_after(monkeypatch, 3, OSError(errno.ENOSPC, "No space left on device"))
        code, _out, err = run(capsys, *argv)
        assert code == 1
        assert "Disk penuh" in err and "Nomor tanpa berkas PDF" in err
    else:
        class Killed(BaseException):
            pass

        _fail_after(monkeypatch, 3, Killed())
        with pytest.raises(Killed):
            main(list(argv))
        err = ""
    monkeypatch.undo()
    entries = register(demo_db)
    on_disk = files(out)
    assert not [name for name in on_disk if ".partial-" in name]  # no temporary file left
    written = [e for e in entries if document_file_name(e.number) in on_disk]
    missing = [e for e in entries if document_file_name(e.number) not in on_disk]
    assert len(written) == 3 and len(on_disk) == 3
    assert missing  # committed groups whose files were not written yet ...
    for entry in missing:  # ... are named (the numbers of the open group were rolled back: not in the register)
        assert how == "killed" or entry.number in err
    assert len(entries) < eligible_count

    code, stdout, err = run(capsys, *argv)
    assert code == 0, err
    assert (f"{eligible_count - len(entries)} diterbitkan, {len(missing)} dicetak ulang dari register, "
            f"3 sudah ada") in stdout
    after = register(demo_db)
    assert len(after) == eligible_count  # one letter per business: no second letter to anybody
    assert len({e.business_id for e in after}) == eligible_count
    assert {e.number for e in entries} <= {e.number for e in after}
    for entry in missing:  # the same number, the same bytes as a reprint
        assert (out / document_file_name(entry.number)).read_bytes() == reprinted_bytes(demo_db, entry)
    assert files(out) == {document_file_name(e.number) for e in after}


def test_an_existing_file_is_never_overwritten(demo_db, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "surat"
    out.mkdir()
    db = open_database(demo_db)
    try:
        ctx = ServiceContext(db)
        first = documents.eligible_business_ids(ctx, "summary")[0]
        settings = documents.load_settings(ctx)
    finally:
        db.dispose()
    from datetime import date

    from umkm_desk.core.rules.letter_number import render_letter_number

    next_number = render_letter_number(settings.template, nomor=1, tanggal=date.today())
    squatter = out / document_file_name(next_number)
    squatter.write_bytes(b"berkas lain milik petugas")
    code, _out, err = run(capsys, "print", "summary", "--db", str(demo_db), "--out", str(out),
                          "--business", str(first))
    assert code == 1
    assert "sudah ada" in err and "tidak ditimpa" in err and next_number in err
    assert squatter.read_bytes() == b"berkas lain milik petugas"


def test_write_new_file_is_atomic_and_refuses_existing(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    document_batch.write_new_file(target, b"%PDF-1.4 isi %%EOF")
    assert target.read_bytes() == b"%PDF-1.4 isi %%EOF"
    with pytest.raises(FileExistsError):
        document_batch.write_new_file(target, b"lain")
    assert target.read_bytes() == b"%PDF-1.4 isi %%EOF"

    def no_sync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(document_batch.os, "fsync", no_sync)
    with pytest.raises(OSError):
        document_batch.write_new_file(tmp_path / "b.pdf", b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]
