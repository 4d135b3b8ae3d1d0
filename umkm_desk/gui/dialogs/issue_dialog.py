"""Terbitkan dokumen: pick the kind and the business (and the stage for a referral), then issue it through
the register. The caller previews ``dialog.issued.pdf`` afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.register import documents
from umkm_desk.core.services.register.documents import IssuedPdf
from umkm_desk.core.services.registry import business_query
from umkm_desk.gui import labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.kit.busy import BusyIndicator, BusyRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 250


def kind_combo(parent: QWidget, *, with_all: str | None = None) -> QComboBox:
    return fill_kind_combo(QComboBox(parent), with_all=with_all)


def fill_kind_combo(combo: QComboBox, *, with_all: str | None = None) -> QComboBox:
    """Add the document kinds to ``combo`` (after a "Semua jenis" entry with no data when ``with_all``)."""
    if with_all is not None:
        combo.addItem(with_all, None)
    for code, label in labels.document_kinds().items():
        combo.addItem(label, code)
    return combo


class BusinessPicker(QWidget):
    """A search box over the UMKM registry and a list of matches; single choice, or check boxes when
    ``multi``. ``eligible`` (a set of ids) limits the list to businesses that may get the document."""

    selectionChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, multi: bool = False,
                 limit: int = 200) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.multi = multi
        self.limit = limit
        self._eligible: set[uuid.UUID] | None = None
        self._checked: set[uuid.UUID] = set()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Cari nama usaha, pemilik, NIK atau kelurahan…"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("businessList")
        self.list.setMinimumHeight(180)
        self.status_label = QLabel(self)
        self.status_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.list.currentItemChanged.connect(lambda *_: self.selectionChanged.emit())
        self.list.itemChanged.connect(self._item_changed)

    def set_eligible(self, ids: Iterable[uuid.UUID] | None) -> None:
        self._eligible = set(ids) if ids is not None else None
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        keys = business_query.business_keys(self.ctx, business_query.BusinessFilter(search=self.search_edit.text()))
        if self._eligible is not None:  # keys are opaque: look the ids up to filter
            every = business_query.business_rows(self.ctx, keys)
            keys = [k for k in keys if k in every and every[k].id in self._eligible]
            rows = {k: every[k] for k in keys[: self.limit]}
        else:
            rows = business_query.business_rows(self.ctx, keys[: self.limit])
        shown = keys[: self.limit]
        previous = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for key in shown:
            row = rows.get(key)
            if row is None:
                continue
            item = QListWidgetItem(
                self.tr("{name} — {owner}, {kelurahan}").format(name=row.name, owner=row.owner_name,
                                                               kelurahan=row.kelurahan)
            )
            item.setData(ID_ROLE, row.id)
            if self.multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if row.id in self._checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if row.id == previous:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not shown:
            self.status_label.setText(self.tr("Tidak ada UMKM yang cocok."))
        elif len(keys) > len(shown):
            self.status_label.setText(
                self.tr("Menampilkan {shown} dari {total} UMKM; persempit pencarian.").format(
                    shown=len(shown), total=len(keys))
            )
        else:
            self.status_label.setText(self.tr("{total} UMKM").format(total=len(keys)))
        if not self.multi and self.list.currentItem() is None and self.list.count() == 1:
            self.list.setCurrentRow(0)
        self.selectionChanged.emit()

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, business_id: uuid.UUID) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == business_id:
                self.list.setCurrentItem(item)
                return True
        return False

    # multi-choice

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        self._checked = set(ids)
        self.refresh()

    def checked_ids(self) -> list[uuid.UUID]:
        return sorted(self._checked, key=str)

    def _item_changed(self, item: QListWidgetItem) -> None:
        business_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(business_id)
        else:
            self._checked.discard(business_id)
        self.selectionChanged.emit()


class IssueDialog(QDialog):
    """Pick and issue one document; on success ``issued`` holds the register entry and the PDF."""

    def __init__(
        self, ctx: ServiceContext, parent: QWidget | None = None, *, kind: str | None = None,
        business_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.issued: IssuedPdf | None = None
        self.setWindowTitle(self.tr("Terbitkan dokumen"))
        self.setObjectName("issueDialog")
        self.resize(620, 560)

        self.kind_combo = kind_combo(self)
        self.only_eligible = QCheckBox(self.tr("Hanya UMKM yang memenuhi syarat untuk jenis dokumen ini"), self)
        self.only_eligible.setChecked(business_id is None)
        self.picker = BusinessPicker(ctx, self)
        self.stage_label = QLabel(self.tr("Tahap yang dirujuk"), self)
        self.stage_combo = QComboBox(self)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.issue_button = QPushButton(self.tr("Terbitkan"), self)
        self.issue_button.setProperty("role", "primary")
        self.issue_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        form = QFormLayout()
        form.addRow(self.tr("Jenis dokumen"), self.kind_combo)
        form.addRow(self.stage_label, self.stage_combo)
        hint = QLabel(self.tr("Nomor surat diambil dari register saat dokumen diterbitkan dan tidak dapat dipakai "
                              "ulang; dokumen yang salah dibatalkan, bukan dihapus."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.choices = QWidget(self)  # everything the officer picks; disabled while the document is issued
        choices_layout = QVBoxLayout(self.choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addLayout(form)
        choices_layout.addWidget(QLabel(self.tr("UMKM"), self))
        choices_layout.addWidget(self.only_eligible)
        choices_layout.addWidget(self.picker, 1)
        self.busy_indicator = BusyIndicator(self)
        self.busy = BusyRunner(self, self.busy_indicator, controls=[self.choices, self.buttons])
        layout = QVBoxLayout(self)
        layout.addWidget(self.choices, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(self.buttons)

        if kind is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.only_eligible.toggled.connect(lambda _on: self._kind_changed())
        self.picker.selectionChanged.connect(self._business_changed)
        self.issue_button.clicked.connect(self.issue)
        self.cancel_button.clicked.connect(self.reject)
        self._kind_changed()
        if business_id is not None:
            self._preselect(business_id)
        self.picker.search_edit.setFocus()

    def _preselect(self, business_id: uuid.UUID) -> None:
        """Select the business even when it is not among the first rows of the whole list: search its name."""
        if self.picker.select(business_id):
            return
        from umkm_desk.core.services.registry.businesses import business_profile

        try:
            name = business_profile(self.ctx, business_id).name
        except ServiceError:
            return
        self.picker.search_edit.blockSignals(True)
        self.picker.search_edit.setText(name)
        self.picker.search_edit.blockSignals(False)
        self.picker.refresh()
        self.picker.select(business_id)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        self.error_label.clear()
        eligible = documents.eligible_business_ids(self.ctx, self.kind()) if self.only_eligible.isChecked() else None
        self.picker.set_eligible(eligible)
        self._business_changed()

    def _business_changed(self) -> None:
        referral = self.kind() == "referral"
        self.stage_label.setVisible(referral)
        self.stage_combo.setVisible(referral)
        self.stage_combo.clear()
        business_id = self.picker.current_id()
        if referral and business_id is not None:
            choices = documents.referral_stage_choices(self.ctx, business_id)
            for choice in choices:
                self.stage_combo.addItem(choice.label, choice.id)
            if not choices:
                self.stage_combo.addItem(self.tr("Tidak ada tahap bermitra yang belum dirujuk"), None)
        self.issue_button.setEnabled(business_id is not None and (not referral or self.stage_combo.currentData()
                                                                  is not None))

    def issue(self) -> None:
        """Number, render and store the document in a worker thread (one transaction, as ever); the dialog
        shows the wait and accepts once it is issued."""
        if self.busy.is_running():
            return
        business_id = self.picker.current_id()
        if business_id is None:
            self.error_label.setText(self.tr("Pilih UMKM terlebih dahulu."))
            return
        stage_id = self.stage_combo.currentData() if self.kind() == "referral" else None
        ctx, kind = self.ctx, self.kind()
        self.error_label.clear()
        self.busy.run(lambda: documents.issue_document(ctx, kind, business_id, stage_id=stage_id),
                      self.tr("Memberi nomor dan membuat PDF…"), on_success=self._issued, on_failure=self._failed)

    def _issued(self, issued: IssuedPdf) -> None:
        self.issued = issued
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):  # a refusal: say why next to the choice
            self.error_label.setText(exc.message)
            return
        # e.g. a full disk: nothing was numbered, the dialog stays as it is
        if messages.show_failure(self, exc, action=self.tr("Dokumen tidak dapat diterbitkan")):
            self.issue()

    def reject(self) -> None:
        if self.busy.is_running():  # the number is being taken: the officer sees the result first
            return
        super().reject()
