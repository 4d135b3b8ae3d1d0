# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncDialog(object):
    def setupUi(self, SyncDialog):
        if not SyncDialog.objectName():
            SyncDialog.setObjectName(u"SyncDialog")
        SyncDialog.resize(1000, 600)
        self.dialogLayout = QVBoxLayout(SyncDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.identityLabel = QLabel(SyncDialog)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setText(u"")
        self.identityLabel.setWordWrap(True)
        self.identityLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.identityLabel)

        self.tabs = QTabWidget(SyncDialog)
        self.tabs.setObjectName(u"tabs")
        self.packagesTab = QWidget()
        self.packagesTab.setObjectName(u"packagesTab")
        self.packagesLayout = QVBoxLayout(self.packagesTab)
        self.packagesLayout.setObjectName(u"packagesLayout")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.destinationLabel = QLabel(self.packagesTab)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationCombo = QComboBox(self.packagesTab)
        self.destinationCombo.setObjectName(u"destinationCombo")
        self.destinationCombo.setEditable(True)

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.destinationCombo)

        self.setupCheck = QCheckBox(self.packagesTab)
        self.setupCheck.setObjectName(u"setupCheck")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setupCheck)

        self.kecamatanLabel = QLabel(self.packagesTab)
        self.kecamatanLabel.setObjectName(u"kecamatanLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kecamatanLabel)

        self.kecamatanCombo = QComboBox(self.packagesTab)
        self.kecamatanCombo.setObjectName(u"kecamatanCombo")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kecamatanCombo)


        self.packagesLayout.addLayout(self.exportForm)

        self.packageButtons = QHBoxLayout()
        self.packageButtons.setObjectName(u"packageButtons")
        self.exportButton = QPushButton(self.packagesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.packageButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.packagesTab)
        self.importButton.setObjectName(u"importButton")

        self.packageButtons.addWidget(self.importButton)

        self.packageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packageButtons.addItem(self.packageSpacer)


        self.packagesLayout.addLayout(self.packageButtons)

        self.progressBar = QProgressBar(self.packagesTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.packagesLayout.addWidget(self.progressBar)

        self.resultLabel = QLabel(self.packagesTab)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.packagesLayout.addWidget(self.resultLabel)

        self.peerTable = QTableWidget(self.packagesTab)
        self.peerTable.setObjectName(u"peerTable")

        self.packagesLayout.addWidget(self.peerTable)

        self.tabs.addTab(self.packagesTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QHBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictList = QListWidget(self.conflictsTab)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setMaximumSize(QSize(320, 16777215))

        self.conflictsLayout.addWidget(self.conflictList)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.whoLabel = QLabel(self.conflictsTab)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setText(u"")
        self.whoLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.whoLabel)

        self.fieldTable = QTableWidget(self.conflictsTab)
        self.fieldTable.setObjectName(u"fieldTable")

        self.detailLayout.addWidget(self.fieldTable)

        self.resolveButtons = QHBoxLayout()
        self.resolveButtons.setObjectName(u"resolveButtons")
        self.mineButton = QPushButton(self.conflictsTab)
        self.mineButton.setObjectName(u"mineButton")

        self.resolveButtons.addWidget(self.mineButton)

        self.theirsButton = QPushButton(self.conflictsTab)
        self.theirsButton.setObjectName(u"theirsButton")

        self.resolveButtons.addWidget(self.theirsButton)

        self.editedButton = QPushButton(self.conflictsTab)
        self.editedButton.setObjectName(u"editedButton")

        self.resolveButtons.addWidget(self.editedButton)

        self.mergeButton = QPushButton(self.conflictsTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.resolveButtons.addWidget(self.mergeButton)

        self.bothButton = QPushButton(self.conflictsTab)
        self.bothButton.setObjectName(u"bothButton")

        self.resolveButtons.addWidget(self.bothButton)


        self.detailLayout.addLayout(self.resolveButtons)


        self.conflictsLayout.addLayout(self.detailLayout)

        self.tabs.addTab(self.conflictsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.closeSpacer)

        self.closeButton = QPushButton(SyncDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.closeRow)

#if QT_CONFIG(shortcut)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.kecamatanLabel.setBuddy(self.kecamatanCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncDialog)

        QMetaObject.connectSlotsByName(SyncDialog)
    # setupUi

    def retranslateUi(self, SyncDialog):
        SyncDialog.setWindowTitle(QCoreApplication.translate("SyncDialog", u"Sinkronisasi", None))
        self.destinationLabel.setText(QCoreApplication.translate("SyncDialog", u"PC &tujuan:", None))
        self.setupCheck.setText(QCoreApplication.translate("SyncDialog", u"Paket &penyiapan laptop: seluruh data dan blok nomor surat", None))
        self.kecamatanLabel.setText(QCoreApplication.translate("SyncDialog", u"&Kecamatan:", None))
        self.exportButton.setText(QCoreApplication.translate("SyncDialog", u"&Buat paket\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SyncDialog", u"&Terima paket\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.packagesTab), QCoreApplication.translate("SyncDialog", u"Paket", None))
        self.mineButton.setText(QCoreApplication.translate("SyncDialog", u"Pakai milik PC &ini", None))
        self.theirsButton.setText(QCoreApplication.translate("SyncDialog", u"Pakai milik PC &lain", None))
        self.editedButton.setText(QCoreApplication.translate("SyncDialog", u"Pakai hasil &suntingan", None))
        self.mergeButton.setText(QCoreApplication.translate("SyncDialog", u"&Gabungkan", None))
        self.bothButton.setText(QCoreApplication.translate("SyncDialog", u"Biarkan &keduanya", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncDialog", u"Konflik", None))
        self.closeButton.setText(QCoreApplication.translate("SyncDialog", u"&Tutup", None))
    # retranslateUi
