# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(580, 440)
        AgreementDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AgreementDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(AgreementDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(AgreementDialog)
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
        self.kindLabel = QLabel(AgreementDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QVBoxLayout()
        self.kindLayout.setSpacing(3)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(AgreementDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.kindError = QLabel(AgreementDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"role", u"error")

        self.kindLayout.addWidget(self.kindError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.numberLabel = QLabel(AgreementDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberLayout = QVBoxLayout()
        self.numberLayout.setSpacing(3)
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberEdit = QLineEdit(AgreementDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(120)

        self.numberLayout.addWidget(self.numberEdit)

        self.numberError = QLabel(AgreementDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setText(u"")
        self.numberError.setWordWrap(True)
        self.numberError.setProperty(u"role", u"error")

        self.numberLayout.addWidget(self.numberError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.numberLayout)

        self.titleLabel = QLabel(AgreementDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(3)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleEdit = QLineEdit(AgreementDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.titleLayout.addWidget(self.titleEdit)

        self.titleError = QLabel(AgreementDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.titleLayout.addWidget(self.titleError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.titleLayout)

        self.signedOnLabel = QLabel(AgreementDialog)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signedOnLabel)

        self.signedOnLayout = QVBoxLayout()
        self.signedOnLayout.setSpacing(3)
        self.signedOnLayout.setObjectName(u"signedOnLayout")
        self.signedOnEdit = QDateEdit(AgreementDialog)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        self.signedOnEdit.setCalendarPopup(True)
        self.signedOnEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.signedOnLayout.addWidget(self.signedOnEdit)

        self.signedOnError = QLabel(AgreementDialog)
        self.signedOnError.setObjectName(u"signedOnError")
        self.signedOnError.setText(u"")
        self.signedOnError.setWordWrap(True)
        self.signedOnError.setProperty(u"role", u"error")

        self.signedOnLayout.addWidget(self.signedOnError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.signedOnLayout)

        self.validUntilLabel = QLabel(AgreementDialog)
        self.validUntilLabel.setObjectName(u"validUntilLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.validUntilLabel)

        self.validUntilLayout = QVBoxLayout()
        self.validUntilLayout.setSpacing(3)
        self.validUntilLayout.setObjectName(u"validUntilLayout")
        self.validUntilEdit = QDateEdit(AgreementDialog)
        self.validUntilEdit.setObjectName(u"validUntilEdit")
        self.validUntilEdit.setCalendarPopup(True)
        self.validUntilEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.validUntilLayout.addWidget(self.validUntilEdit)

        self.durationHint = QLabel(AgreementDialog)
        self.durationHint.setObjectName(u"durationHint")
        self.durationHint.setText(u"")
        self.durationHint.setWordWrap(True)
        self.durationHint.setProperty(u"role", u"hint")

        self.validUntilLayout.addWidget(self.durationHint)

        self.validUntilError = QLabel(AgreementDialog)
        self.validUntilError.setObjectName(u"validUntilError")
        self.validUntilError.setText(u"")
        self.validUntilError.setWordWrap(True)
        self.validUntilError.setProperty(u"role", u"error")

        self.validUntilLayout.addWidget(self.validUntilError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.validUntilLayout)

        self.stagesLabel = QLabel(AgreementDialog)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.stagesLabel)

        self.stagesLayout = QVBoxLayout()
        self.stagesLayout.setSpacing(3)
        self.stagesLayout.setObjectName(u"stagesLayout")
        self.stagesBox = QWidget(AgreementDialog)
        self.stagesBox.setObjectName(u"stagesBox")
        self.stagesBoxLayout = QHBoxLayout(self.stagesBox)
        self.stagesBoxLayout.setSpacing(18)
        self.stagesBoxLayout.setObjectName(u"stagesBoxLayout")
        self.stagesBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.capitalCheck = QCheckBox(self.stagesBox)
        self.capitalCheck.setObjectName(u"capitalCheck")

        self.stagesBoxLayout.addWidget(self.capitalCheck)

        self.mentoringCheck = QCheckBox(self.stagesBox)
        self.mentoringCheck.setObjectName(u"mentoringCheck")

        self.stagesBoxLayout.addWidget(self.mentoringCheck)

        self.marketingCheck = QCheckBox(self.stagesBox)
        self.marketingCheck.setObjectName(u"marketingCheck")

        self.stagesBoxLayout.addWidget(self.marketingCheck)

        self.stagesSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stagesBoxLayout.addItem(self.stagesSpacer)


        self.stagesLayout.addWidget(self.stagesBox)

        self.stagesError = QLabel(AgreementDialog)
        self.stagesError.setObjectName(u"stagesError")
        self.stagesError.setText(u"")
        self.stagesError.setWordWrap(True)
        self.stagesError.setProperty(u"role", u"error")

        self.stagesLayout.addWidget(self.stagesError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.stagesLayout)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(AgreementDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(AgreementDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.kindCombo, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.signedOnEdit)
        QWidget.setTabOrder(self.signedOnEdit, self.validUntilEdit)
        QWidget.setTabOrder(self.validUntilEdit, self.capitalCheck)
        QWidget.setTabOrder(self.capitalCheck, self.mentoringCheck)
        QWidget.setTabOrder(self.mentoringCheck, self.marketingCheck)
        QWidget.setTabOrder(self.marketingCheck, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(AgreementDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Perjanjian", None))
        self.headingLabel.setText(QCoreApplication.translate("AgreementDialog", u"Perjanjian kerja sama (MoU/PKS)", None))
        self.introLabel.setText(QCoreApplication.translate("AgreementDialog", u"Mitra hanya dapat ditugaskan pada tahap yang dicakup perjanjian yang masih berlaku.", None))
        self.kindLabel.setText(QCoreApplication.translate("AgreementDialog", u"Jenis", None))
        self.numberLabel.setText(QCoreApplication.translate("AgreementDialog", u"Nomor", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"mis. 027/MoU/Disperindagkop/I/2025", None))
        self.titleLabel.setText(QCoreApplication.translate("AgreementDialog", u"Perihal", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"mis. Pendampingan UMKM naik kelas", None))
        self.signedOnLabel.setText(QCoreApplication.translate("AgreementDialog", u"Ditandatangani", None))
        self.validUntilLabel.setText(QCoreApplication.translate("AgreementDialog", u"Berlaku sampai", None))
        self.stagesLabel.setText(QCoreApplication.translate("AgreementDialog", u"Tahap yang dicakup", None))
        self.capitalCheck.setText(QCoreApplication.translate("AgreementDialog", u"Permodalan", None))
        self.mentoringCheck.setText(QCoreApplication.translate("AgreementDialog", u"Pendampingan", None))
        self.marketingCheck.setText(QCoreApplication.translate("AgreementDialog", u"Pemasaran", None))
        self.cancelButton.setText(QCoreApplication.translate("AgreementDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("AgreementDialog", u"Simpan", None))
    # retranslateUi
