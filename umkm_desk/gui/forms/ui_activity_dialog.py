# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
    QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(580, 640)
        ActivityDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ActivityDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(ActivityDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ActivityDialog)
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
        self.kindLabel = QLabel(ActivityDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QVBoxLayout()
        self.kindLayout.setSpacing(3)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(ActivityDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.kindError = QLabel(ActivityDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setText(u"")
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"role", u"error")

        self.kindLayout.addWidget(self.kindError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.marketLabel = QLabel(ActivityDialog)
        self.marketLabel.setObjectName(u"marketLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.marketLabel)

        self.marketLayout = QVBoxLayout()
        self.marketLayout.setSpacing(3)
        self.marketLayout.setObjectName(u"marketLayout")
        self.marketCombo = QComboBox(ActivityDialog)
        self.marketCombo.setObjectName(u"marketCombo")

        self.marketLayout.addWidget(self.marketCombo)

        self.marketError = QLabel(ActivityDialog)
        self.marketError.setObjectName(u"marketError")
        self.marketError.setText(u"")
        self.marketError.setWordWrap(True)
        self.marketError.setProperty(u"role", u"error")

        self.marketLayout.addWidget(self.marketError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.marketLayout)

        self.stageLabel = QLabel(ActivityDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageLayout = QVBoxLayout()
        self.stageLayout.setSpacing(3)
        self.stageLayout.setObjectName(u"stageLayout")
        self.stageCombo = QComboBox(ActivityDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageLayout.addWidget(self.stageCombo)

        self.stageError = QLabel(ActivityDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setText(u"")
        self.stageError.setWordWrap(True)
        self.stageError.setProperty(u"role", u"error")

        self.stageLayout.addWidget(self.stageError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.stageLayout)

        self.heldOnLabel = QLabel(ActivityDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.heldOnLabel)

        self.heldOnLayout = QVBoxLayout()
        self.heldOnLayout.setSpacing(3)
        self.heldOnLayout.setObjectName(u"heldOnLayout")
        self.heldOnEdit = QDateEdit(ActivityDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)
        self.heldOnEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.heldOnEdit.setMaximumSize(QSize(180, 16777215))

        self.heldOnLayout.addWidget(self.heldOnEdit)

        self.heldOnError = QLabel(ActivityDialog)
        self.heldOnError.setObjectName(u"heldOnError")
        self.heldOnError.setText(u"")
        self.heldOnError.setWordWrap(True)
        self.heldOnError.setProperty(u"role", u"error")

        self.heldOnLayout.addWidget(self.heldOnError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.heldOnLayout)

        self.hoursLabel = QLabel(ActivityDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursLayout = QVBoxLayout()
        self.hoursLayout.setSpacing(3)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursSpin = QDoubleSpinBox(ActivityDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMinimum(0.000000000000000)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setMaximumSize(QSize(180, 16777215))
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.hoursLayout.addWidget(self.hoursSpin)

        self.hoursError = QLabel(ActivityDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setText(u"")
        self.hoursError.setWordWrap(True)
        self.hoursError.setProperty(u"role", u"error")

        self.hoursLayout.addWidget(self.hoursError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.hoursLayout)

        self.mentorLabel = QLabel(ActivityDialog)
        self.mentorLabel.setObjectName(u"mentorLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mentorLabel)

        self.mentorLayout = QVBoxLayout()
        self.mentorLayout.setSpacing(3)
        self.mentorLayout.setObjectName(u"mentorLayout")
        self.mentorEdit = QLineEdit(ActivityDialog)
        self.mentorEdit.setObjectName(u"mentorEdit")

        self.mentorLayout.addWidget(self.mentorEdit)

        self.mentorError = QLabel(ActivityDialog)
        self.mentorError.setObjectName(u"mentorError")
        self.mentorError.setText(u"")
        self.mentorError.setWordWrap(True)
        self.mentorError.setProperty(u"role", u"error")

        self.mentorLayout.addWidget(self.mentorError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.mentorLayout)

        self.studentsLabel = QLabel(ActivityDialog)
        self.studentsLabel.setObjectName(u"studentsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.studentsLabel)

        self.studentsLayout = QVBoxLayout()
        self.studentsLayout.setSpacing(3)
        self.studentsLayout.setObjectName(u"studentsLayout")
        self.studentsEdit = QLineEdit(ActivityDialog)
        self.studentsEdit.setObjectName(u"studentsEdit")

        self.studentsLayout.addWidget(self.studentsEdit)

        self.studentsError = QLabel(ActivityDialog)
        self.studentsError.setObjectName(u"studentsError")
        self.studentsError.setText(u"")
        self.studentsError.setWordWrap(True)
        self.studentsError.setProperty(u"role", u"error")

        self.studentsLayout.addWidget(self.studentsError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.studentsLayout)

        self.peopleLabel = QLabel(ActivityDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleLayout = QVBoxLayout()
        self.peopleLayout.setSpacing(3)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleSpin = QSpinBox(ActivityDialog)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMinimum(0)
        self.peopleSpin.setMaximum(10000)
        self.peopleSpin.setMaximumSize(QSize(180, 16777215))

        self.peopleLayout.addWidget(self.peopleSpin)

        self.peopleError = QLabel(ActivityDialog)
        self.peopleError.setObjectName(u"peopleError")
        self.peopleError.setText(u"")
        self.peopleError.setWordWrap(True)
        self.peopleError.setProperty(u"role", u"error")

        self.peopleLayout.addWidget(self.peopleError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.peopleLayout)

        self.notesLabel = QLabel(ActivityDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(3)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(ActivityDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(ActivityDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.notesLayout.addWidget(self.notesError)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.notesLayout)

        self.followUpLabel = QLabel(ActivityDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpLayout = QVBoxLayout()
        self.followUpLayout.setSpacing(3)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpRow = QHBoxLayout()
        self.followUpRow.setSpacing(8)
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpCheck = QCheckBox(ActivityDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followUpRow.addWidget(self.followUpCheck)

        self.followUpEdit = QDateEdit(ActivityDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setCalendarPopup(True)
        self.followUpEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.followUpEdit.setMaximumSize(QSize(180, 16777215))

        self.followUpRow.addWidget(self.followUpEdit)

        self.followUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.followUpLayout.addLayout(self.followUpRow)

        self.followUpError = QLabel(ActivityDialog)
        self.followUpError.setObjectName(u"followUpError")
        self.followUpError.setText(u"")
        self.followUpError.setWordWrap(True)
        self.followUpError.setProperty(u"role", u"error")

        self.followUpLayout.addWidget(self.followUpError)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.followUpLayout)


        self.dialogLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ActivityDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.okButton = QPushButton(ActivityDialog)
        self.okButton.setObjectName(u"okButton")
        self.okButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.okButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ActivityDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Catat kegiatan", None))
        self.headingLabel.setText(QCoreApplication.translate("ActivityDialog", u"Catat kegiatan", None))
        self.introLabel.setText(QCoreApplication.translate("ActivityDialog", u"Kunjungan, sesi mentoring, pelatihan, kegiatan pasar atau pencairan dana pada pendampingan ini.", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityDialog", u"Jenis kegiatan", None))
        self.marketLabel.setText(QCoreApplication.translate("ActivityDialog", u"Jenis pasar", None))
        self.stageLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tahap", None))
        self.heldOnLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tanggal", None))
        self.hoursLabel.setText(QCoreApplication.translate("ActivityDialog", u"Lama", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("ActivityDialog", u" jam", None))
        self.mentorLabel.setText(QCoreApplication.translate("ActivityDialog", u"Mentor", None))
        self.mentorEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Nama mentor atau narasumber", None))
        self.studentsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Mahasiswa", None))
        self.studentsEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Kelompok KKM/KKN atau nama mahasiswa", None))
        self.peopleLabel.setText(QCoreApplication.translate("ActivityDialog", u"Jumlah orang", None))
        self.peopleSpin.setSuffix(QCoreApplication.translate("ActivityDialog", u" orang", None))
        self.notesLabel.setText(QCoreApplication.translate("ActivityDialog", u"Catatan", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Apa yang dilakukan dan hasilnya", None))
        self.followUpLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tindak lanjut", None))
        self.followUpCheck.setText(QCoreApplication.translate("ActivityDialog", u"Jadwalkan pada", None))
        self.cancelButton.setText(QCoreApplication.translate("ActivityDialog", u"Batal", None))
        self.okButton.setText(QCoreApplication.translate("ActivityDialog", u"Simpan", None))
    # retranslateUi
