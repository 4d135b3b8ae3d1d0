"""Summary statistics and the result rows shared by the benchmark modules.

p95 is the nearest-rank percentile: the smallest sample that at least 95 % of the samples do not exceed (with
fewer than 20 samples that is the largest one), so a p95 is always a time that was actually measured.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples))


def p95(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return float(ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)])


@dataclass
class Figure:
    """One measured figure (times in seconds, memory in bytes) and, when it has one, its floor."""

    key: str
    label: str
    unit: str  # "s" (shown as ms or s) or "bytes" (shown as MB)
    samples: list[float]
    target: float | None = None  # met when p95 < target
    floor_label: str | None = None
    floor_samples: list[float] = field(default_factory=list)
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        return median(self.samples) if self.samples else None

    @property
    def p95(self) -> float | None:
        return p95(self.samples) if self.samples else None

    @property
    def floor(self) -> float | None:
        """The floor's p95, measured over the same inputs and repeats as the figure."""
        return p95(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        if self.p95 is None or not self.floor:
            return None
        return self.p95 / self.floor

    @property
    def met(self) -> bool | None:
        if self.target is None or self.p95 is None:
            return None
        return self.p95 < self.target

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(median=self.median, p95=self.p95, floor=self.floor, ratio=self.ratio, met=self.met,
                   runs=len(self.samples), floor_runs=len(self.floor_samples))
        return out
