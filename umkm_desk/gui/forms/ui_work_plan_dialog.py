# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_plan_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_WorkPlanDialog(object):
    def setupUi(self, WorkPlanDialog):
        if not WorkPlanDialog.objectName():
            WorkPlanDialog.setObjectName(u"WorkPlanDialog")
        WorkPlanDialog.resize(540, 400)
        WorkPlanDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(WorkPlanDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(WorkPlanDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(WorkPlanDialog)
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
        self.yearLabel = QLabel(WorkPlanDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearLayout = QVBoxLayout()
        self.yearLayout.setSpacing(3)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearSpin = QSpinBox(WorkPlanDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setMaximumSize(QSize(180, 16777215))

        self.yearLayout.addWidget(self.yearSpin)

        self.yearError = QLabel(WorkPlanDialog)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setText(u"")
        self.yearError.setWordWrap(True)
        self.yearError.setProperty(u"role", u"error")

        self.yearLayout.addWidget(self.yearError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.yearLayout)

        self.stageLabel = QLabel(WorkPlanDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageLayout = QVBoxLayout()
        self.stageLayout.setSpacing(3)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageCombo = QComboBox(WorkPlanDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageLayout.addWidget(self.stageCombo)

        self.stageError = QLabel(WorkPlanDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setText(u"")
        self.stageError.setWordWrap(True)
        self.stageError.setProperty(u"role", u"error")

        self.stageLayout.addWidget(self.stageError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.stageLayout)

        self.quotaLabel = QLabel(WorkPlanDialog)
        self.quotaLabel.setObjectName(u"quotaLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quotaLabel)

        self.quotaLayout = QVBoxLayout()
        self.quotaLayout.setSpacing(3)
        self.quotaLayout.setObjectName(u"quotaLayout")
        self.quotaSpin = QSpinBox(WorkPlanDialog)
        self.quotaSpin.setObjectName(u"quotaSpin")
        self.quotaSpin.setMinimum(0)
        self.quotaSpin.setMaximum(100000)
        self.quotaSpin.setMaximumSize(QSize(180, 16777215))

        self.quotaLayout.addWidget(self.quotaSpin)

        self.quotaError = QLabel(WorkPlanDialog)
        self.quotaError.setObjectName(u"quotaError")
        self.quotaError.setText(u"")
        self.quotaError.setWordWrap(True)
        self.quotaError.setProperty(u"role", u"error")

        self.quotaLayout.addWidget(self.quotaError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.quotaLayout)

        self.budgetLabel = QLabel(WorkPlanDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetLayout = QVBoxLayout()
        self.budgetLayout.setSpacing(3)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetEdit = QLineEdit(WorkPlanDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setMaxLength(40)

        self.budgetLayout.addWidget(self.budgetEdit)

        self.budgetHint = QLabel(WorkPlanDialog)
        self.budgetHint.setObjectName(u"budgetHint")
        self.budgetHint.setText(u"")
        self.budgetHint.setWordWrap(True)
        self.budgetHint.setProperty(u"role", u"hint")

        self.budgetLayout.addWidget(self.budgetHint)

        self.budgetError = QLabel(WorkPlanDialog)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setText(u"")
        self.budgetError.setWordWrap(True)
        self.budgetError.setProperty(u"role", u"error")

        self.budgetLayout.addWidget(self.budgetError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.budgetLayout)

        self.notesLabel = QLabel(WorkPlanDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(3)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QLineEdit(WorkPlanDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(300)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(WorkPlanDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(10)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(WorkPlanDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(WorkPlanDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.yearSpin, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.quotaSpin)
        QWidget.setTabOrder(self.quotaSpin, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)

        self.retranslateUi(WorkPlanDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(WorkPlanDialog)
    # setupUi

    def retranslateUi(self, WorkPlanDialog):
        WorkPlanDialog.setWindowTitle(QCoreApplication.translate("WorkPlanDialog", u"Rencana kerja", None))
        self.headingLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Rencana kerja tahunan", None))
        self.introLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Target jumlah UMKM dan anggaran mitra untuk satu tahap dalam satu tahun.", None))
        self.yearLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Tahun", None))
        self.stageLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Tahap", None))
        self.quotaLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Kuota", None))
        self.quotaSpin.setSuffix(QCoreApplication.translate("WorkPlanDialog", u" UMKM", None))
        self.budgetLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Anggaran", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("WorkPlanDialog", u"mis. Rp500.000.000 atau 500 jt", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkPlanDialog", u"Catatan", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("WorkPlanDialog", u"mis. hibah modal usaha mikro, bergulir per triwulan", None))
        self.cancelButton.setText(QCoreApplication.translate("WorkPlanDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("WorkPlanDialog", u"Simpan", None))
    # retranslateUi
