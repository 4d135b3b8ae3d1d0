# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PartnerDialog(object):
    def setupUi(self, PartnerDialog):
        if not PartnerDialog.objectName():
            PartnerDialog.setObjectName(u"PartnerDialog")
        PartnerDialog.resize(560, 430)
        PartnerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(PartnerDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(PartnerDialog)
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
        self.nameLabel = QLabel(PartnerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameLayout = QVBoxLayout()
        self.nameLayout.setSpacing(3)
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameEdit = QLineEdit(PartnerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameLayout.addWidget(self.nameEdit)

        self.nameError = QLabel(PartnerDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.nameLayout.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameLayout)

        self.kindLabel = QLabel(PartnerDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QVBoxLayout()
        self.kindLayout.setSpacing(3)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(PartnerDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.kindError = QLabel(PartnerDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"role", u"error")

        self.kindLayout.addWidget(self.kindError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.addressLabel = QLabel(PartnerDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressLayout = QVBoxLayout()
        self.addressLayout.setSpacing(3)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressEdit = QLineEdit(PartnerDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.addressLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(PartnerDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"error")

        self.addressLayout.addWidget(self.addressError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.addressLayout)

        self.contactNameLabel = QLabel(PartnerDialog)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameLayout = QVBoxLayout()
        self.contactNameLayout.setSpacing(3)
        self.contactNameLayout.setObjectName(u"contactNameLayout")
        self.contactNameEdit = QLineEdit(PartnerDialog)
        self.contactNameEdit.setObjectName(u"contactNameEdit")
        self.contactNameEdit.setMaxLength(120)

        self.contactNameLayout.addWidget(self.contactNameEdit)

        self.contactNameError = QLabel(PartnerDialog)
        self.contactNameError.setObjectName(u"contactNameError")
        self.contactNameError.setText(u"")
        self.contactNameError.setWordWrap(True)
        self.contactNameError.setProperty(u"role", u"error")

        self.contactNameLayout.addWidget(self.contactNameError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contactNameLayout)

        self.contactPhoneLabel = QLabel(PartnerDialog)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneLayout = QVBoxLayout()
        self.contactPhoneLayout.setSpacing(3)
        self.contactPhoneLayout.setObjectName(u"contactPhoneLayout")
        self.contactPhoneEdit = QLineEdit(PartnerDialog)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")
        self.contactPhoneEdit.setMaxLength(24)

        self.contactPhoneLayout.addWidget(self.contactPhoneEdit)

        self.contactPhoneError = QLabel(PartnerDialog)
        self.contactPhoneError.setObjectName(u"contactPhoneError")
        self.contactPhoneError.setText(u"")
        self.contactPhoneError.setWordWrap(True)
        self.contactPhoneError.setProperty(u"role", u"error")

        self.contactPhoneLayout.addWidget(self.contactPhoneError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contactPhoneLayout)

        self.emailLabel = QLabel(PartnerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailLayout = QVBoxLayout()
        self.emailLayout.setSpacing(3)
        self.emailLayout.setObjectName(u"emailLayout")
        self.emailEdit = QLineEdit(PartnerDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.emailLayout.addWidget(self.emailEdit)

        self.emailError = QLabel(PartnerDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.emailLayout.addWidget(self.emailError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.emailLayout)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PartnerDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(PartnerDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PartnerDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(PartnerDialog)
    # setupUi

    def retranslateUi(self, PartnerDialog):
        PartnerDialog.setWindowTitle(QCoreApplication.translate("PartnerDialog", u"Mitra", None))
        self.headingLabel.setText(QCoreApplication.translate("PartnerDialog", u"Data mitra", None))
        self.introLabel.setText(QCoreApplication.translate("PartnerDialog", u"Lembaga yang bekerja sama dengan Disperindagkop: perguruan tinggi, BAZNAS/LAZ, OPD, atau lainnya.", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerDialog", u"Nama lembaga", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"mis. Universitas Sultan Ageng Tirtayasa", None))
        self.kindLabel.setText(QCoreApplication.translate("PartnerDialog", u"Jenis mitra", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerDialog", u"Alamat", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"mis. Jl. Raya Jakarta Km. 4, Pakupatan, Serang", None))
        self.contactNameLabel.setText(QCoreApplication.translate("PartnerDialog", u"Narahubung", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"mis. Dr. Rina Marlina, M.Pd.", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("PartnerDialog", u"Telepon", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"mis. 0812-3456-7890 atau (0254) 280330", None))
        self.emailLabel.setText(QCoreApplication.translate("PartnerDialog", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PartnerDialog", u"mis. humas@untirta.ac.id", None))
        self.cancelButton.setText(QCoreApplication.translate("PartnerDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("PartnerDialog", u"Simpan", None))
    # retranslateUi
