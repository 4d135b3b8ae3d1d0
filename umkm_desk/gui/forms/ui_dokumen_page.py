# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dokumen_page.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic); run scripts/compile_forms.py
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from umkm_desk.gui.kit.busy import BusyIndicator

class Ui_DokumenPage(object):
    def setupUi(self, DokumenPage):
        if not DokumenPage.objectName():
            DokumenPage.setObjectName(u"DokumenPage")
        self.issueAction = QAction(DokumenPage)
        self.issueAction.setObjectName(u"issueAction")
        self.issueAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.previewAction = QAction(DokumenPage)
        self.previewAction.setObjectName(u"previewAction")
        self.previewAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.voidAction = QAction(DokumenPage)
        self.voidAction.setObjectName(u"voidAction")
        self.voidAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.verifyAction = QAction(DokumenPage)
        self.verifyAction.setObjectName(u"verifyAction")
        self.verifyAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.batchAction = QAction(DokumenPage)
        self.batchAction.setObjectName(u"batchAction")
        self.batchAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pageLayout = QVBoxLayout(DokumenPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 8, 28, 20)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.issueButton = QPushButton(DokumenPage)
        self.issueButton.setObjectName(u"issueButton")
        self.issueButton.setProperty(u"role", u"primary")

        self.toolbarLayout.addWidget(self.issueButton)

        self.previewButton = QPushButton(DokumenPage)
        self.previewButton.setObjectName(u"previewButton")

        self.toolbarLayout.addWidget(self.previewButton)

        self.voidButton = QPushButton(DokumenPage)
        self.voidButton.setObjectName(u"voidButton")

        self.toolbarLayout.addWidget(self.voidButton)

        self.busyIndicator = BusyIndicator(DokumenPage)
        self.busyIndicator.setObjectName(u"busyIndicator")

        self.toolbarLayout.addWidget(self.busyIndicator)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.verifyButton = QPushButton(DokumenPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.toolbarLayout.addWidget(self.verifyButton)

        self.batchButton = QPushButton(DokumenPage)
        self.batchButton.setObjectName(u"batchButton")

        self.toolbarLayout.addWidget(self.batchButton)

        self.exportButton = QPushButton(DokumenPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)

        self.toolbarLayout.setStretch(4, 1)

        self.pageLayout.addLayout(self.toolbarLayout)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.registerSearch = QLineEdit(DokumenPage)
        self.registerSearch.setObjectName(u"registerSearch")
        self.registerSearch.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.registerSearch)

        self.kindFilter = QComboBox(DokumenPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filtersLayout.addWidget(self.kindFilter)

        self.yearFilter = QComboBox(DokumenPage)
        self.yearFilter.setObjectName(u"yearFilter")

        self.filtersLayout.addWidget(self.yearFilter)

        self.registerCount = QLabel(DokumenPage)
        self.registerCount.setObjectName(u"registerCount")
        self.registerCount.setProperty(u"role", u"hint")

        self.filtersLayout.addWidget(self.registerCount)

        self.filtersLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.filtersLayout)

        self.stack = QStackedWidget(DokumenPage)
        self.stack.setObjectName(u"stack")
        self.registerTable = QTableView()
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack.addWidget(self.registerTable)
        self.emptyCard = QFrame()
        self.emptyCard.setObjectName(u"emptyCard")
        self.emptyCard.setProperty(u"role", u"card")
        self.emptyCardLayout = QVBoxLayout(self.emptyCard)
        self.emptyCardLayout.setObjectName(u"emptyCardLayout")
        self.emptyCardLayout.setContentsMargins(32, 48, 32, 48)
        self.emptyState = QLabel(self.emptyCard)
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setProperty(u"role", u"hint")

        self.emptyCardLayout.addWidget(self.emptyState)

        self.noMatchLabel = QLabel(self.emptyCard)
        self.noMatchLabel.setObjectName(u"noMatchLabel")
        self.noMatchLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noMatchLabel.setProperty(u"role", u"hint")

        self.emptyCardLayout.addWidget(self.noMatchLabel)

        self.emptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyCardLayout.addItem(self.emptySpacer)

        self.emptyCardLayout.setStretch(2, 1)
        self.stack.addWidget(self.emptyCard)

        self.pageLayout.addWidget(self.stack)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(DokumenPage)

        QMetaObject.connectSlotsByName(DokumenPage)
    # setupUi

    def retranslateUi(self, DokumenPage):
        self.issueAction.setText(QCoreApplication.translate("DokumenPage", u"Terbitkan\u2026", None))
#if QT_CONFIG(shortcut)
        self.issueAction.setShortcut(QCoreApplication.translate("DokumenPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.previewAction.setText(QCoreApplication.translate("DokumenPage", u"Pratinjau / Cetak ulang", None))
#if QT_CONFIG(shortcut)
        self.previewAction.setShortcut(QCoreApplication.translate("DokumenPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.voidAction.setText(QCoreApplication.translate("DokumenPage", u"Batalkan\u2026", None))
        self.verifyAction.setText(QCoreApplication.translate("DokumenPage", u"Verifikasi\u2026", None))
#if QT_CONFIG(shortcut)
        self.verifyAction.setShortcut(QCoreApplication.translate("DokumenPage", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.batchAction.setText(QCoreApplication.translate("DokumenPage", u"Cetak massal\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("DokumenPage", u"Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("DokumenPage", u"Ekspor ke Excel\u2026", None))
        self.registerSearch.setPlaceholderText(QCoreApplication.translate("DokumenPage", u"Cari nomor surat, nama UMKM atau kode verifikasi\u2026", None))
        self.emptyState.setText(QCoreApplication.translate("DokumenPage", u"Belum ada dokumen terbit. Tekan Terbitkan\u2026 (Ctrl+N) untuk membuat surat atau sertifikat, atau Cetak massal\u2026 untuk banyak UMKM sekaligus.", None))
        self.noMatchLabel.setText(QCoreApplication.translate("DokumenPage", u"Tidak ada dokumen yang cocok dengan pencarian atau saringan.", None))
        pass
    # retranslateUi
