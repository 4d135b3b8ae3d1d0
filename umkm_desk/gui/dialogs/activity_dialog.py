"""Record (or edit) an activity of a case: kind, market kind, stage, date, hours, people, notes, follow-up."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from umkm_desk.core.services.cases import activities
from umkm_desk.core.services.cases.activities import ActivityInput, ActivityView
from umkm_desk.core.services.cases.cases import StageView
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from umkm_desk.gui.kit.combos import find_data
from umkm_desk.gui.kit.dates import INDONESIAN, from_qdate, setup_date, to_qdate
from umkm_desk.gui.kit.form_dialog import FormDialog
from umkm_desk.gui.models.case_models import activity_kinds, market_kinds, stage_labels, stage_status_labels
from umkm_desk.gui.text_limits import limit_line_edits, limit_notes


class ActivityDialog(FormDialog):
    """Shown with ``open()``; on OK the activity is saved through the service and the dialog is accepted."""

    def __init__(
        self,
        ctx: ServiceContext,
        case_id: uuid.UUID,
        stages: Sequence[StageView],
        parent: QWidget | None = None,
        *,
        activity: ActivityView | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_id = case_id
        self.activity = activity
        self.ui = ui = Ui_ActivityDialog()
        ui.setupUi(self)
        limit_line_edits({"activity.mentor": ui.mentorEdit, "activity.students": ui.studentsEdit})
        self.notes_counter = limit_notes(ui.notesEdit, "activity.notes")
        for code, text in activity_kinds().items():
            ui.kindCombo.addItem(text, code)
        for code, text in market_kinds().items():
            ui.marketCombo.addItem(text, code)
        ui.stageCombo.addItem(self.tr("Umum (tanpa tahap)"), None)
        running = None
        for stage in stages:
            if stage.status in ("berjalan", "selesai"):
                ui.stageCombo.addItem(
                    self.tr("{stage} ({status})").format(stage=stage_labels()[stage.kind],
                                                         status=stage_status_labels()[stage.status].lower()),
                    stage.id,
                )
                if stage.status == "berjalan":
                    running = stage.id
        self._mentors = {stage.id: stage.mentor for stage in stages if stage.mentor}
        ui.hoursSpin.setLocale(INDONESIAN)
        setup_date(ui.heldOnEdit)
        setup_date(ui.followUpEdit)
        self.bind_fields(
            {
                "kind": (ui.kindCombo, ui.kindError),
                "market_kind": (ui.marketCombo, ui.marketError),
                "stage_id": (ui.stageCombo, ui.stageError),
                "held_on": (ui.heldOnEdit, ui.heldOnError),
                "hours": (ui.hoursSpin, ui.hoursError),
                "mentor": (ui.mentorEdit, ui.mentorError),
                "students": (ui.studentsEdit, ui.studentsError),
                "people_count": (ui.peopleSpin, ui.peopleError),
                "notes": (ui.notesEdit, ui.notesError),
                "follow_up_on": (ui.followUpEdit, ui.followUpError),
            },
            ui.okButton,
            ui.cancelButton,
        )
        ui.kindCombo.currentIndexChanged.connect(self._update_market)
        ui.stageCombo.currentIndexChanged.connect(self._suggest_mentor)
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)
        if activity is None:
            self.setWindowTitle(self.tr("Catat kegiatan"))
            ui.stageCombo.setCurrentIndex(max(find_data(ui.stageCombo, running), 0))
            ui.followUpEdit.setDate(ui.heldOnEdit.date().addDays(14))
            ui.followUpCheck.setChecked(False)
        else:
            self.setWindowTitle(self.tr("Ubah kegiatan"))
            ui.headingLabel.setText(self.tr("Ubah kegiatan"))
            ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(activity.kind), 0))
            if activity.market_kind:
                ui.marketCombo.setCurrentIndex(max(ui.marketCombo.findData(activity.market_kind), 0))
            ui.stageCombo.setCurrentIndex(max(find_data(ui.stageCombo, activity.stage_id), 0))
            ui.heldOnEdit.setDate(to_qdate(activity.held_on))
            ui.hoursSpin.setValue(activity.hours)
            ui.mentorEdit.setText(activity.mentor or "")
            ui.studentsEdit.setText(activity.students or "")
            ui.peopleSpin.setValue(activity.people_count)
            ui.notesEdit.setPlainText(activity.notes or "")
            ui.followUpCheck.setChecked(activity.follow_up_on is not None)
            if activity.follow_up_on:
                ui.followUpEdit.setDate(to_qdate(activity.follow_up_on))
        ui.followUpEdit.setEnabled(ui.followUpCheck.isChecked())
        self._update_market()
        if activity is None:
            self._suggest_mentor()
        ui.kindCombo.setFocus()

    def _update_market(self) -> None:
        market = self.ui.kindCombo.currentData() == "pasar"
        self.ui.marketCombo.setVisible(market)
        self.ui.marketLabel.setVisible(market)

    def _suggest_mentor(self) -> None:
        """Fill the stage's mentor while the officer has not typed one."""
        mentor = self._mentors.get(self.ui.stageCombo.currentData())
        if mentor and (not self.ui.mentorEdit.text() or self.ui.mentorEdit.text() in self._mentors.values()):
            self.ui.mentorEdit.setText(mentor)

    def data(self) -> ActivityInput:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        return ActivityInput(
            kind=kind,
            held_on=from_qdate(ui.heldOnEdit.date()),
            stage_id=ui.stageCombo.currentData(),
            market_kind=ui.marketCombo.currentData() if kind == "pasar" else None,
            hours=float(ui.hoursSpin.value()),
            mentor=ui.mentorEdit.text(),
            students=ui.studentsEdit.text(),
            people_count=int(ui.peopleSpin.value()),
            notes=ui.notesEdit.toPlainText(),
            follow_up_on=from_qdate(ui.followUpEdit.date()) if ui.followUpCheck.isChecked() else None,
        )

    def save(self) -> uuid.UUID:
        if self.activity is None:
            return activities.add_activity(self.ctx, self.case_id, self.data())
        activities.update_activity(self.ctx, self.activity.id, self.data(), expected_version=self.activity.version)
        return self.activity.id

    def reload_for_review(self) -> None:
        """Take the colleague's version as the one this save goes over; the fields keep what was typed, and the
        message above them still says what the colleague changed."""
        if self.activity is None:
            return
        try:
            fresh = next((a for a in activities.list_activities(self.ctx, self.case_id) if a.id == self.activity.id),
                         None)
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Data terbaru tidak dapat dimuat"))
            return
        if fresh is not None:
            self.activity = fresh
