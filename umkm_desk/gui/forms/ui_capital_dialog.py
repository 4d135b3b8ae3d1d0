# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'capital_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CapitalDialog(object):
    def setupUi(self, CapitalDialog):
        if not CapitalDialog.objectName():
            CapitalDialog.setObjectName(u"CapitalDialog")
        CapitalDialog.resize(540, 440)
        CapitalDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CapitalDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(CapitalDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(CapitalDialog)
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
        self.kindLabel = QLabel(CapitalDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QVBoxLayout()
        self.kindLayout.setSpacing(3)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(CapitalDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.kindError = QLabel(CapitalDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"role", u"error")

        self.kindLayout.addWidget(self.kindError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.partnerLabel = QLabel(CapitalDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerLayout = QVBoxLayout()
        self.partnerLayout.setSpacing(3)
        self.partnerLayout.setObjectName(u"partnerLayout")
        self.partnerCombo = QComboBox(CapitalDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.partnerLayout.addWidget(self.partnerCombo)

        self.partnerError = QLabel(CapitalDialog)
        self.partnerError.setObjectName(u"partnerError")
        self.partnerError.setText(u"")
        self.partnerError.setWordWrap(True)
        self.partnerError.setProperty(u"role", u"error")

        self.partnerLayout.addWidget(self.partnerError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.partnerLayout)

        self.amountLabel = QLabel(CapitalDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountLayout = QVBoxLayout()
        self.amountLayout.setSpacing(3)
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(CapitalDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.amountLayout.addWidget(self.amountEdit)

        self.amountHint = QLabel(CapitalDialog)
        self.amountHint.setObjectName(u"amountHint")
        self.amountHint.setText(u"")
        self.amountHint.setWordWrap(True)
        self.amountHint.setProperty(u"role", u"hint")

        self.amountLayout.addWidget(self.amountHint)

        self.amountError = QLabel(CapitalDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"error")

        self.amountLayout.addWidget(self.amountError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.appliedOnLabel = QLabel(CapitalDialog)
        self.appliedOnLabel.setObjectName(u"appliedOnLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.appliedOnLabel)

        self.appliedOnLayout = QVBoxLayout()
        self.appliedOnLayout.setSpacing(3)
        self.appliedOnLayout.setObjectName(u"appliedOnLayout")
        self.appliedOnEdit = QDateEdit(CapitalDialog)
        self.appliedOnEdit.setObjectName(u"appliedOnEdit")
        self.appliedOnEdit.setCalendarPopup(True)
        self.appliedOnEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.appliedOnEdit.setMaximumSize(QSize(180, 16777215))

        self.appliedOnLayout.addWidget(self.appliedOnEdit)

        self.appliedOnError = QLabel(CapitalDialog)
        self.appliedOnError.setObjectName(u"appliedOnError")
        self.appliedOnError.setText(u"")
        self.appliedOnError.setWordWrap(True)
        self.appliedOnError.setProperty(u"role", u"error")

        self.appliedOnLayout.addWidget(self.appliedOnError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.appliedOnLayout)

        self.notesLabel = QLabel(CapitalDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(3)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(CapitalDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(CapitalDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(CapitalDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(CapitalDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CapitalDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(CapitalDialog)
    # setupUi

    def retranslateUi(self, CapitalDialog):
        CapitalDialog.setWindowTitle(QCoreApplication.translate("CapitalDialog", u"Dukungan modal", None))
        self.headingLabel.setText(QCoreApplication.translate("CapitalDialog", u"Pengajuan dukungan modal", None))
        self.introLabel.setText(QCoreApplication.translate("CapitalDialog", u"Hibah, pinjaman qardhul hasan, rujukan KUR, CSR atau sumber lain. Status awalnya Diajukan.", None))
        self.kindLabel.setText(QCoreApplication.translate("CapitalDialog", u"Jenis", None))
        self.partnerLabel.setText(QCoreApplication.translate("CapitalDialog", u"Sumber (mitra)", None))
        self.amountLabel.setText(QCoreApplication.translate("CapitalDialog", u"Jumlah", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("CapitalDialog", u"mis. 10 jt atau 10.000.000", None))
        self.appliedOnLabel.setText(QCoreApplication.translate("CapitalDialog", u"Tanggal pengajuan", None))
        self.notesLabel.setText(QCoreApplication.translate("CapitalDialog", u"Catatan", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CapitalDialog", u"Keperluan dana, nomor surat pengajuan, dsb.", None))
        self.cancelButton.setText(QCoreApplication.translate("CapitalDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("CapitalDialog", u"Simpan", None))
    # retranslateUi
