"""Mitra: partner institutions with their agreements (MoU/PKS), annual work plans, KKM/KKN placements, and
target vs realisasi per year.

Left, the partner list (search, kind filter, archived toggle); right, the selected partner in tabs. The layout
is ui/mitra_page.ui (the child-row tabs ui/partner_child_tab.ui, see partner_widgets); models, delegates and
whatever depends on the data are set up here. Dialogs open with ``open()`` and report back through ``finished``;
destroying asks first (also non-blocking) and can be undone from the notice bar. Keyboard: Ctrl+N new partner, Enter opens the selected row, Delete archives it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMessageBox, QWidget

from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.partners import partners
from umkm_desk.core.services.partners.realisation import RealisationRow, target_vs_realisasi
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.dialogs.agreement_dialog import AgreementDialog
from umkm_desk.gui.dialogs.partner_dialog import PartnerDialog
from umkm_desk.gui.dialogs.placement_dialog import PlacementDialog
from umkm_desk.gui.dialogs.work_plan_dialog import WorkPlanDialog
from umkm_desk.gui.fit import fit_placeholder
from umkm_desk.gui.forms.ui_mitra_page import Ui_MitraPage
from umkm_desk.gui.kit.list_exporter import ListExporter
from umkm_desk.gui.models.partner_models import (
    GREY,
    AgreementTableModel,
    PartnerTableModel,
    PlacementTableModel,
    RealisationTableModel,
    WorkPlanTableModel,
    agreement_state_badge,
    format_percent,
    partner_kind_labels,
    phone_display,
)
from umkm_desk.gui.pages.base import Page
from umkm_desk.gui.pages.partner_widgets import PartnerChildTab, partner_table
from umkm_desk.gui.theme import BORDER, ERROR


def _pill(label: QLabel, badge: tuple[str, str, str] | None) -> None:
    if not badge:
        label.hide()
        return
    text, background, foreground = badge
    label.setText(text)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px; padding: 2px 10px;"
        " font-weight: 600; }"
    )
    label.show()


# --- the page -------------------------------------------------------------------------------------------


class MitraPage(Page):
    key = "mitra"
    #: fixed "today" for tests and screenshots; None means the real date
    today_override: date | None = None

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.exporter = ListExporter(self, controls=[self])
        self.active_dialog: QDialog | None = None
        self.active_confirm: QMessageBox | None = None
        self._undo: Callable[[], None] | None = None
        self._partner_id: uuid.UUID | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Mitra")

    def today(self) -> date:
        return self.today_override or date.today()

    # --- layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = Ui_MitraPage()
        self.ui.setupUi(self)
        self.ui.exportButton.clicked.connect(lambda: self.export_list())
        ui = self.ui
        self.notice = ui.mitraNotice
        self.notice_label = ui.noticeLabel
        self.undo_button = ui.undoButton
        self.notice_close = ui.noticeClose
        self.notice.hide()

        # left: the list
        self.search_edit = ui.searchEdit
        fit_placeholder(self.search_edit)
        self.new_button = ui.newButton
        self.kind_combo = ui.kindCombo  # "Semua jenis" comes from the form
        for code, label in partner_kind_labels().items():
            self.kind_combo.addItem(label, code)
        self.archived_check = ui.archivedCheck
        self.partner_model = PartnerTableModel(self)
        self.partner_table = partner_table(ui.partnerTable, self.partner_model, badge_columns=(2,))
        # the name column must tell "Universitas …" from "Universitas …": room for about 24 characters
        name_header = self.partner_table.horizontalHeader()
        name_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        name_header.resizeSection(0, self.partner_table.fontMetrics().horizontalAdvance("x") * 24)
        self.list_count = ui.listCount
        ui.splitter.setSizes([540, 760])

        # right: the selected partner
        self.detail_stack = ui.detailStack
        self.detail_empty = ui.emptyState
        self.detail_empty.setText(self._choose_hint())
        self.name_label = ui.nameLabel
        self.state_pill = ui.statePill
        self.example_pill = ui.examplePill
        self.archived_pill = ui.archivedPill
        self.subtitle_label = ui.subtitleLabel
        self.edit_button = ui.editButton
        self.archive_button = ui.archiveButton
        self.restore_button = ui.restoreButton
        # five tabs share the detail column: the form gives the tabs a narrower padding, so all of them stay in
        # view with a wide font
        self.tabs = ui.tabs
        self.profile_labels: dict[str, QLabel] = {
            "kind": ui.kindValue,
            "address": ui.addressValue,
            "contact_name": ui.contactNameValue,
            "contact_phone": ui.contactPhoneValue,
            "email": ui.emailValue,
            "agreements": ui.agreementsValue,
            "plans": ui.plansValue,
            "placements": ui.placementsValue,
        }
        self.agreement_tab = ui.agreementTab
        self.agreement_tab.setup(
            AgreementTableModel(), self.tr("+ Perjanjian"),
            self.tr("Belum ada perjanjian. Mitra baru dapat ditugaskan setelah MoU/PKS dicatat."),
            badge_columns=(6,), stretch=2,
        )
        self.plan_tab = ui.planTab
        self.plan_tab.setup(
            WorkPlanTableModel(), self.tr("+ Rencana kerja"),
            self.tr("Belum ada rencana kerja. Catat kuota UMKM dan anggaran mitra per tahun dan tahap."),
            stretch=4,
        )
        self.placement_model = PlacementTableModel()
        self.placement_tab = ui.placementTab
        self.placement_tab.setup(
            self.placement_model, self.tr("+ Penempatan"),
            self.tr("Belum ada penempatan KKM/KKN."), badge_columns=(5,), stretch=2,
        )

        # target vs realisasi: three figure tiles a row in the form, since five side by side leave a rupiah
        # amount in 15 pt no room on a 1366 px screen
        self.year_combo = ui.yearCombo
        self.summary_cards: dict[str, QLabel] = {
            "target": ui.targetValue,
            "realised": ui.realisedValue,
            "share": ui.shareValue,
            "budget": ui.budgetValue,
            "disbursed": ui.disbursedValue,
        }
        self.realisation_model = RealisationTableModel()
        self.realisation_table = partner_table(ui.realisationTable, self.realisation_model, progress_columns=(3,),
                                               stretch=3)
        self.realisation_empty = ui.realisationEmpty

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.archived_check.toggled.connect(lambda _on: self.reload())
        self.partner_table.selectionModel().currentRowChanged.connect(lambda *_a: self._partner_selected())
        self.partner_table.activated.connect(lambda _i: self.edit_partner())
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.archive_button.clicked.connect(self.archive_partner)
        self.restore_button.clicked.connect(self.restore_partner)
        self.undo_button.clicked.connect(self._do_undo)
        self.notice_close.clicked.connect(self.notice.hide)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._load_realisation())

        self.write_shortcuts = [
            QShortcut(QKeySequence.StandardKey.New, self, self.new_partner,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut),
            QShortcut(QKeySequence(Qt.Key.Key_Delete), self.partner_table, self.archive_partner,
                      context=Qt.ShortcutContext.WidgetShortcut),
        ]

        children = (
            (self.agreement_tab, self._open_agreement, partners.archive_agreement, partners.restore_agreement,
             self.tr("Perjanjian {name} diarsipkan.")),
            (self.plan_tab, self._open_plan, partners.archive_work_plan, partners.restore_work_plan,
             self.tr("Rencana kerja {name} diarsipkan.")),
            (self.placement_tab, self._open_placement, partners.archive_placement, partners.restore_placement,
             self.tr("Penempatan {name} diarsipkan.")),
        )
        for child in children:
            self._wire_child(*child)
        self.apply_rights()

    def apply_rights(self) -> None:
        """A role that may not change partners (pimpinan) reads them: no add, edit, archive or restore, and
        Enter on a row opens no form."""
        from umkm_desk.gui.kit.rights import show_only_if

        writes = self.rights.can("partners.write")
        show_only_if(writes, (self.new_button, *self.write_shortcuts))
        for tab in (self.agreement_tab, self.plan_tab, self.placement_tab):
            tab.set_writable(writes)
        header = (self.edit_button, self.archive_button, self.restore_button)
        came_back = writes and any(button.property("hiddenForRole") for button in header)
        show_only_if(writes, header)
        if came_back:  # the partner shown decides which of them fit its state
            self._partner_selected()

    def _wire_child(self, tab: PartnerChildTab, opener: Callable[[uuid.UUID | None], None],
                    archive: Callable[..., None], restore: Callable[..., None], done: str) -> None:
        def archive_selected() -> None:
            self._archive_child(tab, archive, restore, done)

        tab.add_button.clicked.connect(lambda: opener(None))
        tab.edit_button.clicked.connect(lambda: self._edit_child(tab, opener))
        tab.table.activated.connect(lambda _index: self._edit_child(tab, opener))
        tab.archive_button.clicked.connect(archive_selected)
        tab.restore_button.clicked.connect(lambda: self._restore_child(tab, restore))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), tab.table, archive_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # --- export -----------------------------------------------------------------------------------------

    def export_list(self, path: Path | None = None) -> bool:
        """Ekspor ke Excel: the partners as listed (the same kind, search and archive choice)."""
        from umkm_desk.core.services.reports.list_export import export_list_audited, mitra_rows

        ctx, today = self.ctx, self.today()
        kind = str(self.kind_combo.currentData() or "") or None
        search, archived = self.search_edit.text(), self.archived_check.isChecked()
        return self.exporter.export(
            self.tr("Ekspor daftar mitra"), "daftar-mitra",
            lambda target: export_list_audited(
                ctx, "mitra", target,
                mitra_rows(ctx, kind=kind, search=search, include_archived=archived, today=today), replace=True),
            path,
        )

    # --- loading ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        rows = partners.list_partners(
            self.ctx,
            kind=str(self.kind_combo.currentData() or "") or None,
            search=self.search_edit.text(),
            include_archived=self.archived_check.isChecked(),
            today=self.today(),
        )
        keep = self._partner_id
        self.partner_model.set_rows(rows)
        total = len(rows)
        unfiltered = not (self.search_edit.text().strip() or self.kind_combo.currentData()
                          or self.archived_check.isChecked())
        if total:
            self.list_count.setText(self.tr("{n} mitra").format(n=total))
        else:
            self.list_count.setText(self.tr("Belum ada mitra.") if unfiltered else self.tr("Tidak ada mitra yang cocok."))
        # a new database: say what the page is for and how to begin, as the UMKM and Dokumen pages do
        self.detail_empty.setText(self._first_partner_hint() if not total and unfiltered else self._choose_hint())
        row = self.partner_model.row_of_id(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            # quietly: the selection signal would show the partner once more, and that reads its realisation
            selection = self.partner_table.selectionModel()
            selection.blockSignals(True)
            try:
                self.partner_table.selectRow(row)
                self.partner_table.setCurrentIndex(self.partner_model.index(row, 0))
            finally:
                selection.blockSignals(False)
            self.partner_table.viewport().update()
        self._partner_selected()

    def _choose_hint(self) -> str:
        return self.tr("Pilih mitra di daftar sebelah kiri, atau tambahkan mitra baru (Ctrl+N).")

    def _first_partner_hint(self) -> str:
        if not self.rights.can("partners.write"):
            return self.tr("Belum ada mitra.")
        return self.tr("Belum ada mitra. Klik «+ Mitra baru» (Ctrl+N) untuk mencatat kampus, BAZNAS, bank atau "
                       "lembaga lain yang bekerja sama, lalu catat MoU/PKS-nya: hanya mitra dengan MoU/PKS berlaku "
                       "yang dapat ditetapkan pada tahap pendampingan.")

    def selected_partner(self) -> partners.PartnerRow | None:
        index = self.partner_table.currentIndex()
        if not index.isValid() or index.row() >= self.partner_model.rowCount():
            return None
        return self.partner_model.row_at(index.row())

    def _partner_selected(self) -> None:
        row = self.selected_partner()
        self._partner_id = row.id if row else None
        if row is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        self._show_partner(row)

    def _show_partner(self, row: partners.PartnerRow) -> None:
        today = self.today()
        kinds = partner_kind_labels()
        self.name_label.setText(row.name)
        _pill(self.state_pill, agreement_state_badge(row.agreement_state))
        _pill(self.example_pill, (self.tr("Contoh"), "#efe7fb", "#5b3a9a") if row.is_example else None)
        _pill(self.archived_pill, (self.tr("Diarsipkan"), *GREY) if row.archived else None)
        writes = self.rights.can("partners.write")
        self.edit_button.setEnabled(writes and not row.archived)
        self.archive_button.setVisible(writes and not row.archived)
        self.restore_button.setVisible(writes and row.archived)

        include = self.archived_check.isChecked()
        agreements = partners.list_agreements(self.ctx, row.id, include_archived=include, today=today)
        plans = partners.list_work_plans(self.ctx, row.id, include_archived=include)
        self.placement_model.today = today
        placements = partners.list_placements(self.ctx, row.id, include_archived=include)
        self.agreement_tab.set_rows(agreements)
        self.plan_tab.set_rows(plans)
        self.placement_tab.set_rows(placements)
        for tab in (self.agreement_tab, self.plan_tab, self.placement_tab):
            tab.add_button.setEnabled(writes and not row.archived)

        values = {
            "kind": kinds.get(row.kind, row.kind),
            "address": row.address,
            "contact_name": row.contact_name,
            "contact_phone": phone_display(row.contact_phone),
            "email": row.email,
        }
        live = [a for a in agreements if not a.archived]
        states = {"berlaku": 0, "segera_berakhir": 0, "kedaluwarsa": 0}
        for agreement in live:
            states[agreement.state] += 1
        values["agreements"] = self.tr("{valid} berlaku, {soon} segera berakhir, {expired} kedaluwarsa").format(
            valid=states["berlaku"], soon=states["segera_berakhir"], expired=states["kedaluwarsa"]
        ) if live else self.tr("Belum ada")
        this_year = [p for p in plans if p.year == today.year and not p.archived]
        values["plans"] = self.tr("{n} tahap pada {year}, kuota {quota} UMKM").format(
            n=len(this_year), year=today.year, quota=sum(p.quota for p in this_year)
        ) if this_year else self.tr("Belum ada untuk {year}").format(year=today.year)
        active = [p for p in placements if not p.archived and p.status(today) == "bertugas"]
        values["placements"] = "; ".join(
            f"{p.group_name} ({', '.join(p.kelurahan_names)})" for p in active
        ) or self.tr("Tidak ada")
        for key, label in self.profile_labels.items():
            text = values.get(key) or ""
            label.setText(text or "–")
        self.subtitle_label.setText(" · ".join(filter(None, [values["kind"], row.contact_name, values["contact_phone"],
                                                             row.email])))
        self._fill_years(plans)
        self._load_realisation()

    def _fill_years(self, plans: list[partners.WorkPlanView]) -> None:
        current = self.year_combo.currentData()
        years = sorted({self.today().year, *(p.year for p in plans if not p.archived)}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current if current in years else self.today().year)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)

    def _load_realisation(self) -> None:
        year = self.year_combo.currentData()
        if self._partner_id is None or year is None:
            return
        rows: list[RealisationRow] = target_vs_realisasi(self.ctx, int(year), partner_id=self._partner_id)
        self.realisation_model.set_rows(rows)
        self.realisation_table.setVisible(bool(rows))
        self.realisation_empty.setVisible(not rows)
        self.realisation_empty.setText(self.tr(
            "Belum ada rencana kerja maupun realisasi pada {year}. Tambahkan rencana kerja di tab Rencana Kerja."
        ).format(year=year))
        target = sum(r.quota or 0 for r in rows)
        realised = sum(r.realised for r in rows)
        budget = sum(r.budget for r in rows)
        disbursed = sum(r.disbursed for r in rows)
        # the share compares like with like: realisation on planned stages against their quotas
        planned = sum(r.realised for r in rows if r.quota is not None)
        self.summary_cards["target"].setText(str(target) if target else "–")
        self.summary_cards["realised"].setText(str(realised))
        self.summary_cards["share"].setText(format_percent(100.0 * planned / target) if target else "–")
        self.summary_cards["budget"].setText(format_rupiah(budget) if budget else "–")
        self.summary_cards["disbursed"].setText(format_rupiah(disbursed) if disbursed else "–")

    # --- notices and confirmation -----------------------------------------------------------------------

    def show_notice(self, text: str, *, undo: Callable[[], None] | None = None, error: bool = False) -> None:
        color, background = (ERROR, "#fdecec") if error else ("#1b2533", "#e8f0fd")
        self.notice.setStyleSheet(f"#mitraNotice {{ background: {background}; border: 1px solid {BORDER};"
                                  f" border-radius: 6px; }} #mitraNotice QLabel {{ color: {color}; }}")
        self.notice_label.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.notice.show()

    def _do_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.notice.hide()
        if undo is not None:
            self._run(undo)

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except ServiceError as exc:
            self.show_notice(exc.message, error=True)
            self.reload()
            return False
        except Exception as exc:
            if messages.show_failure(self, exc, action=self.tr("Perubahan tidak dapat disimpan")):
                return self._run(action)
            return False
        self.reload()
        return True

    def confirm(self, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> QMessageBox:
        """Ask without blocking: ``on_yes`` runs when the officer confirms. The box is kept in
        :attr:`active_confirm` so tests can press its buttons."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)

        def finished() -> None:
            self.active_confirm = None
            if box.clickedButton() is yes_button:
                on_yes()
            box.deleteLater()

        box.finished.connect(finished)
        self.active_confirm = box
        box.open()
        return box

    # --- partner actions --------------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog, select: Callable[[uuid.UUID], None] | None = None) -> None:
        self.active_dialog = dialog

        def finished(result: int) -> None:
            self.active_dialog = None
            saved = getattr(dialog, "saved_id", None)
            if result == QDialog.DialogCode.Accepted and saved is not None:
                if select is not None:
                    select(saved)
                self.reload()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_partner(self) -> None:
        if not self.rights.can("partners.write"):
            return
        if self.active_dialog is not None:
            return

        def select(pid: uuid.UUID) -> None:
            self._partner_id = pid
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.kind_combo.setCurrentIndex(0)

        self._open_dialog(PartnerDialog(self.ctx, self), select)

    def edit_partner(self) -> None:
        if not self.rights.can("partners.write"):
            return
        row = self.selected_partner()
        if row is None or row.archived or self.active_dialog is not None:
            return
        self._open_dialog(PartnerDialog(self.ctx, self, partner_id=row.id))

    def archive_partner(self) -> None:
        if not self.rights.can("partners.write"):
            return
        row = self.selected_partner()
        if row is None or row.archived:
            return

        def archive() -> None:
            # the row's version as listed: a colleague's edit since refuses (shown in the notice, list reloaded);
            # archiving adds one to it, which is what the undo hands back
            if self._run(lambda: partners.archive_partner(self.ctx, row.id, expected_version=row.version)):
                self.show_notice(
                    self.tr("Mitra “{name}” diarsipkan. Riwayatnya tetap tersimpan.").format(name=row.name),
                    undo=lambda: partners.restore_partner(self.ctx, row.id, expected_version=row.version + 1),
                )

        self.confirm(
            self.tr("Arsipkan mitra"),
            self.tr("Arsipkan “{name}”? Mitra tidak lagi muncul di daftar dan saran mitra. "
                    "Perjanjian, rencana kerja, dan riwayat pendampingan tetap tersimpan dan dapat dipulihkan.")
            .format(name=row.name),
            self.tr("Arsipkan"),
            archive,
        )

    def restore_partner(self) -> None:
        if not self.rights.can("partners.write"):
            return
        row = self.selected_partner()
        if row is None or not row.archived:
            return
        if self._run(lambda: partners.restore_partner(self.ctx, row.id, expected_version=row.version)):
            self.show_notice(self.tr("Mitra “{name}” dipulihkan.").format(name=row.name))

    # --- child rows -------------------------------------------------------------------------------------

    def _open_agreement(self, agreement_id: uuid.UUID | None) -> None:
        if self._partner_id is None or self.active_dialog is not None:
            return
        self.tabs.setCurrentWidget(self.agreement_tab)
        self._open_dialog(AgreementDialog(self.ctx, self._partner_id, self, agreement_id=agreement_id,
                                          today=self.today()))

    def _open_plan(self, plan_id: uuid.UUID | None) -> None:
        if self._partner_id is None or self.active_dialog is not None:
            return
        self.tabs.setCurrentWidget(self.plan_tab)
        year = self.year_combo.currentData() if plan_id is None else None
        self._open_dialog(WorkPlanDialog(self.ctx, self._partner_id, self, plan_id=plan_id,
                                         year=int(year) if year else self.today().year))

    def _open_placement(self, placement_id: uuid.UUID | None) -> None:
        if self._partner_id is None or self.active_dialog is not None:
            return
        self.tabs.setCurrentWidget(self.placement_tab)
        self._open_dialog(PlacementDialog(self.ctx, self._partner_id, self, placement_id=placement_id,
                                          today=self.today()))

    def _edit_child(self, tab: PartnerChildTab, opener: Callable[[uuid.UUID | None], None]) -> None:
        row = tab.selected_row()
        if row is not None and not row.archived and tab.writable:
            opener(row.id)

    @staticmethod
    def _child_name(row: Any) -> str:  # noqa: ANN401 - a service view row
        for attr in ("number", "group_name"):
            if hasattr(row, attr):
                return getattr(row, attr)
        return f"{row.year}"

    def _archive_child(self, tab: PartnerChildTab, archive: Callable[..., None], restore: Callable[..., None],
                       done: str) -> None:
        row = tab.selected_row()
        if row is None or row.archived:
            return
        name = self._child_name(row)

        def go() -> None:
            if self._run(lambda: archive(self.ctx, row.id, expected_version=row.version)):
                self.show_notice(done.format(name=name),
                                 undo=lambda: restore(self.ctx, row.id, expected_version=row.version + 1))

        self.confirm(self.tr("Arsipkan"), self.tr("Arsipkan {name}? Data dapat dipulihkan dari arsip.").format(
            name=name), self.tr("Arsipkan"), go)

    def _restore_child(self, tab: PartnerChildTab, restore: Callable[..., None]) -> None:
        row = tab.selected_row()
        if row is not None and row.archived:
            self._run(lambda: restore(self.ctx, row.id, expected_version=row.version))
