"""Berkas › Sinkronisasi: make a package for another PC (a laptop's setup package at the office), apply one that
came in, and settle the conflicts queued by packages: field by field, who changed what and when, mine / theirs /
edited; archived (or deleted) on one side and edited on the other: archived or not; two businesses registered on
both sides: merge or keep both; the same partner name (or other unique value) on both sides: merge or rename."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from umkm_desk.core.services.context import ServiceContext, ServiceError
from umkm_desk.core.services.sync import conflicts as sync_conflicts
from umkm_desk.core.services.sync.apply import STATUS_ALREADY, ApplyResult, apply_package
from umkm_desk.core.services.sync.conflicts import ConflictView
from umkm_desk.core.services.sync.export import ExportResult, export_package
from umkm_desk.core.services.sync.package_file import SUFFIX, load_package, save_package
from umkm_desk.core.services.sync.status import SyncStatus, sync_status
from umkm_desk.gui import file_dialogs, labels
from umkm_desk.gui.dialogs import messages
from umkm_desk.gui.forms.ui_sync_dialog import Ui_SyncDialog
from umkm_desk.gui.kit.busy import BusyRunner
from umkm_desk.gui.kit.tables import setup_table

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone()
    return f"{labels.long_date(local.date())} {local:%H.%M}"


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str) and len(value) > 18 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return _when(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


def _parsed(text: str, like: Any) -> Any:
    """An edited cell back in the stored form of the value it replaces."""
    text = text.strip()
    if text in ("", "—"):
        return None
    if isinstance(like, bool):
        return text.casefold() in ("ya", "true", "1")
    if isinstance(like, int):
        digits = text.replace(".", "").replace(",", "")
        return int(digits) if digits.lstrip("-").isdigit() else like
    return text


class SyncDialog(QDialog):
    #: data changed (a package applied, a conflict resolved): pages showing it should refresh
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncDialog()
        self.ui.setupUi(self)
        self.setObjectName("syncDialog")
        self.status: SyncStatus | None = None
        self.conflicts: list[ConflictView] = []
        self.busy = BusyRunner(self, controls=(self.ui.packagesTab, self.ui.conflictsTab))
        self.ui.progressBar.hide()

        peers = self.ui.peerTable
        headers = [self.tr("PC"), self.tr("Kecamatan"), self.tr("Paket terkirim"), self.tr("Terakhir dikirim"),
                   self.tr("Paket diterima"), self.tr("Terakhir diterima")]
        peers.setColumnCount(len(headers))
        peers.setHorizontalHeaderLabels(headers)
        setup_table(peers, wrap=False, stretch=0, stretch_last=False, highlight_header=False)
        for column in range(1, len(headers)):
            peers.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        fields = self.ui.fieldTable
        fields.setColumnCount(4)
        fields.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("PC ini"), self.tr("PC lain"),
                                          self.tr("Hasil suntingan")])
        fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fields.verticalHeader().hide()

        self.ui.setupCheck.toggled.connect(self._update_export_controls)
        self.ui.exportButton.clicked.connect(self.choose_export)
        self.ui.importButton.clicked.connect(self.choose_import)
        self.ui.conflictList.currentItemChanged.connect(lambda *_: self._show_conflict())
        self.ui.mineButton.clicked.connect(lambda: self.resolve(sync_conflicts.MINE))
        self.ui.theirsButton.clicked.connect(lambda: self.resolve(sync_conflicts.THEIRS))
        self.ui.editedButton.clicked.connect(lambda: self.resolve(sync_conflicts.EDITED))
        self.ui.mergeButton.clicked.connect(lambda: self.resolve(sync_conflicts.MERGED))
        self.ui.bothButton.clicked.connect(lambda: self.resolve(sync_conflicts.BOTH))
        self.ui.closeButton.clicked.connect(self.accept)
        #: the buttons' texts for two edits of one field; other kinds of conflict say what each choice does
        self._texts = {button: button.text() for button in (self.ui.mineButton, self.ui.theirsButton,
                                                             self.ui.mergeButton, self.ui.bothButton)}
        self.reload()

    # --- state ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.status = sync_status(self.ctx)
            self.conflicts = sync_conflicts.list_conflicts(self.ctx)
        except ServiceError as exc:
            self.ui.resultLabel.setText(exc.message)
            return
        except Exception as exc:
            self.ui.resultLabel.setText(messages.describe_failure(exc, self.tr("Sinkronisasi tidak dapat dibaca"))
                                        .message)
            return
        status = self.status
        role = self.tr("laptop lapangan") if status.is_laptop else self.tr("kantor")
        self.ui.identityLabel.setText(self.tr(
            "PC ini: {name} ({role}). Paket berisi semua perubahan sejak paket terakhir ke PC tujuan; paket yang "
            "sama boleh diterima dua kali tanpa akibat.").format(name=status.pc_name, role=role))
        combo = self.ui.destinationCombo
        typed = combo.currentText()
        combo.clear()
        combo.addItems([peer.name for peer in status.peers])
        if typed:
            combo.setCurrentText(typed)
        kecamatan = self.ui.kecamatanCombo
        if kecamatan.count() == 0:
            kecamatan.addItem(self.tr("Semua kecamatan"), None)
            for code, name in status.kecamatan:
                kecamatan.addItem(name, code)
        self.ui.setupCheck.setVisible(not status.is_laptop)
        self.ui.kecamatanCombo.setVisible(not status.is_laptop)
        self.ui.kecamatanLabel.setVisible(not status.is_laptop)
        self._update_export_controls()
        self._fill_peers()
        self._fill_conflicts()

    def _fill_peers(self) -> None:
        assert self.status is not None
        table = self.ui.peerTable
        table.setRowCount(len(self.status.peers))
        names = {code: name for code, name in self.status.kecamatan}
        for row, peer in enumerate(self.status.peers):
            name = peer.name + (self.tr(" (kantor)") if peer.is_home else "")
            values = (name, names.get(peer.kecamatan_code or "", self.tr("semua")), str(peer.sent_seq),
                      _when(peer.last_sent_at), str(peer.received_seq), _when(peer.last_received_at))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def _fill_conflicts(self) -> None:
        widget = self.ui.conflictList
        widget.clear()
        for conflict in self.conflicts:
            what = {
                sync_conflicts.KIND_MERGE: self.tr("Gabungkan?"),
                sync_conflicts.KIND_ARCHIVE: self.tr("{table} diarsipkan?").format(table=conflict.table_label),
                sync_conflicts.KIND_DELETED: self.tr("{table} dihapus?").format(table=conflict.table_label),
                sync_conflicts.KIND_UNIQUE: self.tr("{table} kembar").format(table=conflict.table_label),
            }.get(conflict.kind, conflict.table_label)
            item = QListWidgetItem(self.tr("{what} · {title} (dari {peer})").format(
                what=what, title=conflict.title, peer=conflict.peer_name))
            item.setData(CONFLICT_ROLE, str(conflict.id))
            widget.addItem(item)
        count = len(self.conflicts)
        self.ui.tabs.setTabText(1, self.tr("Konflik ({n})").format(n=count) if count else self.tr("Konflik"))
        if count:
            widget.setCurrentRow(0)
        self._show_conflict()

    def _is_laptop(self) -> bool:
        return self.status is not None and self.status.is_laptop

    def _setup_wanted(self) -> bool:
        return self.ui.setupCheck.isChecked() and not self._is_laptop()

    def _update_export_controls(self) -> None:
        setup = self._setup_wanted()
        self.ui.kecamatanCombo.setEnabled(setup)
        self.ui.kecamatanLabel.setEnabled(setup)
        self.ui.destinationCombo.setEnabled(not self._is_laptop())

    def current_conflict(self) -> ConflictView | None:
        item = self.ui.conflictList.currentItem()
        if item is None:
            return None
        wanted = uuid.UUID(str(item.data(CONFLICT_ROLE)))
        return next((c for c in self.conflicts if c.id == wanted), None)

    def _show_conflict(self) -> None:
        conflict = self.current_conflict()
        table = self.ui.fieldTable
        kind = conflict.kind if conflict is not None else sync_conflicts.KIND_EDIT
        edit = conflict is not None and kind == sync_conflicts.KIND_EDIT
        two_ways = kind in (sync_conflicts.KIND_EDIT, sync_conflicts.KIND_ARCHIVE, sync_conflicts.KIND_DELETED)
        renamable = conflict is not None and kind == sync_conflicts.KIND_UNIQUE and conflict.suggestion is not None
        for button in (self.ui.mineButton, self.ui.theirsButton):
            button.setVisible(two_ways)
            button.setEnabled(conflict is not None)
        self.ui.editedButton.setVisible(conflict is None or edit)
        self.ui.editedButton.setEnabled(edit)
        self.ui.mergeButton.setVisible(kind in (sync_conflicts.KIND_MERGE, sync_conflicts.KIND_UNIQUE))
        self.ui.bothButton.setVisible(kind == sync_conflicts.KIND_MERGE or renamable)
        for button, text in self._texts.items():
            button.setText(text)
        table.setColumnHidden(3, not (edit or renamable))
        if conflict is None:
            table.setRowCount(0)
            self.ui.whoLabel.setText(self.tr("Tidak ada konflik yang menunggu keputusan."))
            return
        intro = self._intro(conflict)
        self.ui.whoLabel.setText(self.tr(
            "{intro}\nPC ini: {mine_by}, {mine_at}. {peer}: {theirs_by}, {theirs_at}.").format(
            intro=intro, mine_by=conflict.mine_by or "—", mine_at=_when(conflict.mine_at),
            peer=conflict.peer_name, theirs_by=conflict.theirs_by or "—", theirs_at=_when(conflict.theirs_at)))
        pairs = self.shown_pairs(conflict)
        table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            edited = pair.mine
            if renamable:
                edited = conflict.suggestion if pair.clash else None
            cells = (self._label(conflict, pair.name), self._value(pair.name, pair.mine),
                     self._value(pair.name, pair.theirs), "" if renamable and not pair.clash
                     else self._value(pair.name, edited))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                editable = column == 3 and (edit or renamable) and pair.clash
                flags = item.flags() | Qt.ItemFlag.ItemIsEditable if editable else \
                    item.flags() & ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if pair.clash:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)

    @staticmethod
    def shown_pairs(conflict: ConflictView) -> list[sync_conflicts.FieldPair]:
        """The fields asked about, and of the others those an officer knows by name."""
        return [p for p in conflict.fields if p.clash or p.name in labels.FIELD_LABELS]

    def _label(self, conflict: ConflictView, name: str) -> str:
        if name == "deleted_at":
            return self.tr("Status arsip")
        if name == sync_conflicts.EXISTS:
            return self.tr("Keberadaan data")
        return labels.field_label(conflict.table, name)

    def _value(self, name: str, value: Any) -> str:
        if name == "deleted_at":
            if value is None:
                return self.tr("aktif")
            return self.tr("diarsipkan {when}").format(when=labels.long_date(
                datetime.fromisoformat(value).astimezone().date()))
        if name == sync_conflicts.EXISTS:
            return self.tr("ada") if value else self.tr("dihapus")
        return _shown(value)

    def _intro(self, conflict: ConflictView) -> str:
        """What happened and what each choice does, with the buttons named for this kind of conflict."""
        ui, what, peer = self.ui, conflict.table_label, conflict.peer_name
        if conflict.kind == sync_conflicts.KIND_MERGE:
            return self.tr("UMKM dari {peer} tampak sama dengan UMKM di PC ini ({reasons}). Gabungkan: UMKM yang "
                           "datang diarsipkan dan pendampingannya dipindah ke UMKM di PC ini.").format(
                peer=peer, reasons=", ".join(conflict.reasons))
        if conflict.kind == sync_conflicts.KIND_ARCHIVE:
            here = conflict.removed_by == "mine"
            ui.mineButton.setText(self.tr("Tetap &diarsipkan") if here else self.tr("Biarkan &aktif"))
            ui.theirsButton.setText(self.tr("&Pulihkan (aktif lagi)") if here else self.tr("&Arsipkan"))
            where, other = (self.tr("PC ini"), peer) if here else (peer, self.tr("PC ini"))
            return self.tr("{what} ini diarsipkan di {where}, tetapi diubah di {other}. Perubahannya sudah "
                           "digabung (kolom biasa di bawah); putuskan apakah data ini tetap diarsipkan. Sampai "
                           "diputuskan, PC ini memakai keadaannya sendiri.").format(what=what, where=where,
                                                                                   other=other)
        if conflict.kind == sync_conflicts.KIND_DELETED:
            here = conflict.removed_by == "mine"
            ui.mineButton.setText(self.tr("Biarkan &terhapus") if here else self.tr("&Pertahankan"))
            ui.theirsButton.setText(self.tr("&Pulihkan") if here else self.tr("&Hapus"))
            where, other = (self.tr("PC ini"), peer) if here else (peer, self.tr("PC ini"))
            return self.tr("{what} ini dihapus di {where}, tetapi diubah di {other}. Putuskan apakah data ini "
                           "dipertahankan; sampai diputuskan, PC ini memakai keadaannya sendiri.").format(
                what=what, where=where, other=other)
        if conflict.kind == sync_conflicts.KIND_UNIQUE:
            columns = ", ".join(self._label(conflict, p.name) for p in conflict.fields if p.clash)
            if conflict.suggestion is not None:
                ui.bothButton.setText(self.tr("Simpan dengan &nama baru"))
                return self.tr("{what} dari {peer} memakai {columns} yang sama dengan {what} di PC ini, tetapi "
                               "dibuat terpisah. Sementara keduanya disimpan; yang datang bernama \"{suggestion}\". "
                               "Gabungkan: yang datang diarsipkan dan semua yang merujuk kepadanya dipindah ke yang "
                               "di PC ini. Atau tulis nama lain di kolom Hasil suntingan, lalu Simpan dengan nama "
                               "baru.").format(what=what, peer=peer, columns=columns,
                                               suggestion=conflict.suggestion)
            return self.tr("{what} dari {peer} memakai {columns} yang sama dengan {what} di PC ini, dan keduanya "
                           "tidak boleh ada bersama. Yang datang ditahan (belum disimpan). Gabungkan: yang di PC "
                           "ini dipakai, yang datang dihapus juga di {peer}.").format(what=what, peer=peer,
                                                                                      columns=columns)
        return self.tr("{what} ini diubah berbeda di kedua PC pada kolom di bawah; perubahan lain sudah "
                       "digabung. Sampai diputuskan, PC ini memakai isinya sendiri.").format(what=what)

    # --- packages ---------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        name = self.ui.destinationCombo.currentText().strip()
        if not name and not self._is_laptop():
            messages.show_error(self, self.tr("Buat paket"), self.tr(
                "Tulis nama PC tujuan paket (mis. nama laptop lapangan), lalu ulangi."))
            return
        label = name or "kantor"
        path = file_dialogs.save_file(
            self, self.tr("Simpan paket sinkronisasi"), f"paket-{label}-{date.today():%Y%m%d}{SUFFIX}",
            self.tr("Paket sinkronisasi (*{suffix})").format(suffix=SUFFIX), purpose="sync", suffix=SUFFIX[1:])
        if path:
            self.make_package(Path(path))

    def make_package(self, path: Path) -> None:
        """Write the package in a worker thread (the file dialog asked already before replacing a file)."""
        name = self.ui.destinationCombo.currentText().strip() or None
        setup = self._setup_wanted()
        kecamatan = self.ui.kecamatanCombo.currentData() if setup else None
        ctx = self.ctx

        def work() -> ExportResult:
            return export_package(ctx, name, lambda data: save_package(path, data, replace=True), setup=setup,
                                  kecamatan_code=kecamatan)

        self._start(work, self.tr("Membuat paket…"), lambda result: self._exported(result, path))

    def choose_import(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Terima paket sinkronisasi"),
                                      self.tr("Paket sinkronisasi (*{suffix})").format(suffix=SUFFIX),
                                      purpose="sync")
        if path:
            self.receive_package(Path(path))

    def receive_package(self, path: Path) -> None:
        ctx = self.ctx
        self._start(lambda: apply_package(ctx, load_package(path)), self.tr("Menerapkan paket…"), self._applied)

    def _start(self, work: Any, text: str, done: Any) -> None:
        self.ui.progressBar.show()
        self.ui.resultLabel.setText(text)
        self.busy.run(work, text, on_success=done, on_failure=self._failed)

    def _exported(self, result: ExportResult, path: Path) -> None:
        self.ui.progressBar.hide()
        block = ""
        if result.block is not None:
            block = self.tr(" Nomor surat {first}–{last} tahun {year} dicadangkan untuk {name}.").format(
                first=result.block.first, last=result.block.last, year=result.block.year, name=result.destination)
        self.ui.resultLabel.setText(self.tr(
            "Paket nomor {seq} untuk {name} tersimpan di {path} ({rows} baris).{block}").format(
            seq=result.seq, name=result.destination, path=path, rows=labels.thousands(result.total), block=block))
        self.reload()

    def _applied(self, result: ApplyResult) -> None:
        self.ui.progressBar.hide()
        if result.status == STATUS_ALREADY:
            text = self.tr("Paket nomor {seq} dari {name} sudah diterapkan sebelumnya; tidak ada yang berubah.")
            self.ui.resultLabel.setText(text.format(seq=result.seq, name=result.source))
            return
        text = self.tr("Paket nomor {seq} dari {name} diterapkan: {rows} baris.").format(
            seq=result.seq, name=result.source, rows=labels.thousands(sum(result.applied.values())))
        if result.conflicts or result.merges:
            text += " " + self.tr("{n} konflik menunggu keputusan di tab Konflik.").format(
                n=result.conflicts + result.merges)
        elif result.deferred:
            text += " " + self.tr("{n} data yang juga diubah di PC ini menunggu keputusan kantor.").format(
                n=result.deferred)
        self.ui.resultLabel.setText(text)
        self.reload()
        self.changed.emit()
        if result.conflicts or result.merges:
            self.ui.tabs.setCurrentWidget(self.ui.conflictsTab)

    def _failed(self, exc: BaseException) -> None:
        self.ui.progressBar.hide()
        if isinstance(exc, ServiceError):
            self.ui.resultLabel.setText(exc.message)
            messages.show_error(self, self.tr("Sinkronisasi"), exc.message)
        else:
            self.ui.resultLabel.setText(messages.describe_failure(exc, self.tr("Paket gagal diproses")).message)
            messages.show_failure(self, exc, action=self.tr("Paket gagal diproses"))

    # --- conflicts --------------------------------------------------------------------------------------

    def edited_values(self, conflict: ConflictView) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for row, pair in enumerate(self.shown_pairs(conflict)):
            item = self.ui.fieldTable.item(row, 3)
            if pair.clash and item is not None:
                values[pair.name] = _parsed(item.text(), pair.mine if pair.mine is not None else pair.theirs)
        return values

    def resolve(self, choice: str) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            return
        try:
            if conflict.kind == sync_conflicts.KIND_UNIQUE:
                renamed = self.edited_values(conflict)
                sync_conflicts.resolve_unique(self.ctx, conflict.id, merge=choice == sync_conflicts.MERGED,
                                              new_value=str(next(iter(renamed.values()), "") or ""))
            elif choice in (sync_conflicts.MERGED, sync_conflicts.BOTH):
                sync_conflicts.resolve_merge(self.ctx, conflict.id, merge=choice == sync_conflicts.MERGED)
            else:
                edited = self.edited_values(conflict) if choice == sync_conflicts.EDITED else None
                sync_conflicts.resolve_edit(self.ctx, conflict.id, choice, edited)
        except ServiceError as exc:
            messages.show_error(self, self.tr("Konflik"), exc.message)
            return
        except Exception as exc:
            messages.show_failure(self, exc, action=self.tr("Konflik tidak dapat diselesaikan"))
            return
        self.ui.resultLabel.setText(self.tr("Konflik {title} diselesaikan; keputusan ini ikut paket berikutnya.")
                                    .format(title=conflict.title))
        self.reload()
        self.changed.emit()

    def done(self, result: int) -> None:  # noqa: D102 - Qt override
        self.busy.wait()
        super().done(result)
