"""The case window: a business's assistance case with its three stages, activities, capital support, outcomes
and timeline, and the buttons that move it along.

Every button calls one service function (one transaction); a refusal is shown as the service's Indonesian
message and nothing changes. Reasons are asked with QInputDialog, confirmations with ``messages.ask``; the form
dialogs are shown with ``open()`` so nothing blocks (tests drive them directly).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.services.cases import activities, capital, cases, outcomes
from umkm_desk.core.services.cases.cases import CaseDetail, StageView
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners.partner_suggestion import suggest_partners
from umkm_desk.core.services.registry import timeline
from umkm_desk.core.services.versions import EditConflict
from umkm_desk.gui.dialogs import conflicts, messages
from umkm_desk.gui.dialogs.activity_dialog import ActivityDialog
from umkm_desk.gui.dialogs.capital_dialog import CapitalDialog, PaymentDialog, ScheduleDialog
from umkm_desk.gui.dialogs.outcome_dialog import OutcomeDialog
from umkm_desk.gui.kit.dates import date_edit, from_qdate
from umkm_desk.gui.kit.rights import Rights, show_only_if
from umkm_desk.gui.kit.tables import make_table
from umkm_desk.gui.kit.translate import translator
from umkm_desk.gui.labels import long_date, short_date
from umkm_desk.gui.models.case_models import (
    CASE_COLORS,
    STAGE_COLORS,
    ActivityTableModel,
    OutcomeTableModel,
    RepaymentTableModel,
    SupportTableModel,
    case_status_labels,
    scale_labels,
    stage_labels,
    stage_status_labels,
)

ID_ROLE = Qt.ItemDataRole.UserRole
TIMELINE_ICONS = {
    "pendampingan": "●", "tahap": "▶", "mitra": "◆", "petugas": "◇", "naik_kelas": "★", "modal": "Rp",
    "angsuran": "Rp", "kegiatan": "✎", "pengukuran": "▲", "tindak_lanjut": "✓", "umkm": "■",
}


def chip(text: str, color: str) -> str:
    return (f"background: {color}; color: white; border-radius: 9px; padding: 2px 10px; "
            f"font-weight: 600; font-size: 9pt;") if text else ""


def _table(model: object) -> QTableView:
    return make_table(model, wrap=False, resize=QHeaderView.ResizeMode.ResizeToContents)  # type: ignore[arg-type]


class StageCard(QFrame):
    """One stage: status, partner, agreement, officer, mentor, dates, activity count, and its buttons."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setProperty("role", "card")
        self.setObjectName(f"stageCard_{kind}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.status = QLabel()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(110)
        layout.addWidget(self.details, 1)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.setVerticalSpacing(6)
        self.startButton = QPushButton(self.tr("Mulai"))
        self.finishButton = QPushButton(self.tr("Selesai"))
        self.skipButton = QPushButton(self.tr("Lewati…"))
        self.partnerButton = QPushButton(self.tr("Tetapkan mitra…"))
        self.startButton.setProperty("role", "primary")
        buttons.addWidget(self.startButton, 0, 0)
        buttons.addWidget(self.finishButton, 0, 1)
        buttons.addWidget(self.skipButton, 0, 2)
        buttons.addWidget(self.partnerButton, 1, 0, 1, 3)
        layout.addLayout(buttons)

    def show_stage(self, s: StageView) -> None:
        self.title.setText(self.tr("{seq}. {stage}").format(seq=s.seq, stage=stage_labels()[s.kind]))
        status = stage_status_labels()[s.status]
        self.status.setText(status)
        self.status.setStyleSheet(chip(status, STAGE_COLORS.get(s.status, "#6b7a8f")))
        dash = "–"
        rows = [
            (self.tr("Mitra"), s.partner_name or dash),
            (self.tr("MoU/PKS"), s.agreement_number or dash),
            (self.tr("Petugas"), s.officer_name or dash),
            (self.tr("Mentor"), s.mentor or dash),
            (self.tr("Mulai"), long_date(s.started_on) or dash),
            (self.tr("Selesai") if s.status != "dilewati" else self.tr("Dilewati"), long_date(s.finished_on) or dash),
            (self.tr("Kegiatan"), str(s.activity_count)),
        ]
        if s.status_reason:
            rows.append((self.tr("Alasan") if s.status == "dilewati" else self.tr("Catatan"), s.status_reason))
        html = "".join(
            f"<tr><td style='color:#5b6b80; padding-right:10px'>{k}</td><td>{_escape(v)}</td></tr>" for k, v in rows
        )
        self.details.setText(f"<table cellspacing='0' cellpadding='1'>{html}</table>")
        # Only the buttons that apply are shown: a finished stage has none, a later stage only "Tetapkan mitra".
        self.startButton.setVisible(s.can_start)
        self.finishButton.setVisible(s.can_finish)
        self.skipButton.setVisible(s.can_skip)
        self.partnerButton.setVisible(s.can_assign)
        self.partnerButton.setText(self.tr("Ganti mitra…") if s.partner_id else self.tr("Tetapkan mitra…"))
        current = "#2f6fdb" if s.is_current else "#dbe1ea"
        self.setStyleSheet(f"QFrame#stageCard_{self.kind} {{ background: white; border: "
                           f"{2 if s.is_current else 1}px solid {current}; border-radius: 8px; }}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AssignPartnerDialog(QDialog):
    """Suggested partners for a stage (best first, with the reasons), a mentor and the assignment date."""

    def __init__(self, ctx: ServiceContext, case: CaseDetail, stage: StageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stage = stage
        self.setWindowTitle(self.tr("Tetapkan mitra"))
        self.setModal(True)
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Mitra tahap {stage} untuk {name}").format(
            stage=stage_labels()[stage.kind], name=case.business_name))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(self.tr("Hanya mitra dengan MoU/PKS berlaku yang mencakup tahap ini. Urutan menurut kecocokan."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.suggestions = suggest_partners(ctx, case.business_id, stage.kind)
        for s in self.suggestions:
            reasons = "\n".join(f"  • {r}" for r in s.reasons)
            item = QListWidgetItem(f"{s.name}\n{reasons}")
            item.setData(ID_ROLE, s.partner_id)
            if s.quota_exhausted or s.expires_soon:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("Belum ada mitra dengan MoU/PKS berlaku untuk tahap ini. "
                                    "Tambahkan kerja sama di halaman Mitra."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.empty.setVisible(not self.suggestions)
        layout.addWidget(self.empty)
        form = QFormLayout()
        self.mentorEdit = QLineEdit(stage.mentor or "")
        self.mentorEdit.setPlaceholderText(self.tr("Nama dosen, amil atau pendamping dari mitra"))
        self.dateEdit = date_edit()
        form.addRow(self.tr("Mentor"), self.mentorEdit)
        form.addRow(self.tr("Tanggal penugasan"), self.dateEdit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        box = QDialogButtonBox()
        self.okButton = box.addButton(self.tr("Tetapkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.okButton.setProperty("role", "primary")
        self.cancelButton = box.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.okButton.clicked.connect(self.submit)
        self.cancelButton.clicked.connect(self.reject)
        layout.addWidget(box)
        current = self.list.findItems("", Qt.MatchFlag.MatchContains)
        for row, item in enumerate(current):
            if item.data(ID_ROLE) == stage.partner_id:
                self.list.setCurrentRow(row)
                break
        else:
            # an agreement that ends soon is never chosen silently: the officer picks it after reading why
            first = next((row for row, s in enumerate(self.suggestions) if not s.expires_soon), None)
            if first is not None:
                self.list.setCurrentRow(first)
        self.warnings: list[str] = []

    def select_partner(self, partner_id: uuid.UUID) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == partner_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(partner_id)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self._fail(self.tr("Pilih salah satu mitra."))
            return
        partner_id = item.data(ID_ROLE)
        on = from_qdate(self.dateEdit.date())
        try:
            warnings = cases.partner_warnings(self.ctx, self.stage.id, partner_id, on)
            if warnings and not messages.ask(
                self, self.tr("Kuota mitra"),
                "\n".join(warnings) + "\n\n" + self.tr("Tetap tetapkan mitra ini?"),
                yes=self.tr("Tetap tetapkan"), no=self.tr("Batal"), default_yes=False,
            ):
                return
            self.warnings = cases.assign_partner(self.ctx, self.stage.id, partner_id, on=on,
                                                 mentor=self.mentorEdit.text(),
                                                 expected_version=self.stage.version)
        except ServiceError as exc:
            self._fail(exc.message)
            return
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Mitra tidak dapat ditetapkan")):
                self.submit()
            return
        self.accept()


class CaseView(QDialog):
    """A non-modal window for one case. ``changed`` fires after every successful change."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.case: CaseDetail | None = None
        self.active_dialog: QDialog | None = None
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.resize(1180, 800)
        self._build()
        self.activity_shortcut = QShortcut(QKeySequence("Ctrl+K"), self, self.add_activity)
        self.rights = Rights(ctx)
        self.refresh()

    # --- layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(18, 16, 18, 16)
        root.setSpacing(12)
        header = QFrame()
        header.setProperty("role", "card")
        head = QHBoxLayout(header)
        head.setContentsMargins(16, 12, 16, 12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        title_row = QHBoxLayout()
        self.titleLabel = QLabel()
        self.titleLabel.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.statusChip = QLabel()
        self.naikChip = QLabel()
        title_row.addWidget(self.titleLabel)
        title_row.addSpacing(8)
        title_row.addWidget(self.statusChip)
        title_row.addWidget(self.naikChip)
        title_row.addStretch(1)
        texts.addLayout(title_row)
        self.subtitleLabel = QLabel()
        self.subtitleLabel.setProperty("role", "hint")
        self.metaLabel = QLabel()
        self.metaLabel.setProperty("role", "hint")
        self.metaLabel.setWordWrap(True)
        texts.addWidget(self.subtitleLabel)
        texts.addWidget(self.metaLabel)
        head.addLayout(texts, 1)
        self.activityButton = QPushButton(self.tr("Catat kegiatan (Ctrl+K)"))
        self.activityButton.setProperty("role", "primary")
        self.outcomeButton = QPushButton(self.tr("Catat hasil…"))
        self.statusButton = QPushButton(self.tr("Ubah status"))
        self.statusMenu = QMenu(self)
        self.closeSelesai = self.statusMenu.addAction(self.tr("Tutup: Selesai"))
        self.closeNaik = self.statusMenu.addAction(self.tr("Tutup: Naik kelas"))
        self.closeStop = self.statusMenu.addAction(self.tr("Hentikan pendampingan…"))
        self.statusMenu.addSeparator()
        self.reopenAction = self.statusMenu.addAction(self.tr("Buka kembali…"))
        self.statusButton.setMenu(self.statusMenu)
        self.issueButton = QPushButton(self.tr("Terbitkan surat…"))
        self.issueButton.setObjectName("issueDocumentButton")
        for button in (self.activityButton, self.outcomeButton, self.issueButton, self.statusButton):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        root.addWidget(header)

        stages = QHBoxLayout()
        stages.setSpacing(12)
        self.cards: dict[str, StageCard] = {}
        for kind in STAGE_ORDER:
            card = StageCard(kind)
            self.cards[kind] = card
            stages.addWidget(card, 1)
            card.startButton.clicked.connect(lambda _=False, k=kind: self.start_stage(k))
            card.finishButton.clicked.connect(lambda _=False, k=kind: self.finish_stage(k))
            card.skipButton.clicked.connect(lambda _=False, k=kind: self.skip_stage(k))
            card.partnerButton.clicked.connect(lambda _=False, k=kind: self.assign_partner(k))
        root.addLayout(stages)

        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)
        self.timelineTree = QTreeWidget()
        self.timelineTree.setHeaderLabels([self.tr("Tanggal"), self.tr("Peristiwa"), self.tr("Keterangan")])
        self.timelineTree.setRootIsDecorated(False)
        self.timelineTree.setAlternatingRowColors(True)
        self.timelineTree.setWordWrap(True)
        self.timelineTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timelineTree.setColumnWidth(1, 380)
        self.tabs.addTab(self.timelineTree, self.tr("Riwayat"))

        self.activityModel = ActivityTableModel(self)
        self.activityTable = _table(self.activityModel)
        self.activityTable.doubleClicked.connect(lambda _i: self.edit_activity())
        self.editActivityButton = QPushButton(self.tr("Ubah…"))
        self.followDoneButton = QPushButton(self.tr("Tindak lanjut selesai"))
        self.addActivityButton2 = QPushButton(self.tr("Catat kegiatan…"))
        self.tabs.addTab(self._with_buttons(self.activityTable, [self.addActivityButton2, self.editActivityButton,
                                                                 self.followDoneButton]), self.tr("Kegiatan"))

        self.supportModel = SupportTableModel(self)
        self.supportTable = _table(self.supportModel)
        self.repaymentModel = RepaymentTableModel(self)
        self.repaymentTable = _table(self.repaymentModel)
        self.repaymentTable.setMaximumHeight(170)
        self.addSupportButton = QPushButton(self.tr("Ajukan dukungan modal…"))
        self.approveButton = QPushButton(self.tr("Setujui"))
        self.disburseButton = QPushButton(self.tr("Cairkan"))
        self.rejectButton = QPushButton(self.tr("Tolak…"))
        self.scheduleButton = QPushButton(self.tr("Jadwal angsuran…"))
        self.paymentButton = QPushButton(self.tr("Catat pembayaran…"))
        capital_box = QWidget()
        capital_layout = QVBoxLayout(capital_box)
        capital_layout.setContentsMargins(8, 8, 8, 8)
        capital_layout.addWidget(self._with_buttons(self.supportTable, [
            self.addSupportButton, self.approveButton, self.disburseButton, self.rejectButton,
            self.scheduleButton, self.paymentButton], margins=False), 1)
        self.repaymentTitle = QLabel(self.tr("Jadwal angsuran"))
        self.repaymentTitle.setStyleSheet("font-weight: 600;")
        capital_layout.addWidget(self.repaymentTitle)
        capital_layout.addWidget(self.repaymentTable)
        self.tabs.addTab(capital_box, self.tr("Permodalan"))

        self.outcomeModel = OutcomeTableModel(self)
        self.outcomeTable = _table(self.outcomeModel)
        self.addOutcomeButton2 = QPushButton(self.tr("Catat hasil…"))
        self.tabs.addTab(self._with_buttons(self.outcomeTable, [self.addOutcomeButton2]), self.tr("Hasil"))

        self.activityButton.clicked.connect(self.add_activity)
        self.addActivityButton2.clicked.connect(self.add_activity)
        self.editActivityButton.clicked.connect(self.edit_activity)
        self.followDoneButton.clicked.connect(self.follow_up_done)
        self.outcomeButton.clicked.connect(self.add_outcome)
        self.issueButton.clicked.connect(self.issue_document)
        self.addOutcomeButton2.clicked.connect(self.add_outcome)
        self.addSupportButton.clicked.connect(self.add_support)
        self.approveButton.clicked.connect(lambda: self.support_status("disetujui"))
        self.disburseButton.clicked.connect(lambda: self.support_status("dicairkan"))
        self.rejectButton.clicked.connect(lambda: self.support_status("ditolak"))
        self.scheduleButton.clicked.connect(self.make_schedule)
        self.paymentButton.clicked.connect(self.record_payment)
        self.supportTable.selectionModel().currentRowChanged.connect(lambda *_: self._support_selected())
        self.closeSelesai.triggered.connect(lambda: self.set_status("selesai"))
        self.closeNaik.triggered.connect(lambda: self.set_status("naik_kelas"))
        self.closeStop.triggered.connect(lambda: self.set_status("dihentikan"))
        self.reopenAction.triggered.connect(lambda: self.set_status("aktif"))

    def _with_buttons(self, table: QWidget, buttons: list[QPushButton], *, margins: bool = True) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        if margins:
            layout.setContentsMargins(8, 8, 8, 8)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return box

    # --- data -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.case = cases.get_case(self.ctx, self.case_id)
        self.setWindowTitle(self.tr("Pendampingan — {name}").format(name=case.business_name))
        self.titleLabel.setText(case.business_name)
        status = case_status_labels()[case.status]
        self.statusChip.setText(status)
        self.statusChip.setStyleSheet(chip(status, CASE_COLORS.get(case.status, "#6b7a8f")))
        naik = self.tr("★ Naik kelas") if case.naik_kelas and case.status != "naik_kelas" else ""
        self.naikChip.setText(naik)
        self.naikChip.setStyleSheet(chip(naik, "#1b5e20"))
        self.naikChip.setVisible(bool(naik))
        self.subtitleLabel.setText(self.tr("{owner} · Kel. {kelurahan}, Kec. {kecamatan} · skala {scale}").format(
            owner=case.owner_name, kelurahan=case.kelurahan_name, kecamatan=case.kecamatan_name,
            scale=scale_labels().get(case.business_scale, case.business_scale).lower()))
        meta = self.tr("Dibuka {date}").format(date=long_date(case.opened_on))
        if case.officer_name:
            meta += " · " + self.tr("petugas {name}").format(name=case.officer_name)
        if case.closed_on:
            meta += " · " + self.tr("ditutup {date}").format(date=long_date(case.closed_on))
        if case.status_reason:
            meta += " · " + self.tr("alasan: {reason}").format(reason=case.status_reason)
        self.metaLabel.setText(meta)
        for stage in case.stages:
            self.cards[stage.kind].show_stage(stage)
        active = case.is_active
        for widget in (self.activityButton, self.addActivityButton2, self.editActivityButton, self.followDoneButton,
                       self.addSupportButton):
            widget.setEnabled(active)
        self.closeSelesai.setEnabled(active and case.all_stages_done)
        self.closeNaik.setEnabled(case.status in ("aktif", "selesai") and case.all_stages_done and case.naik_kelas)
        self.closeStop.setEnabled(active)
        self.reopenAction.setEnabled(not active)
        self.activityModel.set_rows(activities.list_activities(self.ctx, self.case_id))
        self.outcomeModel.set_rows(outcomes.list_outcomes(self.ctx, case.business_id))
        supports = capital.list_supports(self.ctx, self.case_id)
        selected = self._selected_support()
        self.supportModel.set_rows(supports)
        if supports:
            row = next((i for i, s in enumerate(supports) if selected and s.id == selected.id), len(supports) - 1)
            self.supportTable.selectRow(row)
        self._support_selected()
        self.timelineTree.clear()
        for entry in timeline.case_timeline(self.ctx, self.case_id):
            icon = TIMELINE_ICONS.get(entry.kind, "•")
            item = QTreeWidgetItem([short_date(entry.at), f"{icon}  {entry.title}", entry.detail])
            item.setToolTip(2, entry.detail)
            if entry.kind == "naik_kelas":
                for col in range(3):
                    item.setForeground(col, Qt.GlobalColor.darkGreen)
            self.timelineTree.addTopLevelItem(item)
        self._apply_rights()

    def write_controls(self) -> list[QPushButton]:
        """Every button that changes the case (each stage card's too); the issue button is the register's."""
        cards = [b for card in self.cards.values()
                 for b in (card.startButton, card.finishButton, card.skipButton, card.partnerButton)]
        return [self.activityButton, self.outcomeButton, self.statusButton, self.addActivityButton2,
                self.editActivityButton, self.followDoneButton, self.addSupportButton, self.approveButton,
                self.disburseButton, self.rejectButton, self.scheduleButton, self.paymentButton,
                self.addOutcomeButton2, *cards]

    def _apply_rights(self) -> None:
        """Read only for a role that may not change cases (pimpinan): the case, its stages, activities, capital
        and outcomes are shown; no button that would change them. Only hides: what the role may do keeps the
        visibility the case's state gives it."""
        self.rights = Rights(self.ctx)
        if not self.rights.can("cases.write"):
            show_only_if(False, [*self.write_controls(), self.activity_shortcut])
        if not self.rights.can("register.write"):
            show_only_if(False, (self.issueButton,))

    def _selected_support(self) -> capital.SupportView | None:
        index = self.supportTable.currentIndex()
        if not index.isValid() or index.row() >= self.supportModel.rowCount():
            return None
        return self.supportModel.row_at(index.row())

    def _support_selected(self) -> None:
        s = self._selected_support()
        active = self.case is not None and self.case.is_active
        steps = s.next_steps if s else ()
        self.approveButton.setEnabled(active and "disetujui" in steps)
        self.disburseButton.setEnabled(active and "dicairkan" in steps)
        self.rejectButton.setEnabled(active and "ditolak" in steps)
        loan = s is not None and s.kind == "qardhul_hasan"
        self.scheduleButton.setEnabled(loan and s.status in ("disetujui", "dicairkan") and not s.paid_total)
        self.paymentButton.setEnabled(loan and s.status == "dicairkan" and s.has_schedule and bool(s.outstanding))
        self.repaymentModel.set_rows(s.repayments if s else [])
        visible = bool(s and s.repayments)
        self.repaymentTable.setVisible(visible)
        self.repaymentTitle.setVisible(visible)
        if visible and s is not None:
            self.repaymentTitle.setText(self.tr("Jadwal angsuran · sisa pinjaman {amount}").format(
                amount=_rupiah(s.outstanding if s.outstanding is not None else s.amount - s.paid_total)))

    # --- running service calls --------------------------------------------------------------------------

    def _run(self, action: Callable[[], object], title: str) -> bool:
        try:
            action()
        except EditConflict as conflict:  # a colleague moved the case first: show their version
            if conflicts.offer_reload(self, conflict):
                self._changed()
            return False
        except ServiceError as exc:
            messages.show_error(self, title, exc.message)
            return False
        except Exception as exc:
            if messages.show_failure(self, exc, action=title):
                return self._run(action, title)
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _open(self, dialog: QDialog) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        if not ok:
            return None
        return text

    def _stage(self, kind: str) -> StageView:
        assert self.case is not None
        return self.case.stage(kind)

    # --- actions ----------------------------------------------------------------------------------------

    def start_stage(self, kind: str) -> bool:
        stage = self._stage(kind)
        return self._run(lambda: cases.start_stage(self.ctx, stage.id, expected_version=stage.version),
                         self.tr("Tahap tidak dapat dimulai"))

    def finish_stage(self, kind: str) -> bool:
        stage = self._stage(kind)
        return self._run(lambda: cases.finish_stage(self.ctx, stage.id, expected_version=stage.version),
                         self.tr("Tahap belum dapat diselesaikan"))

    def skip_stage(self, kind: str) -> bool:
        stage = self._stage(kind)
        reason = self._reason(self.tr("Lewati tahap"), self.tr("Alasan melewati tahap {stage}:").format(
            stage=stage_labels()[kind]))
        if reason is None:
            return False
        return self._run(lambda: cases.skip_stage(self.ctx, stage.id, reason, expected_version=stage.version),
                         self.tr("Tahap tidak dapat dilewati"))

    def assign_partner(self, kind: str) -> AssignPartnerDialog:
        assert self.case is not None
        dialog = AssignPartnerDialog(self.ctx, self.case, self._stage(kind), self)
        self._open(dialog)
        return dialog

    def add_activity(self) -> ActivityDialog | None:
        if self.case is None or not self.case.is_active:
            return None
        return self._open(ActivityDialog(self.ctx, self.case_id, self.case.stages, self))  # type: ignore[return-value]

    def edit_activity(self) -> ActivityDialog | None:
        index = self.activityTable.currentIndex()
        if self.case is None or not self.case.is_active or not index.isValid() or not self.rights.can("cases.write"):
            return None
        activity = self.activityModel.row_at(index.row())
        return self._open(ActivityDialog(self.ctx, self.case_id, self.case.stages, self,  # type: ignore[return-value]
                                         activity=activity))

    def follow_up_done(self) -> bool:
        index = self.activityTable.currentIndex()
        if not index.isValid():
            return False
        activity = self.activityModel.row_at(index.row())
        return self._run(lambda: activities.set_follow_up_done(self.ctx, activity.id,
                                                               expected_version=activity.version),
                         self.tr("Tindak lanjut"))

    def add_outcome(self) -> OutcomeDialog | None:
        if self.case is None:
            return None
        return self._open(OutcomeDialog(self.ctx, self.case.business_id, self,  # type: ignore[return-value]
                                        case_id=self.case_id))

    def issue_document(self) -> QDialog | None:
        """The Dokumen page's issue dialog for this case's business, then the preview of what was issued."""
        if self.case is None:
            return None
        from umkm_desk.gui.dialogs.issue_flow import issue_for_business

        def remember(dialog: QDialog) -> None:
            self.active_dialog = dialog

        return issue_for_business(self, self.ctx, self.case.business_id, remember=remember)

    def add_support(self) -> CapitalDialog | None:
        if self.case is None or not self.case.is_active:
            return None
        partner = self._stage("capital").partner_id
        return self._open(CapitalDialog(self.ctx, self.case_id, self, partner_id=partner))  # type: ignore[return-value]

    def support_status(self, status: str) -> bool:
        s = self._selected_support()
        if s is None:
            return False
        note = None
        if status == "ditolak":
            note = self._reason(self.tr("Tolak dukungan modal"), self.tr("Alasan penolakan:"))
            if note is None:
                return False
        return self._run(lambda: capital.set_support_status(self.ctx, s.id, status, note=note,
                                                            expected_version=s.version),
                         self.tr("Status dukungan modal"))

    def make_schedule(self) -> ScheduleDialog | None:
        s = self._selected_support()
        if s is None:
            return None
        return self._open(ScheduleDialog(self.ctx, s, self))  # type: ignore[return-value]

    def record_payment(self) -> PaymentDialog | None:
        s = self._selected_support()
        if s is None:
            return None
        return self._open(PaymentDialog(self.ctx, s, self))  # type: ignore[return-value]

    def set_status(self, status: str) -> bool:
        labels = case_status_labels()
        reason: str | None = None
        if status in ("dihentikan", "aktif"):
            title = self.tr("Hentikan pendampingan") if status == "dihentikan" else self.tr("Buka kembali")
            prompt = (self.tr("Alasan menghentikan pendampingan:") if status == "dihentikan"
                      else self.tr("Alasan membuka kembali pendampingan:"))
            reason = self._reason(title, prompt)
            if reason is None:
                return False
        elif not messages.ask(self, self.tr("Tutup pendampingan"),
                              self.tr("Tutup pendampingan dengan status {status}?").format(status=labels[status]),
                              yes=self.tr("Tutup"), no=self.tr("Batal")):
            return False
        version = self.case.version if self.case is not None else None
        return self._run(lambda: cases.set_case_status(self.ctx, self.case_id, status, reason=reason,
                                                       expected_version=version),
                         self.tr("Status pendampingan"))


def _rupiah(amount: int) -> str:
    from umkm_desk.core.rules.money import format_rupiah

    return format_rupiah(amount)


def today() -> date:
    return date.today()


tr = translator("CaseView")
