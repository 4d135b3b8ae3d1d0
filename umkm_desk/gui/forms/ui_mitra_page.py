# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mitra_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from umkm_desk.gui.pages.partner_widgets import PartnerChildTab

class Ui_MitraPage(object):
    def setupUi(self, MitraPage):
        if not MitraPage.objectName():
            MitraPage.setObjectName(u"MitraPage")
        self.outerLayout = QVBoxLayout(MitraPage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(28, 8, 28, 20)
        self.mitraNotice = QFrame(MitraPage)
        self.mitraNotice.setObjectName(u"mitraNotice")
        self.noticeLayout = QHBoxLayout(self.mitraNotice)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(14, 6, 8, 6)
        self.noticeLabel = QLabel(self.mitraNotice)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.noticeLayout.addWidget(self.noticeLabel)

        self.undoButton = QPushButton(self.mitraNotice)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.noticeLayout.addWidget(self.undoButton)

        self.noticeClose = QPushButton(self.mitraNotice)
        self.noticeClose.setObjectName(u"noticeClose")
        self.noticeClose.setText(u"\u2715")
        self.noticeClose.setFlat(True)

        self.noticeLayout.addWidget(self.noticeClose)

        self.noticeLayout.setStretch(0, 1)

        self.outerLayout.addWidget(self.mitraNotice)

        self.splitter = QSplitter(MitraPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setHandleWidth(10)
        self.splitter.setChildrenCollapsible(False)
        self.listCard = QFrame(self.splitter)
        self.listCard.setObjectName(u"listCard")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.listCard.sizePolicy().hasHeightForWidth())
        self.listCard.setSizePolicy(sizePolicy)
        self.listCard.setProperty(u"role", u"card")
        self.listLayout = QVBoxLayout(self.listCard)
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(12, 12, 12, 12)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.listCard)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(self.listCard)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)
        self.newButton.setProperty(u"role", u"primary")

        self.searchLayout.addWidget(self.newButton)

        self.searchLayout.setStretch(0, 1)

        self.listLayout.addLayout(self.searchLayout)

        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.kindCombo = QComboBox(self.listCard)
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.filtersLayout.addWidget(self.kindCombo)

        self.archivedCheck = QCheckBox(self.listCard)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filtersLayout.addWidget(self.archivedCheck)

        self.exportButton = QPushButton(self.listCard)
        self.exportButton.setObjectName(u"exportButton")

        self.filtersLayout.addWidget(self.exportButton)

        self.filtersLayout.setStretch(0, 1)

        self.listLayout.addLayout(self.filtersLayout)

        self.partnerTable = QTableView(self.listCard)
        self.partnerTable.setObjectName(u"partnerTable")

        self.listLayout.addWidget(self.partnerTable)

        self.listCount = QLabel(self.listCard)
        self.listCount.setObjectName(u"listCount")
        self.listCount.setProperty(u"role", u"hint")

        self.listLayout.addWidget(self.listCount)

        self.listLayout.setStretch(2, 1)
        self.splitter.addWidget(self.listCard)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.detailStack.sizePolicy().hasHeightForWidth())
        self.detailStack.setSizePolicy(sizePolicy1)
        self.emptyState = QLabel()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyState.setWordWrap(True)
        self.emptyState.setProperty(u"role", u"hint")
        self.detailStack.addWidget(self.emptyState)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headerCard = QFrame(self.detailPage)
        self.headerCard.setObjectName(u"headerCard")
        self.headerCard.setProperty(u"role", u"card")
        self.headerLayout = QHBoxLayout(self.headerCard)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(16, 12, 12, 12)
        self.headerTextLayout = QVBoxLayout()
        self.headerTextLayout.setSpacing(4)
        self.headerTextLayout.setObjectName(u"headerTextLayout")
        self.nameRowLayout = QHBoxLayout()
        self.nameRowLayout.setSpacing(8)
        self.nameRowLayout.setObjectName(u"nameRowLayout")
        self.nameLabel = QLabel(self.headerCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nameLabel.setProperty(u"role", u"heading")

        self.nameRowLayout.addWidget(self.nameLabel)

        self.statePill = QLabel(self.headerCard)
        self.statePill.setObjectName(u"statePill")

        self.nameRowLayout.addWidget(self.statePill, 0, Qt.AlignmentFlag.AlignTop)

        self.examplePill = QLabel(self.headerCard)
        self.examplePill.setObjectName(u"examplePill")

        self.nameRowLayout.addWidget(self.examplePill, 0, Qt.AlignmentFlag.AlignTop)

        self.archivedPill = QLabel(self.headerCard)
        self.archivedPill.setObjectName(u"archivedPill")

        self.nameRowLayout.addWidget(self.archivedPill, 0, Qt.AlignmentFlag.AlignTop)

        self.nameRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nameRowLayout.addItem(self.nameRowSpacer)

        self.nameRowLayout.setStretch(4, 1)

        self.headerTextLayout.addLayout(self.nameRowLayout)

        self.subtitleLabel = QLabel(self.headerCard)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)
        self.subtitleLabel.setProperty(u"role", u"hint")

        self.headerTextLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.headerTextLayout)

        self.editButton = QPushButton(self.headerCard)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.editButton, 0, Qt.AlignmentFlag.AlignTop)

        self.archiveButton = QPushButton(self.headerCard)
        self.archiveButton.setObjectName(u"archiveButton")
        self.archiveButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.archiveButton, 0, Qt.AlignmentFlag.AlignTop)

        self.restoreButton = QPushButton(self.headerCard)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)
        self.restoreButton.setProperty(u"role", u"primary")

        self.headerLayout.addWidget(self.restoreButton, 0, Qt.AlignmentFlag.AlignTop)

        self.headerLayout.setStretch(0, 1)

        self.detailLayout.addWidget(self.headerCard)

        self.tabs = QTabWidget(self.detailPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setStyleSheet(u"QTabBar::tab { padding: 7px 9px; }")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileForm = QFormLayout(self.profileTab)
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setHorizontalSpacing(24)
        self.profileForm.setVerticalSpacing(10)
        self.profileForm.setContentsMargins(20, 18, 20, 18)
        self.kindCaption = QLabel(self.profileTab)
        self.kindCaption.setObjectName(u"kindCaption")
        self.kindCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.profileTab)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setWordWrap(True)
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.addressCaption = QLabel(self.profileTab)
        self.addressCaption.setObjectName(u"addressCaption")
        self.addressCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.profileTab)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.contactNameCaption = QLabel(self.profileTab)
        self.contactNameCaption.setObjectName(u"contactNameCaption")
        self.contactNameCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactNameCaption)

        self.contactNameValue = QLabel(self.profileTab)
        self.contactNameValue.setObjectName(u"contactNameValue")
        self.contactNameValue.setWordWrap(True)
        self.contactNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactNameValue)

        self.contactPhoneCaption = QLabel(self.profileTab)
        self.contactPhoneCaption.setObjectName(u"contactPhoneCaption")
        self.contactPhoneCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactPhoneCaption)

        self.contactPhoneValue = QLabel(self.profileTab)
        self.contactPhoneValue.setObjectName(u"contactPhoneValue")
        self.contactPhoneValue.setWordWrap(True)
        self.contactPhoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactPhoneValue)

        self.emailCaption = QLabel(self.profileTab)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(self.profileTab)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setWordWrap(True)
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.agreementsCaption = QLabel(self.profileTab)
        self.agreementsCaption.setObjectName(u"agreementsCaption")
        self.agreementsCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreementsCaption)

        self.agreementsValue = QLabel(self.profileTab)
        self.agreementsValue.setObjectName(u"agreementsValue")
        self.agreementsValue.setWordWrap(True)
        self.agreementsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agreementsValue)

        self.plansCaption = QLabel(self.profileTab)
        self.plansCaption.setObjectName(u"plansCaption")
        self.plansCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plansCaption)

        self.plansValue = QLabel(self.profileTab)
        self.plansValue.setObjectName(u"plansValue")
        self.plansValue.setWordWrap(True)
        self.plansValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plansValue)

        self.placementsCaption = QLabel(self.profileTab)
        self.placementsCaption.setObjectName(u"placementsCaption")
        self.placementsCaption.setProperty(u"role", u"hint")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placementsCaption)

        self.placementsValue = QLabel(self.profileTab)
        self.placementsValue.setObjectName(u"placementsValue")
        self.placementsValue.setWordWrap(True)
        self.placementsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placementsValue)

        self.tabs.addTab(self.profileTab, "")
        self.agreementTab = PartnerChildTab()
        self.agreementTab.setObjectName(u"agreementTab")
        self.tabs.addTab(self.agreementTab, "")
        self.planTab = PartnerChildTab()
        self.planTab.setObjectName(u"planTab")
        self.tabs.addTab(self.planTab, "")
        self.placementTab = PartnerChildTab()
        self.placementTab.setObjectName(u"placementTab")
        self.tabs.addTab(self.placementTab, "")
        self.realisationTab = QWidget()
        self.realisationTab.setObjectName(u"realisationTab")
        self.realisationLayout = QVBoxLayout(self.realisationTab)
        self.realisationLayout.setSpacing(10)
        self.realisationLayout.setObjectName(u"realisationLayout")
        self.realisationLayout.setContentsMargins(12, 12, 12, 12)
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.realisationTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.realisationTab)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumSize(QSize(90, 0))

        self.yearLayout.addWidget(self.yearCombo)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)

        self.yearLayout.setStretch(2, 1)

        self.realisationLayout.addLayout(self.yearLayout)

        self.summaryGrid = QGridLayout()
        self.summaryGrid.setSpacing(10)
        self.summaryGrid.setObjectName(u"summaryGrid")
        self.targetCard = QFrame(self.realisationTab)
        self.targetCard.setObjectName(u"targetCard")
        self.targetCard.setProperty(u"role", u"summary")
        self.targetCardLayout = QVBoxLayout(self.targetCard)
        self.targetCardLayout.setSpacing(2)
        self.targetCardLayout.setObjectName(u"targetCardLayout")
        self.targetCardLayout.setContentsMargins(14, 10, 14, 10)
        self.targetCaption = QLabel(self.targetCard)
        self.targetCaption.setObjectName(u"targetCaption")
        self.targetCaption.setProperty(u"role", u"hint")

        self.targetCardLayout.addWidget(self.targetCaption)

        self.targetValue = QLabel(self.targetCard)
        self.targetValue.setObjectName(u"targetValue")
        self.targetValue.setStyleSheet(u"font-size: 15pt; font-weight: 700;")
        self.targetValue.setText(u"\u2013")

        self.targetCardLayout.addWidget(self.targetValue)


        self.summaryGrid.addWidget(self.targetCard, 0, 0, 1, 1)

        self.realisedCard = QFrame(self.realisationTab)
        self.realisedCard.setObjectName(u"realisedCard")
        self.realisedCard.setProperty(u"role", u"summary")
        self.realisedCardLayout = QVBoxLayout(self.realisedCard)
        self.realisedCardLayout.setSpacing(2)
        self.realisedCardLayout.setObjectName(u"realisedCardLayout")
        self.realisedCardLayout.setContentsMargins(14, 10, 14, 10)
        self.realisedCaption = QLabel(self.realisedCard)
        self.realisedCaption.setObjectName(u"realisedCaption")
        self.realisedCaption.setProperty(u"role", u"hint")

        self.realisedCardLayout.addWidget(self.realisedCaption)

        self.realisedValue = QLabel(self.realisedCard)
        self.realisedValue.setObjectName(u"realisedValue")
        self.realisedValue.setStyleSheet(u"font-size: 15pt; font-weight: 700;")
        self.realisedValue.setText(u"\u2013")

        self.realisedCardLayout.addWidget(self.realisedValue)


        self.summaryGrid.addWidget(self.realisedCard, 0, 1, 1, 1)

        self.shareCard = QFrame(self.realisationTab)
        self.shareCard.setObjectName(u"shareCard")
        self.shareCard.setProperty(u"role", u"summary")
        self.shareCardLayout = QVBoxLayout(self.shareCard)
        self.shareCardLayout.setSpacing(2)
        self.shareCardLayout.setObjectName(u"shareCardLayout")
        self.shareCardLayout.setContentsMargins(14, 10, 14, 10)
        self.shareCaption = QLabel(self.shareCard)
        self.shareCaption.setObjectName(u"shareCaption")
        self.shareCaption.setProperty(u"role", u"hint")

        self.shareCardLayout.addWidget(self.shareCaption)

        self.shareValue = QLabel(self.shareCard)
        self.shareValue.setObjectName(u"shareValue")
        self.shareValue.setStyleSheet(u"font-size: 15pt; font-weight: 700;")
        self.shareValue.setText(u"\u2013")

        self.shareCardLayout.addWidget(self.shareValue)


        self.summaryGrid.addWidget(self.shareCard, 0, 2, 1, 1)

        self.budgetCard = QFrame(self.realisationTab)
        self.budgetCard.setObjectName(u"budgetCard")
        self.budgetCard.setProperty(u"role", u"summary")
        self.budgetCardLayout = QVBoxLayout(self.budgetCard)
        self.budgetCardLayout.setSpacing(2)
        self.budgetCardLayout.setObjectName(u"budgetCardLayout")
        self.budgetCardLayout.setContentsMargins(14, 10, 14, 10)
        self.budgetCaption = QLabel(self.budgetCard)
        self.budgetCaption.setObjectName(u"budgetCaption")
        self.budgetCaption.setProperty(u"role", u"hint")

        self.budgetCardLayout.addWidget(self.budgetCaption)

        self.budgetValue = QLabel(self.budgetCard)
        self.budgetValue.setObjectName(u"budgetValue")
        self.budgetValue.setStyleSheet(u"font-size: 15pt; font-weight: 700;")
        self.budgetValue.setText(u"\u2013")

        self.budgetCardLayout.addWidget(self.budgetValue)


        self.summaryGrid.addWidget(self.budgetCard, 1, 0, 1, 1)

        self.disbursedCard = QFrame(self.realisationTab)
        self.disbursedCard.setObjectName(u"disbursedCard")
        self.disbursedCard.setProperty(u"role", u"summary")
        self.disbursedCardLayout = QVBoxLayout(self.disbursedCard)
        self.disbursedCardLayout.setSpacing(2)
        self.disbursedCardLayout.setObjectName(u"disbursedCardLayout")
        self.disbursedCardLayout.setContentsMargins(14, 10, 14, 10)
        self.disbursedCaption = QLabel(self.disbursedCard)
        self.disbursedCaption.setObjectName(u"disbursedCaption")
        self.disbursedCaption.setProperty(u"role", u"hint")

        self.disbursedCardLayout.addWidget(self.disbursedCaption)

        self.disbursedValue = QLabel(self.disbursedCard)
        self.disbursedValue.setObjectName(u"disbursedValue")
        self.disbursedValue.setStyleSheet(u"font-size: 15pt; font-weight: 700;")
        self.disbursedValue.setText(u"\u2013")

        self.disbursedCardLayout.addWidget(self.disbursedValue)


        self.summaryGrid.addWidget(self.disbursedCard, 1, 1, 1, 1)


        self.realisationLayout.addLayout(self.summaryGrid)

        self.realisationTable = QTableView(self.realisationTab)
        self.realisationTable.setObjectName(u"realisationTable")

        self.realisationLayout.addWidget(self.realisationTable)

        self.realisationEmpty = QLabel(self.realisationTab)
        self.realisationEmpty.setObjectName(u"realisationEmpty")
        self.realisationEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.realisationEmpty.setWordWrap(True)
        self.realisationEmpty.setProperty(u"role", u"hint")

        self.realisationLayout.addWidget(self.realisationEmpty)

        self.realisationNote = QLabel(self.realisationTab)
        self.realisationNote.setObjectName(u"realisationNote")
        self.realisationNote.setWordWrap(True)
        self.realisationNote.setProperty(u"role", u"hint")

        self.realisationLayout.addWidget(self.realisationNote)

        self.realisationLayout.setStretch(2, 1)
        self.tabs.addTab(self.realisationTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.detailLayout.setStretch(1, 1)
        self.detailStack.addWidget(self.detailPage)
        self.splitter.addWidget(self.detailStack)

        self.outerLayout.addWidget(self.splitter)

        self.outerLayout.setStretch(1, 1)

        self.retranslateUi(MitraPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MitraPage)
    # setupUi

    def retranslateUi(self, MitraPage):
        self.undoButton.setText(QCoreApplication.translate("MitraPage", u"Urungkan", None))
#if QT_CONFIG(tooltip)
        self.noticeClose.setToolTip(QCoreApplication.translate("MitraPage", u"Tutup pemberitahuan", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MitraPage", u"Cari nama, narahubung, telepon\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MitraPage", u"Tambah mitra (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("MitraPage", u"+ Mitra baru", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("MitraPage", u"Semua jenis", None))

        self.archivedCheck.setText(QCoreApplication.translate("MitraPage", u"Tampilkan arsip", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("MitraPage", u"Daftar ini, persis seperti di layar, sebagai Excel atau CSV (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("MitraPage", u"Ekspor\u2026", None))
#if QT_CONFIG(tooltip)
        self.partnerTable.setToolTip(QCoreApplication.translate("MitraPage", u"Enter: ubah \u00b7 Delete: arsipkan", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("MitraPage", u"Ubah data", None))
        self.archiveButton.setText(QCoreApplication.translate("MitraPage", u"Arsipkan", None))
        self.restoreButton.setText(QCoreApplication.translate("MitraPage", u"Pulihkan", None))
        self.kindCaption.setText(QCoreApplication.translate("MitraPage", u"Jenis mitra", None))
        self.addressCaption.setText(QCoreApplication.translate("MitraPage", u"Alamat", None))
        self.contactNameCaption.setText(QCoreApplication.translate("MitraPage", u"Narahubung", None))
        self.contactPhoneCaption.setText(QCoreApplication.translate("MitraPage", u"Telepon", None))
        self.emailCaption.setText(QCoreApplication.translate("MitraPage", u"Email", None))
        self.agreementsCaption.setText(QCoreApplication.translate("MitraPage", u"Perjanjian", None))
        self.plansCaption.setText(QCoreApplication.translate("MitraPage", u"Rencana kerja", None))
        self.placementsCaption.setText(QCoreApplication.translate("MitraPage", u"Penempatan aktif", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("MitraPage", u"Profil && kontak", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agreementTab), QCoreApplication.translate("MitraPage", u"Perjanjian", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("MitraPage", u"Rencana Kerja", None))
        self.tabs.setTabText(self.tabs.indexOf(self.placementTab), QCoreApplication.translate("MitraPage", u"KKM/KKN", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.placementTab), QCoreApplication.translate("MitraPage", u"Penempatan KKM/KKN", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("MitraPage", u"Tahun", None))
        self.targetCaption.setText(QCoreApplication.translate("MitraPage", u"Target UMKM", None))
        self.realisedCaption.setText(QCoreApplication.translate("MitraPage", u"Realisasi UMKM", None))
        self.shareCaption.setText(QCoreApplication.translate("MitraPage", u"Capaian target", None))
        self.budgetCaption.setText(QCoreApplication.translate("MitraPage", u"Anggaran", None))
        self.disbursedCaption.setText(QCoreApplication.translate("MitraPage", u"Dana dicairkan", None))
        self.realisationNote.setText(QCoreApplication.translate("MitraPage", u"Realisasi = UMKM yang tahapnya ditangani mitra ini dan dimulai pada tahun tersebut. Dana dicairkan = dukungan modal berstatus dicairkan pada tahun tersebut.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.realisationTab), QCoreApplication.translate("MitraPage", u"Target vs Realisasi", None))
        pass
    # retranslateUi
