# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pendampingan_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PendampinganPage(object):
    def setupUi(self, PendampinganPage):
        if not PendampinganPage.objectName():
            PendampinganPage.setObjectName(u"PendampinganPage")
        self.rootLayout = QVBoxLayout(PendampinganPage)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(28, 8, 28, 20)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(PendampinganPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.exportButton = QPushButton(PendampinganPage)
        self.exportButton.setObjectName(u"exportButton")

        self.searchLayout.addWidget(self.exportButton)

        self.newButton = QPushButton(PendampinganPage)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.searchLayout.addWidget(self.newButton)

        self.searchLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.searchLayout)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setSpacing(8)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.partnerCombo = QComboBox(PendampinganPage)
        self.partnerCombo.setObjectName(u"partnerCombo")
        self.partnerCombo.setMaximumSize(QSize(320, 16777215))
        self.partnerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partnerCombo.setMinimumContentsLength(10)

        self.filtersLayout.addWidget(self.partnerCombo)

        self.officerCombo = QComboBox(PendampinganPage)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setMaximumSize(QSize(320, 16777215))
        self.officerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.officerCombo.setMinimumContentsLength(10)

        self.filtersLayout.addWidget(self.officerCombo)

        self.kecamatanCombo = QComboBox(PendampinganPage)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")
        self.kecamatanCombo.setMaximumSize(QSize(320, 16777215))
        self.kecamatanCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kecamatanCombo.setMinimumContentsLength(10)

        self.filtersLayout.addWidget(self.kecamatanCombo)

        self.yearCombo = QComboBox(PendampinganPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMaximumSize(QSize(320, 16777215))
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.yearCombo.setMinimumContentsLength(10)

        self.filtersLayout.addWidget(self.yearCombo)

        self.overdueCheck = QCheckBox(PendampinganPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filtersLayout.addWidget(self.overdueCheck)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.filtersLayout.setStretch(5, 1)

        self.rootLayout.addLayout(self.filtersLayout)

        self.split = QSplitter(PendampinganPage)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.groupTree = QTreeWidget(self.split)
        self.groupTree.setObjectName(u"groupTree")
        self.groupTree.setMinimumSize(QSize(250, 0))
        self.groupTree.setMaximumSize(QSize(330, 16777215))
        self.groupTree.setStyleSheet(u"QTreeWidget::item { padding: 3px 2px; }")
        self.groupTree.setIndentation(14)
        self.groupTree.setRootIsDecorated(False)
        self.split.addWidget(self.groupTree)
        self.groupPanel = QWidget(self.split)
        self.groupPanel.setObjectName(u"groupPanel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.groupPanel.sizePolicy().hasHeightForWidth())
        self.groupPanel.setSizePolicy(sizePolicy)
        self.groupPanelLayout = QVBoxLayout(self.groupPanel)
        self.groupPanelLayout.setSpacing(6)
        self.groupPanelLayout.setObjectName(u"groupPanelLayout")
        self.groupPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.groupHeadLayout = QHBoxLayout()
        self.groupHeadLayout.setObjectName(u"groupHeadLayout")
        self.groupLabel = QLabel(self.groupPanel)
        self.groupLabel.setObjectName(u"groupLabel")
        self.groupLabel.setProperty(u"role", u"heading")

        self.groupHeadLayout.addWidget(self.groupLabel)

        self.busyBar = QProgressBar(self.groupPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(120, 10))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.groupHeadLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(self.groupPanel)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"hint")

        self.groupHeadLayout.addWidget(self.busyLabel)

        self.groupHeadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupHeadLayout.addItem(self.groupHeadSpacer)

        self.overdueLabel = QLabel(self.groupPanel)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.groupHeadLayout.addWidget(self.overdueLabel)

        self.groupHeadLayout.setStretch(3, 1)

        self.groupPanelLayout.addLayout(self.groupHeadLayout)

        self.caseTable = QTableView(self.groupPanel)
        self.caseTable.setObjectName(u"caseTable")

        self.groupPanelLayout.addWidget(self.caseTable)

        self.emptyState = QLabel(self.groupPanel)
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setProperty(u"role", u"hint")

        self.groupPanelLayout.addWidget(self.emptyState)

        self.hintLabel = QLabel(self.groupPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.groupPanelLayout.addWidget(self.hintLabel)

        self.groupPanelLayout.setStretch(1, 1)
        self.groupPanelLayout.setStretch(2, 1)
        self.split.addWidget(self.groupPanel)

        self.rootLayout.addWidget(self.split)

        self.rootLayout.setStretch(2, 1)

        self.retranslateUi(PendampinganPage)

        QMetaObject.connectSlotsByName(PendampinganPage)
    # setupUi

    def retranslateUi(self, PendampinganPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PendampinganPage", u"Cari nama usaha, pemilik, NIK, NIB\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PendampinganPage", u"Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("PendampinganPage", u"Ekspor ke Excel\u2026", None))
        self.newButton.setText(QCoreApplication.translate("PendampinganPage", u"Buka pendampingan\u2026", None))
        self.overdueCheck.setText(QCoreApplication.translate("PendampinganPage", u"Hanya yang terlambat", None))
        ___qtreewidgetitem = self.groupTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PendampinganPage", u"Jumlah", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PendampinganPage", u"Tahap dan status", None))
        self.busyLabel.setText(QCoreApplication.translate("PendampinganPage", u"Memuat\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("PendampinganPage", u"Klik dua kali sebuah baris untuk membuka pendampingannya. Baris merah: tindak lanjut sudah lewat tanggalnya.", None))
        pass
    # retranslateUi
