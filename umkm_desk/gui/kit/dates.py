"""Dates on screen: ``datetime.date`` to and from ``QDate``, and date edits with the Indonesian calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
#: how every date edit shows its date (the forms in ui/*.ui use the same)
DISPLAY_FORMAT = "dd/MM/yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def setup_date(edit: QDateEdit, value: date | None = None) -> None:
    """Indonesian calendar popup, day/month/year display, set to ``value`` (default today)."""
    edit.setLocale(INDONESIAN)
    if edit.calendarWidget() is not None:
        edit.calendarWidget().setLocale(INDONESIAN)
    edit.setDate(to_qdate(value or date.today()))


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date edit built in code, configured like the ones in the forms: calendar popup, ``DISPLAY_FORMAT``,
    Indonesian calendar, set to ``value`` (default today)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    setup_date(edit, value)
    return edit
