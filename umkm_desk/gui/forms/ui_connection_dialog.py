# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(640, 600)
        ConnectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ConnectionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(22, 20, 22, 18)
        self.headingLabel = QLabel(ConnectionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(ConnectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.introLabel)

        self.localRadio = QRadioButton(ConnectionDialog)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.dialogLayout.addWidget(self.localRadio)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ConnectionDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ConnectionDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.serverRadio = QRadioButton(ConnectionDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.dialogLayout.addWidget(self.serverRadio)

        self.serverGroup = QGroupBox(ConnectionDialog)
        self.serverGroup.setObjectName(u"serverGroup")
        self.serverForm = QFormLayout(self.serverGroup)
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setHorizontalSpacing(14)
        self.serverForm.setVerticalSpacing(6)
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hostLabel = QLabel(self.serverGroup)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverGroup)
        self.hostEdit.setObjectName(u"hostEdit")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverGroup)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverGroup)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverGroup)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverGroup)
        self.userEdit.setObjectName(u"userEdit")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.serverGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.serverGroup)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.sslLabel = QLabel(self.serverGroup)
        self.sslLabel.setObjectName(u"sslLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslLabel)

        self.sslCombo = QComboBox(self.serverGroup)
        self.sslCombo.setObjectName(u"sslCombo")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslCombo)

        self.rememberCheck = QCheckBox(self.serverGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.serverForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.dialogLayout.addWidget(self.serverGroup)

        self.settingsError = QLabel(ConnectionDialog)
        self.settingsError.setObjectName(u"settingsError")
        self.settingsError.setText(u"")
        self.settingsError.setWordWrap(True)
        self.settingsError.setVisible(False)
        self.settingsError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.settingsError)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.testButton = QPushButton(ConnectionDialog)
        self.testButton.setObjectName(u"testButton")

        self.actionLayout.addWidget(self.testButton)

        self.schemaButton = QPushButton(ConnectionDialog)
        self.schemaButton.setObjectName(u"schemaButton")

        self.actionLayout.addWidget(self.schemaButton)

        self.moveButton = QPushButton(ConnectionDialog)
        self.moveButton.setObjectName(u"moveButton")

        self.actionLayout.addWidget(self.moveButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.dialogLayout.addLayout(self.actionLayout)

        self.diagnosisLabel = QLabel(ConnectionDialog)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")
        self.diagnosisLabel.setWordWrap(True)
        self.diagnosisLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.diagnosisLabel)

        self.moveProgress = QProgressBar(ConnectionDialog)
        self.moveProgress.setObjectName(u"moveProgress")
        self.moveProgress.setVisible(False)
        self.moveProgress.setValue(0)

        self.dialogLayout.addWidget(self.moveProgress)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ConnectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ConnectionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConnectionDialog)

        QMetaObject.connectSlotsByName(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Sambungan basis data", None))
        self.headingLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Di mana data kantor disimpan?", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Pilihan ini berlaku untuk komputer ini saja dan dipakai sejak UMKM Desk dibuka lagi. Beberapa petugas berbagi data lewat server PostgreSQL kantor.", None))
        self.localRadio.setText(QCoreApplication.translate("ConnectionDialog", u"Berkas di komputer ini", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"Lokasi berkas basis data", None))
        self.browseButton.setText(QCoreApplication.translate("ConnectionDialog", u"Pilih\u2026", None))
        self.serverRadio.setText(QCoreApplication.translate("ConnectionDialog", u"Server kantor (PostgreSQL)", None))
        self.serverGroup.setTitle(QCoreApplication.translate("ConnectionDialog", u"Server kantor", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Alamat server", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"mis. server-dinas atau 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Port", None))
        self.databaseLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Basis data", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"mis. umkm_desk", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Pengguna", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"mis. umkm", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Sandi", None))
        self.sslLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Mode SSL", None))
        self.rememberCheck.setText(QCoreApplication.translate("ConnectionDialog", u"Simpan sandi di tempat penyimpanan sandi sistem", None))
        self.testButton.setText(QCoreApplication.translate("ConnectionDialog", u"Uji sambungan", None))
        self.schemaButton.setText(QCoreApplication.translate("ConnectionDialog", u"Siapkan skema\u2026", None))
        self.moveButton.setText(QCoreApplication.translate("ConnectionDialog", u"Pindahkan data ke server\u2026", None))
        self.diagnosisLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ConnectionDialog", u"Batal", None))
        self.saveButton.setText(QCoreApplication.translate("ConnectionDialog", u"Simpan", None))
    # retranslateUi
