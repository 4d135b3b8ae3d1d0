"""One business at a glance: profile, size class over time, current case and stage, timeline of activities, and
the edit history from the audit log (who, when, field, old → new)."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.rules import RuleError
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.rules.nik import mask_nik
from umkm_desk.core.rules.phone import format_phone
from umkm_desk.core.rules.wilayah import kecamatan_name, kelurahan
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.registry import businesses
from umkm_desk.core.services.registry.businesses import BusinessProfile, HistoryEntry
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.rights import Rights, show_only_if
from umkm_desk.gui.kit.tables import setup_table

_MONEY_FIELDS = {"modal_usaha", "annual_sales"}


def _local(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{labels.short_date(local.date())} {local:%H:%M}"


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = setup_table(QTableWidget(0, len(headers), parent), selection=None)
    table.setHorizontalHeaderLabels(headers)
    return table


class _LazyTab(QWidget):
    """A tab page whose widgets are built the first time it is shown or asked for: building and styling the
    tables of every tab cost about as much as reading the business, and most officers never leave the profile."""

    def __init__(self, build: Callable[[QWidget], None]) -> None:
        super().__init__()
        self._build: Callable[[QWidget], None] | None = build

    @property
    def built(self) -> bool:
        return self._build is None

    def ensure_built(self) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            build(self)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


class BusinessDetailDialog(QDialog):
    edit_requested = Signal(uuid.UUID)
    archive_requested = Signal(uuid.UUID)
    restore_requested = Signal(uuid.UUID)

    def __init__(self, ctx: ServiceContext, business_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.business_id = business_id
        self.rights = Rights(ctx)
        #: the whole NIK once revealed (audited), until the dialog closes
        self.revealed_nik: str | None = None
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.subheading = QLabel(self)
        self.subheading.setProperty("role", "hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        self.profile_tab = QWidget()
        self.profile_form = QFormLayout(self.profile_tab)
        self.tabs.addTab(self.profile_tab, self.tr("Profil"))

        # The other tabs are built, and their data read (the scale history, the timeline, the edit history),
        # when first shown or asked for: the dialog opens on the profile, and most officers close it from there.
        self.case_tab = _LazyTab(self._build_case_tab)
        self.tabs.addTab(self.case_tab, self.tr("Pendampingan"))
        self._timeline_tab = _LazyTab(self._build_timeline_tab)
        self.tabs.addTab(self._timeline_tab, self.tr("Linimasa"))
        self._history_tab = _LazyTab(self._build_history_tab)
        self.tabs.addTab(self._history_tab, self.tr("Riwayat perubahan"))
        self._parts = {"case": self.case_tab, "timeline": self._timeline_tab, "history": self._history_tab}
        self._stale: set[str] = set()
        self.tabs.currentChanged.connect(lambda _index: self._fill_shown_tab())

        buttons = QHBoxLayout()
        self.archive_button = QPushButton(self)
        self.edit_button = QPushButton(self.tr("Ubah…"), self)
        self.edit_button.setProperty("role", "primary")
        self.issue_button = QPushButton(self.tr("Terbitkan surat…"), self)
        self.issue_button.setObjectName("issueDocumentButton")
        self.close_button = QPushButton(self.tr("Tutup"), self)
        #: the dialog opened last from here (issue, preview), for tests and focus
        self.active_dialog: QDialog | None = None
        self.audit_button = QPushButton(self.tr("Jejak audit…"), self)
        self.audit_button.setObjectName("auditButton")
        self.audit_button.setToolTip(self.tr("Siapa mengubah atau membuka data UMKM ini, kapan, dari komputer mana"))
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.audit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.business_id))
        self.archive_button.clicked.connect(self._archive_clicked)
        self.issue_button.clicked.connect(self.issue_document)
        self.audit_button.clicked.connect(self.show_audit)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        profile = businesses.business_profile(self.ctx, self.business_id)
        self.profile = profile
        self.setWindowTitle(self.tr("UMKM: {name}").format(name=profile.name))
        self.heading.setText(profile.name + (self.tr(" — diarsipkan") if profile.archived_at else ""))
        self.subheading.setText(
            self.tr("{owner} · {kelurahan}, Kec. {kecamatan} · {scale}").format(
                owner=profile.owner_name,
                kelurahan=profile.kelurahan_name,
                kecamatan=profile.kecamatan_name,
                scale=labels.label(labels.scales(), profile.scale),
            )
        )
        self.archive_button.setText(
            self.tr("Pulihkan dari arsip") if profile.archived_at else self.tr("Arsipkan…")
        )
        self._apply_rights()
        self.edit_button.setEnabled(self.rights.can("registry.write") and profile.archived_at is None)
        self._fill_profile(profile)
        self._case = businesses.current_case(self.ctx, self.business_id)
        has_case = self._case is not None
        self.issue_button.setEnabled(self.rights.can("register.write") and profile.archived_at is None and has_case)
        self.issue_button.setToolTip(
            "" if has_case else self.tr("Surat diterbitkan untuk UMKM yang sudah atau pernah didampingi.")
        )
        self._stale = {"case", "timeline", "history"}
        self._fill_shown_tab()

    def _apply_rights(self) -> None:
        """Read only for a role that may not change businesses (pimpinan): no edit, archive or issue button."""
        self.rights = Rights(self.ctx)
        show_only_if(self.rights.can("registry.write"), (self.archive_button, self.edit_button))
        show_only_if(self.rights.can("register.write"), (self.issue_button,))
        show_only_if(self.rights.can("audit.read"), (self.audit_button,))

    def reveal_nik(self) -> str | None:
        """Show this owner's whole NIK (a petugas's reveal on demand); the service writes the audit row."""
        from umkm_desk.core.services.accounts.nik_privacy import reveal_nik

        try:
            nik = reveal_nik(self.ctx, self.business_id)
        except ServiceError as exc:
            messages.show_error(self, self.tr("Buka NIK"), exc.message)
            return None
        except Exception as exc:  # noqa: BLE001 - shown in Indonesian, the traceback to the log
            messages.show_failure(self, exc, action=self.tr("NIK tidak dapat dibuka"))
            return None
        self.revealed_nik = nik
        if nik:
            self.nik_label.setText(nik)
            self.nik_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.reveal_button.hide()
        return nik

    def show_audit(self) -> QDialog:
        """Berkas › Jejak audit narrowed to this business and its owner."""
        from umkm_desk.gui.dialogs.audit_dialog import AuditDialog

        dialog = AuditDialog(self.ctx, self, business_id=self.business_id, business_name=self.profile.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # The widgets of the lazily built tabs: asking for one builds its tab and fills it with current data.

    @property
    def case_label(self) -> QLabel:
        self._fill_stale("case")
        return self._case_label

    @property
    def stage_table(self) -> QTableWidget:
        self._fill_stale("case")
        return self._stage_table

    @property
    def scale_table(self) -> QTableWidget:
        self._fill_stale("case")
        return self._scale_table

    @property
    def timeline_table(self) -> QTableWidget:
        self._fill_stale("timeline")
        return self._timeline_table

    @property
    def history_table(self) -> QTableWidget:
        self._fill_stale("history")
        return self._history_table

    def _build_case_tab(self, page: QWidget) -> None:
        case_layout = QVBoxLayout(page)
        self._case_label = QLabel(page)
        self._case_label.setWordWrap(True)
        case_layout.addWidget(self._case_label)
        self._stage_table = _table(
            page, [self.tr("Tahap"), self.tr("Status"), self.tr("Mitra"), self.tr("Mulai"), self.tr("Selesai")]
        )
        case_layout.addWidget(self._stage_table)
        scale_heading = QLabel(self.tr("Riwayat skala usaha"), page)
        scale_heading.setProperty("role", "heading")
        case_layout.addWidget(scale_heading)
        self._scale_table = _table(
            page,
            [
                self.tr("Diukur"),
                self.tr("Skala"),
                self.tr("Omzet per tahun"),
                self.tr("Modal"),
                self.tr("Tenaga kerja"),
            ],
        )
        case_layout.addWidget(self._scale_table)

    def _build_timeline_tab(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._timeline_table = _table(page, [self.tr("Tanggal"), self.tr("Kegiatan"), self.tr("Keterangan")])
        layout.addWidget(self._timeline_table)

    def _build_history_tab(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._history_table = _table(
            page, [self.tr("Waktu"), self.tr("Petugas"), self.tr("Perubahan"), self.tr("Lama"), self.tr("Baru")]
        )
        layout.addWidget(self._history_table)

    def _fill_shown_tab(self) -> None:
        shown = self.tabs.currentWidget()
        for part, page in self._parts.items():
            if shown is page:
                self._fill_stale(part)

    def _fill_stale(self, part: str) -> None:
        self._parts[part].ensure_built()
        if part not in self._stale:
            return
        self._stale.discard(part)
        if part == "case":
            self._fill_case()
        elif part == "timeline":
            self._fill_timeline()
        else:
            self._fill_history()

    def issue_document(self) -> QDialog | None:
        """The Dokumen page's issue dialog for this business, then the preview of what was issued."""
        if not self.issue_button.isEnabled():
            return None
        from umkm_desk.gui.dialogs.issue_flow import issue_for_business

        def remember(dialog: QDialog) -> None:
            self.active_dialog = dialog

        return issue_for_business(self, self.ctx, self.business_id, remember=remember,
                                  issued=lambda _issued: self.reload())

    def _archive_clicked(self) -> None:
        if self.profile.archived_at:
            self.restore_requested.emit(self.business_id)
        else:
            self.archive_requested.emit(self.business_id)

    def _fill_profile(self, p: BusinessProfile) -> None:
        form = self.profile_form
        while form.rowCount():
            form.removeRow(0)
        rows = [
            (self.tr("Pemilik"), p.owner_name),
            (self.tr("Jenis kelamin"), labels.label(labels.sexes(), p.sex)),
            (self.tr("Tanggal lahir"), labels.long_date(p.birth_date)),
            (self.tr("Telepon"), format_phone(p.phone) if p.phone else ""),
            (self.tr("Alamat pemilik"), p.owner_address or ""),
            (
                self.tr("Sektor"),
                labels.label(labels.sectors(), p.sector) + (f" (KBLI {p.kbli})" if p.kbli else ""),
            ),
            (self.tr("Alamat usaha"), p.address or ""),
            (self.tr("Kelurahan"), self.tr("{kelurahan}, Kec. {kecamatan}").format(
                kelurahan=p.kelurahan_name, kecamatan=p.kecamatan_name)),
            (self.tr("NIB"), p.nib or self.tr("belum ada")),
            (self.tr("Sertifikat halal"), p.halal_number or self.tr("belum ada")),
            (self.tr("PIRT"), p.pirt_number or self.tr("belum ada")),
            (self.tr("Tahun mulai"), str(p.year_started or "")),
            (self.tr("Modal usaha"), format_rupiah(p.modal_usaha)),
            (self.tr("Omzet per tahun"), format_rupiah(p.annual_sales)),
            (self.tr("Tenaga kerja"), self.tr("{n} orang").format(n=p.workers)),
            (
                self.tr("Skala usaha"),
                labels.label(labels.scales(), p.scale) + (self.tr(" · naik kelas") if p.naik_kelas else ""),
            ),
            (self.tr("Didaftarkan"), _local(p.created_at)),
        ]
        if p.duplicate_reason:
            rows.append((self.tr("Alasan data ganda"), p.duplicate_reason))
        if p.import_warning:
            rows.append((self.tr("Peringatan impor"), p.import_warning))
        for index, (label, value) in enumerate(rows):
            text = QLabel(value or "–")
            text.setWordWrap(True)
            form.addRow(label, text)
            if index == 0:  # under the owner's name
                form.addRow(self.tr("NIK"), self._nik_row(p))
        form.addRow(self.tr("ID UMKM"), self._id_row(p.id))

    def _nik_row(self, p: BusinessProfile) -> QWidget:
        """The NIK masked (367306******0235), with "Lihat" for a role that may reveal it: the reveal is an
        audit row, so it is one click per business and never shown whole by default."""
        box = QWidget(self.profile_tab)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        has_nik = not p.nik_missing and bool(p.nik)
        if self.revealed_nik:
            shown = self.revealed_nik
        else:
            shown = _masked(p.nik) if has_nik and p.nik else self.tr("NIK belum ada")
        self.nik_label = QLabel(shown, box)
        self.nik_label.setObjectName("nikLabel")
        self.reveal_button = QPushButton(self.tr("Lihat NIK"), box)
        self.reveal_button.setObjectName("revealNikButton")
        self.reveal_button.setToolTip(self.tr("Tampilkan NIK lengkap; tercatat di jejak audit"))
        self.reveal_button.clicked.connect(self.reveal_nik)
        may = self.rights.can("nik.reveal")
        self.reveal_button.setEnabled(may)
        self.reveal_button.setVisible(may and has_nik and not self.revealed_nik)
        row.addWidget(self.nik_label)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        return box

    def _id_row(self, business_id: uuid.UUID) -> QWidget:
        """The id, selectable and copyable: the command line takes it (or its first 8 characters) in
        ``print --business`` when two businesses share a name."""
        box = QWidget(self.profile_tab)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.id_label = QLabel(str(business_id), box)
        self.id_label.setObjectName("businessIdLabel")
        self.id_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.id_label.setToolTip(self.tr("8 huruf awal ({short}) cukup untuk baris perintah.").format(
            short=business_id.hex[:8]))
        self.copy_id_button = QPushButton(self.tr("Salin"), box)
        self.copy_id_button.setObjectName("copyIdButton")
        self.copy_id_button.clicked.connect(self.copy_id)
        row.addWidget(self.id_label)
        row.addWidget(self.copy_id_button)
        row.addStretch(1)
        return box

    def copy_id(self) -> None:
        QApplication.clipboard().setText(str(self.business_id))

    def _fill_case(self) -> None:
        case = self._case
        if case is None:
            self._case_label.setText(self.tr("Belum pernah didampingi."))
            _fill(self._stage_table, [])
        else:
            stage = labels.label(labels.stages(), case.current_stage) if case.current_stage else "–"
            self._case_label.setText(
                self.tr("Pendampingan {status} sejak {opened}. Tahap sekarang: {stage}.").format(
                    status=labels.label(labels.case_statuses(), case.status).lower(),
                    opened=labels.long_date(case.opened_on),
                    stage=stage,
                )
            )
            _fill(
                self._stage_table,
                [
                    [
                        labels.label(labels.stages(), s.kind),
                        labels.label(labels.stage_statuses(), s.status),
                        s.partner_name or "–",
                        labels.short_date(s.started_on),
                        labels.short_date(s.finished_on),
                    ]
                    for s in case.stages
                ],
            )
        points = businesses.scale_history(self.ctx, self.business_id)
        _fill(
            self._scale_table,
            [
                [
                    labels.short_date(p.measured_on),
                    labels.label(labels.scales(), p.scale)
                    + (self.tr(" (naik kelas)") if p.naik_kelas else ""),
                    format_rupiah(p.annual_sales),
                    format_rupiah(p.modal_usaha),
                    str(p.workers),
                ]
                for p in points
            ],
        )

    def _fill_timeline(self) -> None:
        try:
            timeline = importlib.import_module("umkm_desk.core.services.registry.timeline")
            entries = timeline.business_timeline(self.ctx, self.business_id)
        except ImportError:
            entries = []
        rows = [[labels.short_date(e.at), e.title, e.detail] for e in entries]
        if not rows:
            rows = [["", self.tr("Belum ada kegiatan."), ""]]
        _fill(self._timeline_table, rows)

    def _fill_history(self) -> None:
        entries = businesses.edit_history(self.ctx, self.business_id)
        _fill(self._history_table, [self._history_row(e) for e in entries])

    def _history_row(self, entry: HistoryEntry) -> list[str]:
        who = entry.officer_name or ""
        if entry.field is None or entry.action != "update" and entry.field != "duplicate_reason":
            what = self.tr(labels.ACTION_LABELS.get(entry.action, entry.action))
            if entry.entity == "owner":
                what = self.tr("Data pemilik {action}").format(action=what.lower())
            return [_local(entry.at), who, what, "", entry.new_value or ""]
        return [
            _local(entry.at),
            who,
            labels.field_label(entry.entity, entry.field),
            _value(entry.field, entry.old_value),
            _value(entry.field, entry.new_value),
        ]


def _masked(nik: str) -> str:
    try:
        return mask_nik(nik)
    except RuleError:
        return nik


def _value(field: str | None, value: str | None) -> str:
    """An audit value as an officer reads it: rupiah, labels instead of codes, place names, masked NIK."""
    if value is None or value == "":
        return "–"
    try:
        if field in _MONEY_FIELDS:
            return format_rupiah(int(value))
        if field == "sector":
            return labels.label(labels.sectors(), value)
        if field == "scale":
            return labels.label(labels.scales(), value)
        if field == "sex":
            return labels.label(labels.sexes(), value)
        if field == "kelurahan_code":
            return kelurahan(value).name
        if field == "kecamatan_code":
            return kecamatan_name(value)
        if field == "nik":
            return _masked(value)
        if field == "phone":
            return format_phone(value)
    except (RuleError, ValueError):
        return value
    return value
