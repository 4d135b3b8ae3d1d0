# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1150, 680)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsLayout = QHBoxLayout(self.scrollContents)
        self.columnsLayout.setSpacing(20)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(28, 6, 28, 16)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(16)
        self.leftColumn.setObjectName(u"leftColumn")
        self.kopGroup = QGroupBox(self.scrollContents)
        self.kopGroup.setObjectName(u"kopGroup")
        self.kopForm = QFormLayout(self.kopGroup)
        self.kopForm.setObjectName(u"kopForm")
        self.kopForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.kopForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kopForm.setHorizontalSpacing(14)
        self.kopForm.setVerticalSpacing(6)
        self.pemerintahLabel = QLabel(self.kopGroup)
        self.pemerintahLabel.setObjectName(u"pemerintahLabel")

        self.kopForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pemerintahLabel)

        self.pemerintahErrorLayout = QVBoxLayout()
        self.pemerintahErrorLayout.setSpacing(3)
        self.pemerintahErrorLayout.setObjectName(u"pemerintahErrorLayout")
        self.pemerintahEdit = QLineEdit(self.kopGroup)
        self.pemerintahEdit.setObjectName(u"pemerintahEdit")
        self.pemerintahEdit.setMaxLength(120)

        self.pemerintahErrorLayout.addWidget(self.pemerintahEdit)

        self.pemerintahError = QLabel(self.kopGroup)
        self.pemerintahError.setObjectName(u"pemerintahError")
        self.pemerintahError.setText(u"")
        self.pemerintahError.setWordWrap(True)
        self.pemerintahError.setProperty(u"role", u"error")

        self.pemerintahErrorLayout.addWidget(self.pemerintahError)


        self.kopForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pemerintahErrorLayout)

        self.dinasLabel = QLabel(self.kopGroup)
        self.dinasLabel.setObjectName(u"dinasLabel")

        self.kopForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dinasLabel)

        self.dinasErrorLayout = QVBoxLayout()
        self.dinasErrorLayout.setSpacing(3)
        self.dinasErrorLayout.setObjectName(u"dinasErrorLayout")
        self.dinasEdit = QLineEdit(self.kopGroup)
        self.dinasEdit.setObjectName(u"dinasEdit")
        self.dinasEdit.setMaxLength(150)

        self.dinasErrorLayout.addWidget(self.dinasEdit)

        self.dinasError = QLabel(self.kopGroup)
        self.dinasError.setObjectName(u"dinasError")
        self.dinasError.setText(u"")
        self.dinasError.setWordWrap(True)
        self.dinasError.setProperty(u"role", u"error")

        self.dinasErrorLayout.addWidget(self.dinasError)


        self.kopForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dinasErrorLayout)

        self.addressLabel = QLabel(self.kopGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.kopForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressErrorLayout = QVBoxLayout()
        self.addressErrorLayout.setSpacing(3)
        self.addressErrorLayout.setObjectName(u"addressErrorLayout")
        self.addressEdit = QLineEdit(self.kopGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.addressErrorLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(self.kopGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"error")

        self.addressErrorLayout.addWidget(self.addressError)


        self.kopForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.addressErrorLayout)

        self.phoneLabel = QLabel(self.kopGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.kopForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneErrorLayout = QVBoxLayout()
        self.phoneErrorLayout.setSpacing(3)
        self.phoneErrorLayout.setObjectName(u"phoneErrorLayout")
        self.phoneEdit = QLineEdit(self.kopGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.phoneErrorLayout.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.kopGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.phoneErrorLayout.addWidget(self.phoneError)


        self.kopForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneErrorLayout)

        self.emailLabel = QLabel(self.kopGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.kopForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailErrorLayout = QVBoxLayout()
        self.emailErrorLayout.setSpacing(3)
        self.emailErrorLayout.setObjectName(u"emailErrorLayout")
        self.emailEdit = QLineEdit(self.kopGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.emailErrorLayout.addWidget(self.emailEdit)

        self.emailError = QLabel(self.kopGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.emailErrorLayout.addWidget(self.emailError)


        self.kopForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailErrorLayout)

        self.websiteLabel = QLabel(self.kopGroup)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.kopForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteErrorLayout = QVBoxLayout()
        self.websiteErrorLayout.setSpacing(3)
        self.websiteErrorLayout.setObjectName(u"websiteErrorLayout")
        self.websiteEdit = QLineEdit(self.kopGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(120)

        self.websiteErrorLayout.addWidget(self.websiteEdit)

        self.websiteError = QLabel(self.kopGroup)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setText(u"")
        self.websiteError.setWordWrap(True)
        self.websiteError.setProperty(u"role", u"error")

        self.websiteErrorLayout.addWidget(self.websiteError)


        self.kopForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.websiteErrorLayout)

        self.logoLabel = QLabel(self.kopGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.kopForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoErrorLayout = QVBoxLayout()
        self.logoErrorLayout.setSpacing(3)
        self.logoErrorLayout.setObjectName(u"logoErrorLayout")
        self.logoLayout = QHBoxLayout()
        self.logoLayout.setSpacing(14)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.kopGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(88, 88))
        self.logoPreview.setMaximumSize(QSize(88, 88))
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setText(u"")

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtonsLayout = QVBoxLayout()
        self.logoButtonsLayout.setSpacing(6)
        self.logoButtonsLayout.setObjectName(u"logoButtonsLayout")
        self.chooseLogoButton = QPushButton(self.kopGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtonsLayout.addWidget(self.chooseLogoButton)

        self.defaultLogoButton = QPushButton(self.kopGroup)
        self.defaultLogoButton.setObjectName(u"defaultLogoButton")

        self.logoButtonsLayout.addWidget(self.defaultLogoButton)

        self.logoInfoLabel = QLabel(self.kopGroup)
        self.logoInfoLabel.setObjectName(u"logoInfoLabel")
        self.logoInfoLabel.setText(u"")
        self.logoInfoLabel.setWordWrap(True)
        self.logoInfoLabel.setProperty(u"role", u"hint")

        self.logoButtonsLayout.addWidget(self.logoInfoLabel)

        self.logoButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtonsLayout.addItem(self.logoButtonsSpacer)


        self.logoLayout.addLayout(self.logoButtonsLayout)

        self.logoSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.logoErrorLayout.addLayout(self.logoLayout)

        self.logoError = QLabel(self.kopGroup)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setText(u"")
        self.logoError.setWordWrap(True)
        self.logoError.setProperty(u"role", u"error")

        self.logoErrorLayout.addWidget(self.logoError)


        self.kopForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.logoErrorLayout)


        self.leftColumn.addWidget(self.kopGroup)

        self.leftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(16)
        self.rightColumn.setObjectName(u"rightColumn")
        self.signatoryGroup = QGroupBox(self.scrollContents)
        self.signatoryGroup.setObjectName(u"signatoryGroup")
        self.signatoryForm = QFormLayout(self.signatoryGroup)
        self.signatoryForm.setObjectName(u"signatoryForm")
        self.signatoryForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.signatoryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signatoryForm.setHorizontalSpacing(14)
        self.signatoryForm.setVerticalSpacing(6)
        self.signatoryNameLabel = QLabel(self.signatoryGroup)
        self.signatoryNameLabel.setObjectName(u"signatoryNameLabel")

        self.signatoryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signatoryNameLabel)

        self.signatoryNameErrorLayout = QVBoxLayout()
        self.signatoryNameErrorLayout.setSpacing(3)
        self.signatoryNameErrorLayout.setObjectName(u"signatoryNameErrorLayout")
        self.signatoryNameEdit = QLineEdit(self.signatoryGroup)
        self.signatoryNameEdit.setObjectName(u"signatoryNameEdit")
        self.signatoryNameEdit.setMaxLength(150)

        self.signatoryNameErrorLayout.addWidget(self.signatoryNameEdit)

        self.signatoryNameError = QLabel(self.signatoryGroup)
        self.signatoryNameError.setObjectName(u"signatoryNameError")
        self.signatoryNameError.setText(u"")
        self.signatoryNameError.setWordWrap(True)
        self.signatoryNameError.setProperty(u"role", u"error")

        self.signatoryNameErrorLayout.addWidget(self.signatoryNameError)


        self.signatoryForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.signatoryNameErrorLayout)

        self.signatoryJabatanLabel = QLabel(self.signatoryGroup)
        self.signatoryJabatanLabel.setObjectName(u"signatoryJabatanLabel")

        self.signatoryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signatoryJabatanLabel)

        self.signatoryJabatanErrorLayout = QVBoxLayout()
        self.signatoryJabatanErrorLayout.setSpacing(3)
        self.signatoryJabatanErrorLayout.setObjectName(u"signatoryJabatanErrorLayout")
        self.signatoryJabatanEdit = QLineEdit(self.signatoryGroup)
        self.signatoryJabatanEdit.setObjectName(u"signatoryJabatanEdit")
        self.signatoryJabatanEdit.setMaxLength(200)

        self.signatoryJabatanErrorLayout.addWidget(self.signatoryJabatanEdit)

        self.signatoryJabatanError = QLabel(self.signatoryGroup)
        self.signatoryJabatanError.setObjectName(u"signatoryJabatanError")
        self.signatoryJabatanError.setText(u"")
        self.signatoryJabatanError.setWordWrap(True)
        self.signatoryJabatanError.setProperty(u"role", u"error")

        self.signatoryJabatanErrorLayout.addWidget(self.signatoryJabatanError)


        self.signatoryForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signatoryJabatanErrorLayout)

        self.signatoryPangkatLabel = QLabel(self.signatoryGroup)
        self.signatoryPangkatLabel.setObjectName(u"signatoryPangkatLabel")

        self.signatoryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryPangkatLabel)

        self.signatoryPangkatErrorLayout = QVBoxLayout()
        self.signatoryPangkatErrorLayout.setSpacing(3)
        self.signatoryPangkatErrorLayout.setObjectName(u"signatoryPangkatErrorLayout")
        self.signatoryPangkatEdit = QLineEdit(self.signatoryGroup)
        self.signatoryPangkatEdit.setObjectName(u"signatoryPangkatEdit")
        self.signatoryPangkatEdit.setMaxLength(100)

        self.signatoryPangkatErrorLayout.addWidget(self.signatoryPangkatEdit)

        self.signatoryPangkatError = QLabel(self.signatoryGroup)
        self.signatoryPangkatError.setObjectName(u"signatoryPangkatError")
        self.signatoryPangkatError.setText(u"")
        self.signatoryPangkatError.setWordWrap(True)
        self.signatoryPangkatError.setProperty(u"role", u"error")

        self.signatoryPangkatErrorLayout.addWidget(self.signatoryPangkatError)


        self.signatoryForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.signatoryPangkatErrorLayout)

        self.signatoryNipLabel = QLabel(self.signatoryGroup)
        self.signatoryNipLabel.setObjectName(u"signatoryNipLabel")

        self.signatoryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signatoryNipLabel)

        self.signatoryNipErrorLayout = QVBoxLayout()
        self.signatoryNipErrorLayout.setSpacing(3)
        self.signatoryNipErrorLayout.setObjectName(u"signatoryNipErrorLayout")
        self.signatoryNipEdit = QLineEdit(self.signatoryGroup)
        self.signatoryNipEdit.setObjectName(u"signatoryNipEdit")
        self.signatoryNipEdit.setMaxLength(24)

        self.signatoryNipErrorLayout.addWidget(self.signatoryNipEdit)

        self.signatoryNipError = QLabel(self.signatoryGroup)
        self.signatoryNipError.setObjectName(u"signatoryNipError")
        self.signatoryNipError.setText(u"")
        self.signatoryNipError.setWordWrap(True)
        self.signatoryNipError.setProperty(u"role", u"error")

        self.signatoryNipErrorLayout.addWidget(self.signatoryNipError)


        self.signatoryForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.signatoryNipErrorLayout)


        self.rightColumn.addWidget(self.signatoryGroup)

        self.numberingGroup = QGroupBox(self.scrollContents)
        self.numberingGroup.setObjectName(u"numberingGroup")
        self.numberingForm = QFormLayout(self.numberingGroup)
        self.numberingForm.setObjectName(u"numberingForm")
        self.numberingForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.numberingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberingForm.setHorizontalSpacing(14)
        self.numberingForm.setVerticalSpacing(6)
        self.templateLabel = QLabel(self.numberingGroup)
        self.templateLabel.setObjectName(u"templateLabel")

        self.numberingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateErrorLayout = QVBoxLayout()
        self.templateErrorLayout.setSpacing(3)
        self.templateErrorLayout.setObjectName(u"templateErrorLayout")
        self.templateEdit = QLineEdit(self.numberingGroup)
        self.templateEdit.setObjectName(u"templateEdit")
        self.templateEdit.setMaxLength(120)

        self.templateErrorLayout.addWidget(self.templateEdit)

        self.templateHelpLabel = QLabel(self.numberingGroup)
        self.templateHelpLabel.setObjectName(u"templateHelpLabel")
        self.templateHelpLabel.setWordWrap(True)
        self.templateHelpLabel.setProperty(u"role", u"hint")

        self.templateErrorLayout.addWidget(self.templateHelpLabel)

        self.templateError = QLabel(self.numberingGroup)
        self.templateError.setObjectName(u"templateError")
        self.templateError.setText(u"")
        self.templateError.setWordWrap(True)
        self.templateError.setProperty(u"role", u"error")

        self.templateErrorLayout.addWidget(self.templateError)


        self.numberingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.templateErrorLayout)

        self.previewTitleLabel = QLabel(self.numberingGroup)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")

        self.numberingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.previewTitleLabel)

        self.previewErrorLayout = QVBoxLayout()
        self.previewErrorLayout.setSpacing(3)
        self.previewErrorLayout.setObjectName(u"previewErrorLayout")
        self.previewLabel = QLabel(self.numberingGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previewLabel.setProperty(u"role", u"preview")

        self.previewErrorLayout.addWidget(self.previewLabel)

        self.previewError = QLabel(self.numberingGroup)
        self.previewError.setObjectName(u"previewError")
        self.previewError.setText(u"")
        self.previewError.setWordWrap(True)
        self.previewError.setProperty(u"role", u"error")

        self.previewErrorLayout.addWidget(self.previewError)


        self.numberingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.previewErrorLayout)

        self.placeLabel = QLabel(self.numberingGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.numberingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeErrorLayout = QVBoxLayout()
        self.placeErrorLayout.setSpacing(3)
        self.placeErrorLayout.setObjectName(u"placeErrorLayout")
        self.placeEdit = QLineEdit(self.numberingGroup)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(60)

        self.placeErrorLayout.addWidget(self.placeEdit)

        self.placeError = QLabel(self.numberingGroup)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setText(u"")
        self.placeError.setWordWrap(True)
        self.placeError.setProperty(u"role", u"error")

        self.placeErrorLayout.addWidget(self.placeError)


        self.numberingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.placeErrorLayout)


        self.rightColumn.addWidget(self.numberingGroup)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.actionBar = QFrame(SettingsPage)
        self.actionBar.setObjectName(u"actionBar")
        self.actionBarLayout = QHBoxLayout(self.actionBar)
        self.actionBarLayout.setSpacing(10)
        self.actionBarLayout.setObjectName(u"actionBarLayout")
        self.actionBarLayout.setContentsMargins(28, 10, 28, 10)
        self.statusLabel = QLabel(self.actionBar)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setProperty(u"role", u"hint")

        self.actionBarLayout.addWidget(self.statusLabel)

        self.actionSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBarLayout.addItem(self.actionSpacer)

        self.resetButton = QPushButton(self.actionBar)
        self.resetButton.setObjectName(u"resetButton")

        self.actionBarLayout.addWidget(self.resetButton)

        self.saveButton = QPushButton(self.actionBar)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.actionBarLayout.addWidget(self.saveButton)


        self.pageLayout.addWidget(self.actionBar)

        QWidget.setTabOrder(self.pemerintahEdit, self.dinasEdit)
        QWidget.setTabOrder(self.dinasEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.defaultLogoButton)
        QWidget.setTabOrder(self.defaultLogoButton, self.signatoryNameEdit)
        QWidget.setTabOrder(self.signatoryNameEdit, self.signatoryJabatanEdit)
        QWidget.setTabOrder(self.signatoryJabatanEdit, self.signatoryPangkatEdit)
        QWidget.setTabOrder(self.signatoryPangkatEdit, self.signatoryNipEdit)
        QWidget.setTabOrder(self.signatoryNipEdit, self.templateEdit)
        QWidget.setTabOrder(self.templateEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.saveButton)

        self.retranslateUi(SettingsPage)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.kopGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Kop Surat", None))
        self.pemerintahLabel.setText(QCoreApplication.translate("SettingsPage", u"Pemerintah daerah", None))
        self.pemerintahEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. PEMERINTAH KOTA SERANG", None))
        self.dinasLabel.setText(QCoreApplication.translate("SettingsPage", u"Nama dinas", None))
        self.dinasEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Dinas Perindustrian, Perdagangan, dan Koperasi", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsPage", u"Alamat", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Jalan, nomor, kota, kode pos", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsPage", u"Telepon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. (0254) 200000", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsPage", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. disperindagkop@serangkota.go.id", None))
        self.websiteLabel.setText(QCoreApplication.translate("SettingsPage", u"Situs web", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. disperindagkop.serangkota.go.id", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsPage", u"Logo", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsPage", u"Pilih logo\u2026", None))
        self.defaultLogoButton.setText(QCoreApplication.translate("SettingsPage", u"Pakai logo bawaan", None))
        self.signatoryGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Penandatangan", None))
        self.signatoryNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Nama", None))
        self.signatoryNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Nama lengkap beserta gelar", None))
        self.signatoryJabatanLabel.setText(QCoreApplication.translate("SettingsPage", u"Jabatan", None))
        self.signatoryJabatanEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Kepala Dinas \u2026", None))
        self.signatoryPangkatLabel.setText(QCoreApplication.translate("SettingsPage", u"Pangkat/golongan", None))
        self.signatoryPangkatEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Pembina Utama Muda (IV/c)", None))
        self.signatoryNipLabel.setText(QCoreApplication.translate("SettingsPage", u"NIP", None))
        self.signatoryNipEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"18 digit, mis. 19700101 199503 1 001", None))
        self.numberingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Penomoran Surat", None))
        self.templateLabel.setText(QCoreApplication.translate("SettingsPage", u"Format nomor", None))
        self.templateEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"500.3/{nomor:03d}/Disperindagkop/{bulan_romawi}/{tahun}", None))
        self.templateHelpLabel.setText(QCoreApplication.translate("SettingsPage", u"Isian: {nomor} nomor urut tahun ini (mis. {nomor:03d} menjadi 001), {bulan_romawi}, {bulan}, {tahun}.", None))
        self.previewTitleLabel.setText(QCoreApplication.translate("SettingsPage", u"Nomor berikutnya", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsPage", u"Tempat surat", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"mis. Serang", None))
        self.resetButton.setText(QCoreApplication.translate("SettingsPage", u"Kembalikan", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Buang perubahan yang belum disimpan", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"Simpan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsPage", u"Simpan pengaturan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
