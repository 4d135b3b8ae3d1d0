"""Constants the report tests share with their conftest."""

from __future__ import annotations

from datetime import date

#: the demo's reference day: its cases, stages and activities run up to it
DEMO_TODAY = date(2026, 11, 28)
DEMO_BUSINESSES = 300
