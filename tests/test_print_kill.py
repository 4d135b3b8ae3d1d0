"""A ``print`` killed with kill -9: its render workers end with it, and the next ``--all`` writes the files
of the numbers it left behind from the register instead of issuing second letters."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from umkm_desk.cli import main
from umkm_desk.core.rules.file_names import document_file_name
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.store.database import open_database
from umkm_desk.demo.generator import fill_demo

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux /proc")]


def children(pid: int) -> set[int]:
    """Direct children of ``pid`` (psutil is not installed: /proc/*/stat's fourth field is the parent)."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_kill_9_ends_the_workers_and_the_next_run_completes_the_batch(tmp_path, capsys):
    path = tmp_path / "kota.sqlite"
    db = open_database(path)
    try:
        fill_demo(db, businesses=300, seed=11, today=date.today())
        eligible = len(documents.eligible_business_ids(ServiceContext(db), "letter"))
    finally:
        db.dispose()
    assert eligible > 2 * documents.IN_PROCESS_BATCH  # rendered by worker processes
    out = tmp_path / "surat"
    argv = ["print", "letter", "--db", str(path), "--out", str(out), "--all"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-m", "umkm_desk", *argv], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        # wait until the workers run and some files are written (so that some groups are committed)
        while time.monotonic() < deadline and (len(workers) < 1 or len(list(out.glob("*.pdf"))) < 5):
            workers |= children(proc.pid)
            time.sleep(0.05)
        assert workers, "no worker process was started"
        assert proc.poll() is None, "the batch ended before it could be killed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "workers outlived their killed parent"

    code = main(argv)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    db = open_database(path)
    try:
        entries = documents.list_register(ServiceContext(db), limit=100_000)
    finally:
        db.dispose()
    assert len(entries) == eligible == len({e.business_id for e in entries})  # no second letter
    names = {p.name for p in out.iterdir()}
    assert names == {document_file_name(e.number) for e in entries}  # every number has its file, no temp
    assert "dicetak ulang dari register" in captured.out
