"""Berkas › Jejak audit (administrator and pimpinan): who, when, which PC, what, old → new, with filters, and
the export to .xlsx. The service decides who may read it and masks NIKs for roles that may not see them."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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


class AuditDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 business_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.ctx = ctx
        self.business_id = business_id
        self.setWindowTitle(self.tr("Jejak audit"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setObjectName("personEdit")
        self.person.setPlaceholderText(self.tr("Nama petugas"))
        self.person.setMaxLength(120)
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
        show = QPushButton(self.tr("Tampilkan"))
        show.clicked.connect(self.reload)
        for widget in (QLabel(self.tr("Siapa")), self.person, self.all_dates, QLabel(self.tr("Dari")),
                       self.date_from, QLabel(self.tr("sampai")), self.date_to, self.action, show):
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

    def reload(self) -> None:
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
        try:
            result = export_audit(self.ctx, path, self.current_filter(), replace=path.exists())
        except Exception as exc:  # noqa: BLE001 - shown in Indonesian
            messages.show_failure(self, exc, action=self.tr("Ekspor jejak audit"))
            return False
        messages.show_info(self, self.tr("Ekspor jejak audit"),
                           self.tr("{n} baris ditulis ke {path}.").format(n=result.rows, path=result.path))
        return True
