"""Berkas › Jejak audit (administrator and pimpinan): who, when, which PC, what, old → new, with filters, and
the export to .xlsx. The service decides who may read it and masks NIKs for roles that may not see them."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.accounts.audit_log import (
    ACTION_LABELS,
    MAX_ROWS,
    AuditFilter,
    export_audit,
    list_audit,
)
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.registry.business_query import BusinessFilter, business_keys, business_rows
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.tables import setup_table

COLUMNS = ("Waktu (WIB)", "Siapa", "Komputer", "Tindakan", "Data", "Kolom", "Lama", "Baru")
#: the column titles and the core's ACTION_LABELS, written out so that the catalogue has them
_TEXTS = (
    QT_TRANSLATE_NOOP("AuditDialog", "Waktu (WIB)"),
    QT_TRANSLATE_NOOP("AuditDialog", "Komputer"),
    QT_TRANSLATE_NOOP("AuditDialog", "Tindakan"),
    QT_TRANSLATE_NOOP("AuditDialog", "Data"),
    QT_TRANSLATE_NOOP("AuditDialog", "Kolom"),
    QT_TRANSLATE_NOOP("AuditDialog", "Lama"),
    QT_TRANSLATE_NOOP("AuditDialog", "Baru"),
    QT_TRANSLATE_NOOP("AuditDialog", "Tambah"),
    QT_TRANSLATE_NOOP("AuditDialog", "Ubah"),
    QT_TRANSLATE_NOOP("AuditDialog", "Hapus/arsip"),
    QT_TRANSLATE_NOOP("AuditDialog", "Pulihkan"),
    QT_TRANSLATE_NOOP("AuditDialog", "Masuk"),
    QT_TRANSLATE_NOOP("AuditDialog", "Gagal masuk"),
    QT_TRANSLATE_NOOP("AuditDialog", "Akun terkunci"),
    QT_TRANSLATE_NOOP("AuditDialog", "Kata sandi"),
    QT_TRANSLATE_NOOP("AuditDialog", "Buka NIK"),
    QT_TRANSLATE_NOOP("AuditDialog", "Ekspor"),
    QT_TRANSLATE_NOOP("AuditDialog", "Batalkan dokumen"),
    QT_TRANSLATE_NOOP("AuditDialog", "Terbitkan dokumen"),
)
WIDTHS = (150, 170, 120, 120, 90, 130, 200)  # the last column stretches
#: businesses offered under the UMKM field while typing
CHOICES = 15


class AuditDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 business_id: uuid.UUID | None = None, business_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.ctx = ctx
        self.business_id = business_id
        #: the businesses last offered under the UMKM field: shown text -> id
        self._choices: dict[str, uuid.UUID] = {business_name: business_id} if business_id else {}
        self.setWindowTitle(self.tr("Jejak audit"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setObjectName("personEdit")
        self.person.setPlaceholderText(self.tr("Nama petugas"))
        self.person.setMaxLength(120)
        self.person.setMinimumWidth(self.person.fontMetrics().averageCharWidth() * 18)
        self.all_dates = QCheckBox(self.tr("Semua tanggal"))
        self.all_dates.setChecked(True)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.all_dates.toggled.connect(lambda on: [e.setEnabled(not on) for e in (self.date_from, self.date_to)])
        self.action = QComboBox()
        self.action.setObjectName("actionCombo")
        self.action.addItem(self.tr("Semua tindakan"), None)
        for code, label in ACTION_LABELS.items():
            self.action.addItem(self.tr(label), code)
        self.business = QLineEdit(business_name)
        self.business.setObjectName("businessEdit")
        self.business.setPlaceholderText(self.tr("Nama UMKM"))
        self.business.setClearButtonEnabled(True)
        self.business.setMaxLength(120)
        self.business.setMinimumWidth(self.business.fontMetrics().averageCharWidth() * 30)
        self.business.setCursorPosition(0)  # a long name shows its start
        self.business_completer = QCompleter(QStringListModel(self), self)
        self.business_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.business_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.business_completer.activated.connect(lambda _text: self.reload())
        self.business.setCompleter(self.business_completer)
        self._business_timer = QTimer(self)
        self._business_timer.setSingleShot(True)
        self._business_timer.setInterval(250)
        self._business_timer.timeout.connect(self._offer_businesses)
        self.business.textEdited.connect(lambda _text: self._business_timer.start())
        self.business.returnPressed.connect(self.reload)
        show = QPushButton(self.tr("Tampilkan"))
        show.clicked.connect(self.reload)
        for widget in (QLabel(self.tr("Siapa")), self.person, QLabel(self.tr("UMKM")), self.business,
                       self.all_dates, QLabel(self.tr("Dari")), self.date_from, QLabel(self.tr("sampai")),
                       self.date_to, self.action, show):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.table = setup_table(QTableWidget(0, len(COLUMNS)), resize=QHeaderView.ResizeMode.Interactive,
                                 widths=WIDTHS)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.person.returnPressed.connect(self.reload)
        self.reload()

    def current_filter(self) -> AuditFilter:
        dated = not self.all_dates.isChecked()
        return AuditFilter(
            person=self.person.text(),
            date_from=self.date_from.date().toPython() if dated else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if dated else None,  # type: ignore[arg-type]
            business_id=self.business_id,
            action=self.action.currentData(),
        )

    def _matches(self, text: str) -> list[tuple[str, uuid.UUID]]:
        """The businesses whose name, owner or kelurahan match ``text`` (as the UMKM page's search), as the
        field offers them: "name — owner, kelurahan"."""
        keys = business_keys(self.ctx, BusinessFilter(search=text))[:CHOICES]
        rows = business_rows(self.ctx, keys)
        found = [rows[k] for k in keys if k in rows]
        return [(self.tr("{name} — {owner}, {kelurahan}").format(name=r.name, owner=r.owner_name,
                                                                kelurahan=r.kelurahan), r.id) for r in found]

    def _offer_businesses(self) -> None:
        text = self.business.text().strip()
        matches = self._matches(text) if text else []
        self._choices = dict(matches)
        model = self.business_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([label for label, _id in matches])

    def _resolve_business(self) -> bool:
        """Set ``business_id`` from the UMKM field: empty means every business; a business offered (or the
        only match) is that one; otherwise say what to do and read nothing."""
        text = self.business.text().strip()
        if not text:
            self.business_id = None
            return True
        if text in self._choices:
            self.business_id = self._choices[text]
            return True
        matches = self._matches(text)
        exact = [m for m in matches if m[0].lower().startswith(text.lower() + " — ")]
        chosen = exact if len(exact) == 1 else matches if len(matches) == 1 else []
        if chosen:
            label, self.business_id = chosen[0]
            self._choices = {label: self.business_id}
            self.business.setText(label)
            self.business.setCursorPosition(0)
            return True
        self._choices = dict(matches)
        model = self.business_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList([label for label, _id in matches])
        self.count.setText(self.tr("Tidak ada UMKM yang cocok dengan “{text}”.").format(text=text)
                           if not matches else
                           self.tr("{n} UMKM cocok dengan “{text}”; pilih satu dari daftar.").format(
                               n=len(matches), text=text))
        if matches and self.isVisible():
            self.business_completer.complete()
        return False

    def reload(self) -> None:
        if not self._resolve_business():
            self.table.setRowCount(0)
            return
        try:
            rows = list_audit(self.ctx, self.current_filter())
        except Exception as exc:  # noqa: BLE001 - shown in Indonesian; the dialog stays open
            messages.show_failure(self, exc, action=self.tr("Jejak audit"))
            return
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.at_wib, r.officer_name, r.hostname, r.action_label, r.entity, r.field or "",
                      r.old_value or "", r.new_value or "")
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        shown = f"{len(rows):,}".replace(",", ".")
        note = self.tr(" (yang terbaru; persempit saringan atau ekspor semuanya)") if len(rows) >= MAX_ROWS else ""
        self.count.setText(self.tr("{n} baris").format(n=shown) + note)

    def export(self) -> None:
        dest = file_dialogs.save_file(self, self.tr("Ekspor jejak audit"), "jejak-audit.xlsx",
                                      self.tr("Buku kerja Excel (*.xlsx)"), purpose="export", suffix="xlsx")
        if dest:
            self.export_to(Path(dest))

    def export_to(self, path: Path) -> bool:
        if not self._resolve_business():
            return False
        try:
            result = export_audit(self.ctx, path, self.current_filter(), replace=path.exists())
        except Exception as exc:  # noqa: BLE001 - shown in Indonesian
            messages.show_failure(self, exc, action=self.tr("Ekspor jejak audit"))
            return False
        messages.show_info(self, self.tr("Ekspor jejak audit"),
                           self.tr("{n} baris ditulis ke {path}.").format(n=result.rows, path=result.path))
        return True
