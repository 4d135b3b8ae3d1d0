# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionImportHistory = QAction(MainWindow)
        self.actionImportHistory.setObjectName(u"actionImportHistory")
        self.actionImportTemplate = QAction(MainWindow)
        self.actionImportTemplate.setObjectName(u"actionImportTemplate")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExportSidt = QAction(MainWindow)
        self.actionExportSidt.setObjectName(u"actionExportSidt")
        self.actionReport = QAction(MainWindow)
        self.actionReport.setObjectName(u"actionReport")
        self.actionChangeOfficer = QAction(MainWindow)
        self.actionChangeOfficer.setObjectName(u"actionChangeOfficer")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.centralwidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(216, 0))
        self.sidebar.setMaximumSize(QSize(216, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(2)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(12, 18, 12, 14)
        self.appTitleLabel = QLabel(self.sidebar)
        self.appTitleLabel.setObjectName(u"appTitleLabel")

        self.sidebarLayout.addWidget(self.appTitleLabel)

        self.appSubtitleLabel = QLabel(self.sidebar)
        self.appSubtitleLabel.setObjectName(u"appSubtitleLabel")
        self.appSubtitleLabel.setWordWrap(True)

        self.sidebarLayout.addWidget(self.appSubtitleLabel)

        self.sidebarTopSpacer = QSpacerItem(20, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sidebarLayout.addItem(self.sidebarTopSpacer)

        self.navList = QListWidget(self.sidebar)
        self.navList.setObjectName(u"navList")
        self.navList.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setSpacing(2)

        self.sidebarLayout.addWidget(self.navList)

        self.versionLabel = QLabel(self.sidebar)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"v0")

        self.sidebarLayout.addWidget(self.versionLabel)


        self.centralLayout.addWidget(self.sidebar)

        self.content = QFrame(self.centralwidget)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.pageHeader = QFrame(self.content)
        self.pageHeader.setObjectName(u"pageHeader")
        self.pageHeaderLayout = QVBoxLayout(self.pageHeader)
        self.pageHeaderLayout.setSpacing(2)
        self.pageHeaderLayout.setObjectName(u"pageHeaderLayout")
        self.pageHeaderLayout.setContentsMargins(28, 16, 28, 14)
        self.pageTitleLabel = QLabel(self.pageHeader)
        self.pageTitleLabel.setObjectName(u"pageTitleLabel")
        self.pageTitleLabel.setText(u"Beranda")

        self.pageHeaderLayout.addWidget(self.pageTitleLabel)

        self.pageSubtitleLabel = QLabel(self.pageHeader)
        self.pageSubtitleLabel.setObjectName(u"pageSubtitleLabel")
        self.pageSubtitleLabel.setText(u"")

        self.pageHeaderLayout.addWidget(self.pageSubtitleLabel)


        self.contentLayout.addWidget(self.pageHeader)

        self.pageStack = QStackedWidget(self.content)
        self.pageStack.setObjectName(u"pageStack")

        self.contentLayout.addWidget(self.pageStack)


        self.centralLayout.addWidget(self.content)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuBerkas = QMenu(self.menubar)
        self.menuBerkas.setObjectName(u"menuBerkas")
        self.menuBantuan = QMenu(self.menubar)
        self.menuBantuan.setObjectName(u"menuBantuan")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuBerkas.menuAction())
        self.menubar.addAction(self.menuBantuan.menuAction())
        self.menuBerkas.addAction(self.actionImport)
        self.menuBerkas.addAction(self.actionImportHistory)
        self.menuBerkas.addAction(self.actionImportTemplate)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionExport)
        self.menuBerkas.addAction(self.actionExportSidt)
        self.menuBerkas.addAction(self.actionReport)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionChangeOfficer)
        self.menuBerkas.addAction(self.actionBackup)
        self.menuBerkas.addSeparator()
        self.menuBerkas.addAction(self.actionQuit)
        self.menuBantuan.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"UMKM Desk", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Impor UMKM\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionImportHistory.setText(QCoreApplication.translate("MainWindow", u"&Riwayat impor\u2026", None))
        self.actionImportTemplate.setText(QCoreApplication.translate("MainWindow", u"&Unduh templat impor\u2026", None))
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Ekspor ke Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"Daftar di halaman ini, persis seperti di layar, sebagai .xlsx atau .csv", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportSidt.setText(QCoreApplication.translate("MainWindow", u"Ekspor &SIDT-KUMKM\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportSidt.setToolTip(QCoreApplication.translate("MainWindow", u"UMKM terpilih atau UMKM dalam daftar, dalam kolom SIDT-KUMKM", None))
#endif // QT_CONFIG(tooltip)
        self.actionReport.setText(QCoreApplication.translate("MainWindow", u"Buat &laporan\u2026", None))
        self.actionChangeOfficer.setText(QCoreApplication.translate("MainWindow", u"Ganti &petugas\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Cadangkan basis data\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang UMKM Desk", None))
        self.appTitleLabel.setText(QCoreApplication.translate("MainWindow", u"UMKM Desk", None))
        self.appSubtitleLabel.setText(QCoreApplication.translate("MainWindow", u"Disperindagkop Kota Serang", None))
        self.menuBerkas.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuBantuan.setTitle(QCoreApplication.translate("MainWindow", u"B&antuan", None))
    # retranslateUi
