# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'umkm_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_UmkmPage(object):
    def setupUi(self, UmkmPage):
        if not UmkmPage.objectName():
            UmkmPage.setObjectName(u"UmkmPage")
        self.pageLayout = QVBoxLayout(UmkmPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 8, 16, 12)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.umkmSearch = QLineEdit(UmkmPage)
        self.umkmSearch.setObjectName(u"umkmSearch")
        self.umkmSearch.setMinimumSize(QSize(420, 0))
        self.umkmSearch.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.umkmSearch)

        self.resetButton = QPushButton(UmkmPage)
        self.resetButton.setObjectName(u"resetButton")

        self.topLayout.addWidget(self.resetButton)

        self.umkmCount = QLabel(UmkmPage)
        self.umkmCount.setObjectName(u"umkmCount")
        self.umkmCount.setProperty(u"role", u"heading")

        self.topLayout.addWidget(self.umkmCount)

        self.exportButton = QPushButton(UmkmPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)

        self.newButton = QPushButton(UmkmPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.topLayout.addWidget(self.newButton)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.umkmSearchHint = QLabel(UmkmPage)
        self.umkmSearchHint.setObjectName(u"umkmSearchHint")
        self.umkmSearchHint.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.umkmSearchHint)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.kecamatanFilter = QComboBox(UmkmPage)
        self.kecamatanFilter.addItem("")
        self.kecamatanFilter.setObjectName(u"kecamatanFilter")
        self.kecamatanFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.kecamatanFilter)

        self.kelurahanFilter = QComboBox(UmkmPage)
        self.kelurahanFilter.addItem("")
        self.kelurahanFilter.setObjectName(u"kelurahanFilter")
        self.kelurahanFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kelurahanFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.kelurahanFilter)

        self.sectorFilter = QComboBox(UmkmPage)
        self.sectorFilter.addItem("")
        self.sectorFilter.setObjectName(u"sectorFilter")
        self.sectorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectorFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.sectorFilter)

        self.scaleFilter = QComboBox(UmkmPage)
        self.scaleFilter.addItem("")
        self.scaleFilter.setObjectName(u"scaleFilter")
        self.scaleFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersLayout.addWidget(self.scaleFilter)

        self.stageFilter = QComboBox(UmkmPage)
        self.stageFilter.addItem("")
        self.stageFilter.setObjectName(u"stageFilter")
        self.stageFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stageFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.stageFilter)

        self.partnerFilter = QComboBox(UmkmPage)
        self.partnerFilter.addItem("")
        self.partnerFilter.setObjectName(u"partnerFilter")
        self.partnerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partnerFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.partnerFilter)

        self.statusFilter = QComboBox(UmkmPage)
        self.statusFilter.addItem("")
        self.statusFilter.addItem("")
        self.statusFilter.setObjectName(u"statusFilter")

        self.filtersLayout.addWidget(self.statusFilter)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.filtersLayout.setStretch(7, 1)

        self.pageLayout.addLayout(self.filtersLayout)

        self.warningLayout = QHBoxLayout()
        self.warningLayout.setObjectName(u"warningLayout")
        self.importWarningFilter = QCheckBox(UmkmPage)
        self.importWarningFilter.setObjectName(u"importWarningFilter")

        self.warningLayout.addWidget(self.importWarningFilter)

        self.warningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.warningLayout.addItem(self.warningSpacer)

        self.warningLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.warningLayout)

        self.umkmNotice = QLabel(UmkmPage)
        self.umkmNotice.setObjectName(u"umkmNotice")
        self.umkmNotice.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.umkmNotice)

        self.stack = QStackedWidget(UmkmPage)
        self.stack.setObjectName(u"stack")
        self.umkmTable = QTableView()
        self.umkmTable.setObjectName(u"umkmTable")
        self.stack.addWidget(self.umkmTable)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPageLayout = QVBoxLayout(self.emptyPage)
        self.emptyPageLayout.setObjectName(u"emptyPageLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyTopSpacer)

        self.umkmEmpty = QLabel(self.emptyPage)
        self.umkmEmpty.setObjectName(u"umkmEmpty")
        self.umkmEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.umkmEmpty.setWordWrap(True)
        self.umkmEmpty.setProperty(u"role", u"heading")

        self.emptyPageLayout.addWidget(self.umkmEmpty)

        self.emptyButtonsLayout = QHBoxLayout()
        self.emptyButtonsLayout.setObjectName(u"emptyButtonsLayout")
        self.emptyButtonsLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonsLayout.addItem(self.emptyButtonsLeftSpacer)

        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")
        self.emptyNewButton.setProperty(u"role", u"primary")

        self.emptyButtonsLayout.addWidget(self.emptyNewButton)

        self.emptyImportButton = QPushButton(self.emptyPage)
        self.emptyImportButton.setObjectName(u"emptyImportButton")

        self.emptyButtonsLayout.addWidget(self.emptyImportButton)

        self.demoButton = QPushButton(self.emptyPage)
        self.demoButton.setObjectName(u"demoButton")

        self.emptyButtonsLayout.addWidget(self.demoButton)

        self.clearSearchButton = QPushButton(self.emptyPage)
        self.clearSearchButton.setObjectName(u"clearSearchButton")

        self.emptyButtonsLayout.addWidget(self.clearSearchButton)

        self.emptyButtonsRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonsLayout.addItem(self.emptyButtonsRightSpacer)

        self.emptyButtonsLayout.setStretch(0, 1)
        self.emptyButtonsLayout.setStretch(5, 1)

        self.emptyPageLayout.addLayout(self.emptyButtonsLayout)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyPageLayout.addItem(self.emptyBottomSpacer)

        self.emptyPageLayout.setStretch(0, 1)
        self.emptyPageLayout.setStretch(3, 2)
        self.stack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.stack)

        self.pageLayout.setStretch(5, 1)
        QWidget.setTabOrder(self.umkmSearch, self.newButton)
        QWidget.setTabOrder(self.newButton, self.kecamatanFilter)
        QWidget.setTabOrder(self.kecamatanFilter, self.kelurahanFilter)
        QWidget.setTabOrder(self.kelurahanFilter, self.sectorFilter)
        QWidget.setTabOrder(self.sectorFilter, self.scaleFilter)
        QWidget.setTabOrder(self.scaleFilter, self.stageFilter)
        QWidget.setTabOrder(self.stageFilter, self.partnerFilter)
        QWidget.setTabOrder(self.partnerFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.importWarningFilter)
        QWidget.setTabOrder(self.importWarningFilter, self.umkmTable)
        QWidget.setTabOrder(self.umkmTable, self.emptyNewButton)
        QWidget.setTabOrder(self.emptyNewButton, self.emptyImportButton)
        QWidget.setTabOrder(self.emptyImportButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.clearSearchButton)

        self.retranslateUi(UmkmPage)

        QMetaObject.connectSlotsByName(UmkmPage)
    # setupUi

    def retranslateUi(self, UmkmPage):
        self.umkmSearch.setPlaceholderText(QCoreApplication.translate("UmkmPage", u"Cari nama usaha, pemilik, NIK, NIB atau telepon\u2026  (Ctrl+F)", None))
        self.resetButton.setText(QCoreApplication.translate("UmkmPage", u"Hapus filter", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("UmkmPage", u"Daftar ini sebagai Excel atau CSV (Ctrl+E), atau dalam kolom SIDT-KUMKM", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("UmkmPage", u"Ekspor\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("UmkmPage", u"Daftarkan usaha baru (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("UmkmPage", u"Tambah UMKM", None))
        self.umkmSearchHint.setText(QCoreApplication.translate("UmkmPage", u"Ketik 3 huruf atau lebih untuk mencari di semua kolom (NIK, NIB, telepon)", None))
        self.kecamatanFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua kecamatan", None))

        self.kelurahanFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua kelurahan", None))

        self.sectorFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua sektor", None))

        self.scaleFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua skala", None))

        self.stageFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua tahap", None))

        self.partnerFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Semua mitra", None))

        self.statusFilter.setItemText(0, QCoreApplication.translate("UmkmPage", u"Aktif", None))
        self.statusFilter.setItemText(1, QCoreApplication.translate("UmkmPage", u"Arsip", None))

#if QT_CONFIG(tooltip)
        self.importWarningFilter.setToolTip(QCoreApplication.translate("UmkmPage", u"UMKM yang diimpor dengan peringatan (misalnya digit terakhir NIK mungkin salah): periksa dan perbaiki datanya.", None))
#endif // QT_CONFIG(tooltip)
        self.importWarningFilter.setText(QCoreApplication.translate("UmkmPage", u"Hanya yang ada peringatan impor", None))
        self.emptyNewButton.setText(QCoreApplication.translate("UmkmPage", u"Tambah UMKM", None))
#if QT_CONFIG(tooltip)
        self.emptyImportButton.setToolTip(QCoreApplication.translate("UmkmPage", u"Impor daftar UMKM dari berkas Excel atau CSV (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyImportButton.setText(QCoreApplication.translate("UmkmPage", u"Impor dari Excel\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("UmkmPage", u"Muat data contoh", None))
        self.clearSearchButton.setText(QCoreApplication.translate("UmkmPage", u"Hapus pencarian dan filter", None))
        pass
    # retranslateUi
