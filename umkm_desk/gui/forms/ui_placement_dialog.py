# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placement_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PlacementDialog(object):
    def setupUi(self, PlacementDialog):
        if not PlacementDialog.objectName():
            PlacementDialog.setObjectName(u"PlacementDialog")
        PlacementDialog.resize(600, 600)
        PlacementDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PlacementDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(PlacementDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(PlacementDialog)
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
        self.groupNameLabel = QLabel(PlacementDialog)
        self.groupNameLabel.setObjectName(u"groupNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupNameLabel)

        self.groupNameLayout = QVBoxLayout()
        self.groupNameLayout.setSpacing(3)
        self.groupNameLayout.setObjectName(u"groupNameLayout")
        self.groupNameEdit = QLineEdit(PlacementDialog)
        self.groupNameEdit.setObjectName(u"groupNameEdit")
        self.groupNameEdit.setMaxLength(120)

        self.groupNameLayout.addWidget(self.groupNameEdit)

        self.groupNameError = QLabel(PlacementDialog)
        self.groupNameError.setObjectName(u"groupNameError")
        self.groupNameError.setText(u"")
        self.groupNameError.setWordWrap(True)
        self.groupNameError.setProperty(u"role", u"error")

        self.groupNameLayout.addWidget(self.groupNameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.groupNameLayout)

        self.periodLabel = QLabel(PlacementDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QVBoxLayout()
        self.periodLayout.setSpacing(3)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodBox = QWidget(PlacementDialog)
        self.periodBox.setObjectName(u"periodBox")
        self.periodBoxLayout = QHBoxLayout(self.periodBox)
        self.periodBoxLayout.setSpacing(8)
        self.periodBoxLayout.setObjectName(u"periodBoxLayout")
        self.periodBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.periodStartEdit = QDateEdit(self.periodBox)
        self.periodStartEdit.setObjectName(u"periodStartEdit")
        self.periodStartEdit.setCalendarPopup(True)
        self.periodStartEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.periodBoxLayout.addWidget(self.periodStartEdit)

        self.periodToLabel = QLabel(self.periodBox)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.periodBoxLayout.addWidget(self.periodToLabel)

        self.periodEndEdit = QDateEdit(self.periodBox)
        self.periodEndEdit.setObjectName(u"periodEndEdit")
        self.periodEndEdit.setCalendarPopup(True)
        self.periodEndEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.periodBoxLayout.addWidget(self.periodEndEdit)

        self.periodSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodBoxLayout.addItem(self.periodSpacer)


        self.periodLayout.addWidget(self.periodBox)

        self.periodError = QLabel(PlacementDialog)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setText(u"")
        self.periodError.setWordWrap(True)
        self.periodError.setProperty(u"role", u"error")

        self.periodLayout.addWidget(self.periodError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.supervisorLabel = QLabel(PlacementDialog)
        self.supervisorLabel.setObjectName(u"supervisorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supervisorLabel)

        self.supervisorLayout = QVBoxLayout()
        self.supervisorLayout.setSpacing(3)
        self.supervisorLayout.setObjectName(u"supervisorLayout")
        self.supervisorEdit = QLineEdit(PlacementDialog)
        self.supervisorEdit.setObjectName(u"supervisorEdit")
        self.supervisorEdit.setMaxLength(150)

        self.supervisorLayout.addWidget(self.supervisorEdit)

        self.supervisorError = QLabel(PlacementDialog)
        self.supervisorError.setObjectName(u"supervisorError")
        self.supervisorError.setText(u"")
        self.supervisorError.setWordWrap(True)
        self.supervisorError.setProperty(u"role", u"error")

        self.supervisorLayout.addWidget(self.supervisorError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.supervisorLayout)

        self.studentsLabel = QLabel(PlacementDialog)
        self.studentsLabel.setObjectName(u"studentsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.studentsLabel)

        self.studentsLayout = QVBoxLayout()
        self.studentsLayout.setSpacing(3)
        self.studentsLayout.setObjectName(u"studentsLayout")
        self.studentsSpin = QSpinBox(PlacementDialog)
        self.studentsSpin.setObjectName(u"studentsSpin")
        self.studentsSpin.setMinimum(0)
        self.studentsSpin.setMaximum(500)
        self.studentsSpin.setMaximumSize(QSize(180, 16777215))

        self.studentsLayout.addWidget(self.studentsSpin)

        self.studentsError = QLabel(PlacementDialog)
        self.studentsError.setObjectName(u"studentsError")
        self.studentsError.setText(u"")
        self.studentsError.setWordWrap(True)
        self.studentsError.setProperty(u"role", u"error")

        self.studentsLayout.addWidget(self.studentsError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.studentsLayout)

        self.kelurahanLabel = QLabel(PlacementDialog)
        self.kelurahanLabel.setObjectName(u"kelurahanLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kelurahanLabel)

        self.kelurahanLayout = QVBoxLayout()
        self.kelurahanLayout.setSpacing(3)
        self.kelurahanLayout.setObjectName(u"kelurahanLayout")
        self.kelurahanBox = QWidget(PlacementDialog)
        self.kelurahanBox.setObjectName(u"kelurahanBox")
        self.kelurahanBoxLayout = QVBoxLayout(self.kelurahanBox)
        self.kelurahanBoxLayout.setSpacing(4)
        self.kelurahanBoxLayout.setObjectName(u"kelurahanBoxLayout")
        self.kelurahanBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.kelurahanFilterEdit = QLineEdit(self.kelurahanBox)
        self.kelurahanFilterEdit.setObjectName(u"kelurahanFilterEdit")

        self.kelurahanBoxLayout.addWidget(self.kelurahanFilterEdit)

        self.kelurahanList = QListWidget(self.kelurahanBox)
        self.kelurahanList.setObjectName(u"kelurahanList")
        self.kelurahanList.setMinimumSize(QSize(0, 190))
        self.kelurahanList.setAlternatingRowColors(True)

        self.kelurahanBoxLayout.addWidget(self.kelurahanList)

        self.kelurahanCountLabel = QLabel(self.kelurahanBox)
        self.kelurahanCountLabel.setObjectName(u"kelurahanCountLabel")
        self.kelurahanCountLabel.setText(u"")
        self.kelurahanCountLabel.setWordWrap(True)
        self.kelurahanCountLabel.setProperty(u"role", u"hint")

        self.kelurahanBoxLayout.addWidget(self.kelurahanCountLabel)


        self.kelurahanLayout.addWidget(self.kelurahanBox)

        self.kelurahanError = QLabel(PlacementDialog)
        self.kelurahanError.setObjectName(u"kelurahanError")
        self.kelurahanError.setText(u"")
        self.kelurahanError.setWordWrap(True)
        self.kelurahanError.setProperty(u"role", u"error")

        self.kelurahanLayout.addWidget(self.kelurahanError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kelurahanLayout)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(PlacementDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(PlacementDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.groupNameEdit, self.periodStartEdit)
        QWidget.setTabOrder(self.periodStartEdit, self.periodEndEdit)
        QWidget.setTabOrder(self.periodEndEdit, self.supervisorEdit)
        QWidget.setTabOrder(self.supervisorEdit, self.studentsSpin)
        QWidget.setTabOrder(self.studentsSpin, self.kelurahanFilterEdit)
        QWidget.setTabOrder(self.kelurahanFilterEdit, self.kelurahanList)
        QWidget.setTabOrder(self.kelurahanList, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(PlacementDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(PlacementDialog)
    # setupUi

    def retranslateUi(self, PlacementDialog):
        PlacementDialog.setWindowTitle(QCoreApplication.translate("PlacementDialog", u"Penempatan", None))
        self.headingLabel.setText(QCoreApplication.translate("PlacementDialog", u"Penempatan KKM/KKN", None))
        self.introLabel.setText(QCoreApplication.translate("PlacementDialog", u"Kelompok mahasiswa yang bertugas di kelurahan; UMKM di kelurahan itu akan disarankan ke kampusnya.", None))
        self.groupNameLabel.setText(QCoreApplication.translate("PlacementDialog", u"Kelompok", None))
        self.groupNameEdit.setPlaceholderText(QCoreApplication.translate("PlacementDialog", u"mis. KKM Kelompok 12", None))
        self.periodLabel.setText(QCoreApplication.translate("PlacementDialog", u"Periode", None))
        self.periodToLabel.setText(QCoreApplication.translate("PlacementDialog", u"sampai", None))
        self.supervisorLabel.setText(QCoreApplication.translate("PlacementDialog", u"DPL", None))
        self.supervisorEdit.setPlaceholderText(QCoreApplication.translate("PlacementDialog", u"dosen pembimbing lapangan, mis. Dr. Rina Marlina, M.Pd.", None))
        self.studentsLabel.setText(QCoreApplication.translate("PlacementDialog", u"Jumlah mahasiswa", None))
        self.studentsSpin.setSuffix(QCoreApplication.translate("PlacementDialog", u" orang", None))
        self.kelurahanLabel.setText(QCoreApplication.translate("PlacementDialog", u"Kelurahan", None))
        self.kelurahanFilterEdit.setPlaceholderText(QCoreApplication.translate("PlacementDialog", u"Cari kelurahan atau kecamatan\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("PlacementDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("PlacementDialog", u"Simpan", None))
    # retranslateUi
