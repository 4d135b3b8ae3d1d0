# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic); run scripts/compile_forms.py
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1040, 680)
        self.wizardLayout = QVBoxLayout(ImportWizard)
        self.wizardLayout.setSpacing(10)
        self.wizardLayout.setObjectName(u"wizardLayout")
        self.wizardLayout.setContentsMargins(20, 14, 20, 14)
        self.stepsLabel = QLabel(ImportWizard)
        self.stepsLabel.setObjectName(u"stepsLabel")
        self.stepsLabel.setText(u"")
        self.stepsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.wizardLayout.addWidget(self.stepsLabel)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.filePageLayout.setContentsMargins(0, 0, 0, 0)
        self.fileHeading = QLabel(self.filePage)
        self.fileHeading.setObjectName(u"fileHeading")
        self.fileHeading.setProperty(u"role", u"heading")

        self.filePageLayout.addWidget(self.fileHeading)

        self.fileIntro = QLabel(self.filePage)
        self.fileIntro.setObjectName(u"fileIntro")
        self.fileIntro.setWordWrap(True)
        self.fileIntro.setProperty(u"role", u"hint")

        self.filePageLayout.addWidget(self.fileIntro)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setHorizontalSpacing(14)
        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.pathRow.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(self.filePage)
        self.chooseButton.setObjectName(u"chooseButton")

        self.pathRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.fileError = QLabel(self.filePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setText(u"")
        self.fileError.setWordWrap(True)
        self.fileError.setProperty(u"role", u"error")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileError)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(24)
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.headerRowLabel = QLabel(self.filePage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headerRowLabel)

        self.headerRowLayout = QHBoxLayout()
        self.headerRowLayout.setSpacing(10)
        self.headerRowLayout.setObjectName(u"headerRowLayout")
        self.headerRowSpin = QSpinBox(self.filePage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimumSize(QSize(90, 0))
        self.headerRowSpin.setMinimum(1)
        self.headerRowSpin.setMaximum(1)

        self.headerRowLayout.addWidget(self.headerRowSpin)

        self.headerRowHint = QLabel(self.filePage)
        self.headerRowHint.setObjectName(u"headerRowHint")
        self.headerRowHint.setWordWrap(True)
        self.headerRowHint.setProperty(u"role", u"hint")

        self.headerRowLayout.addWidget(self.headerRowHint)

        self.headerRowLayout.setStretch(1, 1)

        self.fileForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.headerRowLayout)


        self.filePageLayout.addLayout(self.fileForm)

        self.previewLabel = QLabel(self.filePage)
        self.previewLabel.setObjectName(u"previewLabel")

        self.filePageLayout.addWidget(self.previewLabel)

        self.previewTable = QTableWidget(self.filePage)
        self.previewTable.setObjectName(u"previewTable")

        self.filePageLayout.addWidget(self.previewTable)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.readingLabel = QLabel(self.filePage)
        self.readingLabel.setObjectName(u"readingLabel")
        self.readingLabel.setText(u"")
        self.readingLabel.setProperty(u"role", u"hint")

        self.templateRow.addWidget(self.readingLabel)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateRow.addItem(self.templateSpacer)

        self.templateHint = QLabel(self.filePage)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setProperty(u"role", u"hint")

        self.templateRow.addWidget(self.templateHint)

        self.templateButton = QPushButton(self.filePage)
        self.templateButton.setObjectName(u"templateButton")

        self.templateRow.addWidget(self.templateButton)


        self.filePageLayout.addLayout(self.templateRow)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingPageLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingHeading = QLabel(self.mappingPage)
        self.mappingHeading.setObjectName(u"mappingHeading")
        self.mappingHeading.setProperty(u"role", u"heading")

        self.mappingPageLayout.addWidget(self.mappingHeading)

        self.mappingIntro = QLabel(self.mappingPage)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)
        self.mappingIntro.setProperty(u"role", u"hint")

        self.mappingPageLayout.addWidget(self.mappingIntro)

        self.mappingScroll = QScrollArea(self.mappingPage)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingContents.setGeometry(QRect(0, 0, 980, 400))
        self.mappingGrid = QGridLayout(self.mappingContents)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingGrid.setHorizontalSpacing(12)
        self.mappingGrid.setVerticalSpacing(6)
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingPageLayout.addWidget(self.mappingScroll)

        self.mappingProblems = QLabel(self.mappingPage)
        self.mappingProblems.setObjectName(u"mappingProblems")
        self.mappingProblems.setText(u"")
        self.mappingProblems.setWordWrap(True)
        self.mappingProblems.setProperty(u"role", u"error")

        self.mappingPageLayout.addWidget(self.mappingProblems)

        self.pages.addWidget(self.mappingPage)
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkPageLayout = QVBoxLayout(self.checkPage)
        self.checkPageLayout.setObjectName(u"checkPageLayout")
        self.checkPageLayout.setContentsMargins(0, 0, 0, 0)
        self.checkHeading = QLabel(self.checkPage)
        self.checkHeading.setObjectName(u"checkHeading")
        self.checkHeading.setProperty(u"role", u"heading")

        self.checkPageLayout.addWidget(self.checkHeading)

        self.checkIntro = QLabel(self.checkPage)
        self.checkIntro.setObjectName(u"checkIntro")
        self.checkIntro.setWordWrap(True)
        self.checkIntro.setProperty(u"role", u"hint")

        self.checkPageLayout.addWidget(self.checkIntro)

        self.checkRunBox = QWidget(self.checkPage)
        self.checkRunBox.setObjectName(u"checkRunBox")
        self.checkRunLayout = QHBoxLayout(self.checkRunBox)
        self.checkRunLayout.setObjectName(u"checkRunLayout")
        self.checkRunLayout.setContentsMargins(0, 0, 0, 0)
        self.checkProgress = QProgressBar(self.checkRunBox)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkRunLayout.addWidget(self.checkProgress)

        self.checkCancelButton = QPushButton(self.checkRunBox)
        self.checkCancelButton.setObjectName(u"checkCancelButton")

        self.checkRunLayout.addWidget(self.checkCancelButton)


        self.checkPageLayout.addWidget(self.checkRunBox)

        self.checkStatus = QLabel(self.checkPage)
        self.checkStatus.setObjectName(u"checkStatus")
        self.checkStatus.setText(u"")
        self.checkStatus.setWordWrap(True)

        self.checkPageLayout.addWidget(self.checkStatus)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(self.checkPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterAll = QPushButton(self.checkPage)
        self.filterAll.setObjectName(u"filterAll")
        self.filterAll.setCheckable(True)
        self.filterAll.setChecked(True)
        self.filterAll.setText(u"Semua")

        self.filterRow.addWidget(self.filterAll)

        self.filterOk = QPushButton(self.checkPage)
        self.filterOk.setObjectName(u"filterOk")
        self.filterOk.setCheckable(True)
        self.filterOk.setText(u"OK")

        self.filterRow.addWidget(self.filterOk)

        self.filterWarning = QPushButton(self.checkPage)
        self.filterWarning.setObjectName(u"filterWarning")
        self.filterWarning.setCheckable(True)
        self.filterWarning.setText(u"Peringatan")

        self.filterRow.addWidget(self.filterWarning)

        self.filterRejected = QPushButton(self.checkPage)
        self.filterRejected.setObjectName(u"filterRejected")
        self.filterRejected.setCheckable(True)
        self.filterRejected.setText(u"Ditolak")

        self.filterRow.addWidget(self.filterRejected)

        self.filterSkipped = QPushButton(self.checkPage)
        self.filterSkipped.setObjectName(u"filterSkipped")
        self.filterSkipped.setCheckable(True)
        self.filterSkipped.setText(u"Dilewati")

        self.filterRow.addWidget(self.filterSkipped)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.saveReportButton = QPushButton(self.checkPage)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.filterRow.addWidget(self.saveReportButton)

        self.rereadButton = QPushButton(self.checkPage)
        self.rereadButton.setObjectName(u"rereadButton")

        self.filterRow.addWidget(self.rereadButton)


        self.checkPageLayout.addLayout(self.filterRow)

        self.resultsTable = QTableView(self.checkPage)
        self.resultsTable.setObjectName(u"resultsTable")

        self.checkPageLayout.addWidget(self.resultsTable)

        self.rowDetail = QLabel(self.checkPage)
        self.rowDetail.setObjectName(u"rowDetail")
        self.rowDetail.setText(u"")
        self.rowDetail.setWordWrap(True)
        self.rowDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkPageLayout.addWidget(self.rowDetail)

        self.pages.addWidget(self.checkPage)
        self.commitPage = QWidget()
        self.commitPage.setObjectName(u"commitPage")
        self.commitPageLayout = QVBoxLayout(self.commitPage)
        self.commitPageLayout.setObjectName(u"commitPageLayout")
        self.commitPageLayout.setContentsMargins(0, 0, 0, 0)
        self.commitHeading = QLabel(self.commitPage)
        self.commitHeading.setObjectName(u"commitHeading")
        self.commitHeading.setProperty(u"role", u"heading")

        self.commitPageLayout.addWidget(self.commitHeading)

        self.commitIntro = QLabel(self.commitPage)
        self.commitIntro.setObjectName(u"commitIntro")
        self.commitIntro.setWordWrap(True)
        self.commitIntro.setProperty(u"role", u"hint")

        self.commitPageLayout.addWidget(self.commitIntro)

        self.commitProgress = QProgressBar(self.commitPage)
        self.commitProgress.setObjectName(u"commitProgress")
        self.commitProgress.setValue(0)

        self.commitPageLayout.addWidget(self.commitProgress)

        self.commitStatus = QLabel(self.commitPage)
        self.commitStatus.setObjectName(u"commitStatus")
        self.commitStatus.setText(u"")
        self.commitStatus.setWordWrap(True)

        self.commitPageLayout.addWidget(self.commitStatus)

        self.commitButtons = QHBoxLayout()
        self.commitButtons.setObjectName(u"commitButtons")
        self.commitCancelButton = QPushButton(self.commitPage)
        self.commitCancelButton.setObjectName(u"commitCancelButton")

        self.commitButtons.addWidget(self.commitCancelButton)

        self.commitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitButtons.addItem(self.commitSpacer)


        self.commitPageLayout.addLayout(self.commitButtons)

        self.commitBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.commitPageLayout.addItem(self.commitBottomSpacer)

        self.pages.addWidget(self.commitPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.donePageLayout.setContentsMargins(0, 0, 0, 0)
        self.doneHeading = QLabel(self.donePage)
        self.doneHeading.setObjectName(u"doneHeading")
        self.doneHeading.setProperty(u"role", u"heading")

        self.donePageLayout.addWidget(self.doneHeading)

        self.doneSummary = QLabel(self.donePage)
        self.doneSummary.setObjectName(u"doneSummary")
        self.doneSummary.setText(u"")
        self.doneSummary.setWordWrap(True)

        self.donePageLayout.addWidget(self.doneSummary)

        self.doneHint = QLabel(self.donePage)
        self.doneHint.setObjectName(u"doneHint")
        self.doneHint.setWordWrap(True)
        self.doneHint.setProperty(u"role", u"hint")

        self.donePageLayout.addWidget(self.doneHint)

        self.doneButtons = QHBoxLayout()
        self.doneButtons.setObjectName(u"doneButtons")
        self.doneReportButton = QPushButton(self.donePage)
        self.doneReportButton.setObjectName(u"doneReportButton")

        self.doneButtons.addWidget(self.doneReportButton)

        self.warningsButton = QPushButton(self.donePage)
        self.warningsButton.setObjectName(u"warningsButton")

        self.doneButtons.addWidget(self.warningsButton)

        self.anotherButton = QPushButton(self.donePage)
        self.anotherButton.setObjectName(u"anotherButton")

        self.doneButtons.addWidget(self.anotherButton)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtons.addItem(self.doneSpacer)


        self.donePageLayout.addLayout(self.doneButtons)

        self.doneBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneBottomSpacer)

        self.pages.addWidget(self.donePage)

        self.wizardLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.nextButton)


        self.wizardLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.chooseButton)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerRowLabel.setBuddy(self.headerRowSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.headerRowSpin)
        QWidget.setTabOrder(self.headerRowSpin, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.closeButton)

        self.retranslateUi(ImportWizard)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Impor UMKM dari Excel/CSV", None))
        self.fileHeading.setText(QCoreApplication.translate("ImportWizard", u"Pilih berkas dan lembar kerja", None))
        self.fileIntro.setText(QCoreApplication.translate("ImportWizard", u"Berkas Excel (.xlsx) atau CSV dari daftar UMKM binaan. Tidak ada yang disimpan sebelum Anda menekan Impor di langkah uji coba.", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizard", u"&Berkas", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Belum ada berkas yang dipilih", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportWizard", u"&Pilih berkas\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"L&embar", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportWizard", u"Baris &judul", None))
        self.headerRowHint.setText(QCoreApplication.translate("ImportWizard", u"Ditemukan otomatis; ubah bila baris judul kolom bukan yang disorot.", None))
        self.previewLabel.setText(QCoreApplication.translate("ImportWizard", u"Isi awal lembar (baris judul disorot):", None))
        self.templateHint.setText(QCoreApplication.translate("ImportWizard", u"Belum punya berkas yang rapi?", None))
        self.templateButton.setText(QCoreApplication.translate("ImportWizard", u"Unduh templat &impor\u2026", None))
        self.mappingHeading.setText(QCoreApplication.translate("ImportWizard", u"Cocokkan kolom berkas dengan isian UMKM", None))
        self.mappingIntro.setText(QCoreApplication.translate("ImportWizard", u"Usulan diambil dari judul kolom. Pilihan Anda diingat: berkas berikutnya dengan judul kolom yang sama dicocokkan dengan sendirinya. Kolom uang perlu keterangan apakah angkanya per bulan atau per tahun.", None))
        self.checkHeading.setText(QCoreApplication.translate("ImportWizard", u"Uji coba: periksa setiap baris sebelum diimpor", None))
        self.checkIntro.setText(QCoreApplication.translate("ImportWizard", u"Baris OK dan Peringatan akan diimpor; baris Ditolak tidak. Perbaiki berkasnya di Excel (simpan laporan untuk melihat pesan per baris), simpan, lalu tekan Baca ulang berkas.", None))
        self.checkCancelButton.setText(QCoreApplication.translate("ImportWizard", u"Batal", None))
        self.filterLabel.setText(QCoreApplication.translate("ImportWizard", u"Tampilkan:", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizard", u"&Simpan laporan\u2026", None))
        self.rereadButton.setText(QCoreApplication.translate("ImportWizard", u"Baca &ulang berkas", None))
        self.commitHeading.setText(QCoreApplication.translate("ImportWizard", u"Mengimpor UMKM", None))
        self.commitIntro.setText(QCoreApplication.translate("ImportWizard", u"Setiap baris diperiksa sekali lagi lalu disimpan sekaligus. Bila dibatalkan, tidak ada satu pun UMKM yang diimpor.", None))
        self.commitCancelButton.setText(QCoreApplication.translate("ImportWizard", u"Batal", None))
        self.doneHeading.setText(QCoreApplication.translate("ImportWizard", u"Impor selesai", None))
        self.doneHint.setText(QCoreApplication.translate("ImportWizard", u"UMKM dengan peringatan dapat dicari di halaman UMKM dengan filter \u201cHanya yang ada peringatan impor\u201d. Seluruh impor ini dapat dibatalkan (dan dipulihkan) lewat menu Berkas \u203a Riwayat impor.", None))
        self.doneReportButton.setText(QCoreApplication.translate("ImportWizard", u"Simpan lapo&ran\u2026", None))
        self.warningsButton.setText(QCoreApplication.translate("ImportWizard", u"Tampilkan UMKM dengan &peringatan", None))
        self.anotherButton.setText(QCoreApplication.translate("ImportWizard", u"Impor berkas &lain", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"&Tutup", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"&Kembali", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"&Lanjut", None))
    # retranslateUi
