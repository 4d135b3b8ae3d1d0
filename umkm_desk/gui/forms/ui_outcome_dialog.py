# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        OutcomeDialog.resize(600, 520)
        OutcomeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OutcomeDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(OutcomeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(OutcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.measuredOnLabel = QLabel(OutcomeDialog)
        self.measuredOnLabel.setObjectName(u"measuredOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measuredOnLabel)

        self.measuredOnLayout = QVBoxLayout()
        self.measuredOnLayout.setSpacing(3)
        self.measuredOnLayout.setObjectName(u"measuredOnLayout")
        self.measuredOnEdit = QDateEdit(OutcomeDialog)
        self.measuredOnEdit.setObjectName(u"measuredOnEdit")
        self.measuredOnEdit.setCalendarPopup(True)
        self.measuredOnEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.measuredOnEdit.setMaximumSize(QSize(180, 16777215))

        self.measuredOnLayout.addWidget(self.measuredOnEdit)

        self.measuredOnError = QLabel(OutcomeDialog)
        self.measuredOnError.setObjectName(u"measuredOnError")
        self.measuredOnError.setText(u"")
        self.measuredOnError.setWordWrap(True)
        self.measuredOnError.setProperty(u"role", u"error")

        self.measuredOnLayout.addWidget(self.measuredOnError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.measuredOnLayout)

        self.salesLabel = QLabel(OutcomeDialog)
        self.salesLabel.setObjectName(u"salesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.salesLabel)

        self.salesLayout = QVBoxLayout()
        self.salesLayout.setSpacing(3)
        self.salesLayout.setObjectName(u"salesLayout")
        self.salesEdit = QLineEdit(OutcomeDialog)
        self.salesEdit.setObjectName(u"salesEdit")

        self.salesLayout.addWidget(self.salesEdit)

        self.salesError = QLabel(OutcomeDialog)
        self.salesError.setObjectName(u"salesError")
        self.salesError.setText(u"")
        self.salesError.setWordWrap(True)
        self.salesError.setProperty(u"role", u"error")

        self.salesLayout.addWidget(self.salesError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.salesLayout)

        self.modalLabel = QLabel(OutcomeDialog)
        self.modalLabel.setObjectName(u"modalLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modalLabel)

        self.modalLayout = QVBoxLayout()
        self.modalLayout.setSpacing(3)
        self.modalLayout.setObjectName(u"modalLayout")
        self.modalEdit = QLineEdit(OutcomeDialog)
        self.modalEdit.setObjectName(u"modalEdit")

        self.modalLayout.addWidget(self.modalEdit)

        self.modalError = QLabel(OutcomeDialog)
        self.modalError.setObjectName(u"modalError")
        self.modalError.setText(u"")
        self.modalError.setWordWrap(True)
        self.modalError.setProperty(u"role", u"error")

        self.modalLayout.addWidget(self.modalError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.modalLayout)

        self.workersLabel = QLabel(OutcomeDialog)
        self.workersLabel.setObjectName(u"workersLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workersLabel)

        self.workersLayout = QVBoxLayout()
        self.workersLayout.setSpacing(3)
        self.workersLayout.setObjectName(u"workersLayout")
        self.workersSpin = QSpinBox(OutcomeDialog)
        self.workersSpin.setObjectName(u"workersSpin")
        self.workersSpin.setMinimum(0)
        self.workersSpin.setMaximum(100000)
        self.workersSpin.setMaximumSize(QSize(180, 16777215))

        self.workersLayout.addWidget(self.workersSpin)

        self.workersError = QLabel(OutcomeDialog)
        self.workersError.setObjectName(u"workersError")
        self.workersError.setText(u"")
        self.workersError.setWordWrap(True)
        self.workersError.setProperty(u"role", u"error")

        self.workersLayout.addWidget(self.workersError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.workersLayout)

        self.legalLabel = QLabel(OutcomeDialog)
        self.legalLabel.setObjectName(u"legalLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.legalLabel)

        self.legalLayout = QVBoxLayout()
        self.legalLayout.setSpacing(3)
        self.legalLayout.setObjectName(u"legalLayout")
        self.legalRow = QHBoxLayout()
        self.legalRow.setSpacing(8)
        self.legalRow.setObjectName(u"legalRow")
        self.nibCheck = QCheckBox(OutcomeDialog)
        self.nibCheck.setObjectName(u"nibCheck")

        self.legalRow.addWidget(self.nibCheck)

        self.halalCheck = QCheckBox(OutcomeDialog)
        self.halalCheck.setObjectName(u"halalCheck")

        self.legalRow.addWidget(self.halalCheck)

        self.pirtCheck = QCheckBox(OutcomeDialog)
        self.pirtCheck.setObjectName(u"pirtCheck")

        self.legalRow.addWidget(self.pirtCheck)

        self.merekCheck = QCheckBox(OutcomeDialog)
        self.merekCheck.setObjectName(u"merekCheck")

        self.legalRow.addWidget(self.merekCheck)

        self.legalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legalRow.addItem(self.legalSpacer)


        self.legalLayout.addLayout(self.legalRow)

        self.legalError = QLabel(OutcomeDialog)
        self.legalError.setObjectName(u"legalError")
        self.legalError.setText(u"")
        self.legalError.setWordWrap(True)
        self.legalError.setProperty(u"role", u"error")

        self.legalLayout.addWidget(self.legalError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.legalLayout)

        self.marketsLabel = QLabel(OutcomeDialog)
        self.marketsLabel.setObjectName(u"marketsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.marketsLabel)

        self.marketsLayout = QVBoxLayout()
        self.marketsLayout.setSpacing(3)
        self.marketsLayout.setObjectName(u"marketsLayout")
        self.marketRow = QHBoxLayout()
        self.marketRow.setSpacing(8)
        self.marketRow.setObjectName(u"marketRow")
        self.marketplaceCheck = QCheckBox(OutcomeDialog)
        self.marketplaceCheck.setObjectName(u"marketplaceCheck")

        self.marketRow.addWidget(self.marketplaceCheck)

        self.retailCheck = QCheckBox(OutcomeDialog)
        self.retailCheck.setObjectName(u"retailCheck")

        self.marketRow.addWidget(self.retailCheck)

        self.exportCheck = QCheckBox(OutcomeDialog)
        self.exportCheck.setObjectName(u"exportCheck")

        self.marketRow.addWidget(self.exportCheck)

        self.marketSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.marketRow.addItem(self.marketSpacer)


        self.marketsLayout.addLayout(self.marketRow)

        self.marketsError = QLabel(OutcomeDialog)
        self.marketsError.setObjectName(u"marketsError")
        self.marketsError.setText(u"")
        self.marketsError.setWordWrap(True)
        self.marketsError.setProperty(u"role", u"error")

        self.marketsLayout.addWidget(self.marketsError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.marketsLayout)

        self.notesLabel = QLabel(OutcomeDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(3)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(OutcomeDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(OutcomeDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.dialogLayout.addLayout(self.form)

        self.scaleLabel = QLabel(OutcomeDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")
        self.scaleLabel.setText(u"")
        self.scaleLabel.setWordWrap(True)
        self.scaleLabel.setProperty(u"role", u"preview")

        self.dialogLayout.addWidget(self.scaleLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OutcomeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(OutcomeDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(OutcomeDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Hasil pendampingan", None))
        self.headingLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Catat hasil pengukuran", None))
        self.introLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Omzet, modal dan tenaga kerja saat ini. Skala usaha dihitung ulang dan dibandingkan dengan pengukuran awal.", None))
        self.measuredOnLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Tanggal pengukuran", None))
        self.salesLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Omzet per tahun", None))
        self.salesEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"mis. 1,2 M atau 850 jt", None))
        self.modalLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Modal usaha", None))
        self.modalEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"tanpa tanah dan bangunan", None))
        self.workersLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Tenaga kerja", None))
        self.workersSpin.setSuffix(QCoreApplication.translate("OutcomeDialog", u" orang", None))
        self.legalLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Legalitas diperoleh", None))
        self.nibCheck.setText(QCoreApplication.translate("OutcomeDialog", u"NIB", None))
        self.halalCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Halal", None))
        self.pirtCheck.setText(QCoreApplication.translate("OutcomeDialog", u"PIRT", None))
        self.merekCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Merek", None))
        self.marketsLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Pasar yang dijangkau", None))
        self.marketplaceCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Marketplace", None))
        self.retailCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Ritel modern", None))
        self.exportCheck.setText(QCoreApplication.translate("OutcomeDialog", u"Ekspor", None))
        self.notesLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Catatan", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OutcomeDialog", u"Sumber data, keterangan", None))
        self.cancelButton.setText(QCoreApplication.translate("OutcomeDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("OutcomeDialog", u"Simpan", None))
    # retranslateUi
