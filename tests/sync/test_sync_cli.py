"""``umkm-desk sync export`` / ``sync import``: exit 0 when written, applied or applied before; 1 with one
Indonesian line when refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import business_input, snapshot

from umkm_desk.cli import main
from umkm_desk.core.services.registry.businesses import create_business, update_business


@pytest.fixture
def paths(sqlite_office, laptops):  # noqa: ANN001
    laptop, _ = laptops
    return sqlite_office, laptop, sqlite_office.db.target.path, laptop.db.target.path


def test_export_import_round_trip_and_exit_codes(paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    office, laptop, office_db, laptop_db = paths
    business_id = create_business(office, business_input())
    setup = tmp_path / "siapkan.umkmsync"
    assert main(["sync", "export", "--db", str(office_db), "--to", str(setup), "--for", "laptop1", "--setup",
                 "--block", "10"]) == 0
    assert "nomor surat 1–10" in capsys.readouterr().out
    assert main(["sync", "import", "--db", str(laptop_db), str(setup)]) == 0
    assert "diterapkan" in capsys.readouterr().out
    assert main(["sync", "import", "--db", str(laptop_db), str(setup)]) == 0
    assert "sudah diterapkan sebelumnya" in capsys.readouterr().out
    # an existing file is not overwritten
    assert main(["sync", "export", "--db", str(office_db), "--to", str(setup), "--for", "laptop1"]) == 1
    assert "sudah ada" in capsys.readouterr().err

    update_business(office, business_id, business_input(name="Gipang Baru"))
    second, third = tmp_path / "2.umkmsync", tmp_path / "3.umkmsync"
    assert main(["sync", "export", "--db", str(office_db), "--to", str(second), "--for", "laptop1"]) == 0
    update_business(office, business_id, business_input(name="Gipang Lebih Baru"))
    assert main(["sync", "export", "--db", str(office_db), "--to", str(third), "--for", "laptop1"]) == 0
    capsys.readouterr()
    assert main(["sync", "import", "--db", str(laptop_db), str(third)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("umkm-desk sync import: ") and "nomor 2 belum diterima" in err
    second.unlink()  # lost on the way: written again from the outbox
    assert main(["sync", "export", "--db", str(office_db), "--to", str(second), "--for", "laptop1",
                 "--resend", "2"]) == 0
    assert main(["sync", "import", "--db", str(laptop_db), str(second)]) == 0
    assert main(["sync", "import", "--db", str(laptop_db), str(third)]) == 0
    assert snapshot(office)["business"] == snapshot(laptop)["business"]

    back = tmp_path / "balik.umkmsync"
    assert main(["sync", "export", "--db", str(laptop_db), "--to", str(back)]) == 0
    assert main(["sync", "import", "--db", str(office_db), str(back)]) == 0


def test_damaged_package_is_refused(paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    _, _, _, laptop_db = paths
    bad = tmp_path / "rusak.umkmsync"
    bad.write_bytes(b"bukan zip")
    assert main(["sync", "import", "--db", str(laptop_db), str(bad)]) == 1
    assert "bukan paket sinkronisasi" in capsys.readouterr().err
    assert main(["sync", "import", "--db", str(laptop_db), str(tmp_path / "tidak-ada.umkmsync")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
