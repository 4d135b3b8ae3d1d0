# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'laporan_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

class Ui_LaporanPage(object):
    def setupUi(self, LaporanPage):
        if not LaporanPage.objectName():
            LaporanPage.setObjectName(u"LaporanPage")
        self.rootLayout = QVBoxLayout(LaporanPage)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(28, 8, 28, 16)
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setSpacing(8)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodCaption = QLabel(LaporanPage)
        self.periodCaption.setObjectName(u"periodCaption")

        self.periodLayout.addWidget(self.periodCaption)

        self.periodKindCombo = QComboBox(LaporanPage)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.periodLayout.addWidget(self.periodKindCombo)

        self.periodNumberCombo = QComboBox(LaporanPage)
        self.periodNumberCombo.setObjectName(u"periodNumberCombo")
        self.periodNumberCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.periodLayout.addWidget(self.periodNumberCombo)

        self.yearSpin = QSpinBox(LaporanPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.fromDate = QDateEdit(LaporanPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(LaporanPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(LaporanPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.busyBar = QProgressBar(LaporanPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(96, 10))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.periodLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(LaporanPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"hint")

        self.periodLayout.addWidget(self.busyLabel)

        self.reportButton = QPushButton(LaporanPage)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setProperty(u"role", u"primary")

        self.periodLayout.addWidget(self.reportButton)

        self.periodLayout.setStretch(7, 1)

        self.rootLayout.addLayout(self.periodLayout)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setSpacing(8)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.kecamatanCombo = QComboBox(LaporanPage)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")
        self.kecamatanCombo.setMaximumSize(QSize(220, 16777215))
        self.kecamatanCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kecamatanCombo.setMinimumContentsLength(14)

        self.filtersLayout.addWidget(self.kecamatanCombo)

        self.partnerCombo = QComboBox(LaporanPage)
        self.partnerCombo.setObjectName(u"partnerCombo")
        self.partnerCombo.setMaximumSize(QSize(300, 16777215))
        self.partnerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.partnerCombo.setMinimumContentsLength(18)

        self.filtersLayout.addWidget(self.partnerCombo)

        self.sectorCombo = QComboBox(LaporanPage)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setMaximumSize(QSize(240, 16777215))
        self.sectorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectorCombo.setMinimumContentsLength(14)

        self.filtersLayout.addWidget(self.sectorCombo)

        self.officerCombo = QComboBox(LaporanPage)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setMaximumSize(QSize(240, 16777215))
        self.officerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.officerCombo.setMinimumContentsLength(14)

        self.filtersLayout.addWidget(self.officerCombo)

        self.resetButton = QPushButton(LaporanPage)
        self.resetButton.setObjectName(u"resetButton")

        self.filtersLayout.addWidget(self.resetButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.filtersLayout.setStretch(5, 1)

        self.rootLayout.addLayout(self.filtersLayout)

        self.summaryLabel = QLabel(LaporanPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"role", u"hint")
        self.summaryLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.summaryLabel)

        self.stack = QStackedWidget(LaporanPage)
        self.stack.setObjectName(u"stack")
        self.chartsScroll = QScrollArea()
        self.chartsScroll.setObjectName(u"chartsScroll")
        self.chartsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chartsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chartsScroll.setWidgetResizable(True)
        self.chartsHost = QWidget()
        self.chartsHost.setObjectName(u"chartsHost")
        self.chartsGrid = QGridLayout(self.chartsHost)
        self.chartsGrid.setObjectName(u"chartsGrid")
        self.chartsGrid.setHorizontalSpacing(12)
        self.chartsGrid.setVerticalSpacing(12)
        self.chartsGrid.setContentsMargins(0, 0, 4, 0)
        self.chartsScroll.setWidget(self.chartsHost)
        self.stack.addWidget(self.chartsScroll)
        self.messagePage = QWidget()
        self.messagePage.setObjectName(u"messagePage")
        self.messagePageLayout = QVBoxLayout(self.messagePage)
        self.messagePageLayout.setObjectName(u"messagePageLayout")
        self.messageTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.messagePageLayout.addItem(self.messageTopSpacer)

        self.messageLabel = QLabel(self.messagePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"hint")

        self.messagePageLayout.addWidget(self.messageLabel)

        self.messageBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.messagePageLayout.addItem(self.messageBottomSpacer)

        self.messagePageLayout.setStretch(0, 1)
        self.messagePageLayout.setStretch(2, 2)
        self.stack.addWidget(self.messagePage)

        self.rootLayout.addWidget(self.stack)

        self.rootLayout.setStretch(3, 1)

        self.retranslateUi(LaporanPage)

        QMetaObject.connectSlotsByName(LaporanPage)
    # setupUi

    def retranslateUi(self, LaporanPage):
        self.periodCaption.setText(QCoreApplication.translate("LaporanPage", u"Periode", None))
#if QT_CONFIG(tooltip)
        self.periodKindCombo.setToolTip(QCoreApplication.translate("LaporanPage", u"Bulan, triwulan, semester, tahun, atau rentang tanggal", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("LaporanPage", u"Tahun", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("LaporanPage", u"Tanggal awal", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("LaporanPage", u"s.d.", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("LaporanPage", u"Tanggal akhir", None))
#endif // QT_CONFIG(tooltip)
        self.busyLabel.setText(QCoreApplication.translate("LaporanPage", u"Menghitung grafik\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("LaporanPage", u"Laporan berkala sebagai PDF atau Excel", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("LaporanPage", u"Buat laporan\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("LaporanPage", u"Hapus filter", None))
        pass
    # retranslateUi
