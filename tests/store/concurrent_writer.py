"""One OS process of tests/store/test_write_concurrency.py: creates, updates and issues through the services.

Usage: python concurrent_writer.py DB WORKER OPERATIONS GO_FILE. Waits for GO_FILE so that every process starts
writing at the same moment, then prints one line per failed operation and "done <ok> <failed>" at the end.
"""

from __future__ import annotations

import sys
import time
import traceback
from datetime import date
from pathlib import Path

from umkm_desk.core.rules.nik import encode_nik
from umkm_desk.core.services.context import Actor, ServiceContext
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.registry.businesses import BusinessInput
from umkm_desk.core.store.database import open_database

KEC_SERANG = "36.73.01"
KEL_A = "36.73.01.1001"


def business_input(worker: int, serial: int, workers: int = 1) -> BusinessInput:
    return BusinessInput(
        owner_name=f"Pemilik Uji {worker} {serial}",
        nik=encode_nik(KEC_SERANG, date(1980, 1 + worker, 1 + serial % 28), "L", 1 + serial),
        phone=f"0812-{worker:04d}-{serial:04d}",
        owner_address="Jl. Ki Mas Jong No. 3",
        name=f"Usaha Uji {worker} {serial}",
        sector="kuliner",
        kbli="10792",
        address="Jl. Ki Mas Jong No. 3",
        kecamatan_code=KEC_SERANG,
        kelurahan_code=KEL_A,
        nib=f"9{worker:02d}{serial:010d}",
        year_started="2015",
        modal_usaha="25jt",
        annual_sales="180 juta",
        workers=str(workers),
    )


def main() -> int:
    db_path, worker, operations, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    db = open_database(db_path)
    ctx = ServiceContext(db, Actor(None, f"Proses {worker}", f"pc-{worker}"))
    eligible = documents.eligible_business_ids(ctx, "letter")
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    ok = failed = 0
    mine: list[tuple[object, int]] = []
    for step in range(operations):
        try:
            if step % 3 == 0:  # create
                serial = len(mine)
                business_id = businesses.create_business(ctx, business_input(worker, serial), duplicate_reason="uji")
                mine.append((business_id, serial))
            elif step % 3 == 1:  # update what this process created
                business_id, serial = mine[-1]
                businesses.update_business(ctx, business_id, business_input(worker, serial, workers=2 + step))
            else:  # issue a numbered letter
                documents.issue_document(ctx, "letter", eligible[(worker * 7 + step) % len(eligible)],
                                         render_pdf=step % 9 == 2)
            ok += 1
        except Exception as exc:
            failed += 1
            print(f"FAILED step {step}: {type(exc).__name__}: {str(exc).splitlines()[0]}", flush=True)
            traceback.print_exc(file=sys.stderr)
    db.dispose()
    print(f"done {ok} {failed}", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())


