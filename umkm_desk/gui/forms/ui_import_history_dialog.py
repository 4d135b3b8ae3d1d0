# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(1000, 520)
        self.dialogLayout = QVBoxLayout(ImportHistoryDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.headingLabel = QLabel(ImportHistoryDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ImportHistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.batchTable = QTableWidget(ImportHistoryDialog)
        self.batchTable.setObjectName(u"batchTable")

        self.dialogLayout.addWidget(self.batchTable)

        self.statusLabel = QLabel(ImportHistoryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonRow.addWidget(self.undoButton)

        self.restoreButton = QPushButton(ImportHistoryDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportHistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(ImportHistoryDialog)

        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Riwayat impor", None))
        self.headingLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"Riwayat impor UMKM", None))
        self.introLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"Setiap impor dapat dibatalkan sekaligus: UMKM yang diimpornya diarsipkan (tidak dihapus) dan dapat dipulihkan kembali.", None))
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Batalkan impor\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Pulihkan", None))
        self.closeButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Tutup", None))
    # retranslateUi
