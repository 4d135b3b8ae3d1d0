# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officer_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog):
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.resize(520, 360)
        OfficerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OfficerDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(OfficerDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(OfficerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.chooseForm = QFormLayout()
        self.chooseForm.setObjectName(u"chooseForm")
        self.chooseForm.setHorizontalSpacing(14)
        self.officerLabel = QLabel(OfficerDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(OfficerDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.chooseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerCombo)


        self.dialogLayout.addLayout(self.chooseForm)

        self.newOfficerGroup = QGroupBox(OfficerDialog)
        self.newOfficerGroup.setObjectName(u"newOfficerGroup")
        self.newOfficerForm = QFormLayout(self.newOfficerGroup)
        self.newOfficerForm.setObjectName(u"newOfficerForm")
        self.newOfficerForm.setHorizontalSpacing(14)
        self.newOfficerForm.setVerticalSpacing(6)
        self.newOfficerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.newOfficerGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newOfficerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorLayout = QVBoxLayout()
        self.nameErrorLayout.setSpacing(3)
        self.nameErrorLayout.setObjectName(u"nameErrorLayout")
        self.nameEdit = QLineEdit(self.newOfficerGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.nameErrorLayout.addWidget(self.nameEdit)

        self.nameError = QLabel(self.newOfficerGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.nameErrorLayout.addWidget(self.nameError)


        self.newOfficerForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorLayout)

        self.nipLabel = QLabel(self.newOfficerGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.newOfficerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nipErrorLayout = QVBoxLayout()
        self.nipErrorLayout.setSpacing(3)
        self.nipErrorLayout.setObjectName(u"nipErrorLayout")
        self.nipEdit = QLineEdit(self.newOfficerGroup)
        self.nipEdit.setObjectName(u"nipEdit")
        self.nipEdit.setMaxLength(24)

        self.nipErrorLayout.addWidget(self.nipEdit)

        self.nipError = QLabel(self.newOfficerGroup)
        self.nipError.setObjectName(u"nipError")
        self.nipError.setText(u"")
        self.nipError.setWordWrap(True)
        self.nipError.setProperty(u"role", u"error")

        self.nipErrorLayout.addWidget(self.nipError)


        self.newOfficerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nipErrorLayout)


        self.dialogLayout.addWidget(self.newOfficerGroup)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OfficerDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(OfficerDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.officerCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.nipEdit)
        QWidget.setTabOrder(self.nipEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(OfficerDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(OfficerDialog)
    # setupUi

    def retranslateUi(self, OfficerDialog):
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"Siapa yang bertugas?", None))
        self.headingLabel.setText(QCoreApplication.translate("OfficerDialog", u"Siapa yang bertugas di komputer ini?", None))
        self.introLabel.setText(QCoreApplication.translate("OfficerDialog", u"Nama petugas dicatat pada setiap perubahan data. Pilihan ini diingat di komputer ini dan dapat diganti lewat menu Berkas \u203a Ganti petugas.", None))
        self.officerLabel.setText(QCoreApplication.translate("OfficerDialog", u"Petugas", None))
        self.newOfficerGroup.setTitle(QCoreApplication.translate("OfficerDialog", u"Petugas baru", None))
        self.nameLabel.setText(QCoreApplication.translate("OfficerDialog", u"Nama lengkap", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"mis. Siti Rahmawati, S.E.", None))
        self.nipLabel.setText(QCoreApplication.translate("OfficerDialog", u"NIP (boleh kosong)", None))
        self.nipEdit.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"18 digit, mis. 19860926 201505 2 001", None))
        self.cancelButton.setText(QCoreApplication.translate("OfficerDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("OfficerDialog", u"Lanjutkan", None))
    # retranslateUi
