# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        self.rootLayout = QVBoxLayout(ReportDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.formBox = QWidget(ReportDialog)
        self.formBox.setObjectName(u"formBox")
        self.formLayout = QFormLayout(self.formBox)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.kindCaption = QLabel(self.formBox)
        self.kindCaption.setObjectName(u"kindCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(self.formBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.periodCaption = QLabel(self.formBox)
        self.periodCaption.setObjectName(u"periodCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodCaption)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodKindCombo = QComboBox(self.formBox)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.periodLayout.addWidget(self.periodKindCombo)

        self.periodNumberCombo = QComboBox(self.formBox)
        self.periodNumberCombo.setObjectName(u"periodNumberCombo")
        self.periodNumberCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.periodLayout.addWidget(self.periodNumberCombo)

        self.yearSpin = QSpinBox(self.formBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.fromDate = QDateEdit(self.formBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.formBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.formBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.periodLayout.setStretch(6, 1)

        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.formatCaption = QLabel(self.formBox)
        self.formatCaption.setObjectName(u"formatCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatCaption)

        self.formatLayout = QHBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.pdfRadio = QRadioButton(self.formBox)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.formatLayout.addWidget(self.pdfRadio)

        self.xlsxRadio = QRadioButton(self.formBox)
        self.xlsxRadio.setObjectName(u"xlsxRadio")

        self.formatLayout.addWidget(self.xlsxRadio)

        self.formatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatLayout.addItem(self.formatSpacer)

        self.formatLayout.setStretch(2, 1)

        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.formatLayout)

        self.filterCaption = QLabel(self.formBox)
        self.filterCaption.setObjectName(u"filterCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filterCaption)

        self.filterLabel = QLabel(self.formBox)
        self.filterLabel.setObjectName(u"filterLabel")
        self.filterLabel.setWordWrap(True)
        self.filterLabel.setProperty(u"role", u"hint")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.filterLabel)


        self.rootLayout.addWidget(self.formBox)

        self.errorLabel = QLabel(ReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.rootLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.busyBar = QProgressBar(ReportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(96, 10))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonsLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(ReportDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"hint")

        self.buttonsLayout.addWidget(self.busyLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ReportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ReportDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsLayout.setStretch(2, 1)

        self.rootLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.periodCaption.setBuddy(self.periodKindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Buat laporan", None))
        self.kindCaption.setText(QCoreApplication.translate("ReportDialog", u"Laporan", None))
        self.periodCaption.setText(QCoreApplication.translate("ReportDialog", u"Periode", None))
        self.toLabel.setText(QCoreApplication.translate("ReportDialog", u"s.d.", None))
        self.formatCaption.setText(QCoreApplication.translate("ReportDialog", u"Format", None))
        self.pdfRadio.setText(QCoreApplication.translate("ReportDialog", u"PDF (untuk ditandatangani dan dicetak)", None))
        self.xlsxRadio.setText(QCoreApplication.translate("ReportDialog", u"Excel (.xlsx)", None))
        self.filterCaption.setText(QCoreApplication.translate("ReportDialog", u"Filter", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportDialog", u"Tutup", None))
        self.saveButton.setText(QCoreApplication.translate("ReportDialog", u"Simpan\u2026", None))
    # retranslateUi
