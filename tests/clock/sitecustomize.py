"""Moves the clock of a subprocess started by the test suite to ``UMKM_DESK_TEST_TODAY`` (``pytest --today``).

``tests/conftest.py`` puts this folder on PYTHONPATH only when the option is given, so that the CLI and benchmark
subprocesses see the same day as the test that started them."""

import os

_today = os.environ.get("UMKM_DESK_TEST_TODAY")
if _today:
    from datetime import datetime

    import time_machine

    time_machine.travel(datetime.fromisoformat(f"{_today}T12:00:00+07:00"), tick=True).start()
