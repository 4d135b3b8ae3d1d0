"""After a whole journey on the command line (demo, print, a refused name, a damaged file), the log holds what
happened and no NIK or phone number of anyone in the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from umkm_desk import logs
from umkm_desk.cli import main


def _personal_numbers(db: Path) -> set[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT nik, phone FROM owner").fetchall()
    found: set[str] = set()
    for nik, phone in rows:
        if nik:
            found.add(nik)
        if phone:
            digits = "".join(ch for ch in phone if ch.isdigit())
            found.update({phone, digits, "0" + digits[2:] if digits.startswith("62") else digits})
    return {value for value in found if len(value) >= 10}


def test_the_log_after_a_journey_holds_no_nik_or_phone(tmp_path: Path) -> None:
    db = tmp_path / "umkm.sqlite"
    assert main(["demo", "--db", str(db), "--businesses", "40"]) == 0
    personal = _personal_numbers(db)
    assert len(personal) > 40
    nik = next(value for value in personal if len(value) == 16)
    assert main(["print", "letter", "--db", str(db), "--out", str(tmp_path / "surat"), "--all"]) == 0
    # an officer types a NIK where a name belongs: refused, and the refusal is not a way into the log
    assert main(["print", "letter", "--db", str(db), "--out", str(tmp_path / "lagi"), "--business", nik]) != 0
    damaged = tmp_path / "rusak.sqlite"
    damaged.write_bytes(db.read_bytes()[:8192] + b"\x00" * 4096 + db.read_bytes()[12288:])
    main(["print", "summary", "--db", str(damaged), "--out", str(tmp_path / "rusak"), "--all"])

    text = "".join(path.read_text(encoding="utf-8") for path in logs.log_path().parent.glob("*"))
    assert text.count("UMKM Desk") >= 4  # a first line per command: the log did record the journey
    leaked = sorted(value for value in personal if value in text)
    assert not leaked, f"personal numbers in the log: {len(leaked)}"
