# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_case_dialog.ui'
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
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OpenCaseDialog(object):
    def setupUi(self, OpenCaseDialog):
        if not OpenCaseDialog.objectName():
            OpenCaseDialog.setObjectName(u"OpenCaseDialog")
        OpenCaseDialog.resize(600, 520)
        OpenCaseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OpenCaseDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(OpenCaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(OpenCaseDialog)
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
        self.businessLabel = QLabel(OpenCaseDialog)
        self.businessLabel.setObjectName(u"businessLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.businessLabel)

        self.businessLayout = QVBoxLayout()
        self.businessLayout.setSpacing(3)
        self.businessLayout.setObjectName(u"businessLayout")
        self.searchEdit = QLineEdit(OpenCaseDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.businessLayout.addWidget(self.searchEdit)

        self.businessList = QListWidget(OpenCaseDialog)
        self.businessList.setObjectName(u"businessList")
        self.businessList.setMaximumSize(QSize(16777215, 150))

        self.businessLayout.addWidget(self.businessList)

        self.businessHint = QLabel(OpenCaseDialog)
        self.businessHint.setObjectName(u"businessHint")
        self.businessHint.setText(u"")
        self.businessHint.setWordWrap(True)
        self.businessHint.setProperty(u"role", u"hint")

        self.businessLayout.addWidget(self.businessHint)

        self.businessError = QLabel(OpenCaseDialog)
        self.businessError.setObjectName(u"businessError")
        self.businessError.setText(u"")
        self.businessError.setWordWrap(True)
        self.businessError.setProperty(u"role", u"error")

        self.businessLayout.addWidget(self.businessError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.businessLayout)

        self.openedOnLabel = QLabel(OpenCaseDialog)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.openedOnLabel)

        self.openedOnLayout = QVBoxLayout()
        self.openedOnLayout.setSpacing(3)
        self.openedOnLayout.setObjectName(u"openedOnLayout")
        self.openedOnEdit = QDateEdit(OpenCaseDialog)
        self.openedOnEdit.setObjectName(u"openedOnEdit")
        self.openedOnEdit.setCalendarPopup(True)
        self.openedOnEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.openedOnEdit.setMaximumSize(QSize(180, 16777215))

        self.openedOnLayout.addWidget(self.openedOnEdit)

        self.openedOnError = QLabel(OpenCaseDialog)
        self.openedOnError.setObjectName(u"openedOnError")
        self.openedOnError.setText(u"")
        self.openedOnError.setWordWrap(True)
        self.openedOnError.setProperty(u"role", u"error")

        self.openedOnLayout.addWidget(self.openedOnError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.openedOnLayout)

        self.officerLabel = QLabel(OpenCaseDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerLayout = QVBoxLayout()
        self.officerLayout.setSpacing(3)
        self.officerLayout.setObjectName(u"officerLayout")
        self.officerCombo = QComboBox(OpenCaseDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.officerLayout.addWidget(self.officerCombo)

        self.officerError = QLabel(OpenCaseDialog)
        self.officerError.setObjectName(u"officerError")
        self.officerError.setText(u"")
        self.officerError.setWordWrap(True)
        self.officerError.setProperty(u"role", u"error")

        self.officerLayout.addWidget(self.officerError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.officerLayout)

        self.noteLabel = QLabel(OpenCaseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteLayout = QVBoxLayout()
        self.noteLayout.setSpacing(3)
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteEdit = QPlainTextEdit(OpenCaseDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)

        self.noteError = QLabel(OpenCaseDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setText(u"")
        self.noteError.setWordWrap(True)
        self.noteError.setProperty(u"role", u"error")

        self.noteLayout.addWidget(self.noteError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.noteLayout)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OpenCaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(OpenCaseDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(OpenCaseDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(OpenCaseDialog)
    # setupUi

    def retranslateUi(self, OpenCaseDialog):
        OpenCaseDialog.setWindowTitle(QCoreApplication.translate("OpenCaseDialog", u"Buka pendampingan", None))
        self.headingLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"Buka pendampingan baru", None))
        self.introLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"Pendampingan dimulai dengan tiga tahap: permodalan, pendampingan, dan pemasaran.", None))
        self.businessLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"UMKM", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("OpenCaseDialog", u"Ketik nama usaha, pemilik, NIK atau NIB", None))
        self.openedOnLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"Tanggal mulai", None))
        self.officerLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"Petugas", None))
        self.noteLabel.setText(QCoreApplication.translate("OpenCaseDialog", u"Catatan", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OpenCaseDialog", u"Latar belakang atau kebutuhan UMKM", None))
        self.cancelButton.setText(QCoreApplication.translate("OpenCaseDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("OpenCaseDialog", u"Buka pendampingan", None))
    # retranslateUi
