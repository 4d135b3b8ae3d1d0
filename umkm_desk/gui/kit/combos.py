"""Combo box helpers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def find_data(combo: QComboBox, value: object) -> int:
    """Index of the item whose data equals ``value`` (compared in Python: QComboBox.findData cannot compare
    arbitrary Python objects such as UUIDs); -1 when none."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1
