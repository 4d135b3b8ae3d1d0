"""Preview a PDF (bytes from the documents service) with QtPdf; save it or print it through QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from umkm_desk.core.rules.file_names import document_file_name
from umkm_desk.gui import file_dialogs
from umkm_desk.gui.dialogs import messages

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
MAX_PRINT_DPI = 300


def pdf_file_name(number: str | None, fallback: str = "dokumen") -> str:
    """The one document file-name rule of core (the batch and the command line use it too)."""
    return document_file_name(number, fallback)


def load_pdf(document: QPdfDocument, data: bytes, parent: QWidget | None = None) -> QBuffer:
    """Load PDF bytes into ``document``; keep the returned buffer alive as long as the document is."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves unpainted areas transparent; a printer (and a PDF printer) would show them black."""
    if not image.hasAlphaChannel():
        return image
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen in the print dialog) as an image at the printer's resolution,
    fitted to the printable area with its aspect ratio kept; returns the number of pages printed."""
    count = document.pageCount()
    if count <= 0:
        return 0
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(count, printer.toPage() or count)
    if first > last:
        return 0

    def orient(index: int) -> None:
        size = document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    orient(first - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer tidak dapat dibuka")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(first - 1, last):
            if printed:
                orient(index)
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            image = document.render(index, pixels)
            if image.isNull():
                continue
            image = _on_white(image)
            area = QRectF(painter.viewport())
            scaled = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(QPointF(area.x() + (area.width() - scaled.width()) / 2, area.y()), scaled)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """Non-blocking preview: ``open()`` it; "Simpan PDF…" and "Cetak…" work on the same bytes."""

    def __init__(
        self, pdf: bytes, title: str, parent: QWidget | None = None, *, number: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreviewDialog")
        self.resize(900, 1000)
        self.pdf = pdf
        self.number = number
        self.document = QPdfDocument(self)
        self._buffer = load_pdf(self.document, pdf, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_spin = QSpinBox(self)
        self.page_spin.setRange(1, max(1, self.document.pageCount()))
        self.page_spin.setAccessibleName(self.tr("Halaman"))
        self.page_count_label = QLabel(self.tr("dari {count}").format(count=self.document.pageCount()), self)
        self.zoom_out_button = QPushButton(self.tr("Perkecil"), self)
        self.zoom_in_button = QPushButton(self.tr("Perbesar"), self)
        self.fit_width_button = QPushButton(self.tr("Sesuaikan lebar"), self)
        self.fit_page_button = QPushButton(self.tr("Satu halaman"), self)
        self.zoom_label = QLabel(self)
        self.save_button = QPushButton(self.tr("Simpan PDF…"), self)
        self.print_button = QPushButton(self.tr("Cetak…"), self)
        self.print_button.setProperty("role", "primary")
        self.close_button = QPushButton(self.tr("Tutup"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Halaman"), self))
        top.addWidget(self.page_spin)
        top.addWidget(self.page_count_label)
        top.addSpacing(16)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.fit_width_button)
        top.addWidget(self.fit_page_button)
        top.addWidget(self.zoom_label)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.page_spin.valueChanged.connect(self.go_to_page)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(+1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.fit_width_button.clicked.connect(lambda: self._set_mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self._set_mode(QPdfView.ZoomMode.FitInView))
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.Print, self.print_document),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._update_zoom_label()

    # --- navigation and zoom ----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """1-based."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        page = max(1, min(page, self.page_count()))
        if self.view.pageNavigator().currentPage() != page - 1:
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)

    def zoom_step(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)
        self._update_zoom_label()

    def _set_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._update_zoom_label()

    def _update_zoom_label(self, *_args: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Selebar jendela"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Satu halaman penuh"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")

    # --- save and print ---------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        return pdf_file_name(self.number)

    def save_as(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan PDF"), self.default_file_name(),
                                      self.tr("Dokumen PDF (*.pdf)"), purpose="pdf", suffix="pdf")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(Path(path))
        except OSError as exc:
            messages.show_error(
                self, self.tr("Gagal menyimpan"),
                self.tr("Berkas {path} tidak dapat ditulis: {reason}").format(path=path, reason=exc.strerror or exc),
            )

    def save_to(self, path: Path) -> None:
        path.write_bytes(self.pdf)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.number or self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak {title}").format(title=self.windowTitle()))
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return print_pdf(self.document, printer)
        except OSError:
            messages.show_error(self, self.tr("Gagal mencetak"), self.tr("Printer tidak dapat dibuka."))
            return 0
        finally:
            QApplication.restoreOverrideCursor()
