"""The Qt binding itself: a release that corrupts reference counts would crash officers' long sessions."""

from __future__ import annotations

import os
import subprocess
import sys

_EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    changed = Signal(int)

app = QCoreApplication([])
emitter = Emitter()
emitter.changed.connect(lambda value: None)
before = sys.getrefcount(True)
for value in range(5000):
    emitter.changed.emit(value)
print(sys.getrefcount(True) - before)
"""


def test_signal_emit_keeps_reference_counts() -> None:
    # PySide6 6.12.0 drops a reference to True on each emit; on Python 3.11 the process aborts in bool_dealloc.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _EMIT_MANY], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip())) < 100
